/**
 * Kennzahlen: planned places by Förderkategorie (a pivot of the portfolio) against the
 * Ergebnis Vorjahr (input), Vergleich as whole % (shared/outline/kennzahlen.ts). The first row
 * sums all categories.
 */
import { memo } from 'react';
import { kennzahlenOutline } from '../../shared/outline/kennzahlen';
import type { PlanState } from '../state/planStore';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';

const outline = ({ plan }: PlanState) => kennzahlenOutline(plan);

function KennzahlenGridInner() {
  const { columns, rows, pinned } = useOutlineTable(outline);
  return (
    <SheetGrid
      id="kennzahlen"
      sheets={['kennzahlen']}
      label="Kennzahlen"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
    />
  );
}

export const KennzahlenGrid = memo(KennzahlenGridInner);
