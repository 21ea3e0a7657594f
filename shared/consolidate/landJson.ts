/**
 * `amip consolidate --json`: the Land view as JSON with keys in the style of `compute`
 * (README „Figure keys of `consolidate`“): `land.<key>` for the group, `<key>` per Jobcenter,
 * `kategorie.<Kategorie>.<key>`; ratios as shares, missing values null, keys sorted.
 */
import type { Num } from '../model/plan';
import type { Consolidation } from './types';

export interface LandRefusal {
  source: string;
  message: string;
}

const katJsonKey = (key: string): string => (key === '' ? 'ohne' : key);

function sorted(o: Record<string, Num>): Record<string, Num> {
  const out: Record<string, Num> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k] ?? null;
  return out;
}

export function landJson(c: Consolidation, refused: readonly LandRefusal[] = []): unknown {
  return {
    gruppen: c.groups.map((g) => {
      const figures: Record<string, Num> = {};
      const ausgelassen: Record<string, string[]> = {};
      for (const [key, t] of Object.entries(g.totals)) {
        figures[`land.${key}`] = t.value;
        if (t.leftOut.length > 0) ausgelassen[`land.${key}`] = t.leftOut;
      }
      for (const k of g.kategorien)
        for (const [key, t] of Object.entries(k.totals)) {
          figures[`land.kategorie.${katJsonKey(k.key)}.${key}`] = t.value;
          if (t.leftOut.length > 0) ausgelassen[`land.kategorie.${katJsonKey(k.key)}.${key}`] = t.leftOut;
        }
      for (const p of g.parts) Object.assign(figures, p.figures);
      return {
        gruppe: g.label,
        year: g.year,
        traegerform: g.traegerform,
        figures: sorted(figures),
        ausgelassen,
        jobcenter: g.jobcenter.map((e) => {
          const f: Record<string, Num> = { ...e.values };
          for (const k of e.kategorien) {
            for (const [key, v] of Object.entries(k.values)) f[`kategorie.${katJsonKey(k.key)}.${key}`] = v;
            for (const [key, v] of Object.entries(k.rates)) f[`kategorie.${katJsonKey(k.key)}.${key}`] = v;
          }
          return {
            nr: e.nr,
            jobcenter: e.jobcenter,
            variante: e.variante,
            quelle: e.source,
            figures: sorted(f),
          };
        }),
        ausreisser: g.outliers.map((o) => ({
          jobcenter: o.jobcenter,
          figure: o.figure,
          wert: o.value,
          seite: o.side,
          untereGrenze: o.lower,
          obereGrenze: o.upper,
        })),
      };
    }),
    doppelt: c.duplicates.map((d) => ({
      quelle: d.source,
      aufgenommen: d.keptSource,
      jobcenter: d.jobcenter,
      year: d.year,
      variante: d.variante,
    })),
    abgelehnt: refused.map((r) => ({ quelle: r.source, grund: r.message })),
  };
}
