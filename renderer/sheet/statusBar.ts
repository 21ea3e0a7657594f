/**
 * Summe, Anzahl and Mittelwert of the selected cells, as Excel's status bar shows them:
 * Anzahl counts every non-empty cell, Summe and Mittelwert take the numbers only and appear
 * when at least one number is selected (and more than one cell).
 */
import type { ValueUnit } from '../../shared/model/cellKey';
import type { SelectionStats, StatUnit } from '../state/uiStore';

// The types live with the UI state that holds them (state does not import the sheet).
export type { SelectionStats, StatUnit };

export interface StatCell {
  value: number | string | null;
  unit?: ValueUnit;
}

/** Changes sum like shares; percentage points, factors and flags are plain numbers. */
function statUnit(unit: ValueUnit | undefined): StatUnit {
  switch (unit) {
    case undefined:
    case 'count':
      return 'count';
    case 'eur':
      return 'eur';
    // A factor is summed like a ratio: with its fractions.
    case 'ratio':
    case 'change':
    case 'factor':
      return 'ratio';
    case 'decimal':
      return 'decimal';
    default:
      return 'mixed';
  }
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
    const u = statUnit(c.unit);
    unit = unit === null || unit === u ? u : 'mixed';
  }
  // Money, counts and VZÄ (two decimals at most) sum exactly in cents; ratios keep their fractions.
  const summe = numbers === 0 ? null : unit === 'ratio' || unit === 'mixed' ? plain : cents / 100;
  return {
    anzahl,
    numbers,
    summe,
    mittelwert: summe === null ? null : summe / numbers,
    unit: unit ?? 'count',
  };
}
