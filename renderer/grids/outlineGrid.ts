/**
 * The grid renderer of a sheet outline (shared/outline/): outline columns become SheetColumns,
 * lines become SheetRows of CellSpecs that SheetGrid shows and edits. Lines the grid pins (sums
 * of long tables) come back apart from the scrolling ones.
 */
import type { InputUnit, ValueUnit } from '../../shared/model/cellKey';
import { formatFigure } from '../../shared/format/numberFormat';
import type {
  Format,
  LineStyle,
  OutlineCell,
  OutlineColumn,
  OutlineRow,
  OutlineTable,
} from '../../shared/outline/types';
import { columnsFor, drawnBy } from '../../shared/outline/types';
import type { CellSpec, SheetColumn, SheetRow, SheetRowKind } from '../sheet/cellSpec';

export type ChoiceCell = Extract<OutlineCell, { kind: 'choice' }>;

export interface GridOptions {
  /** The dropdown of a choice cell (the portfolio builds its options and commands). */
  choice?: (cell: ChoiceCell) => CellSpec;
}

export interface GridModel {
  rows: SheetRow[];
  /** Pinned below the scrolling rows. */
  pinned: SheetRow[];
}

/** The grid has no line wrap in labels: a soft hyphen would only disturb. */
const plain = (header: string): string => header.replace(/\u00AD/g, '');

export function gridColumns(table: OutlineTable): SheetColumn[] {
  return columnsFor(table, 'grid').map((c) => {
    const g = c.grid!;
    return {
      id: c.id,
      header: plain(g.header ?? c.header),
      ...(g.tooltip ? { headerTooltip: g.tooltip } : {}),
      width: g.width,
      ...(g.minWidth !== undefined ? { minWidth: g.minWidth } : {}),
      ...(g.flex !== undefined ? { flex: g.flex } : {}),
      align: c.align,
      ...(g.pinned ? { pinned: g.pinned } : {}),
      ...(g.wrap !== undefined ? { wrap: g.wrap } : {}),
    };
  });
}

const KINDS: Record<LineStyle, SheetRowKind> = {
  data: 'data',
  group: 'group',
  subtotal: 'subtotal',
  total: 'total',
  nachrichtlich: 'data',
  reference: 'reference',
  note: 'note',
};

const STRONG = new Set<LineStyle>(['group', 'subtotal', 'total']);

/** Lines under a heading are indented by spaces in their label. */
const INDENT = '    ';

export const unitOf = (format: Format): ValueUnit =>
  format === 'ratioWhole' ? 'ratio' : format === 'schluessel' ? 'decimal' : format;

/** The unit an input cell parses with; only numbers a planner types have input formats. */
export function inputUnitOf(format: Format): InputUnit {
  const unit = unitOf(format);
  if (unit === 'pp' || unit === 'factor' || unit === 'flag')
    throw new Error(`Eingabezellen haben kein Format ${format}.`);
  return unit;
}

/** Decimal places a cell asks for (percent for ratios and changes). */
const withDigits = <T extends object>(spec: T, c: { digits?: number }): T =>
  c.digits !== undefined ? { ...spec, digits: c.digits } : spec;

/** Parentheses for a value in no sum. */
const withNachrichtlich = <T extends object>(spec: T, c: { nachrichtlich?: boolean }): T =>
  c.nachrichtlich ? { ...spec, nachrichtlich: true } : spec;

function cellSpec(cell: OutlineCell, row: OutlineRow, first: boolean, options: GridOptions): CellSpec {
  // The label of headings and sums is bold.
  const strong = first && STRONG.has(row.style);
  switch (cell.kind) {
    case 'text': {
      const text = (first && row.level ? INDENT : '') + cell.text;
      return strong ? { kind: 'label', text, strong } : { kind: 'label', text };
    }
    case 'name': {
      const spec: CellSpec = { kind: 'text', target: cell.target };
      if (cell.multiline) spec.multiline = true;
      if (strong) spec.strong = true;
      return spec;
    }
    case 'choice':
      return options.choice ? options.choice(cell) : { kind: 'label', text: cell.text };
    case 'input': {
      const spec: CellSpec = { kind: 'input', key: cell.key, unit: inputUnitOf(cell.format) };
      if (cell.figure !== undefined) spec.figure = cell.figure;
      if (cell.bis !== undefined) spec.bis = cell.bis;
      if (cell.fallback !== undefined) spec.fallback = cell.fallback.key;
      return withDigits(withNachrichtlich(spec, cell), cell);
    }
    case 'figure': {
      const spec: CellSpec = { kind: 'figure', id: cell.id, unit: unitOf(cell.format) };
      if (cell.format === 'ratioWhole') spec.percentDigits = 0;
      if (cell.format === 'schluessel') spec.schluessel = true;
      if (cell.bis !== undefined) spec.bis = cell.bis;
      return withDigits(withNachrichtlich(spec, cell), cell);
    }
    case 'view':
      return 'input' in cell.ref
        ? withDigits(
            {
              kind: 'view',
              key: cell.ref.input,
              unit: inputUnitOf(cell.format),
              ...(cell.bis !== undefined ? { bis: cell.bis } : {}),
            },
            cell,
          )
        : withDigits(
            withNachrichtlich({ kind: 'figure', id: cell.ref.fig, unit: unitOf(cell.format) }, cell),
            cell,
          );
    case 'phrase':
      return phraseSpec(cell);
  }
}

/** A label that reads the figure when it paints, so it follows every edit. */
function phraseSpec({
  id,
  format,
  before = '',
  after = '',
}: Extract<OutlineCell, { kind: 'phrase' }>): CellSpec {
  const opts = format === 'ratioWhole' ? { percentDigits: 0 } : {};
  return {
    kind: 'label',
    text: (s) => {
      const v = s.calc.get(id);
      return v === null ? '' : `${before}${formatFigure(v, unitOf(format), opts)}${after}`;
    },
  };
}

function gridCells(
  row: OutlineRow,
  columns: readonly OutlineColumn[],
  options: GridOptions,
): SheetRow['cells'] {
  const cells: SheetRow['cells'] = {};
  // The line's label is its first cell.
  let first = true;
  for (const c of columns) {
    const cell = row.cells[c.id];
    if (!cell) continue;
    cells[c.id] = cellSpec(cell, row, first, options);
    first = false;
  }
  return cells;
}

/**
 * The grid row of a line; its cells are made when first read (AG Grid reads the rows it draws).
 * A class with the accessor on its prototype: 60.000 object literals with their own getter and
 * setter cost the opening of a Land plan several times as much to make, and to read.
 */
class LazySheetRow implements SheetRow {
  readonly id: string;
  readonly kind: SheetRowKind;
  declare areaId?: string;
  declare planRowId?: string;
  declare ownRowOnly?: boolean;
  declare nachrichtlich?: boolean;
  readonly #line: OutlineRow;
  readonly #columns: readonly OutlineColumn[];
  readonly #options: GridOptions;
  #cells: SheetRow['cells'] | undefined;

  constructor(line: OutlineRow, columns: readonly OutlineColumn[], options: GridOptions) {
    this.id = line.gridId ?? line.id;
    this.kind = KINDS[line.style];
    this.#line = line;
    this.#columns = columns;
    this.#options = options;
    // Assigned only when present, as before: `'areaId' in row` says whether the row has one.
    if (line.areaId !== undefined) this.areaId = line.areaId;
    if (line.planRowId !== undefined) this.planRowId = line.planRowId;
    if (line.ownRowOnly) this.ownRowOnly = true;
    if (line.style === 'nachrichtlich') this.nachrichtlich = true;
  }

  get cells(): SheetRow['cells'] {
    return (this.#cells ??= gridCells(this.#line, this.#columns, this.#options));
  }

  set cells(value: SheetRow['cells']) {
    this.#cells = value;
  }
}

export function gridRow(
  row: OutlineRow,
  table: OutlineTable,
  options: GridOptions = {},
  columns: readonly OutlineColumn[] = columnsFor(table, 'grid'),
): SheetRow {
  return new LazySheetRow(row, columns, options);
}

/** The table's lines the grid draws: scrolling rows and pinned sums. */
export function gridModel(table: OutlineTable, options: GridOptions = {}): GridModel {
  const model: GridModel = { rows: [], pinned: [] };
  const columns = columnsFor(table, 'grid');
  for (const row of table.rows)
    if (drawnBy(row, 'grid'))
      (row.pinned ? model.pinned : model.rows).push(gridRow(row, table, options, columns));
  return model;
}
