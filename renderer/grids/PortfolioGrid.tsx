/**
 * Maßnahmeportfolio grid: Handlungsschwerpunkte as collapsible groups with subtotal rows, the
 * grand total pinned at the bottom, references linking to their owner row.
 */
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { FocusTarget } from '../../shared/commands/applyCommand';
import { rowIndex } from '../../shared/model/inputs';
import type { SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { jumpTo } from '../state/actions';
import type { GridHandle, RowCommands } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { buildPortfolioRows, portfolioColumns, portfolioPasteRows } from './portfolioRows';

export interface PortfolioGridProps {
  collapsed: ReadonlySet<string>;
  onToggle: (areaId: string) => void;
  onCurrentRow: (row: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
  /** Enter on a row's Zielgruppen cell: open the panel of the row's target-group shares. */
  onZielgruppen?: () => void;
  rowCommands: RowCommands;
}

const structureOf = () => planStore.getState().structureVersion;

export function PortfolioGrid({
  collapsed,
  onToggle,
  onCurrentRow,
  handleRef,
  onZielgruppen,
  rowCommands,
}: PortfolioGridProps) {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const header = planStore.getState().plan.header;
  const columns = useMemo(() => portfolioColumns(planStore.getState().plan), [header.year, header.vorjahr]);
  // Rows depend on the structure only: value edits repaint cells, they do not rebuild rows.
  const model = useMemo(
    () => buildPortfolioRows(planStore.getState().plan, collapsed),
    [structure, collapsed],
  );
  const [, setTick] = useState(0);

  const pasteRows = useCallback(
    (rows: readonly SheetRow[], start: number, count: number) =>
      portfolioPasteRows(planStore.getState().plan, rows, start, count),
    [],
  );

  const reveal = useCallback(
    (target: FocusTarget) => {
      const plan = planStore.getState().plan;
      const rowId =
        target.rowId ??
        (target.cellKey?.startsWith('row.')
          ? target.cellKey.slice(4, target.cellKey.lastIndexOf('.'))
          : undefined);
      const loc = rowId ? rowIndex(plan).get(rowId) : undefined;
      const area = loc ? plan.schwerpunkte[loc.areaIndex] : undefined;
      if (area && collapsed.has(area.id)) {
        onToggle(area.id);
        setTick((t) => t + 1);
        return true;
      }
      return false;
    },
    [collapsed, onToggle],
  );

  const decorate = useCallback(
    (row: SheetRow, colId: string, text: string) => {
      if (colId !== 'instrument') return null;
      if (row.kind === 'group' && row.areaId) {
        const areaId = row.areaId;
        const isCollapsed = collapsed.has(areaId);
        return (
          <span className="group-cell">
            <button
              type="button"
              tabIndex={-1}
              className="group-toggle"
              aria-label={`${text} ${isCollapsed ? 'aufklappen' : 'zuklappen'}`}
              title={`${text} ${isCollapsed ? 'aufklappen' : 'zuklappen'}`}
              aria-expanded={!isCollapsed}
              data-testid={`toggle-${areaId}`}
              onClick={(e) => {
                e.stopPropagation();
                onToggle(areaId);
              }}
            >
              {isCollapsed ? '▸' : '▾'}
            </button>
            <span>{text}</span>
          </span>
        );
      }
      if (row.kind === 'reference' && row.planRowId) {
        const plan = planStore.getState().plan;
        const ref = plan.schwerpunkte.flatMap((a) => a.rows).find((r) => r.id === row.planRowId);
        const ownerId = ref?.kind === 'reference' ? ref.ownerRowId : null;
        return (
          <span className="reference-cell" title={text}>
            <span className="reference-text">{text}</span>
            {ownerId ? (
              <button
                type="button"
                tabIndex={-1}
                className="link-button"
                data-testid="reference-jump"
                title="Zur Zeile, der die Maßnahme gehört (Enter)"
                onClick={(e) => {
                  e.stopPropagation();
                  jumpTo({ sheet: 'portfolio', rowId: ownerId, column: 'instrument' });
                }}
              >
                zur Maßnahme
              </button>
            ) : null}
          </span>
        );
      }
      return null;
    },
    [collapsed, onToggle],
  );

  /** Enter on a reference row's Instrument cell jumps to the owner row, like its link. */
  const activate = useCallback(
    (row: SheetRow, colId: string) => {
      if (colId === 'zielgruppen' && row.planRowId && onZielgruppen) return onZielgruppen;
      if (colId !== 'instrument' || row.kind !== 'reference' || !row.planRowId) return null;
      const ref = planStore
        .getState()
        .plan.schwerpunkte.flatMap((a) => a.rows)
        .find((r) => r.id === row.planRowId);
      if (ref?.kind !== 'reference') return null;
      const ownerId = ref.ownerRowId;
      return () => jumpTo({ sheet: 'portfolio', rowId: ownerId, column: 'instrument' });
    },
    [onZielgruppen],
  );

  return (
    <SheetGrid
      id="portfolio"
      sheets={['portfolio']}
      label="Maßnahmeportfolio"
      columns={columns}
      rows={model.rows}
      pinnedBottom={model.pinned}
      pasteRows={pasteRows}
      onCurrentRow={onCurrentRow}
      reveal={reveal}
      decorate={decorate}
      activate={activate}
      handleRef={handleRef}
      rowCommands={rowCommands}
      viewable
    />
  );
}
