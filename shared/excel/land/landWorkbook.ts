/**
 * The Land workbook (issue 18): two data sheets (one row per Jobcenter and Förderkategorie, one
 * row per Jobcenter for the Haushalt inputs) and summary sheets whose every figure is a live
 * formula over the data sheets, each with the app's value cached. Land rates are Σ ÷ Σ over the
 * Jobcenters that have both bases, as in shared/consolidate; the fences of the outliers are
 * QUARTILE formulas (the app interpolates the same way).
 */
import ExcelJS from 'exceljs';
import type { FigureUnit } from '../../calc/figureDef';
import type { LandBase, LandRate } from '../../calc/landFigures';
import { KATEGORIE_BASES, KATEGORIE_RATES, LAND_BASES, LAND_RATES } from '../../calc/landFigures';
import { FENCE_FACTOR, MIN_VALUES_FOR_FENCES, fences } from '../../consolidate/outliers';
import type {
  Consolidation,
  JobcenterEntry,
  LandGroup,
  PartFormula,
  PartTable,
} from '../../consolidate/types';
import type { Num } from '../../model/plan';
import { colName } from '../layout/types';

export const LAND_SHEETS = {
  jobcenter: 'Jobcenter',
  kategorien: 'Förderkategorien',
  daten: 'Daten',
  datenJobcenter: 'Daten Jobcenter',
  hinweise: 'Hinweise',
  ziele: 'Zielplanung',
  datenZiele: 'Daten Zielplanung',
} as const;

export interface LandWorkbookOptions {
  /** Files left out, with the German reason (listed on the Hinweise sheet). */
  refused?: readonly { source: string; message: string }[];
  now?: Date;
}

const FORMATS: Record<FigureUnit, string> = {
  eur: '#,##0.00 "€";[Red]-#,##0.00 "€"',
  count: '#,##0;[Red]-#,##0',
  ratio: '0.0%',
  // The Land figures are amounts, counts and rates; the other units for completeness.
  change: '+0.0%;-0.0%;0.0%',
  decimal: '#,##0.##',
  pp: '+0.0 "Pp.";-0.0 "Pp."',
  factor: '0.0',
  flag: '0',
};

const q = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
const cached = (v: Num | undefined): number | string => (v === null || v === undefined ? '' : v);
/** A display key for rows without a Förderkategorie (a blank cell would not match SUMIFS). */
const katKey = (key: string): string => (key === '' ? '–' : key);
/** A text for a SUMIFS criterion: quoted, `"` doubled. */
const crit = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const DATA_BASES = LAND_BASES.filter((b) => b.book.kind === 'data');
/** Columns of „Daten Jobcenter“: Nr, Gruppe, Jobcenter, Variante, Trägerform, Jahr, Quelle, then the data bases. */
const DJ_FIRST_BASE = 8;
/** Columns of „Daten“: Nr, Gruppe, Jobcenter, Variante, Kategorie, Förderkategorie, then the Kategorie bases. */
const D_FIRST_BASE = 7;
/** Columns of „Jobcenter“: Nr, Jobcenter, Variante, then bases and rates in registry order. */
const JC_FIRST = 4;
const JC_COLUMNS: readonly (LandBase | LandRate)[] = [...LAND_BASES, ...LAND_RATES];
const jcCol = (key: string): number => JC_FIRST + JC_COLUMNS.findIndex((c) => c.key === key);

function header(ws: ExcelJS.Worksheet, row: number, texts: readonly string[]): void {
  const r = ws.getRow(row);
  texts.forEach((t, i) => {
    const c = r.getCell(i + 1);
    c.value = t;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
}

function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: ExcelJS.CellValue,
  unit?: FigureUnit,
): void {
  const c = ws.getCell(row, col);
  c.value = value;
  if (unit) c.numFmt = FORMATS[unit];
}

export async function landWorkbook(c: Consolidation, options: LandWorkbookOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  wb.creator = 'AMIP-Planer';
  wb.created = now;
  wb.modified = now;
  wb.title = 'Land-/Regionalansicht';
  wb.calcProperties.fullCalcOnLoad = true;
  const wsJc = wb.addWorksheet(LAND_SHEETS.jobcenter, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const wsKat = wb.addWorksheet(LAND_SHEETS.kategorien, { views: [{ state: 'frozen', ySplit: 1 }] });
  const wsD = wb.addWorksheet(LAND_SHEETS.daten, { views: [{ state: 'frozen', ySplit: 1 }] });
  const wsDj = wb.addWorksheet(LAND_SHEETS.datenJobcenter, { views: [{ state: 'frozen', ySplit: 1 }] });

  // Data sheets first: the summaries refer to their rows.
  header(wsDj, 1, [
    'Nr.',
    'Gruppe',
    'Jobcenter',
    'Variante',
    'Trägerform',
    'Jahr',
    'Quelle',
    ...DATA_BASES.map((b) => c.labels[b.key] ?? b.key),
  ]);
  header(wsD, 1, [
    'Nr.',
    'Gruppe',
    'Jobcenter',
    'Variante',
    'Kategorie',
    'Förderkategorie',
    ...KATEGORIE_BASES.map((b) => b.label),
  ]);
  const djRow = new Map<number, number>();
  let rDj = 2;
  let rD = 2;
  for (const g of c.groups)
    for (const e of g.jobcenter) {
      djRow.set(e.nr, rDj);
      const fixed = [e.nr, g.label, e.jobcenter, e.variante, e.traegerform ?? '', e.year, e.source];
      fixed.forEach((v, i) => put(wsDj, rDj, i + 1, v));
      DATA_BASES.forEach((b, i) => put(wsDj, rDj, DJ_FIRST_BASE + i, e.values[b.key] ?? null, b.unit));
      rDj++;
      for (const k of e.kategorien) {
        [e.nr, g.label, e.jobcenter, e.variante, katKey(k.key), k.name].forEach((v, i) =>
          put(wsD, rD, i + 1, v),
        );
        KATEGORIE_BASES.forEach((b, i) => put(wsD, rD, D_FIRST_BASE + i, k.values[b.key], b.unit));
        rD++;
      }
    }
  const lastD = Math.max(2, rD - 1);
  const dRange = (col: number) => `${q(LAND_SHEETS.daten)}!$${colName(col)}$2:$${colName(col)}$${lastD}`;
  const dCol = (key: string) => D_FIRST_BASE + KATEGORIE_BASES.findIndex((b) => b.key === key);
  wsD.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: D_FIRST_BASE + KATEGORIE_BASES.length - 1 },
  };

  writeJobcenterSheet(wsJc, c, djRow, dRange, dCol);
  writeKategorieSheet(wsKat, c, dRange, dCol);
  if (c.groups.some((g) => g.parts.length > 0))
    writePartsSheet(wb.addWorksheet(LAND_SHEETS.ziele), wb.addWorksheet(LAND_SHEETS.datenZiele), c);
  writeHinweise(wb.addWorksheet(LAND_SHEETS.hinweise), c, options.refused ?? []);
  for (const [ws, widths] of [
    [wsJc, [6, 28, 14, ...JC_COLUMNS.map(() => 16)]],
    [wsKat, [10, 44, 14, 14, 18, 18, 14, 14]],
    [wsD, [6, 18, 28, 14, 10, 44, 12, 12, 16, 16]],
    [wsDj, [6, 18, 28, 14, 10, 8, 30, ...DATA_BASES.map(() => 16)]],
  ] as const)
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const out = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  });
  return new Uint8Array(out as ArrayBuffer);
}

/** `num ÷ den` (− 1 for a change) when both are numbers and den ≠ 0, else empty. */
function rateFormula(kind: 'div' | 'change', num: string, den: string): string {
  return `IF(AND(ISNUMBER(${num}),ISNUMBER(${den})),IF(${den}=0,"",${num}/${den}${kind === 'change' ? '-1' : ''}),"")`;
}

function writeJobcenterSheet(
  ws: ExcelJS.Worksheet,
  c: Consolidation,
  djRow: ReadonlyMap<number, number>,
  dRange: (col: number) => string,
  dCol: (key: string) => number,
): void {
  header(ws, 1, ['Nr.', 'Jobcenter', 'Variante', ...JC_COLUMNS.map((f) => c.labels[f.key] ?? f.key)]);
  let r = 2;
  for (const g of c.groups) {
    put(ws, r, 1, g.label);
    ws.getCell(r, 1).font = { bold: true };
    r++;
    const first = r;
    for (const e of g.jobcenter) writeJobcenterRow(ws, r++, e, djRow.get(e.nr)!, dRange, dCol);
    const last = r - 1;
    writeTotals(ws, r++, g, first, last, djRow);
    r = writeFences(ws, r, g, first, last) + 1;
  }
}

function writeJobcenterRow(
  ws: ExcelJS.Worksheet,
  r: number,
  e: JobcenterEntry,
  dj: number,
  dRange: (col: number) => string,
  dCol: (key: string) => number,
): void {
  put(ws, r, 1, e.nr);
  put(ws, r, 2, e.jobcenter);
  put(ws, r, 3, e.variante);
  const at = (key: string) => `${colName(jcCol(key))}${r}`;
  for (const b of LAND_BASES) {
    const book = b.book;
    let formula: string;
    if (book.kind === 'data') {
      const src = `${q(LAND_SHEETS.datenJobcenter)}!${colName(DJ_FIRST_BASE + DATA_BASES.indexOf(b))}${dj}`;
      formula = `IF(ISBLANK(${src}),"",${src})`;
    } else if (book.kind === 'kategorien') formula = `SUMIFS(${dRange(dCol(book.of))},${dRange(1)},$A${r})`;
    // SUM() reads an empty base as 0, as the plan's figures do (Mittel für Neufälle without Vorbindungen).
    else formula = `SUM(${at(book.a)})${book.kind === 'sub' ? '-' : '+'}SUM(${at(book.b)})`;
    put(ws, r, jcCol(b.key), { formula, result: cached(e.values[b.key]) }, b.unit);
  }
  for (const rate of LAND_RATES)
    put(
      ws,
      r,
      jcCol(rate.key),
      { formula: rateFormula(rate.kind, at(rate.num), at(rate.den)), result: cached(e.values[rate.key]) },
      rate.unit,
    );
}

function writeTotals(
  ws: ExcelJS.Worksheet,
  r: number,
  g: LandGroup,
  first: number,
  last: number,
  djRow: ReadonlyMap<number, number>,
): void {
  put(ws, r, 2, `Summe ${g.label}`);
  ws.getRow(r).font = { bold: true };
  const range = (key: string) => `${colName(jcCol(key))}${first}:${colName(jcCol(key))}${last}`;
  // Optional bases are read from the data sheet, where a missing one is a blank cell (0 in a product).
  const djFirst = djRow.get(g.jobcenter[0]!.nr)!;
  const djLast = djRow.get(g.jobcenter[g.jobcenter.length - 1]!.nr)!;
  const baseRange = (key: string) => {
    const b = LAND_BASES.find((x) => x.key === key)!;
    if (b.book.kind !== 'data') return range(key);
    const col = colName(DJ_FIRST_BASE + DATA_BASES.indexOf(b));
    return `${q(LAND_SHEETS.datenJobcenter)}!${col}${djFirst}:${col}${djLast}`;
  };
  for (const b of LAND_BASES)
    put(
      ws,
      r,
      jcCol(b.key),
      { formula: `SUM(${range(b.key)})`, result: g.totals[b.key]?.value ?? 0 },
      b.unit,
    );
  for (const rate of LAND_RATES) {
    const has = `ISNUMBER(${range(rate.key)})`;
    const num = `SUMPRODUCT(${has}*${baseRange(rate.num)})`;
    const den = `SUMPRODUCT(${has}*${baseRange(rate.den)})`;
    put(
      ws,
      r,
      jcCol(rate.key),
      {
        formula: `IF(${den}=0,"",${num}/${den}${rate.kind === 'change' ? '-1' : ''})`,
        result: cached(g.totals[rate.key]?.value),
      },
      rate.unit,
    );
  }
}

/** The inter-quartile fences of the rates whose outliers are marked; returns the last row used. */
function writeFences(ws: ExcelJS.Worksheet, r: number, g: LandGroup, first: number, last: number): number {
  const marked = LAND_RATES.filter((x) => x.outliers);
  const f = new Map(
    marked.map((x) => [
      x.key,
      fences(g.jobcenter.map((e) => e.values[x.key] ?? null).filter((v): v is number => v !== null)),
    ]),
  );
  for (const [i, side] of (['untere', 'obere'] as const).entries()) {
    put(
      ws,
      r + i,
      2,
      `Ausreißer-Grenze ${side} (Quartil ${side === 'untere' ? '1' : '3'} ∓ ${String(FENCE_FACTOR).replace('.', ',')} × Quartilsabstand)`,
    );
    ws.getCell(r + i, 2).font = { italic: true };
    for (const x of marked) {
      const rg = `${colName(jcCol(x.key))}${first}:${colName(jcCol(x.key))}${last}`;
      const q1 = `QUARTILE(${rg},1)`;
      const q3 = `QUARTILE(${rg},3)`;
      const formula =
        side === 'untere'
          ? `IF(COUNT(${rg})<${MIN_VALUES_FOR_FENCES},"",${q1}-${FENCE_FACTOR}*(${q3}-${q1}))`
          : `IF(COUNT(${rg})<${MIN_VALUES_FOR_FENCES},"",${q3}+${FENCE_FACTOR}*(${q3}-${q1}))`;
      const v = f.get(x.key);
      put(
        ws,
        r + i,
        jcCol(x.key),
        { formula, result: v ? (side === 'untere' ? v.lower : v.upper) : '' },
        x.unit,
      );
    }
  }
  // Outliers shown where they are: the cell of the rate gets an orange fill and a note.
  for (const o of g.outliers) {
    if (o.figure.startsWith('kategorie.')) continue;
    const row = first + g.jobcenter.findIndex((e) => e.nr === o.nr);
    const cell = ws.getCell(row, jcCol(o.figure));
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD8A8' } };
    cell.note = `Ausreißer (${o.side}): außerhalb der Grenzen aus den Quartilen der Gruppe`;
  }
  return r + 1;
}

function writeKategorieSheet(
  ws: ExcelJS.Worksheet,
  c: Consolidation,
  dRange: (col: number) => string,
  dCol: (key: string) => number,
): void {
  header(ws, 1, [
    'Kategorie',
    'Förderkategorie',
    ...KATEGORIE_BASES.map((b) => b.label),
    ...KATEGORIE_RATES.map((x) => x.label),
  ]);
  let r = 2;
  for (const g of c.groups) {
    put(ws, r, 1, g.label);
    ws.getCell(r, 1).font = { bold: true };
    r++;
    for (const k of g.kategorien) {
      put(ws, r, 1, katKey(k.key));
      put(ws, r, 2, k.name);
      const where = `${dRange(2)},${crit(g.label)},${dRange(5)},$A${r}`;
      KATEGORIE_BASES.forEach((b, i) =>
        put(
          ws,
          r,
          3 + i,
          { formula: `SUMIFS(${dRange(dCol(b.key))},${where})`, result: k.totals[b.key]?.value ?? 0 },
          b.unit,
        ),
      );
      KATEGORIE_RATES.forEach((x, i) => {
        // Only lines whose denominator is there and not 0 count, on both sides of the fraction.
        const only = `${where},${dRange(dCol(x.den))},">0"`;
        const num = x.num.map((n) => `SUMIFS(${dRange(dCol(n))},${only})`).join('+');
        const den = `SUMIFS(${dRange(dCol(x.den))},${only})`;
        put(
          ws,
          r,
          3 + KATEGORIE_BASES.length + i,
          {
            formula: `IF(${den}=0,"",(${num})/${den}${x.kind === 'change' ? '-1' : ''})`,
            result: cached(k.totals[x.key]?.value),
          },
          x.unit,
        );
      });
      r++;
    }
    r++;
  }
}

/**
 * The consolidation parts (Zielplanung): a data sheet with the bases of every Jobcenter's
 * target (one row per Jobcenter and Kennzahl, milestone or Zielvereinbarung), and the summary
 * whose Land figures are formulas over it: rates from summed bases (Σ Zähler ÷ Σ Nenner over
 * the rows that have both), never averaged; "n von m erreicht" counted (COUNTIFS).
 */
function writePartsSheet(ws: ExcelJS.Worksheet, data: ExcelJS.Worksheet, c: Consolidation): void {
  const columns = partColumns(c);
  header(data, 1, ['Nr.', 'Gruppe', 'Jobcenter', 'Block', 'Kennzahl', ...columns.map((x) => x.label)]);
  [6, 18, 28, 34, 44, ...columns.map(() => 18)].forEach((w, i) => (data.getColumn(i + 1).width = w));
  let rD = 2;
  for (const g of c.groups)
    for (const p of g.parts)
      for (const row of p.rows ?? []) {
        [row.nr, g.label, row.jobcenter, row.block, row.label].forEach((v, i) => put(data, rD, i + 1, v));
        columns.forEach((x, i) => put(data, rD, DZ_FIRST_VALUE + i, row.values[x.key] ?? null));
        rD++;
      }
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const last = Math.max(2, rD - 1);
  const range = (col: number) => `${q(LAND_SHEETS.datenZiele)}!$${colName(col)}$2:$${colName(col)}$${last}`;
  const valueRange = (key: string) => {
    const i = columns.findIndex((x) => x.key === key);
    if (i < 0) throw new Error(`Spalte ${key} fehlt in den Daten der Zusammenführung.`);
    return range(DZ_FIRST_VALUE + i);
  };

  [18, 90, 16, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(
    ws,
    1,
    1,
    `Formeln über das Blatt „${LAND_SHEETS.datenZiele}“: Quoten aus summierten Grundlagen (Σ Zähler ÷ Σ Nenner), nicht gemittelt.`,
  );
  header(ws, 2, ['Gruppe', 'Kennzahl', 'Land', 'Hinweis']);
  let r = 3;
  for (const g of c.groups)
    for (const p of g.parts)
      for (const l of p.lines) {
        put(ws, r, 1, g.label);
        put(ws, r, 2, `${p.title}: ${l.label}`);
        const value =
          l.unit === 'text' ? String(l.value ?? '') : cached(typeof l.value === 'number' ? l.value : null);
        const where = (block: string) => `${range(2)},${crit(g.label)},${range(4)},${crit(block)}`;
        put(
          ws,
          r,
          3,
          l.formula
            ? { formula: partFormula(l.formula, where(l.formula.block), valueRange), result: value }
            : value,
          l.unit === 'text' ? undefined : l.unit,
        );
        if (l.unit === 'ratio' || l.unit === 'change') ws.getCell(r, 3).numFmt = PART_FORMATS[l.unit];
        put(ws, r, 4, l.note ?? '');
        r++;
      }
}

/** Columns of „Daten Zielplanung“: Nr, Gruppe, Jobcenter, Block, Kennzahl, then the values. */
const DZ_FIRST_VALUE = 6;

/** The value columns of all parts' data rows, in the order the parts name them. */
function partColumns(c: Consolidation): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const g of c.groups)
    for (const p of g.parts as PartTable[])
      for (const x of p.columns ?? []) if (!seen.has(x.key)) seen.set(x.key, x.label);
  return [...seen].map(([key, label]) => ({ key, label }));
}

/**
 * A part line's formula over the data rows `where` selects (group and block). A SUMIFS over
 * the rows that have every base ("<>": not empty), as the consolidation leaves out a Jobcenter
 * without its base; an empty result where the app shows none.
 */
function partFormula(f: PartFormula, where: string, col: (key: string) => string): string {
  const has = (...keys: string[]) => keys.map((k) => `,${col(k)},"<>"`).join('');
  const sum = (of: string, only: string) => `SUMIFS(${col(of)},${where}${only})`;
  switch (f.kind) {
    case 'rows':
      return `COUNTIFS(${where})`;
    case 'sum': {
      const only = has(f.of);
      return `IF(COUNTIFS(${where}${only})=0,"",${sum(f.of, only)})`;
    }
    case 'rate':
    case 'change': {
      const only = has(f.num, f.den);
      return `IF(${sum(f.den, only)}=0,"",${sum(f.num, only)}/${sum(f.den, only)}${f.kind === 'change' ? '-1' : ''})`;
    }
    case 'rateChange': {
      // Only Jobcenters with all four bases and a Nenner other than 0 (zielePart's `both`).
      const only = `${has(f.num, f.den, f.numVorjahr, f.denVorjahr)},${col(f.den)},"<>0"`;
      const [z, n, zv, nv] = [f.num, f.den, f.numVorjahr, f.denVorjahr].map((k) => sum(k, only));
      return `IF(OR(${n}=0,${nv}=0),"",IF(${zv}/${nv}=0,"",(${z}/${n})/(${zv}/${nv})-1))`;
    }
    case 'reached': {
      const yes = `COUNTIFS(${where},${col(f.of)},1)`;
      const all = `COUNTIFS(${where})`;
      const open = `(${all}-${yes}-COUNTIFS(${where},${col(f.of)},0))`;
      return `${yes}&" von "&${all}&" erreicht"&IF(${open}>0," ("&${open}&" noch nicht beurteilt)","")`;
    }
  }
}

/** Two decimals for the targets' rates and changes (20,76 %, zielplanung.md D.3). */
const PART_FORMATS = { ratio: '0.00%', change: '+0.00%;-0.00%;0.00%' } as const;

function writeHinweise(
  ws: ExcelJS.Worksheet,
  c: Consolidation,
  refused: readonly { source: string; message: string }[],
): void {
  ws.getColumn(1).width = 60;
  ws.getColumn(2).width = 90;
  const lines: [string, string][] = [];
  for (const f of refused) lines.push([f.source, `nicht aufgenommen: ${f.message}`]);
  for (const d of c.duplicates)
    lines.push([
      d.source,
      `doppelt (${d.jobcenter}, ${d.year}, ${d.variante}), nicht addiert; aufgenommen ist ${d.keptSource}`,
    ]);
  for (const g of c.groups) {
    for (const [key, t] of Object.entries(g.totals))
      if (t.leftOut.length > 0 && t.value !== null)
        lines.push([`${g.label}: ${c.labels[key] ?? key}`, `ohne ${t.leftOut.join(', ')} (Grundlage fehlt)`]);
    for (const o of g.outliers)
      lines.push([
        `${g.label}: ${o.jobcenter}`,
        `Ausreißer ${o.side}: ${o.label}${o.figure.startsWith('kategorie.') ? ` (Kategorie ${o.figure.split('.')[1]})` : ''}`,
      ]);
  }
  header(ws, 1, ['Wo', 'Hinweis']);
  if (lines.length === 0) lines.push(['–', 'keine Hinweise']);
  lines.forEach(([a, b], i) => {
    put(ws, i + 2, 1, a);
    put(ws, i + 2, 2, b);
  });
}
