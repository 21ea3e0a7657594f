/** Maßnahmeportfolio: the workbook's drawing of the portfolio outline (shared/outline/portfolio.ts). */
import type { Plan } from '../../model/plan';
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
  const body = excelRows(outline);
  const lastArea = body.findLastIndex((r) => r.tag?.startsWith('area:'));
  body.forEach((r, i) => {
    const blockEnd = r.tag?.startsWith('anteil:') ?? false;
    const glued = !blockEnd || (lastArea >= 0 && i > lastArea);
    rows.push(glued && i < body.length - 1 ? { ...r, keepWithNext: true } : r);
    if (blockEnd) rows.push({ style: 'blank', cells: [], ...(i > lastArea ? { keepWithNext: true } : {}) });
  });
  return { key: 'portfolio', name: PORTFOLIO_SHEET, columns, headerRow: HEADER_ROW, rows };
}
