import { readFileSync } from 'node:fs';

/**
 * Known secret values the adversarial suite (and any test that wants its runs scanned for them)
 * hands to the actions. The teardown scan (test/support/secret-scan.mjs) searches every captured
 * artefact of every run for these, their base64 and their URL-encoded forms.
 */
export const SENTINEL_SECRETS = JSON.parse(
  readFileSync(new URL('./secret-sentinels.json', import.meta.url), 'utf8'),
) as Record<
  'registryPassword' | 'kubeToken' | 'slackToken' | 'slackWebhookPath' | 'githubToken' | 'prometheusToken',
  string
>;
