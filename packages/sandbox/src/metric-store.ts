export type MetricType = 'gauge' | 'counter';

export interface MetricUpdate {
  name: string;
  value: number;
  type?: MetricType;
  help?: string;
  labels?: Record<string, string>;
}

interface Family {
  type: MetricType;
  help: string;
  series: Map<string, { labels: Record<string, string>; value: number }>;
}

const namePattern = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelPattern = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function escapeLabel(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
}

function labelText(labels: Record<string, string>): string {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
}

/** In-memory metric families rendered in the Prometheus text exposition format. */
export class MetricStore {
  private readonly families = new Map<string, Family>();

  apply(update: MetricUpdate, mode: 'set' | 'add'): void {
    if (typeof update.name !== 'string' || !namePattern.test(update.name)) {
      throw new Error(`invalid metric name: ${String(update.name)}`);
    }
    if (typeof update.value !== 'number' || !Number.isFinite(update.value)) {
      throw new Error(`value must be a finite number, got ${String(update.value)}`);
    }
    const labels = update.labels ?? {};
    for (const [key, value] of Object.entries(labels)) {
      if (!labelPattern.test(key) || typeof value !== 'string') {
        throw new Error(`invalid label ${key}=${String(value)}`);
      }
    }
    const family = this.families.get(update.name) ?? {
      type: update.type ?? 'gauge',
      help: update.help ?? `${update.name} (set by tests through the sandbox metrics stub)`,
      series: new Map(),
    };
    this.families.set(update.name, family);
    const key = labelText(labels);
    const previous = family.series.get(key)?.value ?? 0;
    family.series.set(key, { labels, value: mode === 'add' ? previous + update.value : update.value });
  }

  clear(): void {
    this.families.clear();
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, family] of this.families) {
      lines.push(`# HELP ${name} ${family.help.replaceAll('\n', ' ')}`, `# TYPE ${name} ${family.type}`);
      for (const { labels, value } of family.series.values()) {
        lines.push(`${name}${labelText(labels)} ${value}`);
      }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  }
}
