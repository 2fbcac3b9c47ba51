/**
 * The one retry and timeout policy of every tool download (helm, each scanner, their checksums
 * files). The retries are tool-cache's own `downloadTool` (its RetryHelper cannot be turned off,
 * so kit does not add a second loop): 3 attempts, 10–20 s apart, on 5xx, 408, 429 and network
 * errors, never on another 4xx. Kit adds the deadline, which tool-cache lacks (its HTTP client
 * sets no socket timeout): a download still running after it fails as a TransientError.
 */
export const TOOL_DOWNLOAD_POLICY = {
  attempts: 3,
  retryDelaySeconds: [10, 20],
  deadlineMs: 10 * 60_000,
} as const;
