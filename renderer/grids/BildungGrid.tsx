/**
 * Bildungszielplanung: the ten Berufsbereiche with Förderung BGS and davon abschlussorientiert,
 * sums and shares, and right below the comparison with the portfolio's FbW row and the
 * Kennzahlen line "darunter abschlussorientiert" (shared/outline/bildung.ts).
 */
import { memo } from 'react';
import { bildungOutline } from '../../shared/outline/bildung';
import { calcLabels } from '../../shared/outline/labels';
import type { PlanState } from '../state/planStore';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';

const outline = ({ plan, calc }: PlanState) => bildungOutline(plan, calcLabels(calc));

function BildungGridInner() {
  const { columns, rows, pinned } = useOutlineTable(outline);
  return (
    <SheetGrid
      id="bildung"
      sheets={['bildung']}
      label="Bildungszielplanung"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
    />
  );
}

export const BildungGrid = memo(BildungGridInner);
