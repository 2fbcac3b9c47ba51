import { canarySuite } from './canary-suite';

canarySuite('gateway-api');
