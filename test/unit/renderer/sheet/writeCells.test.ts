import { describe, expect, it } from 'vitest';
import { editText, writeCells, writeTyped } from '../../../../renderer/sheet/writeCells';
import { PlanStore } from '../../../../renderer/state/planStore';
import { readInput } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { eintritte, fbw, instrument, kje, mittel, umschichtung } from './specs';

const fresh = () => new PlanStore(beispielplan());

describe('a typed value is a paste of one cell', () => {
  it('gives the command a one-cell paste gives, parsed the same way', () => {
    const s = fresh().getState();
    for (const [spec, text] of [
      [mittel('r-egz'), '2,5 Mio'],
      [mittel('r-egz'), '=120*2400'],
      [eintritte('r-mag'), ''],
      [instrument('r-mag'), 'MAG neu'],
      [fbw('r-egz'), 'ja'],
    ] as const) {
      const typed = writeTyped(spec, text, s);
      expect(typed.ok && typed.command).toBeTruthy();
      expect(typed).toEqual(writeCells([{ spec, text }], s, 'Einfügen'));
    }
    expect(writeTyped(mittel('r-egz'), '2,5 Mio', s)).toEqual({
      ok: true,
      cells: 1,
      command: { type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 2_500_000 }] },
      skipped: [],
    });
  });

  it('records nothing when the cell keeps its value; a paste of the same value is still a step', () => {
    const store = fresh();
    const s = store.getState();
    expect(writeTyped(mittel('r-mag'), '80.000', s)).toEqual({
      ok: true,
      command: null,
      cells: 0,
      skipped: [],
    });
    expect(writeTyped(instrument('r-mag'), 'Maßnahmen beim Arbeitgeber (MAG)', s)).toMatchObject({
      command: null,
    });
    // FbW of MAG is "nein": choosing "nein" again changes nothing, "ja" does
    expect(writeTyped(fbw('r-mag'), 'nein', s)).toMatchObject({ command: null });
    expect(writeTyped(fbw('r-mag'), 'ja', s)).toMatchObject({ command: { type: 'patchRow' } });
    expect(writeCells([{ spec: mittel('r-mag'), text: '80.000' }], s, 'Einfügen')).toMatchObject({
      cells: 1,
      command: { type: 'setInputs' },
    });
  });

  it('the same number typed plainly over a formula replaces the formula', () => {
    const store = fresh();
    store.execute({
      type: 'setInputs',
      changes: [{ key: 'row.r-mag.mittelansatz', value: 288_000, formula: '=120*2400' }],
    });
    const s = store.getState();
    expect(writeTyped(mittel('r-mag'), '=120*2400', s)).toMatchObject({ command: null });
    const plain = writeTyped(mittel('r-mag'), '288000', s);
    if (!plain.ok || !plain.command) throw new Error('kein Befehl');
    store.execute(plain.command);
    expect(store.getState().plan.formeln['row.r-mag.mittelansatz']).toBeUndefined();
    expect(readInput(store.getState().plan, 'row.r-mag.mittelansatz')).toBe(288_000);
  });

  it('the Umschichtung compares with what the cell shows: the share that follows the amount', () => {
    const store = fresh();
    const s = store.getState();
    // 830.000 € of 40.360.000 € is the share shown (2,06 %); typing exactly that is no change
    const shown = s.calc.get('haushalt.plan.umschichtungsquote')!;
    expect(editText(umschichtung('umschichtungsquote'), s)).not.toBe('');
    expect(writeTyped(umschichtung('umschichtung'), '830.000', s)).toMatchObject({ command: null });
    // typing a share switches the input to the share
    const r = writeTyped(umschichtung('umschichtungsquote'), '5 %', s);
    if (!r.ok || !r.command) throw new Error('kein Befehl');
    expect(store.execute(r.command).ok).toBe(true);
    expect(store.getState().calc.get('haushalt.plan.umschichtung')).toBe(2_018_000);
    expect(shown).toBeCloseTo(830_000 / 40_360_000, 10);
    // the amount now follows (the amount typed before stays stored for the rounding pair);
    // typing the amount it shows changes nothing
    const after = store.getState();
    expect(readInput(after.plan, 'hh.umschichtung.plan')).toBe(830_000);
    expect(editText(umschichtung('umschichtung'), after)).toBe('2018000');
    expect(writeTyped(umschichtung('umschichtung'), '2.018.000', after)).toMatchObject({ command: null });
    expect(writeTyped(umschichtung('umschichtung'), '2.000.000', after)).toMatchObject({
      command: { type: 'setInputs' },
    });
  });

  it('a % typed into the Umschichtung amount row is the share; an amount in the % row the amount', () => {
    const store = fresh();
    const run = (row: 'umschichtung' | 'umschichtungsquote', text: string) => {
      const r = writeTyped(umschichtung(row), text, store.getState());
      if (!r.ok || !r.command) throw new Error('kein Befehl');
      expect(store.execute(r.command).ok).toBe(true);
    };
    run('umschichtung', '15 %');
    expect(store.getState().calc.get('haushalt.plan.umschichtungsquote')).toBe(0.15);
    expect(store.getState().calc.get('haushalt.plan.umschichtung')).toBe(6_054_000);
    // and back: an amount with € or Mio. in the % row
    run('umschichtungsquote', '1,2 Mio');
    expect(store.getState().calc.get('haushalt.plan.umschichtung')).toBe(1_200_000);
    // a plain number in the % row stays percent points, as the hint says
    run('umschichtungsquote', '3');
    expect(store.getState().calc.get('haushalt.plan.umschichtungsquote')).toBe(0.03);
  });

  it('an unreadable value is refused with the German message, naming the cell only in a range', () => {
    const s = fresh().getState();
    const typed = writeTyped(eintritte('r-esg'), 'abc', s);
    expect(typed.ok).toBe(false);
    if (typed.ok) return;
    expect(typed.message).toContain('abc');
    expect(typed.message).not.toMatch(/^Zeile/);
    const pasted = writeCells(
      [{ spec: eintritte('r-esg'), text: 'abc', where: 'Zeile 3, Eintritte' }],
      s,
      'x',
    );
    expect(pasted).toEqual({ ok: false, message: `Zeile 3, Eintritte: ${typed.message}` });
    expect(writeTyped(fbw('r-esg'), 'vielleicht', s)).toEqual({
      ok: false,
      message: '„vielleicht“ ist keine der möglichen Angaben.',
    });
  });

  it('read-only cells are skipped and named; several cells are one batch with the label', () => {
    const s = fresh().getState();
    const r = writeCells(
      [
        { spec: kje('r-mag'), text: '5', where: 'Zeile 2, Kosten je Eintritt' },
        { spec: eintritte('r-mag'), text: '5' },
        { spec: instrument('r-mag'), text: 'MAG' },
        { spec: undefined, text: '7', where: 'Zeile 1, Eintritte' },
        { spec: kje('r-egz'), text: ' ', where: 'Zeile 3, Kosten je Eintritt' },
      ],
      s,
      '2 Zellen einfügen',
    );
    expect(r).toMatchObject({
      ok: true,
      cells: 2,
      command: { type: 'batch', label: '2 Zellen einfügen' },
      // an empty value lost nothing and is not named
      skipped: ['Zeile 2, Kosten je Eintritt', 'Zeile 1, Eintritte'],
    });
  });
});

describe('editText: what an editor opens with and Ctrl+D copies', () => {
  it('a number with its formula, a text, a choice by value; read-only cells none', () => {
    const store = fresh();
    store.execute({
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.eintritte', value: 240, formula: '=2*120' }],
    });
    const s = store.getState();
    expect(editText(eintritte('r-egz'), s)).toBe('=2*120');
    expect(editText(mittel('r-egz'), s)).toBe('2200000');
    expect(editText(instrument('r-mag'), s)).toBe('Maßnahmen beim Arbeitgeber (MAG)');
    expect(editText(fbw('r-mag'), s)).toBe('nein');
    expect(editText(kje('r-mag'), s)).toBe('');
  });
});
