import { chartShapesSuite } from './chart-shapes-suite';

chartShapesSuite('3');
