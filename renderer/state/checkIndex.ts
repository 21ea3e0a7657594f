/** Checks by the cell or figure they point at, for markers and tooltips in the grids. */
import type { Pruefung, Severity } from '../../shared/checks/pruefung';
import { severityRank, targetsOf, textCellKey } from '../../shared/checks/pruefung';
import type { TextTarget } from '../../shared/commands/command';

/**
 * What a check can point at in a grid cell (the part of renderer/sheet's CellSpec that matters
 * here): an input cell by its key (and the figure it may show instead), a derived figure by its
 * id; the other kinds carry no marker. Written out here so that state does not import the sheet
 * (the sheet imports state); a new cell kind fails to compile at the grid until it is added.
 */
export type CheckTarget =
  | { kind: 'input'; key: string; figure?: string | undefined }
  | { kind: 'figure'; id: string }
  | { kind: 'text'; target: TextTarget }
  | { kind: 'view' | 'choice' | 'label' };

export interface CheckIndex {
  forSpec(spec: CheckTarget): readonly Pruefung[];
}

const cache = new WeakMap<Pruefung[], CheckIndex>();
const NONE: readonly Pruefung[] = [];

function indexOf(lookup: (key: string) => readonly Pruefung[]): CheckIndex {
  return {
    forSpec(spec) {
      if (spec.kind === 'input') {
        const a = lookup(spec.key);
        const b = spec.figure ? lookup(spec.figure) : NONE;
        return b.length ? [...a, ...b] : a;
      }
      if (spec.kind === 'figure') return lookup(spec.id);
      if (spec.kind === 'text') return lookup(textCellKey(spec.target));
      return NONE;
    },
  };
}

/**
 * The store's checks come with an index kept up to date edit by edit (shared/checks/liveChecks.ts):
 * the grids use it instead of indexing 26.000 checks of a Land plan after each edit. It answers
 * for the store's current checks, which is all the grids ask about.
 */
export function attachCheckIndex(
  checks: Pruefung[],
  live: { forTarget(key: string): readonly Pruefung[] },
): void {
  cache.set(
    checks,
    indexOf((key) => live.forTarget(key)),
  );
}

export function checkIndex(checks: Pruefung[]): CheckIndex {
  let idx = cache.get(checks);
  if (!idx) {
    const byTarget = new Map<string, Pruefung[]>();
    for (const c of checks)
      targetsOf(c, (k) => {
        const list = byTarget.get(k);
        if (list) list.push(c);
        else byTarget.set(k, [c]);
      });
    idx = indexOf((key) => byTarget.get(key) ?? NONE);
    cache.set(checks, idx);
  }
  return idx;
}

export function worstSeverity(idx: CheckIndex, spec: CheckTarget): Severity | null {
  const found = idx.forSpec(spec);
  if (!found.length) return null;
  return found.reduce(
    (w, c) => (severityRank(c.severity) < severityRank(w) ? c.severity : w),
    found[0]!.severity,
  );
}

/** What each cell key or figure id shows as markers and tooltip, per target. */
function markerTexts(checks: readonly Pruefung[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of checks) targetsOf(c, (k) => out.set(k, `${out.get(k) ?? ''}${c.severity}|${c.message}\n`));
  return out;
}

/** Cell keys and figure ids whose markers or tooltips differ between two lists of checks. */
export function changedCheckTargets(before: readonly Pruefung[], after: readonly Pruefung[]): Set<string> {
  const a = markerTexts(before);
  const b = markerTexts(after);
  const out = new Set<string>();
  for (const [k, v] of a) if (b.get(k) !== v) out.add(k);
  for (const [k, v] of b) if (a.get(k) !== v) out.add(k);
  return out;
}
