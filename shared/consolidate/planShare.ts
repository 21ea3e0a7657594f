/**
 * The per-plan step of the consolidation: everything the Land needs of one plan, read from its
 * own figures (its row, Kategorie lines, labels, each part's share). It runs where the plan was
 * read (the Land view's workers) and leaves a few KB instead of the plan; consolidate.ts merges
 * the shares. `consolidate(sources)` is this step for each plan, then the merge.
 */
import { landPlanFromText } from './landInput';
import { jobcenterEntry, landLabelsOfPlans } from './jobcenterEntry';
import { CONSOLIDATION_PARTS } from './parts';
import { planReader } from './planReader';
import { rowTotals } from './rowTotals';
import type { LandSource, PlanShare } from './types';

export function planShare(input: LandSource): PlanShare {
  // One pass over the rows for the sums the share reads; the rest from the plan's FigureDefs.
  const rows = rowTotals(input.plan);
  const calc = planReader(input.plan, rows.figures);
  const { labels, units } = landLabelsOfPlans();
  const parts: Record<string, unknown> = {};
  for (const p of CONSOLIDATION_PARTS) parts[p.id] = p.read(input.plan, calc);
  return { entry: jobcenterEntry(input, calc, rows), labels, units, parts };
}

export type ShareRead = { ok: true; share: PlanShare } | { ok: false; message: string };

/**
 * A plan file's text checked as Datei → Öffnen… does (landPlanFromText), then its share. A plan
 * whose figures cannot be read is refused with the reason like a bad file; the others go on.
 */
export function shareFromText(text: string, source: string): ShareRead {
  const read = landPlanFromText(text);
  return read.ok ? shareOf({ source, plan: read.plan }) : read;
}

export function shareOf(input: LandSource): ShareRead {
  try {
    return { ok: true, share: planShare(input) };
  } catch (e) {
    return {
      ok: false,
      message: `Kennzahlen ließen sich nicht berechnen (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
}
