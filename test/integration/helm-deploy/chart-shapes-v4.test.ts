import { chartShapesSuite } from './chart-shapes-suite';

chartShapesSuite('4');
