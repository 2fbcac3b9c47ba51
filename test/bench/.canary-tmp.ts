import { loadSandboxEnv } from '@slipway/sandbox';
import { measureCanaryAbort, summarise } from './canary-abort';
console.table(summarise(await measureCanaryAbort(loadSandboxEnv(), [2000, 5000], 2)));
