/** A range of cases as the documents print it: "800–1.200" (issue 15 B, kommunale Leistungen). */
import { formatCount } from './numberFormat';

/** "800–1.200" (en dash, German thousands); a single number alone; empty when both are. */
export function formatRange(
  von: number | null,
  bis: number | null,
  opts?: { nachrichtlich?: boolean },
): string {
  if (bis === null || bis === von) return formatCount(von, opts);
  const text = `${formatCount(von ?? 0)}–${formatCount(bis)}`;
  return opts?.nachrichtlich ? `(${text})` : text;
}
