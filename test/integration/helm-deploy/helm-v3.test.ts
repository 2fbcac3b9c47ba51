import { helmDeploySuite } from './helm-deploy-suite';

helmDeploySuite('3');
