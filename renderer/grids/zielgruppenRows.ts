/**
 * The dropdown of a target-group share in a grid (the Zielgruppen sheet's Anteil column):
 * ganz, Teil, Prozent, or none; the command comes from shared/actions/zielgruppen.ts.
 */
import { setAnteilArt } from '../../shared/actions/zielgruppen';
import { findInstrumentRow } from '../../shared/model/inputs';
import type { ZielgruppenAnteilArt } from '../../shared/model/plan';
import { ANTEIL_ART_LABELS, anteilOf } from '../../shared/model/zielgruppen';
import type { CellSpec, ChoiceOption } from '../sheet/cellSpec';
import type { ChoiceCell } from './outlineGrid';

export const ANTEIL_OPTIONS: readonly ChoiceOption[] = [
  { value: '', label: 'kein Anteil' },
  ...(Object.keys(ANTEIL_ART_LABELS) as ZielgruppenAnteilArt[]).map((art) => ({
    value: art,
    label: ANTEIL_ART_LABELS[art],
  })),
];

export function anteilChoice(cell: ChoiceCell): CellSpec {
  const rowId = cell.rowId;
  const g = cell.zielgruppeId ?? '';
  const art = (p: Parameters<typeof findInstrumentRow>[0]) => {
    const row = findInstrumentRow(p, rowId);
    return row ? (anteilOf(row, g)?.art ?? '') : '';
  };
  return {
    kind: 'choice',
    options: () => [...ANTEIL_OPTIONS],
    get: art,
    display: (p) => ANTEIL_OPTIONS.find((o) => o.value === art(p))?.label ?? '',
    set: (v) => {
      const r = setAnteilArt(rowId, g, v === '' ? null : (v as ZielgruppenAnteilArt));
      return r && r.ok ? r.command : null;
    },
  };
}
