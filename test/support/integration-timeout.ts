import { jest } from '@jest/globals';

// Integration tests wait on real clusters, registries and builds; `testTimeout` in a project
// entry is ignored by Jest, so the integration project sets it here.
jest.setTimeout(600_000);
