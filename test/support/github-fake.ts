import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from './run-action';

/**
 * A GitHub REST API stand-in on 127.0.0.1. Every request is checked against GitHub's published
 * OpenAPI description (@octokit/openapi, api.github.com, loaded once per test file): the method
 * and path must be a documented operation, its path and query parameters and its JSON body must
 * satisfy the operation's schemas, and it must carry Authorization. Every answer the fake gives
 * from a handler must be one the description lists for that operation (status and body schema).
 *
 * Answers are GitHub's: 401 "Bad credentials", 403 "Resource not accessible by integration" (a
 * read-only token writing), 404 "Not Found", 422 "Validation Failed" with errors[] for a request
 * that breaks the schema. A request outside the contract (unknown route, bad parameter or body,
 * no Authorization) is also recorded in `violations`, which tests assert to be empty.
 *
 * Routes are a table keyed by operationId over in-memory state; add more with `route()`.
 * Implemented: code-scanning/upload-sarif, code-scanning/get-sarif (the processing status:
 * `processing` scripts the next answers, "complete" when empty), repos/create-deployment, repos/get-deployment,
 * repos/list-deployments, repos/create-deployment-status, repos/list-deployment-statuses (the
 * lists paged with GitHub's Link header).
 * Faults: `fail(operationId, status, times)` answers that status (with Retry-After: 0 for 5xx
 * and 429) the next `times` calls after authentication and validation.
 */

type Schema = object;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
type Spec = { paths: Record<string, Record<string, Operation>> };

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

interface Route {
  template: string;
  method: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
}
let routeList: Route[] | undefined;
/** Every documented operation as a matcher; templates with fewer parameters win ties. */
function routesOf(): Route[] {
  if (routeList) return routeList;
  const list: Route[] = [];
  for (const [template, methods] of Object.entries(loadSpec().paths)) {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const source = template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('([^/]+)');
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      list.push({ template, method, pattern: new RegExp(`^${source}$`), names, operation });
    }
  }
  routeList = list.sort((a, b) => a.names.length - b.names.length);
  return routeList;
}

export interface FakeRequest {
  operationId: string;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  token: string;
  headers: IncomingMessage['headers'];
}
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export type FakeHandler = (request: FakeRequest, fake: GitHubFake) => FakeAnswer;

export interface SarifUpload {
  repository: string;
  commitSha: string;
  ref: string;
  toolName?: string;
  /** The SARIF log, decoded from base64 and gunzipped. */
  sarif: { version: string; runs: Array<{ automationDetails?: { id?: string } }> };
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  environment_url: string;
  log_url: string;
  created_at: string;
}
export interface FakeDeployment {
  id: number;
  repository: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  auto_merge: boolean;
  required_contexts: string[] | undefined;
  created_at: string;
  /** Oldest first. */
  statuses: FakeDeploymentStatus[];
}

const DOCS = 'https://docs.github.com/rest';

export class GitHubFake {
  readonly violations: string[] = [];
  readonly requests: Array<{ method: string; path: string; status: number; operationId?: string; body?: unknown }> = [];
  readonly uploads: SarifUpload[] = [];
  /** The next answers of GET …/code-scanning/sarifs/{id}, one a read; "complete" once empty. */
  readonly processing: Array<{ processing_status: 'pending' | 'complete' | 'failed'; errors?: string[] }> = [];
  readonly deployments: FakeDeployment[] = [];
  /** Every list page answered, as "operationId page N", for tests of paging. */
  readonly pagesServed: string[] = [];
  /** Tokens that may read and write. */
  writeTokens = new Set(['ghs_write']);
  /** Tokens that authenticate but may not write (a fork's pull request token). */
  readOnlyTokens = new Set(['ghs_fork_read_only']);
  url = '';
  private readonly routes = new Map<string, FakeHandler>();
  private readonly faults = new Map<
    string,
    Array<{ status: number; body?: unknown; headers?: Record<string, string> }>
  >();
  private server!: Server;
  private readonly ajv: Ajv;
  private readonly coercing: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private nextId = 1;
  /** Injected clock for created_at (ISO strings). */
  now: () => Date = () => new Date();

  /**
   * `pathPrefix: '/api/v3'` serves the API under a path, as GitHub Enterprise Server does
   * (GITHUB_API_URL=https://host/api/v3); `url` then ends with it.
   */
  constructor(private readonly options: { pathPrefix?: string } = {}) {
    const addFormats =
      (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.coercing = new Ajv({ strict: false, allErrors: true, coerceTypes: true, useDefaults: false });
    addFormats(this.coercing);
    this.route('code-scanning/upload-sarif', (r) => this.uploadSarif(r));
    this.route('code-scanning/get-sarif', (r) => this.getSarif(r));
    this.route('repos/create-deployment', (r) => this.createDeployment(r));
    this.route('repos/get-deployment', (r) => this.getDeployment(r));
    this.route('repos/list-deployments', (r) => this.listDeployments(r));
    this.route('repos/create-deployment-status', (r) => this.createStatus(r));
    this.route('repos/list-deployment-statuses', (r) => this.listStatuses(r));
  }

  /** Adds or replaces the handler of a documented operation. */
  route(operationId: string, handler: FakeHandler): this {
    this.routes.set(operationId, handler);
    return this;
  }

  /** The next `times` valid calls of `operationId` get `status` (a 5xx or 429 with Retry-After: 0). */
  fail(operationId: string, status: number, times = 1, body?: unknown, headers?: Record<string, string>): this {
    const list = this.faults.get(operationId) ?? [];
    for (let i = 0; i < times; i++) list.push({ status, body, headers });
    this.faults.set(operationId, list);
    return this;
  }

  /** Compatibility: the next N SARIF uploads answer 503. */
  get unavailableTimes(): number {
    return this.faults.get('code-scanning/upload-sarif')?.length ?? 0;
  }
  set unavailableTimes(times: number) {
    this.faults.delete('code-scanning/upload-sarif');
    if (times > 0)
      this.fail('code-scanning/upload-sarif', 503, times, {
        code: 'unavailable',
        message: 'Service unavailable',
        documentation_url: '',
      });
  }

  async start(): Promise<this> {
    routesOf();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.options.pathPrefix ?? ''}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The deployments of an environment, newest first, as GitHub lists them. */
  deploymentsOf(environment: string): FakeDeployment[] {
    return this.deployments.filter((d) => d.environment === environment).reverse();
  }

  private validator(ajv: Ajv, key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      this.validators.set(key, validate);
    }
    return validate;
  }

  private handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const prefix = this.options.pathPrefix ?? '';
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : `(outside ${prefix})`;
    const method = (req.method ?? 'GET').toLowerCase();
    const seen: { operationId?: string; fromHandler?: Route } = {};
    let body: unknown;
    const answer = ({ status, body: value, headers = {} }: FakeAnswer) => {
      this.requests.push({
        method: method.toUpperCase(),
        path,
        status,
        ...(seen.operationId ? { operationId: seen.operationId } : {}),
        ...(body === undefined ? {} : { body }),
      });
      if (seen.fromHandler) this.checkAnswer(seen.fromHandler, status, value);
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        .end(value === undefined ? '' : JSON.stringify(value));
    };
    const error = (status: number, message: string, extra: Record<string, unknown> = {}) =>
      answer({ status, body: { message, documentation_url: DOCS, status: String(status), ...extra } });
    const violation = (what: string) => this.violations.push(`${method.toUpperCase()} ${path}: ${what}`);

    let route: Route | undefined;
    let match: RegExpExecArray | null = null;
    for (const candidate of routesOf()) {
      if (candidate.method !== method) continue;
      match = candidate.pattern.exec(path);
      if (match) {
        route = candidate;
        break;
      }
    }
    if (!route || !match) {
      violation('not a documented operation of the GitHub REST API');
      return error(404, 'Not Found');
    }
    const operationId = route.operation.operationId;
    seen.operationId = operationId;

    const authorization = req.headers['authorization'];
    if (!authorization) violation('no Authorization header');
    const token = /^(?:Bearer|token) (.+)$/.exec(authorization ?? '')?.[1];
    if (!token || (!this.writeTokens.has(token) && !this.readOnlyTokens.has(token)))
      return error(401, 'Bad credentials');
    const version = req.headers['x-github-api-version'];
    if (version !== undefined && version !== '2022-11-28') {
      violation(`unsupported X-GitHub-Api-Version ${String(version)}`);
      return error(400, `API version ${String(version)} is not supported.`);
    }

    const problems: Array<{ resource: string; field: string; code: string; message: string }> = [];
    const params: Record<string, string> = {};
    const declared = route.operation.parameters ?? [];
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] as string)));
    for (const parameter of declared) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const given = parameter.in === 'path' ? params[parameter.name] : url.searchParams.get(parameter.name);
      if (given === undefined || given === null) {
        if (parameter.required)
          problems.push({ resource: parameter.in, field: parameter.name, code: 'missing_field', message: 'required' });
        continue;
      }
      if (!parameter.schema) continue;
      const validate = this.validator(this.coercing, `${route.template} ${method} ${parameter.in} ${parameter.name}`, {
        type: 'object',
        properties: { value: parameter.schema },
      });
      if (!validate({ value: given }))
        problems.push({
          resource: parameter.in,
          field: parameter.name,
          code: 'invalid',
          message: this.coercing.errorsText(validate.errors, { dataVar: parameter.name }),
        });
    }
    for (const name of new Set(url.searchParams.keys()))
      if (!declared.some((p) => p.in === 'query' && p.name === name))
        problems.push({ resource: 'query', field: name, code: 'invalid', message: 'not a documented parameter' });

    const bodySchema = route.operation.requestBody?.content['application/json']?.schema;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        violation('request body is not JSON');
        return error(400, 'Problems parsing JSON');
      }
      if (!route.operation.requestBody) violation('a body on an operation that takes none');
    } else if (route.operation.requestBody?.required) {
      problems.push({ resource: 'body', field: '', code: 'missing', message: 'a request body is required' });
    }
    if (body !== undefined && bodySchema) {
      const validate = this.validator(this.ajv, `${route.template} ${method} request`, bodySchema);
      if (!validate(body))
        for (const e of validate.errors ?? [])
          problems.push({
            resource: 'body',
            field: e.instancePath.replace(/^\//, '').replace(/\//g, '.'),
            code: 'invalid',
            message: `${e.instancePath || 'body'} ${e.message ?? 'is invalid'}`,
          });
    }
    if (problems.length) {
      violation(
        `breaks the published schema: ${problems.map((p) => `${p.field || p.resource} ${p.message}`).join('; ')}`,
      );
      return error(422, 'Validation Failed', { errors: problems });
    }

    const fault = this.faults.get(operationId)?.shift();
    if (fault)
      return answer({
        status: fault.status,
        body: fault.body ?? { message: faultMessage(fault.status), documentation_url: DOCS },
        headers: fault.headers ?? (fault.status >= 500 || fault.status === 429 ? { 'retry-after': '0' } : {}),
      });
    if (method !== 'get' && this.readOnlyTokens.has(token)) return error(403, 'Resource not accessible by integration');

    const handler = this.routes.get(operationId);
    if (!handler) {
      violation(`${operationId} is documented but not implemented by this fake`);
      return error(404, 'Not Found');
    }
    seen.fromHandler = route;
    return answer(
      handler(
        {
          operationId,
          method: method.toUpperCase(),
          path,
          params,
          query: url.searchParams,
          body,
          token,
          headers: req.headers,
        },
        this,
      ),
    );
  }

  /** The fake holds itself to the contract too: only documented statuses and bodies. */
  private checkAnswer(route: Route, status: number, value: unknown): void {
    if (status === 401 || status === 403 || status === 404 || status === 422) return;
    const what = `${route.method.toUpperCase()} ${route.template}`;
    const response = route.operation.responses[String(status)];
    if (!response) {
      this.violations.push(`fake answered ${status}, which ${what} does not document`);
      return;
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema || value === undefined) return;
    const validate = this.validator(this.ajv, `${what} ${status}`, schema);
    if (!validate(value))
      this.violations.push(
        `fake's ${status} body for ${what} breaks the schema: ${this.ajv.errorsText(validate.errors)}`,
      );
  }

  // --- code scanning -------------------------------------------------------------------------

  private uploadSarif(r: FakeRequest): FakeAnswer {
    const { commit_sha, ref, sarif, tool_name } = r.body as {
      commit_sha: string;
      ref: string;
      sarif: string;
      tool_name?: string;
    };
    let decoded: SarifUpload['sarif'];
    try {
      decoded = JSON.parse(gunzipSync(Buffer.from(sarif, 'base64')).toString('utf8'));
    } catch {
      return { status: 400 };
    }
    const id = sarifId(this.uploads.length);
    const repository = `${r.params['owner']}/${r.params['repo']}`;
    this.uploads.push({
      repository,
      commitSha: commit_sha,
      ref,
      sarif: decoded,
      ...(tool_name ? { toolName: tool_name } : {}),
    });
    return { status: 202, body: { id, url: `${this.url}/repos/${repository}/code-scanning/sarifs/${id}` } };
  }

  private getSarif(r: FakeRequest): FakeAnswer {
    const repository = `${r.params['owner']}/${r.params['repo']}`;
    const known = this.uploads.some((u, i) => u.repository === repository && sarifId(i) === r.params['sarif_id']);
    if (!known) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    const next = this.processing.shift() ?? { processing_status: 'complete' as const };
    return {
      status: 200,
      body: {
        ...next,
        analyses_url:
          next.processing_status === 'complete'
            ? `${this.url}/repos/${repository}/code-scanning/analyses?sarif_id=${r.params['sarif_id']}`
            : null,
      },
    };
  }

  // --- deployments ---------------------------------------------------------------------------

  private repoUrl(repository: string): string {
    return `${this.url}/repos/${repository}`;
  }

  private creator() {
    const u = `${this.url}/users/github-actions%5Bbot%5D`;
    return {
      login: 'github-actions[bot]',
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: u,
      html_url: 'https://github.com/apps/github-actions',
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: 'Bot',
      site_admin: false,
    };
  }

  private deploymentJson(d: FakeDeployment) {
    const url = `${this.repoUrl(d.repository)}/deployments/${d.id}`;
    const updated = d.statuses.at(-1)?.created_at ?? d.created_at;
    return {
      url,
      id: d.id,
      node_id: `DE_fake${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: this.creator(),
      created_at: d.created_at,
      updated_at: updated,
      statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl(d.repository),
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
    };
  }

  private statusJson(d: FakeDeployment, s: FakeDeploymentStatus) {
    const deploymentUrl = `${this.repoUrl(d.repository)}/deployments/${d.id}`;
    return {
      url: `${deploymentUrl}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_fake${s.id}`,
      state: s.state,
      creator: this.creator(),
      description: s.description,
      environment: s.environment,
      // The schema says format uri where github.com answers "": empty URLs are left out here.
      target_url: s.log_url || deploymentUrl,
      created_at: s.created_at,
      updated_at: s.created_at,
      deployment_url: deploymentUrl,
      repository_url: this.repoUrl(d.repository),
      ...(s.environment_url ? { environment_url: s.environment_url } : {}),
      ...(s.log_url ? { log_url: s.log_url } : {}),
    };
  }

  private find(r: FakeRequest): FakeDeployment | undefined {
    const repository = `${r.params['owner']}/${r.params['repo']}`;
    return this.deployments.find((d) => d.repository === repository && String(d.id) === r.params['deployment_id']);
  }

  private createDeployment(r: FakeRequest): FakeAnswer {
    const body = r.body as {
      ref: string;
      task?: string;
      auto_merge?: boolean;
      required_contexts?: string[];
      payload?: Record<string, unknown> | string;
      environment?: string;
      description?: string | null;
      transient_environment?: boolean;
      production_environment?: boolean;
    };
    const environment = body.environment ?? 'production';
    const deployment: FakeDeployment = {
      id: this.nextId++,
      repository: `${r.params['owner']}/${r.params['repo']}`,
      sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'f'.repeat(40),
      ref: body.ref,
      task: body.task ?? 'deploy',
      environment,
      payload: body.payload ?? {},
      description: body.description ?? null,
      transient_environment: body.transient_environment ?? false,
      production_environment: body.production_environment ?? environment === 'production',
      auto_merge: body.auto_merge ?? true,
      required_contexts: body.required_contexts,
      created_at: this.now().toISOString(),
      statuses: [],
    };
    this.deployments.push(deployment);
    return { status: 201, body: this.deploymentJson(deployment) };
  }

  private getDeployment(r: FakeRequest): FakeAnswer {
    const d = this.find(r);
    return d
      ? { status: 200, body: this.deploymentJson(d) }
      : { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  }

  private listDeployments(r: FakeRequest): FakeAnswer {
    const repository = `${r.params['owner']}/${r.params['repo']}`;
    const q = r.query;
    const list = this.deployments
      .filter(
        (d) =>
          d.repository === repository &&
          (!q.get('sha') || d.sha === q.get('sha')) &&
          (!q.get('ref') || d.ref === q.get('ref')) &&
          (!q.get('task') || d.task === q.get('task')) &&
          (!q.get('environment') || d.environment === q.get('environment')),
      )
      .reverse();
    return this.paged(r, list, (d) => this.deploymentJson(d));
  }

  private listStatuses(r: FakeRequest): FakeAnswer {
    const d = this.find(r);
    if (!d) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    return this.paged(r, [...d.statuses].reverse(), (s) => this.statusJson(d, s));
  }

  /**
   * One page (per_page default 30, at most 100) with GitHub's Link header: rel="next" and
   * rel="last" while there are more, rel="first" and rel="prev" after the first page.
   */
  private paged<T>(r: FakeRequest, all: T[], json: (item: T) => unknown): FakeAnswer {
    const perPage = Math.min(100, Number(r.query.get('per_page') ?? 30));
    const page = Math.max(1, Number(r.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    // Links name the host the client asked for, as GitHub's do (a proxied test reaches the
    // fake by another name than 127.0.0.1).
    const base = r.headers.host ? `http://${r.headers.host}${this.options.pathPrefix ?? ''}` : this.url;
    const link = (n: number) => {
      const query = new URLSearchParams(r.query);
      query.set('page', String(n));
      return `<${base}${r.path}?${query}>`;
    };
    const links = [
      ...(page > 1 ? [`${link(page - 1)}; rel="prev"`] : []),
      ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${link(1)}; rel="first"`] : []),
    ];
    this.pagesServed.push(`${r.operationId} page ${page}`);
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage).map(json),
      ...(links.length ? { headers: { link: links.join(', ') } } : {}),
    };
  }

  private createStatus(r: FakeRequest): FakeAnswer {
    const d = this.find(r);
    if (!d) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    const body = r.body as {
      state: string;
      target_url?: string;
      log_url?: string;
      description?: string;
      environment?: string;
      environment_url?: string;
      auto_inactive?: boolean;
    };
    // GitHub's own limit, not in the schema.
    if ((body.description ?? '').length > 140) {
      this.violations.push(`POST ${r.path}: description longer than 140 characters`);
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'DeploymentStatus',
              field: 'description',
              code: 'custom',
              message: 'description is too long (maximum is 140 characters)',
            },
          ],
          documentation_url: DOCS,
        },
      };
    }
    if (body.environment) d.environment = body.environment;
    const previous = d.statuses.at(-1);
    const status: FakeDeploymentStatus = {
      id: this.nextId++,
      state: body.state,
      description: body.description ?? '',
      environment: d.environment,
      environment_url: body.environment_url ?? previous?.environment_url ?? '',
      log_url: body.log_url ?? body.target_url ?? '',
      created_at: this.now().toISOString(),
    };
    d.statuses.push(status);
    // auto_inactive (default true): "Adds a new inactive status to all prior non-transient,
    // non-production environment deployments with the same repository and environment name as
    // the created status's deployment. An inactive status is only added to deployments that had
    // a success state." The fake does not exempt production environments: github.com marks
    // earlier production deployments inactive too, which is what the environment page shows.
    if (body.state === 'success' && body.auto_inactive !== false)
      for (const other of this.deployments)
        if (
          other !== d &&
          other.repository === d.repository &&
          other.environment === d.environment &&
          !other.transient_environment &&
          other.statuses.some((s) => s.state === 'success') &&
          other.statuses.at(-1)?.state !== 'inactive'
        )
          other.statuses.push({
            ...(other.statuses.at(-1) as FakeDeploymentStatus),
            id: this.nextId++,
            state: 'inactive',
            description: '',
            created_at: this.now().toISOString(),
          });
    return { status: 201, body: this.statusJson(d, status) };
  }
}

/** The id GitHub gives the nth upload (a UUID). */
function sarifId(n: number): string {
  return `6c81cd8e-b078-4ac3-a3be-${String(n).padStart(12, '0')}`;
}

function faultMessage(status: number): string {
  if (status === 429) return 'API rate limit exceeded';
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 404) return 'Not Found';
  if (status >= 500) return 'Server Error';
  return 'Error';
}
