import { afterEach, describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { LAND_BASES } from '../../../shared/calc/landFigures';
import { consolidate } from '../../../shared/consolidate/consolidate';
import { fences, quartile } from '../../../shared/consolidate/outliers';
import { CONSOLIDATION_PARTS } from '../../../shared/consolidate/parts';
import { PLAN_FIGURE_FAMILIES, idSegment, planReader } from '../../../shared/consolidate/planReader';
import { planFigures } from '../../../shared/calc/figures';
import { SAMPLES } from '../../../shared/sample/samples';
import type { LandSource } from '../../../shared/consolidate/types';
import type { Plan } from '../../../shared/model/plan';
import { generateLand, isPlantedOutlier } from '../../support/generateLand';
import { generatePlan } from '../../support/generatePlan';

const sources = (plans: Plan[]): LandSource[] =>
  plans.map((plan, i) => ({ source: `p${i}.amip.json`, plan }));

describe('consolidate: groups, duplicates, totals from summed bases', () => {
  const land = generateLand({ count: 12, meanRows: 60, seed: 7 });

  it('keeps years and Trägerformen apart and reports a duplicate instead of adding it', () => {
    const other = { ...land[0]!, id: 'x', header: { ...land[0]!.header, year: 2017, vorjahr: 2016 } };
    const dup = { ...land[2]!, id: 'dup' };
    const c = consolidate(sources([...land, other, dup]));
    expect(c.groups.map((g) => g.label)).toEqual(['2016 · gE', '2016 · zkT', '2017 · gE']);
    expect(c.groups.map((g) => g.jobcenter.length)).toEqual([9, 3, 1]);
    expect(c.duplicates).toEqual([
      {
        source: 'p13.amip.json',
        keptSource: 'p2.amip.json',
        jobcenter: 'Jobcenter 003',
        year: 2016,
        variante: 'Plan',
      },
    ]);
    const nrs = c.groups.flatMap((g) => g.jobcenter.map((e) => e.nr));
    expect(nrs).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('the Land Auslastung is Σ Mitteleinsatz ÷ Σ Mittel für Neufälle, not the mean of the rates', () => {
    const gE = land.filter((p) => p.header.traegerform === 'gE');
    const g = consolidate(sources(gE)).groups[0]!;
    const calcs = gE.map((p) => new Calculation(p));
    const sum = (id: string) => calcs.reduce((s, c) => s + (c.get(id) ?? 0), 0);
    const expected = sum(hh('plan', 'geplanterMitteleinsatz')) / sum(hh('plan', 'mittelFuerNeufaelle'));
    expect(g.totals.egtAuslastung!.value).toBeCloseTo(expected, 12);
    const mean = calcs.reduce((s, c) => s + c.get(hh('plan', 'egtAuslastung'))!, 0) / calcs.length;
    expect(Math.abs(g.totals.egtAuslastung!.value! - mean)).toBeGreaterThan(1e-6);
    // each Jobcenter's rates are the plan's own figures
    for (const [i, e] of g.jobcenter.entries()) {
      expect(e.values.egtAuslastung).toBe(calcs[i]!.get(hh('plan', 'egtAuslastung')));
      expect(e.values.umschichtungsquote).toBeCloseTo(calcs[i]!.get(hh('plan', 'umschichtungsquote'))!, 9);
    }
    expect(g.totals.summeEingliederungsmittel!.value).toBeCloseTo(
      sum(hh('plan', 'summeEingliederungsmittel')),
      2,
    );
  });

  it('a missing base leaves the Jobcenter out of the Land rate, by name, and is not guessed', () => {
    const g = consolidate(sources(land)).groups[0]!;
    const without = g.jobcenter.filter((e) => e.values.vorbindungen === null);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((e) => e.values.vorbindungsquote === null)).toBe(true);
    expect(g.totals.vorbindungsquote!.leftOut).toEqual(without.map((e) => e.jobcenter));
    const withBase = g.jobcenter.filter((e) => e.values.vorbindungen !== null);
    const num = withBase.reduce((s, e) => s + e.values.vorbindungen!, 0);
    const den = withBase.reduce((s, e) => s + e.values.verfuegbaresEgt!, 0);
    expect(g.totals.vorbindungsquote!.value).toBeCloseTo(num / den, 12);
    // no Vorjahr: the change rate leaves that Jobcenter out as well
    const noVj = g.jobcenter.filter((e) => e.values.vorjahrMitteleinsatz === null).map((e) => e.jobcenter);
    expect(noVj.length).toBeGreaterThan(0);
    expect(g.totals.veraenderungMitteleinsatz!.leftOut).toEqual(expect.arrayContaining(noVj));
  });

  it("each base as the workbook derives it equals the plan's own figure", () => {
    for (const e of consolidate(sources(land)).groups.flatMap((g) => g.jobcenter))
      for (const b of LAND_BASES) {
        const book = b.book;
        if (book.kind === 'data') continue;
        const derived =
          book.kind === 'kategorien'
            ? e.kategorien.reduce((s, k) => s + (k.values[book.of] ?? 0), 0)
            : (e.values[book.a] ?? 0) + (book.kind === 'sub' ? -1 : 1) * (e.values[book.b] ?? 0);
        expect(derived, `${e.jobcenter} ${b.key}`).toBeCloseTo(e.values[b.key]!, 2);
      }
  });

  it("the figures read on demand are the engine's", () => {
    for (const plan of land) {
      const calc = new Calculation(plan);
      const reader = planReader(plan);
      for (const d of calc.definitions())
        if (reader.has(d.id)) expect(reader.get(d.id), d.id).toBe(calc.get(d.id));
    }
  });

  it('the families the reader makes on demand are planFigures, in its order', () => {
    const plans = [...land, ...SAMPLES.map((s) => s.build())];
    for (const plan of plans)
      expect(PLAN_FIGURE_FAMILIES.flatMap((f) => f.build(plan)).map((d) => d.id)).toEqual(
        planFigures(plan).map((d) => d.id),
      );
  });

  it('each family defines ids of its own segments only, and no id twice', () => {
    const plans = [...land, ...SAMPLES.map((s) => s.build()), generatePlan({ rows: 80, seed: 4 })];
    const seen = new Set<string>();
    for (const plan of plans) {
      const ids = new Set<string>();
      for (const f of PLAN_FIGURE_FAMILIES)
        for (const d of f.build(plan)) {
          expect(f.segments, `${f.build.name}: ${d.id}`).toContain(idSegment(d.id));
          expect(ids.has(d.id), d.id).toBe(false);
          ids.add(d.id);
          seen.add(f.build.name);
        }
    }
    // every family had figures to check (the samples carry Globalbudget, Zielgruppen, …)
    expect([...seen].sort()).toEqual(PLAN_FIGURE_FAMILIES.map((f) => f.build.name).sort());
  });

  it('a figure is found without building the families of other segments', () => {
    const plan = SAMPLES[0]!.build();
    const built: string[] = [];
    const spy = PLAN_FIGURE_FAMILIES.map((f) => ({
      ...f,
      build: (p: Plan) => (built.push(f.build.name), f.build(p)),
    }));
    const reader = planReader(plan, undefined, spy);
    expect(reader.get('kennzahl.III.plaetze')).toBe(new Calculation(plan).get('kennzahl.III.plaetze'));
    expect(built).toEqual(['kennzahlFigures']);
    expect(reader.has('gibt.es.nicht')).toBe(false);
    expect(reader.get('ziel.unbekannt.zielwert')).toBeNull();
    expect(built).toEqual(['kennzahlFigures', 'zieleFigures']);
  });

  it('the Kategorie lines add up to the plan totals (the workbook sums them)', () => {
    for (const e of consolidate(sources(land)).groups.flatMap((g) => g.jobcenter)) {
      const egt = e.kategorien.reduce((s, k) => s + Math.round(k.values.mittelEgt! * 100), 0) / 100;
      const plaetze = e.kategorien.reduce((s, k) => s + k.values.plaetze!, 0);
      expect(egt).toBeCloseTo(e.values.geplanterMitteleinsatz!, 2);
      expect(plaetze).toBe(e.values.eintritte);
    }
  });

  it('Land Kategorie totals: places summed, Kosten je Platz from summed money and places', () => {
    const g = consolidate(sources(land)).groups[0]!;
    const k = g.kategorien.find((x) => x.key === 'III')!;
    const lines = g.jobcenter.map((e) => e.kategorien.find((x) => x.key === 'III')!);
    const plaetze = lines.reduce((s, l) => s + l.values.plaetze!, 0);
    const money = lines.reduce((s, l) => s + l.values.mittelEgt! + l.values.mittelDrittmittel!, 0);
    expect(k.totals.plaetze!.value).toBe(plaetze);
    expect(k.totals.kostenJePlatz!.value).toBeCloseTo(money / plaetze, 9);
  });
});

describe('outliers by inter-quartile fences', () => {
  it('quartiles interpolate like QUARTILE.INC; fences need four values', () => {
    expect(quartile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quartile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(fences([1, 2, 3])).toBeNull();
    expect(fences([1, 2, 3, 4])).toEqual({ lower: 1.75 - 2.25, upper: 3.25 + 2.25 });
  });

  it('the Jobcenter planning far beyond its money is marked high on the Auslastung', () => {
    const land = generateLand({ count: 20, meanRows: 40, seed: 3 }).map((p) => ({
      ...p,
      header: { ...p.header, traegerform: 'gE' as const },
    }));
    const g = consolidate(sources(land)).groups[0]!;
    const marked = g.outliers.filter((o) => o.figure === 'egtAuslastung');
    expect(land.filter((_, i) => isPlantedOutlier(i)).map((p) => p.header.jobcenter)).toEqual([
      'Jobcenter 012',
    ]);
    expect(marked.map((o) => [o.jobcenter, o.side])).toEqual([['Jobcenter 012', 'hoch']]);
    expect(marked[0]!.label).toBe('EGT-Auslastung');
    expect(marked[0]!.value).toBeGreaterThan(marked[0]!.upper);
  });
});

describe('consolidation parts', () => {
  // Only the probe goes: the registered parts (Zielplanung) stay for the other tests.
  afterEach(
    () =>
      void CONSOLIDATION_PARTS.splice(
        CONSOLIDATION_PARTS.findIndex((p) => p.id === 'probe'),
        1,
      ),
  );

  it('one registered part adds its table to every group', () => {
    CONSOLIDATION_PARTS.push({
      id: 'probe',
      read: () => null,
      consolidate: (members) => ({
        id: 'probe',
        title: 'Probe',
        lines: [{ label: 'Pläne', unit: 'count', value: members.length }],
        figures: { 'probe.plaene': members.length },
      }),
    });
    const c = consolidate(sources(generateLand({ count: 8, meanRows: 30, seed: 5 })));
    expect(c.groups.map((g) => g.parts.find((p) => p.id === 'probe')!.figures['probe.plaene'])).toEqual([
      6, 2,
    ]);
  });
});
