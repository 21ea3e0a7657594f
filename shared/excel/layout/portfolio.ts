/** Maßnahmeportfolio: the workbook's drawing of the portfolio outline (shared/outline/portfolio.ts). */
import type { InstrumentRow, Plan } from '../../model/plan';
import type { RowField } from '../../model/cellKey';
import { ROW_FIELDS } from '../../model/cellKey';
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

/** Whether `key` is `row.<id>.<field>`, compared in place (no key string built per cell). */
const isRowKey = (key: string, id: string, field: RowField): boolean =>
  key.length === 5 + id.length + field.length &&
  key.startsWith('row.') &&
  key.startsWith(id, 4) &&
  key.charCodeAt(4 + id.length) === 46 &&
  key.endsWith(field);

/**
 * Names the instrument row and field of each of its input cells (see CellContent `input`), for
 * the lines tagged with the row's outline id (`row:<id>`); a cell is linked only when its key is
 * exactly the row's key for that field.
 */
function linkRowCells(plan: Plan, rows: LayoutRow[]): LayoutRow[] {
  const byTag = new Map<string, InstrumentRow>();
  for (const area of plan.schwerpunkte)
    for (const r of area.rows) if (r.kind === 'instrument') byTag.set(`row:${r.id}`, r);
  for (const line of rows) {
    const row = line.tag === undefined ? undefined : byTag.get(line.tag);
    if (!row || row.id === '') continue;
    for (const c of line.cells) {
      const content = c.content;
      if (content.kind !== 'input') continue;
      // The cells were made for this layout just now (excelRows): completed in place.
      const field = ROW_FIELDS.find((f) => isRowKey(content.key, row.id, f));
      if (field !== undefined) {
        content.row = row;
        content.field = field;
      }
    }
  }
  return rows;
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
