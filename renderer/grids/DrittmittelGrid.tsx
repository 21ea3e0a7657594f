/**
 * Drittmittel (third-party money, not part of the EGT) and the money outside the EGT, each
 * with a pinned sum row (shared/outline/drittmittel.ts, shared/outline/haushalt.ts).
 */
import { memo } from 'react';
import { drittmittelOutline } from '../../shared/outline/drittmittel';
import { haushaltOutline } from '../../shared/outline/haushalt';
import { calcLabels } from '../../shared/outline/labels';
import type { SheetRow } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import type { GridHandle, RowCommands } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';

const drittmittel = ({ plan, calc }: PlanState) => drittmittelOutline(plan, calcLabels(calc));
const ausserhalb = ({ plan, calc }: PlanState) => haushaltOutline(plan, calcLabels(calc)).ausserhalb;

interface Props {
  onCurrentRow: (r: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
  rowCommands?: RowCommands;
}

function DrittmittelGridInner(props: Props) {
  const { columns, rows, pinned } = useOutlineTable(drittmittel);
  return (
    <SheetGrid
      id="drittmittel"
      sheets={['drittmittel']}
      label="Drittmittel"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
      {...(props.rowCommands ? { rowCommands: props.rowCommands } : {})}
    />
  );
}

export const DrittmittelGrid = memo(DrittmittelGridInner);

function AusserhalbGridInner(props: Props) {
  const { columns, rows, pinned } = useOutlineTable(ausserhalb);
  return (
    <SheetGrid
      id="ausserhalb"
      sheets={['haushalt']}
      label="Mittel außerhalb des EGT"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
      {...(props.rowCommands ? { rowCommands: props.rowCommands } : {})}
    />
  );
}

export const AusserhalbGrid = memo(AusserhalbGridInner);
