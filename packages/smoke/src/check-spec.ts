/** One HTTP check, parsed and validated: everything the engine needs and nothing it must guess. */
export interface CheckSpec {
  name: string;
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  expect: Expectation;
  /** Requests sampled per attempt; with more than one, `maxLatencyMs` applies to their p95. */
  repeat: number;
  /** Budget of one request. */
  requestTimeoutMs: number;
}

export interface Expectation {
  status: StatusRule[];
  bodyContains: string[];
  bodyMatches: RegExp | undefined;
  /** JSON path → expected value (deep equality). */
  json: Record<string, unknown>;
  /** Response header name (lowercase) → expected value. */
  header: Record<string, string>;
  maxLatencyMs: number | undefined;
}

/** An inclusive range of status codes; `200` is {from: 200, to: 200}, `2xx` is 200–299. */
export interface StatusRule {
  from: number;
  to: number;
  text: string;
}

export interface RunOptions {
  /** Overall deadline for every check, retries included. */
  deadlineMs: number;
  /** First retry delay ceiling; later delays double (full jitter) up to `maxIntervalMs`. */
  intervalMs: number;
  maxIntervalMs: number;
  concurrency: number;
  insecureTls: boolean;
  signal?: AbortSignal;
  /** Extra strings to keep out of snippets and reports (header secrets). */
  secrets: string[];
  /** The clock the deadline is kept by (latencies are always real); default `performance.now`. */
  now?: () => number;
  /** How retries wait; default kit's `sleep`. With a fake `now`, a fake sleep moves it on. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
