import { canaryChartShapesSuite } from './chart-shapes-suite';

canaryChartShapesSuite('3');
