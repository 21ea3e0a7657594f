/**
 * The comparison for operations 1 and 2: the same plan laid out as a spreadsheet the way a
 * budget officer would build it, evaluated by HyperFormula (devDependency, GPL licence key,
 * used by the benchmark only).
 *
 * Sheet "Portfolio": one line per row, grouped by area and within an area in blocks (EGT,
 * Drittmittel, "enthalten in", nachrichtlich, then references as =owner cells), so every area
 * total is a SUM over a contiguous range. Columns: A Förderkategorie, B-E Eintritte,
 * Mittelansatz, Vorjahr Eintritte, Vorjahr Mittel, F-I the four row ratios (Kosten je Eintritt,
 * Vorjahr, Veränderung Eintritte, Veränderung Mittel), J counted in Eintritte (1/0),
 * K counted in the EGT (1/0). Sheet "Summen": the area totals, grand totals and the
 * nachrichtlich sums. Sheet "Haushalt": the EGT chain, Kennzahlen (SUMIFS by category) and
 * the legal cap. About the figure set of the engine; Drittmittel and Bildung tables are left
 * out (a few dozen cells).
 */
import { HyperFormula } from 'hyperformula';
import type { RawCellContent, SimpleCellAddress } from 'hyperformula';
import { countsDrittmittel, countsEgt, countsEintritte } from '../../shared/calc/rowSelection';
import { findInstrumentRow } from '../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../shared/model/plan';

export type Sheets = Record<string, RawCellContent[][]>;

export interface PlanSheet {
  sheets: Sheets;
  /** Sheet row (0-based) of each instrument row in "Portfolio". */
  rowOf: Map<string, number>;
  formulas: number;
}

const FIELD_COL = { eintritte: 1, mittelansatz: 2, vorjahrEintritte: 3, vorjahrMittel: 4 } as const;
export type BenchField = keyof typeof FIELD_COL;

const sumRange = (col: string, from: number, to: number): string =>
  from < to ? `SUM(${col}${from + 1}:${col}${to})` : '0';
const ratio = (a: string, b: string): string => `=IF(${b}=0,"",${a}/${b})`;
const change = (a: string, b: string): string => `=IF(${b}=0,"",${a}/${b}-1)`;

export function planSheet(plan: Plan): PlanSheet {
  const portfolio: RawCellContent[][] = [];
  const rowOf = new Map<string, number>();
  let formulas = 0;
  const instrumentLine = (r: InstrumentRow): void => {
    const n = portfolio.length + 1;
    rowOf.set(r.id, portfolio.length);
    const enthalten = r.finanzierung.art === 'enthalten';
    portfolio.push([
      r.kategorie ?? '',
      r.eintritte,
      r.mittelansatz,
      r.vorjahrEintritte,
      r.vorjahrMittel,
      enthalten ? null : ratio(`C${n}`, `B${n}`),
      enthalten ? null : ratio(`E${n}`, `D${n}`),
      change(`B${n}`, `D${n}`),
      enthalten ? null : change(`C${n}`, `E${n}`),
      countsEintritte(r) ? 1 : 0,
      countsEgt(r) ? 1 : 0,
    ]);
    formulas += enthalten ? 1 : 4;
  };

  const areaTotals: RawCellContent[][] = [];
  const nachrichtlichRanges: [number, number][] = [];
  const areaRows: string[] = [];
  plan.schwerpunkte.forEach((area, a) => {
    const own = area.rows.filter((r): r is InstrumentRow => r.kind === 'instrument');
    const egt = own.filter(countsEgt);
    const dm = own.filter(countsDrittmittel);
    const other = own.filter((r) => countsEintritte(r) && !countsEgt(r) && !countsDrittmittel(r));
    const nachrichtlich = own.filter((r) => !countsEintritte(r));
    const owners = area.rows.flatMap((r) =>
      r.kind === 'reference' ? [findInstrumentRow(plan, r.ownerRowId)] : [],
    );
    const start = portfolio.length;
    egt.forEach(instrumentLine);
    const egtEnd = portfolio.length;
    dm.forEach(instrumentLine);
    const dmEnd = portfolio.length;
    other.forEach(instrumentLine);
    const countedEnd = portfolio.length;
    nachrichtlich.forEach(instrumentLine);
    nachrichtlichRanges.push([countedEnd, portfolio.length]);
    const refStart = portfolio.length;
    // References show their owner's cells; EGT owners first so the area's EGT share is one range.
    const refs = [...owners.filter((o) => o && countsEgt(o)), ...owners.filter((o) => o && !countsEgt(o))];
    const refEgtEnd = refStart + owners.filter((o) => o && countsEgt(o)).length;
    for (const o of refs) {
      const at = rowOf.get(o!.id);
      const cell = (col: string) => (at === undefined ? null : `=${col}${at + 1}`);
      portfolio.push([
        o!.kategorie ?? '',
        cell('B'),
        cell('C'),
        cell('D'),
        cell('E'),
        null,
        null,
        null,
        null,
        0,
        0,
      ]);
      formulas += 4;
    }
    const r = a + 1;
    areaTotals.push([
      `=${sumRange('Portfolio!B', start, countedEnd)}`,
      `=${sumRange('Portfolio!C', start, egtEnd)}`,
      `=${sumRange('Portfolio!C', egtEnd, dmEnd)}`,
      `=${sumRange('Portfolio!D', start, countedEnd)}`,
      `=${sumRange('Portfolio!E', start, egtEnd)}`,
      `=B${r}+${sumRange('Portfolio!C', refStart, refEgtEnd)}`,
      ratio(`F${r}`, 'Haushalt!A7'),
    ]);
    formulas += 7;
    areaRows.push(String(r));
  });
  const areas = plan.schwerpunkte.length;
  const total = areas + 1;
  areaTotals.push(
    ['A', 'B', 'C', 'D', 'E'].map((c) => `=SUM(${c}1:${c}${areas})`),
    [
      `=SUM(${nachrichtlichRanges.map(([f, t]) => sumRange('Portfolio!B', f, t)).join(',')})`,
      `=SUM(${nachrichtlichRanges.map(([f, t]) => sumRange('Portfolio!C', f, t)).join(',')})`,
    ],
  );
  formulas += 7;

  const h = plan.haushalt;
  const n = portfolio.length;
  const sumifs = (col: string, key: string, flag: string) =>
    `SUMIFS(Portfolio!${col}1:${col}${n},Portfolio!A1:A${n},"${key}",Portfolio!${flag}1:${flag}${n},1)`;
  const u = h.umschichtung.plan;
  const haushalt: RawCellContent[][] = [
    [h.mittelausstattung.plan],
    [h.rueckeinnahmen.plan],
    [h.zuweisungen.reduce((s, z) => s + (z.betrag.plan ?? 0), 0)],
    ['=SUM(A1:A3)'],
    [u.mode === 'betrag' ? u.betrag : `=ROUND(${u.quote ?? 0}*A4,2)`],
    [ratio('A5', 'A4')],
    ['=A4-A5'],
    [h.vorbindungen.plan],
    ['=A7-A8'],
    [`=Summen!B${total}`],
    [ratio('A10', 'A9')],
    ['=A9-A10'],
  ];
  formulas += 9;
  const categoryRows: number[] = [];
  for (const c of plan.stammdaten.foerderkategorien) {
    const lineRows: number[] = [];
    for (const l of c.lines.filter((x) => x.kind === 'line')) {
      haushalt.push([`=${sumifs('B', l.key, 'J')}`]);
      lineRows.push(haushalt.length);
    }
    haushalt.push([`=${[sumifs('B', c.key, 'J'), ...lineRows.map((r) => `A${r}`)].join('+')}`]);
    categoryRows.push(haushalt.length);
    formulas += lineRows.length + 1;
  }
  haushalt.push([`=${categoryRows.map((r) => `A${r}`).join('+')}`]);
  haushalt.push([`=${sumifs('C', 'VI.2', 'K')}+${sumifs('C', 'VIII', 'K')}`]);
  haushalt.push([ratio(`A${haushalt.length}`, 'A4')]);
  formulas += 3;
  return { sheets: { Portfolio: portfolio, Summen: areaTotals, Haushalt: haushalt }, rowOf, formulas };
}

export function buildHyperFormula(sheets: Sheets): HyperFormula {
  // maxRows: a Land plan has more lines than HyperFormula's default limit of 40.000.
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    useColumnIndex: true,
    maxRows: 200_000,
  });
}

export function cellAddress(
  hf: HyperFormula,
  sheet: PlanSheet,
  rowId: string,
  field: BenchField,
): SimpleCellAddress {
  return { sheet: hf.getSheetId('Portfolio')!, row: sheet.rowOf.get(rowId)!, col: FIELD_COL[field] };
}
