import type { getOctokit } from '@actions/github';

/** The Octokit of `@actions/github` (REST endpoint methods and paginate included). */
export type GitHubOctokit = ReturnType<typeof getOctokit>;

export interface GitHubOctokitOptions {
  /** GITHUB_API_URL (https://api.github.com, or https://host/api/v3 on GHES). */
  apiUrl: string;
  userAgent?: string;
}

/** Octokit's log goes nowhere: every message a user sees comes from our own logger. */
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * An Octokit from `@actions/github`'s getOctokit, imported on first use (start-up pays nothing
 * for it). Its requests go through `@actions/http-client`'s proxy agent, which honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) for GITHUB_API_URL as the toolkit reads it
 * when first imported; `apiUrl` must therefore be the runner's GITHUB_API_URL (the only one the
 * actions use). Retries are not Octokit's: the caller wraps requests with its own bounded policy.
 */
export async function githubOctokit(token: string, options: GitHubOctokitOptions): Promise<GitHubOctokit> {
  const { getOctokit: create } = await import('@actions/github');
  return create(token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'slipway-actions',
    log: quiet,
  });
}
