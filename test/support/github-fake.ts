import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from './run-action';

/**
 * A GitHub REST API stand-in on 127.0.0.1 for the operations Slipway calls. Every request is
 * checked against GitHub's published OpenAPI description (@octokit/openapi, api.github.com):
 * the path must be a documented operation, the JSON body must satisfy its request schema, and
 * every answer the fake gives must be one the description lists for that operation (status and
 * body schema). A request that breaks the contract gets 422 and is recorded as a violation.
 *
 * Implemented: POST /repos/{owner}/{repo}/code-scanning/sarifs — 202 {id, url}; 403 "Resource
 * not accessible by integration" for a read-only token (a fork's); 401 for an unknown token;
 * 503 a set number of times before succeeding.
 */
export interface SarifUpload {
  repository: string;
  commitSha: string;
  ref: string;
  toolName?: string;
  /** The SARIF log, decoded from base64 and gunzipped. */
  sarif: { version: string; runs: Array<{ automationDetails?: { id?: string } }> };
}

type Spec = {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: object }> };
        responses: Record<string, { content?: Record<string, { schema: object }> }>;
      }
    >
  >;
};

let spec: Spec | undefined;
function loadSpec(): Spec {
  spec ??= JSON.parse(
    readFileSync(
      join(repoRoot, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.deref.json'),
      'utf8',
    ),
  ) as Spec;
  return spec;
}

const SARIFS = '/repos/{owner}/{repo}/code-scanning/sarifs';

export class GitHubFake {
  readonly uploads: SarifUpload[] = [];
  readonly violations: string[] = [];
  readonly requests: Array<{ method: string; path: string; status: number }> = [];
  /** Tokens with security-events: write. */
  writeTokens = new Set(['ghs_write']);
  /** Tokens that authenticate but may not write (a fork's pull request token). */
  readOnlyTokens = new Set(['ghs_fork_read_only']);
  /** Answer 503 this many times before accepting. */
  unavailableTimes = 0;
  url = '';
  private server!: Server;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats =
      (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
    addFormats(this.ajv);
  }

  async start(): Promise<this> {
    loadSpec();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private validator(key: string, schema: object): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    return validate;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const path = (req.url ?? '/').split('?')[0] as string;
    const method = (req.method ?? 'GET').toLowerCase();
    const match = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/.exec(path);
    const answer = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method: method.toUpperCase(), path, status });
      // 401 and 422 are GitHub's answers to any operation (bad credentials, invalid request).
      if (match && status !== 422 && status !== 401) this.checkAnswer(SARIFS, method, status, value);
      res
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(value === undefined ? '' : JSON.stringify(value));
    };
    const error = (status: number, message: string) =>
      answer(status, {
        message,
        documentation_url: 'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data',
        status: String(status),
      });
    if (!match || !loadSpec().paths[SARIFS]?.[method]) {
      this.violations.push(`${method.toUpperCase()} ${path}: not a documented operation of this fake`);
      return error(404, 'Not Found');
    }
    const token = /^(?:Bearer|token) (.+)$/.exec(req.headers['authorization'] ?? '')?.[1];
    if (!token || (!this.writeTokens.has(token) && !this.readOnlyTokens.has(token)))
      return error(401, 'Bad credentials');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      this.violations.push('request body is not JSON');
      return error(400, 'Problems parsing JSON');
    }
    const operation = loadSpec().paths[SARIFS]![method]!;
    const schema = operation.requestBody?.content['application/json']?.schema;
    const validate = schema && this.validator(`${SARIFS} ${method} request`, schema);
    if (validate && !validate(json)) {
      const detail = this.ajv.errorsText(validate.errors);
      this.violations.push(`request body breaks the published schema: ${detail}`);
      return answer(422, { message: 'Invalid request.', errors: [detail], documentation_url: '', status: '422' });
    }
    if (this.readOnlyTokens.has(token)) return error(403, 'Resource not accessible by integration');
    if (this.unavailableTimes > 0) {
      this.unavailableTimes--;
      return answer(
        503,
        { code: 'unavailable', message: 'Service unavailable', documentation_url: '' },
        { 'retry-after': '0' },
      );
    }
    const { commit_sha, ref, sarif, tool_name } = json as {
      commit_sha: string;
      ref: string;
      sarif: string;
      tool_name?: string;
    };
    let decoded: SarifUpload['sarif'];
    try {
      decoded = JSON.parse(gunzipSync(Buffer.from(sarif, 'base64')).toString('utf8'));
    } catch {
      return answer(400, undefined);
    }
    const id = `6c81cd8e-b078-4ac3-a3be-${String(this.uploads.length).padStart(12, '0')}`;
    this.uploads.push({
      repository: `${match[1]}/${match[2]}`,
      commitSha: commit_sha,
      ref,
      sarif: decoded,
      ...(tool_name ? { toolName: tool_name } : {}),
    });
    return answer(202, { id, url: `${this.url}/repos/${match[1]}/${match[2]}/code-scanning/sarifs/${id}` });
  }

  /** The fake holds itself to the contract too: only documented statuses and bodies. */
  private checkAnswer(template: string, method: string, status: number, value: unknown): void {
    const response = loadSpec().paths[template]?.[method]?.responses[String(status)];
    if (!response) {
      this.violations.push(`fake answered ${status}, which ${method.toUpperCase()} ${template} does not document`);
      return;
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema || value === undefined) return;
    const validate = this.validator(`${template} ${method} ${status}`, schema);
    if (!validate(value))
      this.violations.push(`fake's ${status} body breaks the schema: ${this.ajv.errorsText(validate.errors)}`);
  }
}
