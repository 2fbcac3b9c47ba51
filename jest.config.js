// Jest runs our TypeScript as native ESM (node --experimental-vm-modules): swc strips types,
// node_modules stay untransformed so the ESM-only @actions/* 3.x packages load as they ship.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
  },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@slipway/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts' },
  testEnvironment: 'node',
  // The sandbox's state (etcd data, docker's vfs layers) lives in the checkout: never crawl it.
  modulePathIgnorePatterns: ['<rootDir>/.sandbox/'],
};
export default {
  reporters: ['default', '<rootDir>/scripts/tally-reporter.cjs'],
  // The secret sentinel: every action run is recorded, and scanned for leaked secrets at the end.
  globalSetup: '<rootDir>/test/support/secret-scan-setup.mjs',
  globalTeardown: '<rootDir>/test/support/secret-scan-teardown.mjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/*/src/**/*.test.ts',
        '<rootDir>/actions/*/src/**/*.test.ts',
        // Unit tests that use test/support's doubles (a local HTTP server, the GitHub fake, an
        // in-memory object store): the product never imports test/, so they live under it.
        '<rootDir>/test/unit/**/*.test.ts',
        '<rootDir>/test/repo/**/*.test.ts',
      ],
    },
    { ...common, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.test.ts'] },
    { ...common, displayName: 'adversarial', testMatch: ['<rootDir>/test/adversarial/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
    },
  ],
};
