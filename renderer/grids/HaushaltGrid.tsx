/**
 * Haushalt (EGT): the money chain of fachkonzept §2.1 for plan year and Vorjahr side by side.
 * Umschichtung can be typed as amount or as share; the other one follows (shown in italics).
 */
import { memo } from 'react';
import { haushaltOutline } from '../../shared/outline/haushalt';
import { calcLabels } from '../../shared/outline/labels';
import type { SheetRow } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import type { GridHandle, RowCommands } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';

const chain = ({ plan, calc }: PlanState) => haushaltOutline(plan, calcLabels(calc)).chain;

function HaushaltGridInner(props: {
  onCurrentRow: (r: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
  rowCommands?: RowCommands;
}) {
  const { columns, rows } = useOutlineTable(chain);
  return (
    <SheetGrid
      id="haushalt"
      sheets={['haushalt']}
      label="Haushalt (EGT): Mittelkette"
      columns={columns}
      rows={rows}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
      {...(props.rowCommands ? { rowCommands: props.rowCommands } : {})}
    />
  );
}

export const HaushaltGrid = memo(HaushaltGridInner);
