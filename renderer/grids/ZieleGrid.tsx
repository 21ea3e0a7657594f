/**
 * The grids of the Ziele sheet (shared/outline/ziele.ts): the targets, the Integrationsquote by
 * segment, the Vorjahr comparison, further figures and one Zielsteuerungsdialog. Each is a
 * SheetGrid with the habits of every sheet (keyboard, paste, Ctrl+D, undo, status line).
 */
import { memo } from 'react';
import { calcLabels } from '../../shared/outline/labels';
import type { OutlineTable } from '../../shared/outline/types';
import {
  dialogOutline,
  segmenteOutline,
  vorjahrOutline,
  weitereOutline,
  zieleOutline,
} from '../../shared/outline/ziele';
import type { SheetRow } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import { planStore } from '../state/planStore';
import type { GridHandle } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';
import '../styles/ziele.css';
import { zieleGridOptions } from './zieleChoices';

const OPTIONS = zieleGridOptions(() => planStore.getState().plan);

const none = (id: string): OutlineTable => ({ id, caption: '', columns: [], rows: [] });

interface TableGridProps {
  id: string;
  label: string;
  build: (s: PlanState) => OutlineTable;
  /** What else the table depends on (the dialogue shown). */
  tableKey?: string;
  onCurrentRow?: (r: SheetRow | null) => void;
  handleRef?: { current: GridHandle | null };
}

/** Header, rows, a horizontal scrollbar and borders (px, as theme.ts sets them). */
const HEADER = 34;
const ROW = 28;
const CHROME = 20;
const MAX_HEIGHT = 560;

function TableGrid(props: TableGridProps) {
  const { columns, rows, pinned } = useOutlineTable(props.build, OPTIONS, props.tableKey);
  if (rows.length === 0) return null;
  // These tables are wider than a laptop screen: an auto-height grid leaves no room for its
  // horizontal scrollbar and hides the last line, so the host gets the height of all lines.
  const height = Math.min(MAX_HEIGHT, HEADER + ROW * (rows.length + pinned.length) + CHROME);
  return (
    <div className="zv-grid" style={{ height }}>
      <SheetGrid
        id={props.id}
        sheets={['ziele']}
        label={props.label}
        columns={columns}
        rows={rows}
        pinnedBottom={pinned}
        {...(props.onCurrentRow ? { onCurrentRow: props.onCurrentRow } : {})}
        {...(props.handleRef ? { handleRef: props.handleRef } : {})}
      />
    </div>
  );
}

const ziele = ({ plan }: PlanState) => zieleOutline(plan);
const segmente = ({ plan, calc }: PlanState) =>
  segmenteOutline(plan, calcLabels(calc)) ?? none('ziele-segmente');
const vorjahr = ({ plan }: PlanState) => vorjahrOutline(plan) ?? none('ziele-vorjahr');
const weitere = ({ plan }: PlanState) => weitereOutline(plan) ?? none('ziele-weitere');

export const ZieleGrid = memo(function ZieleGrid(props: {
  onCurrentRow: (r: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
}) {
  return <TableGrid id="ziele" label="Ziele" build={ziele} {...props} />;
});

export const SegmenteGrid = memo(function SegmenteGrid() {
  return <TableGrid id="ziele-segmente" label="Integrationsquote nach Segmenten" build={segmente} />;
});

export const VorjahrGrid = memo(function VorjahrGrid() {
  return <TableGrid id="ziele-vorjahr" label="Vorjahr: Ziel und Ergebnis" build={vorjahr} />;
});

export const WeitereGrid = memo(function WeitereGrid() {
  return <TableGrid id="ziele-weitere" label="Weitere Kennziffern" build={weitere} />;
});

export const DialogGrid = memo(function DialogGrid({ dialogId }: { dialogId: string }) {
  const build = ({ plan }: PlanState) => {
    const i = plan.zielvereinbarung.dialoge.findIndex((d) => d.id === dialogId);
    const d = plan.zielvereinbarung.dialoge[i];
    return d ? dialogOutline(plan, d, i) : none(`ziele-dialog-${dialogId}`);
  };
  return <TableGrid id="ziele-dialog" label="Ist-Werte des Zieldialogs" build={build} tableKey={dialogId} />;
});
