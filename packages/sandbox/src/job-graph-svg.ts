export interface GraphJob {
  id: string;
  /** The job's name as the run shows it, e.g. "build (build-push)". */
  name: string;
  needs: string[];
  result: 'succeeded' | 'failed' | 'skipped';
  durationMs?: number;
}

const box = { width: 200, height: 54, gapX: 56, gapY: 22, margin: 24, title: 40 };
const colours = { succeeded: '#1a7f37', failed: '#cf222e', skipped: '#8c959f' };
const marks = { succeeded: '✓', failed: '✗', skipped: '–' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Each job's column: one more than the deepest job it needs. */
function columns(jobs: GraphJob[]): Map<string, number> {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const depth = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) throw new Error(`job graph: ${id} needs itself`);
    const needs = (byId.get(id)?.needs ?? []).filter((need) => byId.has(need));
    const value = needs.length === 0 ? 0 : 1 + Math.max(...needs.map((need) => visit(need, new Set([...seen, id]))));
    depth.set(id, value);
    return value;
  };
  for (const job of jobs) visit(job.id, new Set());
  return depth;
}

/** The edges left once an edge implied by a longer path is dropped (notify-start → everything). */
export function directNeeds(jobs: GraphJob[]): Array<[string, string]> {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const reaches = (from: string, to: string): boolean =>
    (byId.get(from)?.needs ?? []).some((need) => need === to || reaches(need, to));
  const edges: Array<[string, string]> = [];
  for (const job of jobs) {
    for (const need of job.needs.filter((n) => byId.has(n))) {
      const implied = job.needs.some((other) => other !== need && reaches(other, need));
      if (!implied) edges.push([need, job.id]);
    }
  }
  return edges;
}

function seconds(ms: number): string {
  return ms >= 60_000
    ? `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`
    : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The run as a picture: the job graph left to right (a job one column after the jobs it
 * needs), each job a box coloured by its result with its duration, arrows for the needs.
 */
export function jobGraphSvg(jobs: GraphJob[], title: string): string {
  const column = columns(jobs);
  const rows = new Map<number, number>();
  const place = new Map<string, { x: number; y: number }>();
  for (const job of jobs) {
    const c = column.get(job.id) ?? 0;
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    place.set(job.id, {
      x: box.margin + c * (box.width + box.gapX),
      y: box.margin + box.title + r * (box.height + box.gapY),
    });
  }
  const width = box.margin * 2 + (Math.max(0, ...column.values()) + 1) * (box.width + box.gapX) - box.gapX;
  const height = box.margin * 2 + box.title + Math.max(1, ...rows.values()) * (box.height + box.gapY) - box.gapY;
  const edges = directNeeds(jobs).map(([from, to]) => {
    const a = place.get(from)!;
    const b = place.get(to)!;
    const x1 = a.x + box.width;
    const y1 = a.y + box.height / 2;
    const x2 = b.x - 4;
    const y2 = b.y + box.height / 2;
    const mid = (x1 + x2) / 2;
    return `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" class="edge" marker-end="url(#arrow)"/>`;
  });
  const nodes = jobs.map((job) => {
    const { x, y } = place.get(job.id)!;
    const colour = colours[job.result];
    const detail = job.result === 'skipped' ? 'skipped' : `${job.result} · ${seconds(job.durationMs ?? 0)}`;
    return [
      `<g class="job ${job.result}">`,
      `<rect x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="8" fill="#fff" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${x + 14}" y="${y + 22}" class="name">${escapeXml(marks[job.result])} ${escapeXml(job.name)}</text>`,
      `<text x="${x + 14}" y="${y + 42}" class="detail" fill="${colour}">${escapeXml(detail)}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<style>text{font-family:system-ui,sans-serif}.name{font-size:13px;font-weight:600;fill:#1f2328}',
    '.detail{font-size:12px}.title{font-size:15px;font-weight:600;fill:#1f2328}.edge{fill:none;stroke:#8c959f;stroke-width:1.5}</style>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">',
    '<path d="M0,0 L10,5 L0,10 z" fill="#8c959f"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#f6f8fa"/>`,
    `<text x="${box.margin}" y="${box.margin + 16}" class="title">${escapeXml(title)}</text>`,
    ...edges,
    ...nodes,
    '</svg>',
    '',
  ].join('\n');
}
