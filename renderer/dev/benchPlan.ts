/**
 * Dev/measurement aid: `?bench=5000` loads a generated plan with that many instrument rows.
 * Uses the Excel engineer's test/support/generatePlan.ts when it is there, else a simple
 * generator that repeats the Beispielplan's rows over more areas.
 */
import { beispielplan } from '../../shared/sample/beispielplan';
import type { Handlungsschwerpunkt, InstrumentRow, Plan } from '../../shared/model/plan';

type Generator = (opts: { rows: number; seed: number }) => Plan;

const external = import.meta.glob<{ generatePlan: Generator }>('../../test/support/generatePlan.ts');

function fallback(rows: number): Plan {
  const base = beispielplan();
  const templates = base.schwerpunkte
    .flatMap((a) => a.rows)
    .filter((r): r is InstrumentRow => r.kind === 'instrument');
  const areas: Handlungsschwerpunkt[] = [];
  const perArea = 250;
  for (let i = 0; i < rows; i++) {
    if (i % perArea === 0)
      areas.push({
        id: `hs-bench-${areas.length}`,
        name: `Handlungsschwerpunkt ${areas.length + 1}`,
        rows: [],
      });
    const t = templates[i % templates.length]!;
    const row: InstrumentRow = {
      ...t,
      id: `r-bench-${i}`,
      instrument: `${t.instrument} #${i + 1}`,
      finanzierung: t.finanzierung.art === 'enthalten' ? { art: 'EGT' } : t.finanzierung,
      fbw: false,
      vorjahrEintritte: t.eintritte,
      vorjahrMittel: t.mittelansatz,
    };
    areas[areas.length - 1]!.rows.push(row);
  }
  return {
    ...base,
    id: `bench-${rows}`,
    header: { ...base.header, variante: `Messplan ${rows} Zeilen` },
    schwerpunkte: areas,
  };
}

export async function benchPlan(rows: number): Promise<Plan> {
  const load = Object.values(external)[0];
  if (load) {
    const mod = await load();
    return mod.generatePlan({ rows, seed: 1 });
  }
  return fallback(rows);
}
