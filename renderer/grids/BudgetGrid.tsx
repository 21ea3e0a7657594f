/**
 * One table of the Globalbudget or Verpflichtungen sheet in a grid: its outline
 * (shared/outline/globalbudget.ts, shared/outline/verpflichtungen.ts) with the dropdowns of
 * shared/actions/budgetChoices.ts, a pinned sum row where the table has one.
 */
import { memo } from 'react';
import { globalbudgetOutline } from '../../shared/outline/globalbudget';
import type { GlobalbudgetOutline } from '../../shared/outline/globalbudget';
import { calcLabels } from '../../shared/outline/labels';
import type { OutlineTable } from '../../shared/outline/types';
import { verpflichtungenOutline } from '../../shared/outline/verpflichtungen';
import type { VerpflichtungenOutline } from '../../shared/outline/verpflichtungen';
import type { SheetId } from '../../shared/model/sheets';
import type { SheetRow } from '../sheet/cellSpec';
import type { PlanState } from '../state/planStore';
import { BUDGET_GRID_OPTIONS } from './budgetChoiceSpec';
import type { GridHandle } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { useOutlineTable } from './useOutlineTable';

type Build = (s: PlanState) => OutlineTable;

// One builder per table, the same function on every render (useOutlineTable memoises on it).
const gb =
  (key: keyof GlobalbudgetOutline): Build =>
  ({ plan, calc }) =>
    globalbudgetOutline(plan, calcLabels(calc))[key];
const vp =
  (key: keyof VerpflichtungenOutline): Build =>
  ({ plan, calc }) =>
    verpflichtungenOutline(plan, calcLabels(calc))[key];

export const BUDGET_TABLES = {
  schaetzungen: gb('schaetzungen'),
  grundlage: gb('grundlage'),
  umschichtung: gb('umschichtung'),
  personal: gb('personal'),
  projekte: gb('projekte'),
  betreuung: gb('betreuung'),
  register: vp('register'),
  mehrjaehrig: vp('mehrjaehrig'),
  verwendung: vp('verwendung'),
  belastung: vp('belastung'),
} as const;

export type BudgetTable = keyof typeof BUDGET_TABLES;

interface Props {
  table: BudgetTable;
  label: string;
  /** The sheet whose focus targets (undo, Prüfungen) this grid serves; the portfolio's too for its rows. */
  sheets: SheetId[];
  onCurrentRow?: (r: SheetRow | null) => void;
  handleRef?: { current: GridHandle | null };
}

function BudgetGridInner(props: Props) {
  const { columns, rows, pinned } = useOutlineTable(BUDGET_TABLES[props.table], BUDGET_GRID_OPTIONS);
  return (
    <SheetGrid
      id={props.table}
      sheets={props.sheets}
      label={props.label}
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
      {...(props.onCurrentRow ? { onCurrentRow: props.onCurrentRow } : {})}
      {...(props.handleRef ? { handleRef: props.handleRef } : {})}
    />
  );
}

export const BudgetGrid = memo(BudgetGridInner);
