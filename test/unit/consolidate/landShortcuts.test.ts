import { beforeAll, describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { sumCents } from '../../../shared/calc/landFigures';
import { countsDrittmittel, countsEgt, countsEintritte, allOwnRows } from '../../../shared/calc/rowSelection';
import { jobcenterEntry, landLabels, landLabelsOfPlans } from '../../../shared/consolidate/jobcenterEntry';
import { planReader } from '../../../shared/consolidate/planReader';
import { planShare } from '../../../shared/consolidate/planShare';
import { rowTotals } from '../../../shared/consolidate/rowTotals';
import type { Plan } from '../../../shared/model/plan';
import { landCorpus } from '../../support/landCorpus';

/** Rows assigned where no Kennzahl counts them: a "darunter" line, an unknown key, none. */
function oddKategorien(plan: Plan): Plan {
  const keys = ['II.a', 'unbekannt', null];
  let i = 0;
  return {
    ...plan,
    schwerpunkte: plan.schwerpunkte.map((a) => ({
      ...a,
      rows: a.rows.map((r) => (r.kind === 'instrument' && i < 9 ? { ...r, kategorie: keys[i++ % 3]! } : r)),
    })),
  };
}

// The share's shortcuts (rowTotals.ts, landLabelsOfPlans) against the plans' own FigureDefs and
// the engine, over the bench Land and the edge cases (test/support/landCorpus.ts).
describe('the Land share’s shortcuts equal the plans’ own figures', () => {
  let corpus: { name: string; plan: Plan }[] = [];
  beforeAll(() => {
    const all = landCorpus();
    corpus = [...all, { name: 'Kategorien daneben', plan: oddKategorien(all[0]!.plan) }];
  }, 120_000);

  it('the corpus has what could tell a shortcut apart', () => {
    const rows = corpus.flatMap((c) => allOwnRows(c.plan));
    const totals = corpus.map((c) => rowTotals(c.plan).figures);
    expect(corpus.length).toBeGreaterThan(500);
    expect(totals.some((f) => f.get('portfolio.vorjahrEintritte') === null)).toBe(true);
    expect(totals.some((f) => f.get('portfolio.vorjahrMittelEgt') !== null)).toBe(true);
    expect(totals.some((f) => f.get('portfolio.mittelansatzDrittmittel')! > 0)).toBe(true);
    expect(rows.some((r) => r.finanzierung.art === 'kommunal')).toBe(true);
    expect(rows.some((r) => r.nachrichtlich)).toBe(true);
    expect(rows.some((r) => r.kategorie === null)).toBe(true);
    expect(rows.some((r) => r.mittelansatz !== null && !Number.isInteger(r.mittelansatz * 10))).toBe(true);
  });

  it('every portfolio total and Förderkategorie’s Plätze Plan of the one pass is the engine’s, to the cent', () => {
    for (const { name, plan } of corpus) {
      const calc = new Calculation(plan);
      const { figures } = rowTotals(plan);
      expect(figures.size, name).toBe(5 + plan.stammdaten.foerderkategorien.length);
      for (const [id, value] of figures) expect(value, `${name}: ${id}`).toBe(calc.get(id));
    }
  }, 120_000);

  it('each Kategorie’s money is the Σ of its rows’ Mittelansatz as the Land adds it (sumCents)', () => {
    for (const { name, plan } of corpus) {
      const topOf = new Map<string, string>();
      for (const c of plan.stammdaten.foerderkategorien)
        for (const k of [c.key, ...c.lines.map((l) => l.key)]) topOf.set(k, c.key);
      const top = (k: string | null) => (k === null ? '' : (topOf.get(k) ?? ''));
      const rows = allOwnRows(plan);
      const { kategorien } = rowTotals(plan);
      expect([...kategorien.keys()].sort(), name).toEqual(
        [...new Set(rows.map((r) => top(r.kategorie)))].sort(),
      );
      for (const [key, money] of kategorien) {
        const own = rows.filter((r) => top(r.kategorie) === key);
        const sum = (keep: (r: (typeof rows)[number]) => boolean) =>
          sumCents(own.filter(keep).map((r) => r.mittelansatz)) ?? 0;
        expect(money.egtCents / 100, `${name} ${key}`).toBe(sum(countsEgt));
        expect(money.dmCents / 100, `${name} ${key}`).toBe(sum(countsDrittmittel));
        expect(money.eintritte, `${name} ${key}`).toBe(
          own.filter(countsEintritte).reduce((s, r) => s + (r.eintritte ?? 0), 0),
        );
      }
    }
  }, 120_000);

  it('a share’s row equals the one read from the plan’s FigureDefs alone', () => {
    for (const { name, plan } of corpus) {
      const input = { source: `${name}.amip.json`, plan };
      expect(planShare(input).entry, name).toEqual(jobcenterEntry(input, planReader(plan)));
    }
  }, 120_000);

  it('the Land keys’ labels, read once, are every plan’s own', () => {
    const once = landLabelsOfPlans();
    expect(once.labels.summeEingliederungsmittel).toBe('Summe Eingliederungsmittel');
    expect(once.labels.eintritte).toBe('Eintritte gesamt');
    for (const { name, plan } of corpus) expect(landLabels(planReader(plan)), name).toEqual(once);
    // a share owns its copy
    once.labels.eintritte = 'geändert';
    expect(landLabelsOfPlans().labels.eintritte).toBe('Eintritte gesamt');
  }, 120_000);
});
