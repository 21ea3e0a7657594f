/**
 * Every plan the validator accepts sums exactly to the cent (issue 11, point 7): seeded random
 * plans at the limits of shared/input/limits.ts (MAX_ZEILEN rows, amounts at MAX_BETRAG with
 * random cents, references stacking one row's amount in an area) are compared with an exact
 * BigInt evaluation of every figure built from sums and differences: after a full calculation,
 * after incremental edits (the engine's difference updates) and in the exported workbook.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import type { Expr, FigureId } from '../../../shared/calc/expr';
import type { FigureDef } from '../../../shared/calc/figureDef';
import { planFigures } from '../../../shared/calc/figures';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { validatePlan } from '../../../shared/file/planFile';
import { MAX_ANZAHL, MAX_BETRAG, MAX_ZEILEN, countZeilen } from '../../../shared/input/limits';
import { parseCellKey } from '../../../shared/model/cellKey';
import { readInput, writeInputRef } from '../../../shared/model/inputs';
import type { Finanzierung, InstrumentRow, Num, Plan, PortfolioRow } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { seededRandom } from '../../support/generatePlan';

/** Cents of an input value as the validator accepts it (at most two decimals). */
const inputCents = (v: Num | undefined): bigint | null =>
  v === null || v === undefined ? null : BigInt(Math.round(v * 100));

/**
 * Every plan figure made only of inputs, sums and differences, evaluated in BigInt cents;
 * figures with products, ratios or empty results are left out (they are not sums), and so are
 * the per-row figures (ratios of one row).
 */
function exactFigures(plan: Plan, defs: readonly FigureDef[]): Map<FigureId, bigint | null> {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const memo = new Map<FigureId, bigint | null | undefined>();
  const figure = (id: FigureId): bigint | null | undefined => {
    if (!memo.has(id)) memo.set(id, exact(byId.get(id)!.expr));
    return memo.get(id);
  };
  const exact = (e: Expr): bigint | null | undefined => {
    switch (e.op) {
      case 'input':
        return inputCents(e.row && e.field ? e.row[e.field] : readInput(plan, e.key));
      case 'fig':
        return figure(e.id);
      case 'sum': {
        let total = 0n;
        let any = false;
        for (const item of e.items) {
          const v = exact(item);
          if (v === undefined) return undefined;
          if (v !== null) any = true;
          total += v ?? 0n;
        }
        // A Vorjahr sum over rows without any Vorjahr value is empty, not 0.
        return any || !e.emptyIfNone ? total : null;
      }
      case 'add':
      case 'sub': {
        const a = exact(e.a);
        const b = exact(e.b);
        if (a === undefined || b === undefined) return undefined;
        return e.op === 'add' ? (a ?? 0n) + (b ?? 0n) : (a ?? 0n) - (b ?? 0n);
      }
      default:
        return undefined;
    }
  };
  const out = new Map<FigureId, bigint | null>();
  for (const d of defs) {
    const v = figure(d.id);
    if (v !== undefined) out.set(d.id, v);
  }
  return out;
}

/** Differences between the calculation and the exact sums, as readable lines (empty = exact). */
function inexact(calc: Calculation, exact: Map<FigureId, bigint | null>): string[] {
  const wrong: string[] = [];
  for (const [id, cents] of exact) {
    const got = calc.get(id);
    const want = cents === null ? null : Number(cents) / 100;
    // The nearest double to the exact amount, and printed with two decimals it reads the cents.
    if (got !== want || (got !== null && BigInt(got.toFixed(2).replace('.', '')) !== cents))
      wrong.push(`${id}: ${got} statt ${cents === null ? null : `${cents} Cent`}`);
  }
  return wrong;
}

/** A plan with `rows` table rows in all, amounts at or just below MAX_BETRAG. */
function planAtLimits(seed: number, rows: number, shape: 'mixed' | 'stacked'): Plan {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  // The largest amounts, most with odd cents so every cent has to survive.
  const amount = (): number => (rnd() < 0.2 ? MAX_BETRAG : (MAX_BETRAG * 100 - int(1, 99_999)) / 100);
  const count = (): number => (rnd() < 0.2 ? MAX_ANZAHL : MAX_ANZAHL - int(1, 999));
  const base = beispielplan();
  const programmes = Array.from({ length: 5 }, (_, i) => ({
    id: `dm-${i}`,
    programm: `Programm ${i}`,
    bewilligungGesamt: amount(),
    zeitraum: '2016',
    betragJahr: amount(),
    davonPersonal: Math.round(amount() * 50) / 100,
  }));
  const zuweisungen = Array.from({ length: 5 }, (_, i) => ({
    id: `zw-${i}`,
    name: `Zuweisung ${i}`,
    betrag: { plan: amount(), vorjahr: amount() },
  }));
  const ausserhalbEgt = Array.from({ length: 5 }, (_, i) => ({
    id: `ae-${i}`,
    name: `außerhalb ${i}`,
    betrag: amount(),
  }));
  const kategorien = base.stammdaten.foerderkategorien.flatMap((c) => [c.key, ...c.lines.map((l) => l.key)]);
  const portfolioRows = rows - programmes.length - zuweisungen.length - ausserhalbEgt.length;
  const areas = Array.from({ length: 8 }, (_, i) => ({
    id: `hs-${i}`,
    name: `Schwerpunkt ${i}`,
    rows: [] as PortfolioRow[],
  }));
  const instrument = (id: string, finanzierung: Finanzierung, nachrichtlich = false): InstrumentRow => ({
    kind: 'instrument',
    id,
    instrument: `Maßnahme ${id}`,
    kategorie: kategorien[int(0, kategorien.length - 1)]!,
    eintritte: count(),
    mittelansatz: finanzierung.art === 'enthalten' ? null : amount(),
    finanzierung,
    nachrichtlich,
    vorjahrEintritte: count(),
    vorjahrMittel: amount(),
    funktion: '',
    fbw: false,
  });
  if (shape === 'stacked') {
    // One row at the limit, shown again by a reference in another area as often as allowed:
    // that area's share of the EGT adds the same amount MAX_ZEILEN times.
    areas[0]!.rows.push(instrument('r-0', { art: 'EGT' }));
    for (let n = 1; n < portfolioRows; n++)
      areas[1]!.rows.push({ kind: 'reference', id: `v-${n}`, ownerRowId: 'r-0' });
  } else {
    const egt: string[] = [];
    for (let n = 0; n < portfolioRows; n++) {
      const area = areas[Math.floor((n / portfolioRows) * areas.length)]!;
      const id = `r-${n}`;
      const roll = rnd();
      if (egt.length > 0 && roll < 0.05)
        area.rows.push({ kind: 'reference', id, ownerRowId: egt[int(0, egt.length - 1)]! });
      else if (egt.length > 0 && roll < 0.08)
        area.rows.push(instrument(id, { art: 'enthalten', inRowId: egt[int(0, egt.length - 1)]! }));
      else if (roll < 0.12)
        area.rows.push(instrument(id, { art: 'Drittmittel', programmId: `dm-${int(0, 4)}` }));
      else {
        const row = instrument(id, { art: 'EGT' }, roll > 0.97);
        area.rows.push(row);
        if (!row.nachrichtlich) egt.push(id);
      }
    }
  }
  return {
    ...base,
    haushalt: {
      mittelausstattung: { plan: amount(), vorjahr: amount() },
      rueckeinnahmen: { plan: amount(), vorjahr: amount() },
      zuweisungen,
      umschichtung: {
        plan: { mode: 'betrag', betrag: amount() },
        vorjahr: { mode: 'betrag', betrag: amount() },
      },
      vorbindungen: { plan: amount(), vorjahr: amount() },
      ausserhalbEgt,
    },
    drittmittel: programmes,
    schwerpunkte: areas,
    bildungsziele: base.bildungsziele.map((b) => ({ ...b, foerderungBgs: count(), davonAbschluss: count() })),
    formeln: {},
  };
}

function accepted(plan: Plan): Plan {
  const r = validatePlan(plan);
  if (!r.ok) throw new Error(`Plan abgelehnt: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.plan;
}

describe('sums are exact to the cent for every plan the validator accepts', () => {
  it('200 rows at the largest amount with cents (the case of the issue: 1,10 € off before)', () => {
    const plan = planAtLimits(11, 215, 'mixed');
    for (const area of plan.schwerpunkte)
      for (const r of area.rows)
        if (r.kind === 'instrument' && r.mittelansatz !== null) r.mittelansatz = MAX_BETRAG - 0.01;
    const calc = new Calculation(accepted(plan));
    expect(inexact(calc, exactFigures(plan, planFigures(plan)))).toEqual([]);
    const egtRows = plan.schwerpunkte
      .flatMap((a) => a.rows)
      .filter((r) => r.kind === 'instrument' && r.finanzierung.art === 'EGT' && !r.nachrichtlich);
    expect(egtRows.length).toBeGreaterThan(150);
    expect(calc.get('portfolio.mittelansatzEgt')).toBe((egtRows.length * (MAX_BETRAG * 100 - 1)) / 100);
  });

  it.each([
    [2016, 'mixed'],
    [4711, 'mixed'],
    [7, 'stacked'],
  ] as const)(
    'seed %i, %s: MAX_ZEILEN rows at MAX_BETRAG, full calculation and incremental edits',
    (seed, shape) => {
      const plan = accepted(planAtLimits(seed, MAX_ZEILEN, shape));
      expect(countZeilen(plan)).toBe(MAX_ZEILEN);
      const calc = new Calculation(plan);
      const exact = exactFigures(plan, planFigures(plan));
      // The largest total is near the bound the limits are chosen for (limits.ts: 50 Billionen €).
      const largest = [...exact.values()].reduce<bigint>((m, v) => (v !== null && v > m ? v : m), 0n);
      expect(Number(largest) / 100).toBeGreaterThan(shape === 'stacked' ? 4.9e13 : 4e13);
      expect(exact.size).toBeGreaterThan(40);
      expect(inexact(calc, exact)).toEqual([]);

      // Incremental: batches of edits through the engine's difference updates, each compared
      // with the exact sums of the edited plan.
      const rnd = seededRandom(seed + 1);
      const rows = plan.schwerpunkte.flatMap((a) => a.rows).filter((r) => r.kind === 'instrument');
      let current = plan;
      for (let batch = 0; batch < 3; batch++) {
        const keys: string[] = [];
        for (let i = 0; i < 20; i++) {
          const row = rows[Math.floor(rnd() * rows.length)]!;
          const field = rnd() < 0.5 ? 'mittelansatz' : 'vorjahrMittel';
          const value = rnd() < 0.2 ? null : (MAX_BETRAG * 100 - Math.floor(rnd() * 1_000_000)) / 100;
          current = writeInputRef(current, { kind: 'row', id: row.id, field }, value);
          keys.push(`row.${row.id}.${field}`);
        }
        current = writeInputRef(current, parseCellKey('hh.mittelausstattung.plan')!, MAX_BETRAG - 0.07);
        keys.push('hh.mittelausstattung.plan');
        calc.updateInputs(current, keys);
        expect(inexact(calc, exactFigures(current, planFigures(current)))).toEqual([]);
      }
    },
    120_000,
  );

  it('one row more than MAX_ZEILEN is refused with a German message', () => {
    const r = validatePlan(planAtLimits(3, MAX_ZEILEN + 1, 'stacked'));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan',
          message:
            'zu viele Zeilen: 100.001 (Maßnahmeportfolio mit Verweisen, Zuweisungen, Mittel außerhalb des EGT, Drittmittel, Projekt-VZÄ, Kundengruppen und Verpflichtungen zusammen höchstens 100.000)',
        },
      ],
    });
  });

  it('more than MAX_KATEGORIEN Förderkategorien with their lines are refused', () => {
    const plan = planAtLimits(5, 100, 'mixed');
    const lines = Array.from({ length: 999 }, (_, i) => ({
      key: `X.${i}`,
      name: `Zeile ${i}`,
      kind: 'line' as const,
    }));
    plan.stammdaten.foerderkategorien = [{ key: 'X', name: 'Viele', lines }];
    expect(validatePlan(plan).ok).toBe(true);
    plan.stammdaten.foerderkategorien[0]!.lines.push({ key: 'X.999', name: 'eine zu viel', kind: 'line' });
    expect(validatePlan(plan)).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan.stammdaten.foerderkategorien',
          message: 'zu viele Förderkategorien: 1.001 mit ihren Zeilen (höchstens 1.000)',
        },
      ],
    });
  });

  it('an amount one cent above MAX_BETRAG is refused', () => {
    const plan = planAtLimits(5, 100, 'mixed');
    plan.haushalt.mittelausstattung.plan = MAX_BETRAG + 0.01;
    expect(validatePlan(plan)).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan.haushalt.mittelausstattung.plan',
          message: 'Betrag ≤ 500.000.000 € erwartet, gefunden 500000000.01',
        },
      ],
    });
  });

  it('the exported workbook caches the exact sums (figures and partial sums on Hilfssummen)', async () => {
    const plan = accepted(planAtLimits(99, 3_000, 'mixed'));
    const exact = exactFigures(plan, planFigures(plan));
    const bytes = await exportWorkbook(plan, { now: new Date('2026-01-15T09:00:00Z'), maxSumChars: 2_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const { book } = prepareWorkbook(plan);
    const wrong: string[] = [];
    let compared = 0;
    for (const [id, cents] of exact) {
      const at = book.figures.get(id);
      if (!at) continue;
      const v = wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value;
      // A figure that is an input (the Umschichtung typed as amount) holds a plain value;
      // ExcelJS reads a cached <v>0</v> back as no result.
      const cached =
        typeof v === 'number' || v === null
          ? v
          : (((v as ExcelJS.CellFormulaValue).result as number | undefined) ?? 0);
      compared++;
      if (cents === null ? cached !== null : cached !== Number(cents) / 100)
        wrong.push(`${id}: ${cached} statt ${cents} Cent`);
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(30);
    expect(wb.getWorksheet('Hilfssummen')).toBeDefined();
  }, 120_000);
});
