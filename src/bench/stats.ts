/** Min, median, max and tail percentiles of repeated measurements. */
export interface Summary {
  runs: number;
  min: number;
  median: number;
  max: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarize(values: number[], digits = 2): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: values.length,
    min: round(sorted[0] ?? Number.NaN, digits),
    median: round(percentile(sorted, 50), digits),
    max: round(sorted.at(-1) ?? Number.NaN, digits),
    p50: round(percentile(sorted, 50), digits),
    p99: round(percentile(sorted, 99), digits),
  };
}

export async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
