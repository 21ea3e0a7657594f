/**
 * The Land or regional view (issue 18, zielplanung.md D): many Jobcenters' plans in groups of
 * (year, Trägerform), never mixed; a second plan of the same Jobcenter, year and variant is
 * reported, not added. Totals are sums; Land rates come from summed bases over the Jobcenters
 * that have both, and the ones left out are named.
 */
import type { FigureUnit } from '../calc/figureDef';
import {
  KATEGORIE_BASES,
  KATEGORIE_RATES,
  LAND_BASES,
  LAND_RATES,
  rateOf,
  sumCents,
} from '../calc/landFigures';
import type { Num, Traegerform } from '../model/plan';
import { fences } from './outliers';
import { CONSOLIDATION_PARTS } from './parts';
import { planShare } from './planShare';
import type {
  Consolidation,
  Duplicate,
  JobcenterEntry,
  LandGroup,
  LandSource,
  LandTotal,
  Outlier,
  PlanEntry,
  PlanShare,
} from './types';

export const TRAEGERFORM_UNBEKANNT = 'Trägerform nicht angegeben';

export function groupLabel(year: number, traegerform: Traegerform | null): string {
  return `${year} · ${traegerform ?? TRAEGERFORM_UNBEKANNT}`;
}

const duplicateKey = (e: PlanEntry): string =>
  [e.jobcenter.trim().toLocaleLowerCase('de'), e.year, e.variante.trim().toLocaleLowerCase('de')].join(
    '\u0000',
  );

/** The whole consolidation: each plan's share (planShare.ts), then the merge. */
export function consolidate(inputs: readonly LandSource[]): Consolidation {
  return mergeShares(inputs.map(planShare));
}

/**
 * The merge of the plans' shares, in the order the plans came: duplicates, groups, the
 * Jobcenters' numbers, sums, Land rates from summed bases, outliers, the parts' tables.
 */
export function mergeShares(shares: readonly PlanShare[]): Consolidation {
  for (const s of shares)
    for (const p of CONSOLIDATION_PARTS)
      if (!(p.id in s.parts))
        throw new Error(`Anteil des Teils „${p.id}“ fehlt für ${s.entry.source}: Teil nicht gelesen.`);
  const seen = new Map<string, PlanShare>();
  const duplicates: Duplicate[] = [];
  for (const s of shares) {
    const key = duplicateKey(s.entry);
    const kept = seen.get(key);
    if (kept) {
      const { jobcenter, year, variante } = s.entry;
      duplicates.push({ source: s.entry.source, keptSource: kept.entry.source, jobcenter, year, variante });
    } else seen.set(key, s);
  }
  const byGroup = new Map<string, PlanShare[]>();
  for (const s of seen.values()) {
    const key = `${s.entry.year}\u0000${s.entry.traegerform ?? '~'}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), s]);
  }
  const groupKeys = [...byGroup.keys()].sort();
  let labels: Record<string, string> = {};
  let units: Record<string, FigureUnit> = {};
  let nr = 0;
  const groups = groupKeys.map((gk) => {
    const members = byGroup
      .get(gk)!
      .sort(
        (a, b) =>
          a.entry.jobcenter.localeCompare(b.entry.jobcenter, 'de') ||
          a.entry.variante.localeCompare(b.entry.variante, 'de'),
      )
      .map((share) => {
        // The labels of the Land's first plan, as its FigureDefs give them.
        if (nr === 0) ({ labels, units } = { labels: { ...share.labels }, units: { ...share.units } });
        return { share, entry: { nr: ++nr, ...share.entry } };
      });
    const first = members[0]!.entry;
    return landGroup(first.year, first.traegerform, members, labels);
  });
  for (const k of KATEGORIE_BASES) {
    labels[`kategorie.${k.key}`] = k.label;
    units[`kategorie.${k.key}`] = k.unit;
  }
  for (const r of KATEGORIE_RATES) {
    labels[`kategorie.${r.key}`] = r.label;
    units[`kategorie.${r.key}`] = r.unit;
  }
  return { groups, duplicates, labels, units };
}

function landGroup(
  year: number,
  traegerform: Traegerform | null,
  members: { share: PlanShare; entry: JobcenterEntry }[],
  labels: Record<string, string>,
): LandGroup {
  const entries = members.map((m) => m.entry);
  const totals = jobcenterTotals(entries);
  const katKeys = new Map<string, string>();
  for (const e of entries) for (const k of e.kategorien) if (!katKeys.has(k.key)) katKeys.set(k.key, k.name);
  const kategorien = [...katKeys].map(([key, name]) => {
    const lines = entries.flatMap((e) => {
      const k = e.kategorien.find((x) => x.key === key);
      return k ? [{ e, k }] : [];
    });
    const t: Record<string, LandTotal> = {};
    for (const b of KATEGORIE_BASES) t[b.key] = sumTotal(lines, ({ k }) => k.values[b.key]);
    for (const r of KATEGORIE_RATES)
      t[r.key] = rateTotal(
        r.kind,
        lines,
        ({ k }) => {
          const parts = r.num.map((n) => k.values[n]);
          return parts.some((v) => v === null) ? null : sumCents(parts);
        },
        ({ k }) => k.values[r.den],
        ({ e }) => e.jobcenter,
      );
    return { key, name, totals: t };
  });
  const parts = CONSOLIDATION_PARTS.flatMap((p) => {
    const table = p.consolidate(members.map((m) => ({ entry: m.entry, data: m.share.parts[p.id] })));
    return table ? [table] : [];
  });
  return {
    label: groupLabel(year, traegerform),
    year,
    traegerform,
    jobcenter: entries,
    totals,
    kategorien,
    outliers: groupOutliers(entries, labels),
    parts,
  };
}

/**
 * Σ of the bases and the rates from those sums, over any set of Jobcenters: the group's
 * totals, and the Land view's status line over the rows left after filtering.
 */
export function jobcenterTotals(entries: readonly JobcenterEntry[]): Record<string, LandTotal> {
  const totals: Record<string, LandTotal> = {};
  for (const b of LAND_BASES) totals[b.key] = sumTotal(entries, (e) => e.values[b.key] ?? null);
  for (const r of LAND_RATES)
    totals[r.key] = rateTotal(
      r.kind,
      entries,
      (e) => e.values[r.num] ?? null,
      (e) => e.values[r.den] ?? null,
    );
  return totals;
}

function sumTotal<T>(items: readonly T[], read: (t: T) => Num, name?: (t: T) => string): LandTotal {
  const leftOut: string[] = [];
  const present: number[] = [];
  for (const it of items) {
    const v = read(it);
    if (v === null) leftOut.push(nameOf(it, name));
    else present.push(v);
  }
  return { value: present.length === 0 ? null : sumCents(present), leftOut };
}

/** Σ num ÷ Σ den over the items where both bases are there and the rate exists. */
function rateTotal<T>(
  kind: 'div' | 'change',
  items: readonly T[],
  num: (t: T) => Num,
  den: (t: T) => Num,
  name?: (t: T) => string,
): LandTotal {
  const leftOut: string[] = [];
  const nums: number[] = [];
  const dens: number[] = [];
  for (const it of items) {
    const n = num(it);
    const d = den(it);
    if (rateOf(kind, n, d) === null) leftOut.push(nameOf(it, name));
    else {
      nums.push(n!);
      dens.push(d!);
    }
  }
  return { value: rateOf(kind, sumCents(nums), sumCents(dens)), leftOut };
}

function nameOf<T>(it: T, name?: (t: T) => string): string {
  if (name) return name(it);
  const e = it as unknown as { jobcenter?: string; e?: JobcenterEntry };
  return e.jobcenter ?? e.e?.jobcenter ?? '';
}

function groupOutliers(entries: readonly JobcenterEntry[], labels: Record<string, string>): Outlier[] {
  const out: Outlier[] = [];
  const mark = (figure: string, label: string, items: { e: JobcenterEntry; v: Num }[]) => {
    const present = items.filter((i): i is { e: JobcenterEntry; v: number } => i.v !== null);
    const f = fences(present.map((i) => i.v));
    if (!f) return;
    for (const { e, v } of present)
      if (v < f.lower || v > f.upper)
        out.push({
          nr: e.nr,
          jobcenter: e.jobcenter,
          figure,
          label,
          value: v,
          side: v < f.lower ? 'niedrig' : 'hoch',
          ...f,
        });
  };
  for (const r of LAND_RATES)
    if (r.outliers)
      mark(
        r.key,
        labels[r.key] ?? r.key,
        entries.map((e) => ({ e, v: e.values[r.key] ?? null })),
      );
  const katKeys = [...new Set(entries.flatMap((e) => e.kategorien.map((k) => k.key)))];
  for (const r of KATEGORIE_RATES) {
    if (!r.outliers) continue;
    for (const key of katKeys)
      mark(
        `kategorie.${key}.${r.key}`,
        r.label,
        entries.map((e) => ({ e, v: e.kategorien.find((k) => k.key === key)?.rates[r.key] ?? null })),
      );
  }
  return out;
}
