/**
 * Summe, Anzahl and Mittelwert of the selected cells, as Excel's status bar shows them:
 * Anzahl counts every non-empty cell, Summe and Mittelwert take the numbers only and appear
 * when at least one number is selected (and more than one cell).
 */
import type { DisplayUnit } from '../../shared/model/cellKey';
import type { SelectionStats, StatUnit } from '../state/uiStore';

// The types live with the UI state that holds them (state does not import the sheet).
export type { SelectionStats, StatUnit };

export interface StatCell {
  value: number | string | null;
  unit?: DisplayUnit;
}

export function selectionStats(cells: readonly StatCell[]): SelectionStats {
  let anzahl = 0;
  let numbers = 0;
  let cents = 0;
  let plain = 0;
  let unit: StatUnit | null = null;
  for (const c of cells) {
    if (c.value === null || c.value === '') continue;
    anzahl += 1;
    if (typeof c.value !== 'number' || !Number.isFinite(c.value)) continue;
    numbers += 1;
    plain += c.value;
    cents += Math.round(c.value * 100);
    // A factor is summed like a ratio: with its fractions.
    const u = c.unit === 'factor' ? 'ratio' : (c.unit ?? 'count');
    unit = unit === null || unit === u ? u : 'mixed';
  }
  // Money and counts sum exactly in cents; ratios keep their fractions.
  const summe = numbers === 0 ? null : unit === 'ratio' || unit === 'mixed' ? plain : cents / 100;
  return {
    anzahl,
    numbers,
    summe,
    mittelwert: summe === null ? null : summe / numbers,
    unit: unit ?? 'count',
  };
}
