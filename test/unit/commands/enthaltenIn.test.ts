/**
 * The commands keep the "enthalten in" rule (shared/model/enthaltenIn.ts) and the limits of
 * shared/input/limits.ts, so a plan edited in the app always opens again (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { countZeilen, MAX_ZEILEN } from '../../../shared/input/limits';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { buildPortfolioRows } from '../../../renderer/grids/portfolioRows';

const enthalten = (rowId: string, inRowId: string): Command => ({
  type: 'patchRow',
  rowId,
  patch: { finanzierung: { art: 'enthalten', inRowId } },
});

function refusal(cmd: Command, plan: Plan = beispielplan()): string {
  try {
    applyCommand(plan, cmd);
  } catch (e) {
    if (e instanceof CommandError) return e.message;
    throw e;
  }
  throw new Error('nicht abgelehnt');
}

function row(plan: Plan, id: string): InstrumentRow {
  const r = plan.schwerpunkte.flatMap((a) => a.rows).find((x) => x.id === id);
  if (r?.kind !== 'instrument') throw new Error(id);
  return r;
}

/** The values of the Finanzierung dropdown of a row, as the grid offers them. */
function dropdown(plan: Plan, rowId: string): string[] {
  const spec = buildPortfolioRows(plan, new Set()).rows.find((r) => r.id === rowId)!.cells.finanzierung!;
  if (spec.kind !== 'choice') throw new Error('keine Auswahl');
  return spec.options(plan).map((o) => o.value);
}

describe('patchRow refuses a target that would close a cycle or build a chain', () => {
  it('BaE "enthalten in" abH closes the cycle abH → BaE → abH', () => {
    expect(refusal(enthalten('r-bae', 'r-abh'))).toBe(
      '„Außerbetriebliche Berufsausbildung (BaE)“: „enthalten in“ bildet einen Kreis: „Außerbetriebliche Berufsausbildung (BaE)“ → „Ausbildungsbegleitende Hilfen (abH)“ → „Außerbetriebliche Berufsausbildung (BaE)“; so würde keiner der Beträge gezählt (Zeilen "r-bae", "r-abh").',
    );
  });

  it('a three-row cycle cannot be built step by step', () => {
    let plan = applyCommand(beispielplan(), enthalten('r-fbw', 'r-asa')).plan;
    // AsA holds FbW's money now, so AsA cannot put its own into BaE …
    expect(refusal(enthalten('r-asa', 'r-bae'), plan)).toBe(
      'Der Betrag von „Fort- und Weiterbildung (FbW)“ ist in „Assistierte Ausbildung (AsA)“ enthalten; „Assistierte Ausbildung (AsA)“ muss ihn daher selbst tragen und kann nicht in einer anderen Maßnahme enthalten sein. Ändern Sie zuerst die Finanzierung von „Fort- und Weiterbildung (FbW)“.',
    );
    // … and BaE cannot go into FbW, whose money is in AsA.
    plan = applyCommand(plan, {
      type: 'patchRow',
      rowId: 'r-abh',
      patch: { finanzierung: { art: 'EGT' } },
    }).plan;
    expect(refusal(enthalten('r-bae', 'r-fbw'), plan)).toMatch(
      /deren Betrag selbst in einer anderen Zeile enthalten ist/,
    );
  });

  it('a chain, a nachrichtlich target, the row itself are refused; the holder cannot turn nachrichtlich', () => {
    expect(refusal(enthalten('r-asa', 'r-abh'))).toMatch(
      /^„Assistierte Ausbildung \(AsA\)“: „enthalten in“ verweist auf „Ausbildungsbegleitende Hilfen \(abH\)“/,
    );
    expect(refusal(enthalten('r-abh', 'r-vb'))).toMatch(/nur nachrichtlich geführt/);
    expect(refusal(enthalten('r-bae', 'r-bae'))).toMatch(/sich selbst/);
    expect(refusal({ type: 'patchRow', rowId: 'r-bae', patch: { nachrichtlich: true } })).toBe(
      'Der Betrag von „Ausbildungsbegleitende Hilfen (abH)“ ist in „Außerbetriebliche Berufsausbildung (BaE)“ enthalten; „Außerbetriebliche Berufsausbildung (BaE)“ muss ihn daher selbst tragen und darf nicht nachrichtlich sein. Ändern Sie zuerst die Finanzierung von „Ausbildungsbegleitende Hilfen (abH)“.',
    );
  });

  it('allows a row that carries money: EGT or Drittmittel, in any area', () => {
    const p = beispielplan();
    const a = applyCommand(p, enthalten('r-abh', 'r-agh'));
    expect(row(a.plan, 'r-abh').finanzierung).toEqual({ art: 'enthalten', inRowId: 'r-agh' });
    const dm = {
      type: 'patchRow',
      rowId: 'r-bae',
      patch: { finanzierung: { art: 'Drittmittel', programmId: p.drittmittel[0]!.id } },
    } as const;
    expect(row(applyCommand(p, dm).plan, 'r-bae').finanzierung.art).toBe('Drittmittel');
  });

  it('inserting a row "enthalten in" an "enthalten in" row is refused (paste, undo)', () => {
    const newRow: InstrumentRow = {
      ...row(beispielplan(), 'r-asa'),
      id: 'r-neu',
      finanzierung: { art: 'enthalten', inRowId: 'r-abh' },
    };
    expect(
      refusal({ type: 'insertRows', rows: [{ areaId: 'hs-qualifizierung', index: 0, row: newRow }] }),
    ).toMatch(/deren Betrag selbst in einer anderen Zeile enthalten ist/);
  });

  it('a cycle in a stored plan can be repaired, and other edits of those rows still work', () => {
    const stored = beispielplan();
    row(stored, 'r-bae').finanzierung = { art: 'enthalten', inRowId: 'r-abh' };
    const renamed = applyCommand(stored, { type: 'patchRow', rowId: 'r-bae', patch: { kategorie: 'IV' } });
    expect(row(renamed.plan, 'r-bae').kategorie).toBe('IV');
    const fbw = applyCommand(stored, { type: 'patchRow', rowId: 'r-bae', patch: { fbw: true } });
    expect(row(fbw.plan, 'r-bae').fbw).toBe(true);
    const repaired = applyCommand(stored, {
      type: 'patchRow',
      rowId: 'r-bae',
      patch: { finanzierung: { art: 'EGT' } },
    });
    expect(row(repaired.plan, 'r-bae').finanzierung).toEqual({ art: 'EGT' });
  });
});

describe('the Finanzierung dropdown offers only allowed targets (same rule)', () => {
  it('BaE, which holds abH’s money, offers no "enthalten in" at all; abH no chain, no nachrichtlich row', () => {
    expect(dropdown(beispielplan(), 'r-bae').filter((v) => v.startsWith('in:'))).toEqual([]);
    expect(dropdown(beispielplan(), 'r-abh').filter((v) => v.startsWith('in:'))).toEqual([
      'in:r-fbw',
      'in:r-bae',
      'in:r-asa',
    ]);
    expect(dropdown(beispielplan(), 'r-egz').filter((v) => v.startsWith('in:'))).toEqual([
      'in:r-mag',
      'in:r-esg',
      'in:r-eq',
      'in:r-mia',
      'in:r-ftec',
    ]);
  });
});

describe('limits kept by the commands', () => {
  it(`no more than ${MAX_ZEILEN} rows in all tables`, () => {
    const plan = beispielplan();
    const existing = countZeilen(plan);
    const template = row(plan, 'r-mag');
    const rows = Array.from({ length: MAX_ZEILEN - existing + 1 }, (_, i) => ({
      areaId: 'hs-lzb',
      index: Number.MAX_SAFE_INTEGER, // appended: inserting at the top would shift 100.000 rows each time
      row: { ...template, id: `r-neu-${i}` },
    }));
    expect(refusal({ type: 'insertRows', rows })).toBe(
      'Ein Plan hat höchstens 100.000 Zeilen (Maßnahmeportfolio mit Verweisen, Zuweisungen, Mittel außerhalb des EGT, Drittmittel, Projekt-VZÄ, Kundengruppen und Verpflichtungen zusammen); es wären 100.001.',
    );
    expect(() => applyCommand(plan, { type: 'insertRows', rows: rows.slice(1) })).not.toThrow();
  });

  it('setInputs refuses amounts above the limit and a formula that does not give the value', () => {
    expect(
      refusal({ type: 'setInputs', changes: [{ key: 'row.r-mag.mittelansatz', value: 500_000_000.01 }] }),
    ).toBe(
      'Maßnahmeportfolio › Integration › Maßnahmen beim Arbeitgeber (MAG) › Mittelansatz: höchstens 500.000.000 € mit Cent.',
    );
    expect(
      refusal({
        type: 'setInputs',
        changes: [{ key: 'row.r-mag.mittelansatz', value: 1_000, formula: '=5' }],
      }),
    ).toMatch(/: Formel "=5" ergibt 5 €, gespeichert ist 1.000 €\.$/);
    const ok = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'row.r-mag.mittelansatz', value: 288_000, formula: '=120*2400' }],
    });
    expect(ok.plan.formeln['row.r-mag.mittelansatz']).toBe('=120*2400');
  });
});
