/**
 * One evaluated target group across all Handlungsschwerpunkte (shared/outline/zielgruppen.ts):
 * the rows that carry a share with its kind (a dropdown) and typed parts, the group's figures.
 * Mounted once per selected group (`key`), so its outline is built for that group.
 */
import { memo } from 'react';
import { calcLabels } from '../../shared/outline/labels';
import { zielgruppeOutline } from '../../shared/outline/zielgruppen';
import type { SheetRow } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import type { GridHandle } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';
import { anteilChoice } from './zielgruppenRows';

interface Props {
  zielgruppeId: string;
  label: string;
  onCurrentRow?: (row: SheetRow | null) => void;
  handleRef?: { current: GridHandle | null };
}

const OPTIONS = { choice: anteilChoice };

function ZielgruppeGridInner(props: Props) {
  const g = props.zielgruppeId;
  const { columns, rows, pinned } = useOutlineTable(
    ({ plan, calc }: PlanState) => zielgruppeOutline(plan, calcLabels(calc), g),
    OPTIONS,
  );
  return (
    <SheetGrid
      id={`zielgruppe-${g}`}
      sheets={['zielgruppen']}
      label={props.label}
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      {...(props.onCurrentRow ? { onCurrentRow: props.onCurrentRow } : {})}
      {...(props.handleRef ? { handleRef: props.handleRef } : {})}
    />
  );
}

export const ZielgruppeGrid = memo(ZielgruppeGridInner);
