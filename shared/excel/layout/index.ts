/** The whole workbook's layout and the address of every input cell and derived figure in it. */
import type { FigureId } from '../../calc/expr';
import type { FigureDef } from '../../calc/figureDef';
import { figureTitle } from '../../calc/figureDef';
import type { Pruefung } from '../../checks/pruefung';
import type { CellKey } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import { haushaltOutline } from '../../outline/haushalt';
import type { Labels } from '../../outline/types';
import { bildungLayout } from './bildung';
import { deckblattLayout } from './deckblatt';
import { drittmittelLayout } from './drittmittel';
import { globalbudgetLayout } from './globalbudget';
import { verpflichtungenLayout } from './verpflichtungen';
import { haushaltLayout } from './haushalt';
import { kennzahlenLayout } from './kennzahlen';
import { portfolioLayout } from './portfolio';
import { pruefungenLayout } from './pruefungen';
import type { SheetLayout } from './types';
import { zieleLayout } from './ziele';
import { hasZielvereinbarung } from '../../model/ziele';
import { zielgruppenLayouts } from './zielgruppen';

/** Sheets in the order the board reads them. */
export function workbookLayout(
  plan: Plan,
  labels: Labels,
  pruefungen: readonly Pruefung[] = [],
  whereOf: (p: Pruefung) => string = () => '',
): SheetLayout[] {
  return [
    deckblattLayout(plan, labels, pruefungen),
    haushaltLayout(plan, haushaltOutline(plan, labels)),
    portfolioLayout(plan),
    bildungLayout(plan, labels),
    kennzahlenLayout(plan),
    drittmittelLayout(plan, labels),
    // A plan without a Zielvereinbarung has no Ziele sheet (nothing to fill in there).
    ...(hasZielvereinbarung(plan.zielvereinbarung) ? [zieleLayout(plan, labels)] : []),
    globalbudgetLayout(plan, labels),
    verpflichtungenLayout(plan, labels),
    ...zielgruppenLayouts(plan, labels),
    pruefungenLayout(plan, pruefungen, whereOf),
  ];
}

export interface CellAddress {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

export interface InputPlace extends CellAddress {
  label: string;
  /** Tag of the row in the hidden column A (the reader finds moved rows by it). */
  tag: string;
}

export interface AddressBook {
  inputs: Map<CellKey, InputPlace>;
  figures: Map<FigureId, CellAddress>;
}

/**
 * Every input key and figure id with its cell. A figure whose expression is just `input(key)`
 * (the typed side of the Umschichtung pair, a "darunter" line) shares the input's cell.
 */
export function addressBook(
  layouts: readonly SheetLayout[],
  defOf: (id: FigureId) => FigureDef | undefined,
): AddressBook {
  const inputs = new Map<CellKey, InputPlace>();
  const figures = new Map<FigureId, CellAddress>();
  // One lookup per key (set, then compare sizes): the portfolio has tens of thousands.
  const once = <V>(map: Map<string, V>, key: string, value: V) => {
    const size = map.size;
    if (map.set(key, value).size === size)
      throw new Error(`Zelle für ${key} ist im Layout doppelt vergeben.`);
  };
  for (const layout of layouts)
    layout.rows.forEach((r, i) => {
      for (const c of r.cells) {
        const content = c.content;
        // Text cells (most of a sheet) need no address: build one only for inputs and figures.
        if (content.kind === 'input') {
          const place = {
            sheet: layout.name,
            row: i + 1,
            col: c.col,
            label: content.label,
            tag: r.tag ?? '',
          };
          once(inputs, content.key, place);
        } else if (content.kind === 'figure') {
          const at: CellAddress = { sheet: layout.name, row: i + 1, col: c.col };
          once(figures, content.id, at);
          const def = defOf(content.id);
          if (def?.expr.op === 'input')
            once(inputs, def.expr.key, { ...at, label: figureTitle(def), tag: r.tag ?? '' });
        }
      }
    });
  return { inputs, figures };
}
