import { describe, expect, it } from 'vitest';
import {
  addAusserhalb,
  addDrittmittel,
  addZuweisung,
  removeAusserhalb,
  removeDrittmittel,
  removeLines,
  removeZuweisung,
} from '../../../shared/actions/haushalt';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { applyAction as apply } from './applyAction';

describe('Haushalt and Drittmittel actions', () => {
  it('a Zuweisung is added at the end, empty, its name open; removed again', () => {
    const plan = beispielplan();
    const r = addZuweisung(plan);
    const next = apply(plan, r);
    const z = next.haushalt.zuweisungen.at(-1)!;
    expect(next.haushalt.zuweisungen).toHaveLength(plan.haushalt.zuweisungen.length + 1);
    expect(z).toMatchObject({ name: 'Zusätzliche Zuweisung', betrag: { plan: null, vorjahr: null } });
    expect(r?.ok && r.cursor).toEqual({
      target: { sheet: 'haushalt', rowId: z.id, column: 'position' },
      edit: true,
    });
    expect(apply(next, removeZuweisung(z.id)).haushalt.zuweisungen).toEqual(plan.haushalt.zuweisungen);
    expect(removeZuweisung(undefined)).toBeNull();
  });

  it('a Drittmittelprogramm is added at the end, empty; a used one cannot be removed', () => {
    const plan = beispielplan();
    const r = addDrittmittel(plan);
    const next = apply(plan, r);
    const d = next.drittmittel.at(-1)!;
    expect(d).toMatchObject({
      programm: 'Neues Programm',
      bewilligungGesamt: null,
      zeitraum: '',
      betragJahr: null,
      davonPersonal: null,
    });
    expect(r?.ok && r.cursor?.target).toEqual({ sheet: 'drittmittel', rowId: d.id, column: 'programm' });
    expect(apply(next, removeDrittmittel(d.id)).drittmittel).toEqual(plan.drittmittel);
    expect(removeDrittmittel(undefined)).toBeNull();
    // Teilzeitberufsausbildung (r-tep) is paid from the Land NRW programme
    const used = removeDrittmittel('dm-land-nrw-esf');
    if (!used?.ok) throw new Error('abgelehnt');
    expect(() => applyCommand(plan, used.command)).toThrow(/finanziert noch Maßnahmen/);
  });

  it('a line outside the EGT is added at the end and removed', () => {
    const plan = beispielplan();
    const r = addAusserhalb(plan);
    const next = apply(plan, r);
    const a = next.haushalt.ausserhalbEgt.at(-1)!;
    expect(a).toMatchObject({ name: 'Mittel außerhalb des EGT', betrag: null });
    expect(r?.ok && r.cursor?.target).toEqual({ sheet: 'haushalt', rowId: a.id, column: 'name' });
    expect(apply(next, removeAusserhalb(a.id)).haushalt.ausserhalbEgt).toEqual(plan.haushalt.ausserhalbEgt);
    expect(removeAusserhalb(undefined)).toBeNull();
  });

  it('several selected lines go in one step; undo brings them all back', () => {
    const plan = beispielplan();
    const a = apply(plan, addAusserhalb(plan));
    const b = apply(a, addAusserhalb(a));
    const ids = b.haushalt.ausserhalbEgt.slice(-2).map((x) => x.id);
    const r = removeLines('ausserhalb', ids);
    if (!r?.ok) throw new Error('abgelehnt');
    const applied = applyCommand(b, r.command);
    expect(applied.plan.haushalt.ausserhalbEgt).toEqual(plan.haushalt.ausserhalbEgt);
    expect(applied.label).toBe('2 Zeilen entfernen');
    expect(applyCommand(applied.plan, applied.inverse).plan.haushalt.ausserhalbEgt).toEqual(
      b.haushalt.ausserhalbEgt,
    );
    expect(removeLines('zuweisung', [])).toBeNull();
  });
});
