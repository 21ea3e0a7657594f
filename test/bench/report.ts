/** The Markdown table of a run (also used to re-render test/bench/results/latest.md from its JSON). */
import type { HeapFigures, Measured } from './nodeOps';

export interface Row {
  op: string;
  operation: string;
  size: number;
  instrumentRows: number;
  result: Measured;
}

export const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
export const de = (v: number): string => v.toLocaleString('de-DE');

export function markdown(
  rows: readonly Row[],
  heap: Record<number, HeapFigures>,
  extra: readonly string[],
): string {
  const lines = [
    '| Operation | Rows | p50 ms | p95 ms | Compared with | p50 ms | p95 ms | Ratio p50 | Ratio p95 |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const a = r.result.against;
    const cells = [
      r.operation,
      de(r.instrumentRows),
      ms(r.result.stats.p50),
      ms(r.result.stats.p95),
      a ? a.label : '–',
      a ? ms(a.stats.p50) : '',
      a ? ms(a.stats.p95) : '',
      a ? (r.result.stats.p50 / a.stats.p50).toFixed(3) : '',
      a ? (r.result.stats.p95 / a.stats.p95).toFixed(3) : '',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const notes = rows
    .filter((r) => r.result.note)
    .map((r) => `- ${r.operation}, ${de(r.instrumentRows)} rows: ${r.result.note}`);
  if (notes.length) lines.push('', ...notes);
  const heapLines = Object.entries(heap).map(
    ([size, h]) =>
      `| ${de(Number(size))} | ${h.planMb.toFixed(1)} | ${h.calcMb.toFixed(1)} | ${h.checksMb.toFixed(1)} | ${h.totalMb.toFixed(1)} |`,
  );
  if (heapLines.length)
    lines.push(
      '',
      'Node heap (MB, live after GC): plan, Calculation, checks',
      '',
      '| Rows | Plan | Calculation | Checks | Total |',
      '|---:|---:|---:|---:|---:|',
      ...heapLines,
    );
  return [...lines, ...extra].join('\n');
}
