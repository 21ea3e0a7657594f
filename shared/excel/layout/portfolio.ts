/** Maßnahmeportfolio: the workbook's drawing of the portfolio outline (shared/outline/portfolio.ts). */
import type { InstrumentRow, Plan } from '../../model/plan';
import { ROW_FIELDS } from '../../model/cellKey';
import { ROW_FIGURE_NAMES } from '../../calc/portfolioTotals';
import { portfolioOutline } from '../../outline/portfolio';
import { PORTFOLIO_EXCEL_ORDER_KOMMUNAL } from '../../outline/portfolioColumns';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export { finanzierungText } from '../../model/finanzierungText';

export const PORTFOLIO_SHEET = 'Maßnahmeportfolio';

const col = (id: (typeof PORTFOLIO_EXCEL_ORDER_KOMMUNAL)[number]) =>
  (PORTFOLIO_EXCEL_ORDER_KOMMUNAL as readonly string[]).indexOf(id) + 2;

/** Column numbers of the portfolio sheet (B = 2), for the import. */
export const PF = {
  instrument: col('instrument'),
  kategorie: col('kategorie'),
  finanzierung: col('finanzierung'),
  eintritte: col('eintritte'),
  /** Only in the workbook of a plan with kommunal rows. */
  eintritteBis: col('eintritteBis'),
  mittelansatz: col('mittelansatz'),
  kosten: col('kje'),
  vorjahrEintritte: col('vorjahrEintritte'),
  vorjahrMittel: col('vorjahrMittel'),
  vorjahrKosten: col('vorjahrKosten'),
  aenderungEintritte: col('aenderungEintritte'),
  aenderungMittel: col('aenderungMittel'),
  funktion: col('funktion'),
  fbw: col('fbw'),
} as const;

/** The name when `key` is exactly `row.<id>.<name>`, compared in place (no key string built per cell). */
function rowSuffixOf<N extends string>(key: string, id: string, names: readonly N[]): N | undefined {
  const at = 5 + id.length;
  if (key.charCodeAt(at - 1) !== 46 || !key.startsWith('row.') || !key.startsWith(id, 4)) return undefined;
  for (const name of names) if (key.length === at + name.length && key.endsWith(name)) return name;
  return undefined;
}

/** Whether `tag` is `row:<id>`. */
const isRowTag = (tag: string, id: string): boolean =>
  tag.length === 4 + id.length && tag.startsWith('row:') && tag.endsWith(id);

/** Drops the outline's marks of a line whose cells are not linked to a row (rare: no need to be quick). */
function unlinked(line: LayoutRow): void {
  for (const c of line.cells) {
    const content = c.content;
    if (content.kind === 'input' && content.row === undefined) delete content.field;
    else if (content.kind === 'figure' && content.row === undefined) delete content.name;
  }
}

/**
 * Names the instrument row and field of each of its input cells and the row and name of each of
 * its figure cells (see CellContent `input`, `figure`), for
 * the lines tagged with the row's outline id (`row:<id>`); a cell is linked only when its key is
 * exactly the row's key for that field. The lines come in the plan's order: each is compared
 * with the next instrument row, a map is built only if one is not.
 */
function linkRowCells(plan: Plan, lines: LayoutRow[]): LayoutRow[] {
  const rows: InstrumentRow[] = [];
  const ids = new Set<string>();
  let count = 0;
  for (const area of plan.schwerpunkte)
    for (const r of area.rows) {
      ids.add(r.id);
      count++;
      if (r.kind === 'instrument') rows.push(r);
    }
  // readInput finds a row by id: with an id twice (a plan file refuses that) links could differ.
  if (ids.size !== count) {
    for (const line of lines) unlinked(line);
    return lines;
  }
  let next = 0;
  let byTag: Map<string, InstrumentRow> | undefined;
  for (const line of lines) {
    const tag = line.tag;
    if (tag === undefined || !tag.startsWith('row:')) continue;
    let row = rows[next];
    if (row !== undefined && isRowTag(tag, row.id)) next++;
    else {
      if (byTag === undefined) {
        byTag = new Map();
        for (const r of rows) byTag.set(`row:${r.id}`, r);
      }
      row = byTag.get(tag);
    }
    if (!row || row.id === '') {
      unlinked(line);
      continue;
    }
    for (const c of line.cells) {
      const content = c.content;
      // The cells were made for this layout just now (excelRows): completed in place. A cell
      // the outline marked as the row's own (outlineLayout.ts) has its field already.
      if (content.kind === 'input') {
        const field = content.field ?? rowSuffixOf(content.key, row.id, ROW_FIELDS);
        if (field !== undefined) {
          content.row = row;
          content.field = field;
        }
      } else if (content.kind === 'figure') {
        const name = content.name ?? rowSuffixOf(content.id, row.id, ROW_FIGURE_NAMES);
        if (name !== undefined) {
          content.row = row;
          content.name = name;
        }
      }
    }
  }
  return lines;
}

export function portfolioLayout(plan: Plan): SheetLayout {
  const outline = portfolioOutline(plan);
  const columns = excelColumns(outline);
  const rows: LayoutRow[] = headRows(
    `Maßnahmeportfolio – ${plan.header.jobcenter}, AMIP ${plan.header.year}`,
    'Hell hinterlegte Zellen sind Eingaben; Beträge in €; nachrichtliche Positionen in Klammern, nicht in den Summen.',
    columns,
  );
  // A blank row after each area's last line sets the areas apart. On paper a block stays on one
  // page where it fits, and the grand total stays with the last block (it stood alone).
  const body = linkRowCells(plan, excelRows(outline));
  const lastArea = body.findLastIndex((r) => r.tag?.startsWith('area:'));
  body.forEach((r, i) => {
    const blockEnd = r.tag?.startsWith('anteil:') ?? false;
    const glued = !blockEnd || (lastArea >= 0 && i > lastArea);
    rows.push(glued && i < body.length - 1 ? { ...r, keepWithNext: true } : r);
    if (blockEnd) rows.push({ style: 'blank', cells: [], ...(i > lastArea ? { keepWithNext: true } : {}) });
  });
  return { key: 'portfolio', name: PORTFOLIO_SHEET, columns, headerRow: HEADER_ROW, rows };
}
