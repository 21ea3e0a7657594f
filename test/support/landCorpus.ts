/**
 * Plans to hold the Land's shortcuts equal to the engine: the 400 plans of the bench Land
 * (test/bench/landOps.ts, seed 1853), the samples, plans of the generator (formulas, kommunale
 * Leistungen, references), an empty plan and the template's empty areas, and of a share of them
 * the same without Vorjahr, Vorbindungen or Zielplanung, and without all three.
 */
import type { Plan } from '../../shared/model/plan';
import { emptyZielvereinbarung } from '../../shared/model/ziele';
import { SAMPLES } from '../../shared/sample/samples';
import { emptyPlan } from '../../shared/storage/newPlans';
import { generateLand } from './generateLand';
import { generatePlan } from './generatePlan';

/** LAND_SEED of test/bench/landOps.ts (not imported: it starts child processes). */
const BENCH_LAND_SEED = 1853;

const noVorjahr = (p: Plan): Plan => ({
  ...p,
  schwerpunkte: p.schwerpunkte.map((a) => ({
    ...a,
    rows: a.rows.map((r) =>
      r.kind === 'instrument' ? { ...r, vorjahrMittel: null, vorjahrEintritte: null } : r,
    ),
  })),
});
const noVorbindungen = (p: Plan): Plan => ({
  ...p,
  haushalt: { ...p.haushalt, vorbindungen: { ...p.haushalt.vorbindungen, plan: null } },
});
const noZiele = (p: Plan): Plan => ({ ...p, zielvereinbarung: emptyZielvereinbarung() });

export function landCorpus(): { name: string; plan: Plan }[] {
  const opts = {
    id: 'leer',
    jobcenter: 'Jobcenter Leer',
    year: 2016,
    now: '2026-12-01T00:00:00.000Z',
    author: 'Test',
  };
  const base: { name: string; plan: Plan }[] = [
    ...generateLand({ count: 400, seed: BENCH_LAND_SEED }).map((plan, i) => ({ name: `Land ${i}`, plan })),
    ...SAMPLES.map((s) => ({ name: s.name, plan: s.build() })),
    ...Array.from({ length: 12 }, (_, i) => ({
      name: `generiert ${i + 1}`,
      plan: generatePlan({ rows: 60, seed: i + 1 }),
    })),
    { name: 'leer', plan: emptyPlan(opts) },
    { name: 'leer mit Vorlage', plan: emptyPlan({ ...opts, schwerpunkte: 'vorlage' }) },
  ];
  const variants = base
    .filter((_, i) => i % 20 === 0 || i >= 400)
    .flatMap(({ name, plan }) => [
      { name: `${name} ohne Vorjahr`, plan: noVorjahr(plan) },
      { name: `${name} ohne Vorbindungen`, plan: noVorbindungen(plan) },
      { name: `${name} ohne Zielplanung`, plan: noZiele(plan) },
      { name: `${name} ohne alle drei`, plan: noZiele(noVorbindungen(noVorjahr(plan))) },
    ]);
  return [...base, ...variants];
}
