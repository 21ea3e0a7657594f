import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { emptyHistory, execute, redo, redoLabel, undo, undoLabel } from '../../../shared/commands/history';
import { describeChanges } from '../../../shared/commands/describeChanges';
import { readInput } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

/** Plans compared without the change timestamp, which every command bumps. */
const content = (p: Plan) => ({ ...p, header: { ...p.header, changedAt: '' } });

function roundTrip(cmd: Command, plan = beispielplan()) {
  const a = applyCommand(plan, cmd);
  const back = applyCommand(a.plan, a.inverse);
  expect(content(back.plan)).toEqual(content(plan));
  return a;
}

describe('applyCommand: every command has an exact inverse', () => {
  const cases: [string, Command][] = [
    [
      'setInputs (one cell, with formula)',
      {
        type: 'setInputs',
        changes: [{ key: 'row.r-egz.mittelansatz', value: 288_000, formula: '=120*2400' }],
      },
    ],
    [
      'setInputs (paste block)',
      {
        type: 'setInputs',
        changes: [
          { key: 'row.r-mag.eintritte', value: 1 },
          { key: 'row.r-mag.mittelansatz', value: 2 },
          { key: 'row.r-egz.eintritte', value: 3 },
          { key: 'row.r-egz.mittelansatz', value: 4 },
        ],
      },
    ],
    [
      'Umschichtung as percentage',
      { type: 'setInputs', changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.05 }] },
    ],
    [
      'setText instrument',
      { type: 'setText', target: { kind: 'row', rowId: 'r-egz', field: 'instrument' }, value: 'EGZ neu' },
    ],
    [
      'rename area',
      { type: 'setText', target: { kind: 'area', areaId: 'hs-integration' }, value: 'Integration in Arbeit' },
    ],
    ['patchRow nachrichtlich', { type: 'patchRow', rowId: 'r-egz', patch: { nachrichtlich: true } }],
    [
      'patchRow Finanzierung',
      { type: 'patchRow', rowId: 'r-asa', patch: { finanzierung: { art: 'enthalten', inRowId: 'r-bae' } } },
    ],
    [
      'insertRows',
      {
        type: 'insertRows',
        rows: [
          {
            areaId: 'hs-lzb',
            index: 2,
            row: {
              kind: 'instrument',
              id: 'r-neu',
              instrument: 'Neue Maßnahme',
              kategorie: 'I',
              eintritte: 10,
              mittelansatz: 1000,
              finanzierung: { art: 'EGT' },
              nachrichtlich: false,
              vorjahrEintritte: null,
              vorjahrMittel: null,
              funktion: '',
              fbw: false,
            },
          },
        ],
      },
    ],
    ['deleteRows', { type: 'deleteRows', rowIds: ['r-mag', 'r-fav'] }],
    ['moveRow between areas', { type: 'moveRow', rowId: 'r-eq', toAreaId: 'hs-qualifizierung', toIndex: 1 }],
    ['moveArea', { type: 'moveArea', areaId: 'hs-alleinerziehende', toIndex: 0 }],
    [
      'insertArea',
      { type: 'insertArea', area: { id: 'hs-u25', name: 'Jugendliche (U25)', rows: [] }, index: 4 },
    ],
    ['deleteArea', { type: 'deleteArea', areaId: 'hs-alleinerziehende' }],
    [
      'insertZuweisung',
      {
        type: 'insertZuweisung',
        zuweisung: { id: 'zw-3', name: 'Dritte Tranche', betrag: { plan: 500_000, vorjahr: null } },
        index: 2,
      },
    ],
    ['deleteZuweisung', { type: 'deleteZuweisung', id: 'zw-fluechtlinge-1' }],
    ['deleteAusserhalb', { type: 'deleteAusserhalb', id: 'ae-bez' }],
    ['setHeader', { type: 'setHeader', patch: { variante: 'Entwurf 2', status: 'Abstimmung' } }],
  ];
  for (const [name, cmd] of cases) it(name, () => roundTrip(cmd));

  it('deleting a row with a formula restores the formula text on undo', () => {
    const withFormula = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'row.r-mag.mittelansatz', value: 288_000, formula: '=120*2400' }],
    }).plan;
    const a = roundTrip({ type: 'deleteRows', rowIds: ['r-mag'] }, withFormula);
    expect(a.plan.formeln['row.r-mag.mittelansatz']).toBeUndefined();
  });

  it('value edits are incremental, row and area changes are structural', () => {
    const v = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.eintritte', value: 1 }],
    });
    expect(v.structural).toBe(false);
    expect(v.changedKeys).toEqual(['row.r-egz.eintritte']);
    expect(
      applyCommand(beispielplan(), { type: 'moveRow', rowId: 'r-eq', toAreaId: 'hs-lzb', toIndex: 0 })
        .structural,
    ).toBe(true);
  });

  it('refuses what would break the plan, in German', () => {
    const p = beispielplan();
    const bad: [Command, RegExp][] = [
      [{ type: 'setInputs', changes: [{ key: 'row.r-egz.eintritte', value: 1.5 }] }, /ganze Zahlen/],
      [{ type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: -5 }] }, /negative/],
      [
        { type: 'setInputs', changes: [{ key: 'row.gibtsnicht.eintritte', value: 5 }] },
        /gibt es in diesem Plan nicht/,
      ],
      [{ type: 'deleteRows', rowIds: ['r-bae'] }, /enthalten/],
      [{ type: 'setText', target: { kind: 'area', areaId: 'hs-lzb' }, value: '  ' }, /Namen/],
      [
        { type: 'patchRow', rowId: 'r-bae', patch: { finanzierung: { art: 'enthalten', inRowId: 'r-bae' } } },
        /sich selbst/,
      ],
    ];
    for (const [cmd, msg] of bad) {
      expect(() => applyCommand(p, cmd)).toThrow(CommandError);
      expect(() => applyCommand(p, cmd)).toThrow(msg);
    }
  });

  it('typing the amount after the percentage makes the amount the input again, and undo restores the percentage', () => {
    // The side typed before stays beside the primary one (the rounding pair, zielplanung.md B.2).
    let p = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.05 }],
    }).plan;
    expect(p.haushalt.umschichtung.plan).toEqual({ mode: 'quote', quote: 0.05, betrag: 830_000 });
    const a = applyCommand(p, {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtung.plan', value: 1_000_000 }],
    });
    expect(a.plan.haushalt.umschichtung.plan).toEqual({ mode: 'betrag', betrag: 1_000_000, quote: 0.05 });
    p = applyCommand(a.plan, a.inverse).plan;
    expect(p.haushalt.umschichtung.plan).toEqual({ mode: 'quote', quote: 0.05, betrag: 830_000 });
    // Clearing the side that follows drops what was typed there; the primary stays, undo brings it back.
    const c = applyCommand(p, { type: 'setInputs', changes: [{ key: 'hh.umschichtung.plan', value: null }] });
    expect(c.plan.haushalt.umschichtung.plan).toEqual({ mode: 'quote', quote: 0.05 });
    expect(c.structural).toBe(false);
    expect(applyCommand(c.plan, c.inverse).plan.haushalt.umschichtung.plan).toEqual(
      p.haushalt.umschichtung.plan,
    );
  });
});

describe('history', () => {
  it('undo and redo walk the command list and bring the cursor back', () => {
    let plan = beispielplan();
    let h = emptyHistory;
    for (const cmd of [
      { type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 2_500_000 }] },
      { type: 'moveRow', rowId: 'r-egz', toAreaId: 'hs-lzb', toIndex: 0 },
    ] as Command[]) {
      const r = execute(h, plan, cmd);
      h = r.history;
      plan = r.applied.plan;
    }
    expect(undoLabel(h)).toBe(
      'Zeile „Eingliederungszuschüsse (EGZ)“ nach „Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit“ verschieben',
    );
    const u1 = undo(h, plan)!;
    expect(u1.applied.plan.schwerpunkte[0]!.rows.some((r) => r.id === 'r-egz')).toBe(true);
    const u2 = undo(u1.history, u1.applied.plan)!;
    expect(readInput(u2.applied.plan, 'row.r-egz.mittelansatz')).toBe(2_200_000);
    expect(u2.applied.focus).toMatchObject({ sheet: 'portfolio', cellKey: 'row.r-egz.mittelansatz' });
    expect(undo(u2.history, u2.applied.plan)).toBeNull();
    expect(redoLabel(u2.history)).toMatch(/Mittelansatz/);
    const r1 = redo(u2.history, u2.applied.plan)!;
    expect(readInput(r1.applied.plan, 'row.r-egz.mittelansatz')).toBe(2_500_000);
  });

  it('a new command after undo clears the redo stack', () => {
    const plan = beispielplan();
    const a = execute(emptyHistory, plan, {
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.eintritte', value: 1 }],
    });
    const u = undo(a.history, a.applied.plan)!;
    const b = execute(u.history, u.applied.plan, {
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.eintritte', value: 2 }],
    });
    expect(b.history.future).toHaveLength(0);
    expect(b.history.past).toHaveLength(1);
  });
});

describe('describeChanges', () => {
  it('names sheet, row and figure with German values before and after', () => {
    const before = beispielplan();
    const cmd: Command = {
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.mittelansatz', value: 288_000, formula: '=120*2400' }],
    };
    const after = applyCommand(before, cmd).plan;
    const [entry] = describeChanges(before, after, cmd);
    expect(entry).toMatchObject({
      sheet: 'portfolio',
      what: 'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
      before: '2.200.000 €',
      after: '288.000 € (=120*2400)',
    });
  });
});

describe('Kennzahlen inputs without a stored entry', () => {
  it('Ergebnis Vorjahr can be typed for any category of the master data, and undone', () => {
    const plan = beispielplan();
    expect(plan.kennzahlen.some((k) => k.key === 'VI')).toBe(false);
    const a = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'kz.VI.ergebnisVorjahr', value: 1600 }],
    });
    expect(readInput(a.plan, 'kz.VI.ergebnisVorjahr')).toBe(1600);
    expect(readInput(applyCommand(a.plan, a.inverse).plan, 'kz.VI.ergebnisVorjahr')).toBeNull();
  });

  it('refuses unknown categories and Plätze Plan on ordinary lines', () => {
    const plan = beispielplan();
    expect(() =>
      applyCommand(plan, { type: 'setInputs', changes: [{ key: 'kz.XX.ergebnisVorjahr', value: 1 }] }),
    ).toThrow(CommandError);
    expect(() =>
      applyCommand(plan, { type: 'setInputs', changes: [{ key: 'kz.VI.plaetzePlan', value: 1 }] }),
    ).toThrow(CommandError);
  });
});
