/**
 * The dropdowns of the Ziele sheet: what a target's choice cell offers, shows and changes
 * (shared/actions/ziele.ts decides; this only wires it into grid cells).
 */
import {
  ERREICHT_OPTIONS,
  erreichtCommand,
  zielChoiceCommand,
  zielChoiceOptions,
  zielChoiceValue,
} from '../../shared/actions/ziele';
import type { ZielChoice } from '../../shared/actions/ziele';
import type { Plan } from '../../shared/model/plan';
import { findZiel } from '../../shared/model/ziele';
import type { CellSpec } from '../sheet/cellSpec';
import type { ChoiceCell, GridOptions } from './outlineGrid';

function erreichtSpec(dialogId: string, zielId: string): CellSpec {
  const get = (p: Plan): string => {
    const v = p.zielvereinbarung.dialoge
      .find((d) => d.id === dialogId)
      ?.werte.find((w) => w.zielId === zielId)?.erreicht;
    return v === true ? 'ja' : v === false ? 'nein' : '';
  };
  return {
    kind: 'choice',
    options: () => [...ERREICHT_OPTIONS],
    get,
    display: (p) => ERREICHT_OPTIONS.find((o) => o.value === get(p))?.label ?? '',
    set: (v) => erreichtCommand(dialogId, zielId, v),
  };
}

/** The options of the Ziele grids; `plan` reads the plan the store holds when a choice is made. */
export function zieleGridOptions(plan: () => Plan): GridOptions {
  const spec = (cell: ChoiceCell): CellSpec => {
    const id = cell.rowId;
    if (cell.field === 'erreicht') return erreichtSpec(cell.dialogId ?? '', id);
    const field = cell.field as ZielChoice;
    const value = (p: Plan): string => {
      const z = findZiel(p.zielvereinbarung, id);
      return z ? zielChoiceValue(z, field) : '';
    };
    return {
      kind: 'choice',
      options: (p) => zielChoiceOptions(p, field),
      get: value,
      // The grid shows the short form (II, K2); the dropdown names them in full.
      display: (p) => {
        const v = value(p);
        if (field === 'zielbereich' || field === 'kennzahl') return v || '–';
        return zielChoiceOptions(p, field).find((o) => o.value === v)?.label ?? v;
      },
      set: (v) => zielChoiceCommand(plan(), id, field, v),
    };
  };
  return { choice: spec };
}
