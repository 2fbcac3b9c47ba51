import type { WaveRule } from './plan-waves';

/** What planFleet gives: the stages, their waves and their deploy-job matrices. */
/** One deploy job: one service to one cluster of a stage. Every field is text but wave (matrix values). */
export interface DeployJob {
  service: string;
  /** The service's helm release. */
  release: string;
  /** The image given from outside in slipway.yml; "" for a service the run builds. */
  image: string;
  stage: string;
  cluster: string;
  /** "" when the cluster has no region label. */
  region: string;
  /** The name of the secret holding the cluster's kubeconfig. */
  kubeconfigSecret: string;
  /** "" for the kubeconfig's current-context. */
  kubeContext: string;
  /** The cluster's namespace, else the environment's. */
  namespace: string;
  /**
   * helm-deploy's strategy input for a rollback of the job: "blue-green" (it switches back to the
   * other colour), or "" for rolling (the input's default).
   */
  strategy: '' | 'blue-green';
  /** helm-deploy's route input with blue-green: the HTTPRoute switched; "" for the live Service named after the release. */
  route: string;
  /** The root action's stages input of the deploy job: "deploy" or "deploy,smoke" (smoke checks configured). */
  stages: string;
  /** The cluster's URL for smoke checks; "" when neither the cluster nor the environment has one. */
  url: string;
  /** 1-based. */
  wave: number;
}

export interface FleetWave {
  wave: number;
  clusters: string[];
  /** As `strategy.matrix` takes it: `fromJSON(...).stages[i].waves[j].matrix`. */
  matrix: { include: DeployJob[] };
  /**
   * The wave's `strategy.max-parallel`: its jobs that may run at once, 1 … 256. Every job of the
   * wave (every service to max-parallel or wave-percent clusters, or the wave's clusters).
   */
  maxParallel: number;
}

export interface FleetStage {
  name: string;
  githubEnvironment: string;
  namespace: string;
  url: string;
  /** As written ("30m"), "" for none; and in milliseconds. */
  soak: string;
  soakMs: number;
  onFailure: 'halt' | 'rollback-stage';
  waveRule: WaveRule;
  waves: FleetWave[];
}

export interface FleetBuild {
  service: string;
  /** Relative to the workspace. */
  context: string;
  dockerfile: string;
}

export interface FleetPlan {
  stages: FleetStage[];
  /** The services delivered, with the image of those given from outside ("" for those built). */
  services: Array<{ name: string; release: string; image: string }>;
  builds: FleetBuild[];
  /** Deploy jobs in all: services × clusters of every stage. */
  jobs: number;
}
