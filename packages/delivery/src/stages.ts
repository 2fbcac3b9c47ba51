/** The stages of a delivery, in the order they are named in the stages input. */
export const STAGES = ['deploy', 'smoke', 'canary', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

/** The order they run in: a canary does the deploy itself, then the smoke checks see the promoted release. */
export const RUN_ORDER: readonly Stage[] = ['deploy', 'canary', 'smoke', 'notify'];
