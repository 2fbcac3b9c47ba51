import { canarySuite } from './canary-suite';

canarySuite('nginx');
