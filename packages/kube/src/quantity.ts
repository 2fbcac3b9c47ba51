const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A Kubernetes quantity ("500m", "1.5Gi", "2", "1e3") as a number of base units; undefined when unreadable. */
export function parseQuantity(text: string | number | undefined): number | undefined {
  if (typeof text === 'number') return text;
  if (!text) return undefined;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (SUFFIX[match[2] ?? ''] ?? 1);
}

/** A quantity for a line: cpu in cores or millicores, memory in Mi/Gi, counts as they are. */
export function formatQuantity(resource: string, value: number): string {
  if (/cpu/.test(resource)) return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(3)}`;
  if (/memory|storage/.test(resource)) {
    if (value >= 2 ** 30) return `${+(value / 2 ** 30).toFixed(2)}Gi`;
    return `${+(value / 2 ** 20).toFixed(1)}Mi`;
  }
  return String(+value.toFixed(3));
}
