import { canarySuite } from './canary-suite';

canarySuite('replicas');
