import { helmDeploySuite } from './helm-deploy-suite';

helmDeploySuite('4');
