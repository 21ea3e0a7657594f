/** Cell specs as the grids build them, written out here so these tests do not depend on a grid's rows. */
import type { CellSpec, SheetColumn, SheetRow } from '../../../../renderer/sheet/cellSpec';
import { cellKey } from '../../../../shared/model/cellKey';
import { findInstrumentRow } from '../../../../shared/model/inputs';

export const eintritte = (id: string): CellSpec => ({
  kind: 'input',
  key: cellKey({ kind: 'row', id, field: 'eintritte' }),
  unit: 'count',
});

export const mittel = (id: string): CellSpec => ({
  kind: 'input',
  key: cellKey({ kind: 'row', id, field: 'mittelansatz' }),
  unit: 'eur',
});

export const kje = (id: string): CellSpec => ({
  kind: 'figure',
  id: `row.${id}.kostenJeEintritt`,
  unit: 'eur',
});

export const instrument = (id: string): CellSpec => ({
  kind: 'text',
  target: { kind: 'row', rowId: id, field: 'instrument' },
});

/** The FbW flag: shown "ja" or empty, chosen as "ja" or "nein". */
export const fbw = (id: string): CellSpec => ({
  kind: 'choice',
  options: () => [
    { value: 'nein', label: 'nein' },
    { value: 'ja', label: 'ja' },
  ],
  get: (p) => (findInstrumentRow(p, id)?.fbw ? 'ja' : 'nein'),
  display: (p) => (findInstrumentRow(p, id)?.fbw ? 'ja' : ''),
  set: (v) => ({ type: 'patchRow', rowId: id, patch: { fbw: v === 'ja' } }),
});

/** Umschichtung typed as amount or share: each side shows its figure. */
export const umschichtung = (field: 'umschichtung' | 'umschichtungsquote'): CellSpec => ({
  kind: 'input',
  key: cellKey({ kind: 'haushalt', field, col: 'plan' }),
  unit: field === 'umschichtung' ? 'eur' : 'ratio',
  figure: `haushalt.plan.${field}`,
});

export const COLUMNS: SheetColumn[] = [
  { id: 'instrument', header: 'Instrument', width: 200, align: 'left' },
  { id: 'eintritte', header: 'Eintritte', width: 80, align: 'right' },
  { id: 'mittelansatz', header: 'Mittelansatz', width: 100, align: 'right' },
  { id: 'kje', header: 'Kosten je Eintritt', width: 100, align: 'right' },
  { id: 'fbw', header: 'FbW', width: 50, align: 'left' },
];

/** Portfolio-like rows of the Beispielplan's Integration area (data rows only). */
export function portfolioView(ids: readonly string[]): { rows: SheetRow[]; columns: SheetColumn[] } {
  return {
    columns: COLUMNS,
    rows: ids.map((id) => ({
      id,
      kind: 'data',
      planRowId: id,
      cells: {
        instrument: instrument(id),
        eintritte: eintritte(id),
        mittelansatz: mittel(id),
        kje: kje(id),
        fbw: fbw(id),
      },
    })),
  };
}
