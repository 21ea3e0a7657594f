import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/calc/evaluate';
import type { Lookup } from '../../../shared/calc/evaluate';
import type { Expr } from '../../../shared/calc/expr';
import {
  add,
  change,
  constant,
  div,
  empty,
  emptyIf,
  fig,
  input,
  missing,
  mul,
  round2,
  sub,
  sum,
  sumRecorded,
} from '../../../shared/calc/expr';
import { compressRefs, emptiness, renderExpr } from '../../../shared/excel/formulaText';
import type { Emptiness, FormulaRef } from '../../../shared/excel/formulaText';
import type { Num } from '../../../shared/model/plan';
import { seededRandom } from '../../support/generatePlan';
import { runXlsxcheck } from '../../support/xlsxcheck';

/** Inputs a..f live in column B, rows 1..6; figures are addressed by name. */
const resolve = (ref: FormulaRef): string =>
  'input' in ref
    ? `B${'abcdef'.indexOf(ref.input) + 1}`
    : ref.fig === 'x'
      ? 'Kennzahl_X'
      : `'Andere Seite'!C${ref.fig}`;
const text = (e: Expr) => renderExpr(e, { resolve });

describe('formulaText', () => {
  it('sum: consecutive cells of one column become ranges', () => {
    expect(text(sum(['a', 'b', 'c', 'e', 'f'].map(input)))).toBe('SUM(B1:B3,B5:B6)');
    expect(
      compressRefs([
        "'Maßnahmeportfolio'!E5",
        "'Maßnahmeportfolio'!E6",
        "'Maßnahmeportfolio'!F7",
        '$D$4',
        '$D$5',
      ]),
    ).toEqual(["'Maßnahmeportfolio'!E5:E6", "'Maßnahmeportfolio'!F7", '$D$4:$D$5']);
    expect(compressRefs(["'Blatt A'!E5", "'Blatt B'!E6"])).toEqual(["'Blatt A'!E5", "'Blatt B'!E6"]);
    expect(text(sum([]))).toBe('0');
  });

  it('compressRefs reads a reference as the regular expression it replaces does', () => {
    // The reading compressRefs had before it parsed by hand (a match array per argument).
    const CELL_RE = /^((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
    const reference = (refs: readonly string[]): string[] => {
      const parse = (t: string) => {
        const m = CELL_RE.exec(t);
        return m && { prefix: m[1] ?? '', colAbs: m[2]!, col: m[3]!, rowAbs: m[4]!, row: Number(m[5]) };
      };
      const out: string[] = [];
      let i = 0;
      while (i < refs.length) {
        const first = refs[i]!;
        const start = parse(first);
        let j = i + 1;
        if (start) {
          let last = start;
          while (j < refs.length) {
            const next = parse(refs[j]!);
            if (!next || next.prefix !== start.prefix || next.col !== start.col || next.row !== last.row + 1)
              break;
            last = next;
            j += 1;
          }
          if (j - i > 1) {
            out.push(`${first}:${last.colAbs}${last.col}${last.rowAbs}${last.row}`);
            i = j;
            continue;
          }
        }
        out.push(first);
        i += 1;
      }
      return out;
    };
    const prefixes = [
      '',
      "'Maßnahmeportfolio'!",
      "'A''B'!",
      "'A'''!",
      "'A''!",
      "'''A'!",
      "'A'B'!",
      "''!",
      "'!'!",
      'Blatt_1.x!',
      'Bla tt!',
      '!',
      'a!b!',
      "'x'!y!",
    ];
    const cells = [
      'E5',
      'E6',
      '$E$7',
      'E$8',
      '$E9',
      'E010',
      'E11',
      'AB3',
      'ABC4',
      'ABCD5',
      'e5',
      'E',
      '5',
      'E5x',
      '$$E5',
      'E$$5',
      'E1234567890123456789',
      'E1234567890123456790',
      'Name',
    ];
    const all = prefixes.flatMap((p) => cells.map((c) => p + c));
    const lists: string[][] = [all];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const p = prefixes[Math.floor(rnd() * 3)]!;
      let row = 1 + Math.floor(rnd() * 5);
      lists.push(
        Array.from({ length: 12 }, () => {
          row += rnd() < 0.8 ? 1 : 2;
          if (rnd() < 0.1) return all[Math.floor(rnd() * all.length)]!;
          return `${p}${rnd() < 0.2 ? '$' : ''}${rnd() < 0.9 ? 'E' : 'F'}${rnd() < 0.2 ? '$' : ''}${row}`;
        }),
      );
    }
    for (const refs of lists) expect(compressRefs(refs)).toEqual(reference(refs));
    // Most lists compress something: the comparison covers ranges, not only single cells.
    expect(lists.filter((refs) => compressRefs(refs).length < refs.length).length).toBeGreaterThan(250);
  });

  it('sum: more than 255 arguments are nested (Excel accepts at most 255 per function)', () => {
    const items = Array.from({ length: 600 }, (_, i) => fig(String(2 * i + 1)));
    const f = text(sum(items));
    expect(f.startsWith('SUM(SUM(')).toBe(true);
    const inner = f.slice(4, -1).split(/,(?=SUM\()/);
    expect(inner).toHaveLength(3);
    for (const part of inner) expect(part.split(',').length).toBeLessThanOrEqual(255);
  });

  it('a sum longer than maxSumChars is split into partial sums in helper cells', () => {
    const spilled: Expr[] = [];
    const spill = (partial: Expr) => {
      spilled.push(partial);
      return `'Hilfssummen'!C${3 + spilled.length}`;
    };
    const items = Array.from({ length: 40 }, (_, i) => fig(String(2 * i + 1)));
    const f = renderExpr(sum(items), { resolve, spill, maxSumChars: 200 });
    expect(f).toBe(`SUM('Hilfssummen'!C4:C${3 + spilled.length})`);
    expect(spilled.length).toBeGreaterThan(3);
    expect(spilled.flatMap((p) => (p.op === 'sum' ? p.items : []))).toEqual(items);
    for (const p of spilled) expect(renderExpr(p, { resolve }).length).toBeLessThan(220);
  });

  it('div(a,b) guards an empty dividend cell and a zero or empty divisor', () => {
    expect(text(div(input('a'), input('b')))).toBe('IF(OR(B1="",N(B2)=0),"",B1/B2)');
    expect(text(div(sub(input('a'), input('c')), fig('x')))).toBe(
      'IF(N(Kennzahl_X)=0,"",(B1-B3)/Kennzahl_X)',
    );
    expect(text(change(input('a'), input('b')))).toBe('IF(OR(B1="",N(B2)=0),"",B1/B2-1)');
  });

  it('add, sub, mul: infix with parentheses only where needed', () => {
    expect(text(sub(input('a'), add(input('b'), input('c'))))).toBe('B1-(B2+B3)');
    expect(text(sub(add(input('a'), input('b')), input('c')))).toBe('B1+B2-B3');
    expect(text(mul(add(input('a'), input('b')), input('c')))).toBe('(B1+B2)*B3');
    expect(text(round2(mul(input('a'), fig('x'))))).toBe('ROUND(B1*Kennzahl_X,2)');
    expect(text(add(constant(-2), input('a')))).toBe('-2+B1');
    expect(text(mul(constant(-2), input('a')))).toBe('(-2)*B1');
    expect(text(empty())).toBe('""');
  });

  it('a figure that may be empty counts as 0 in arithmetic (N), as in evaluate.ts', () => {
    const figureEmptiness = (id: string): Emptiness => (id === '7' ? 'text' : false);
    expect(renderExpr(add(fig('7'), input('a')), { resolve, figureEmptiness })).toBe(
      "N('Andere Seite'!C7)+B1",
    );
    expect(emptiness(round2(div(input('a'), input('b'))))).toBe('text');
    expect(emptiness(sum([div(input('a'), input('b'))]))).toBe(false);
    expect(emptiness(input('a'))).toBe('blank');
  });

  it('a Vorjahr sum stays empty while none of its cells holds a number', () => {
    expect(text(sumRecorded(['a', 'b', 'c'].map(input)))).toBe('IF(COUNT(B1:B3)=0,"",SUM(B1:B3))');
    expect(emptiness(sumRecorded([input('a')]))).toBe('text');
    const lookup = (values: Num[]): Lookup => ({
      input: (r) => values['ab'.indexOf(r.key)] ?? null,
      fig: () => null,
    });
    expect(evaluate(sumRecorded([input('a'), input('b')]), lookup([null, null]))).toBeNull();
    expect(evaluate(sumRecorded([input('a'), input('b')]), lookup([0, null]))).toBe(0);
    expect(evaluate(sum([input('a'), input('b')]), lookup([null, null]))).toBe(0);
  });

  it('missing and emptyIf: a total stays empty while a needed value is missing', () => {
    expect(text(missing(fig('x'), input('a')))).toBe('IF(AND(N(Kennzahl_X)<>0,B1=""),1,0)');
    expect(text(emptyIf(fig('x'), change(input('a'), input('b'))))).toBe(
      'IF(N(Kennzahl_X)<>0,"",IF(OR(B1="",N(B2)=0),"",B1/B2-1))',
    );
    expect(text(emptyIf(fig('x'), input('a')))).toBe('IF(N(Kennzahl_X)<>0,"",IF(ISBLANK(B1),"",B1))');
    expect(emptiness(missing(input('a'), input('b')))).toBe(false);
    expect(emptiness(emptyIf(input('a'), input('b')))).toBe('text');
  });

  it('round2 and a bare reference keep an empty input empty (Excel would show 0)', () => {
    expect(text(round2(input('a')))).toBe('IF(ISNUMBER(B1),ROUND(B1,2),"")');
    expect(text(input('a'))).toBe('IF(ISBLANK(B1),"",B1)');
    expect(text(round2(sum([input('a')])))).toBe('ROUND(SUM(B1),2)');
  });
});

/**
 * Random expressions over six inputs, in the core's domain: money and counts (inputs with at
 * most two decimals, sums, differences, rounded values) are what sum/add/sub combine, since the
 * core adds in whole cents; ratios come from mul, div and change.
 */
function randomMoney(rnd: () => number, depth: number): Expr {
  const leaf = (): Expr =>
    rnd() < 0.85
      ? input('abcdef'[Math.floor(rnd() * 6)]!)
      : rnd() < 0.1
        ? empty()
        : constant(Math.round(rnd() * 40 - 10) / 2);
  if (depth <= 0) return leaf();
  const money = () => randomMoney(rnd, depth - 1);
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return sum(Array.from({ length: 1 + Math.floor(rnd() * 4) }, money));
    case 1:
      return add(money(), money());
    case 2:
      return sub(money(), money());
    case 3:
      return round2(randomAny(rnd, depth - 1));
    case 4:
      return sumRecorded(
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => input('abcdef'[Math.floor(rnd() * 6)]!)),
      );
    default:
      return leaf();
  }
}

function randomAny(rnd: () => number, depth: number): Expr {
  if (depth <= 0) return randomMoney(rnd, 0);
  const any = () => randomAny(rnd, depth - 1);
  const money = () => randomMoney(rnd, depth - 1);
  switch (Math.floor(rnd() * 7)) {
    case 0:
      return mul(rnd() < 0.5 ? money() : any(), money());
    case 3:
      return emptyIf(rnd() < 0.5 ? money() : any(), rnd() < 0.5 ? money() : any());
    case 4:
      return missing(rnd() < 0.5 ? money() : any(), rnd() < 0.5 ? money() : any());
    case 1:
      return div(rnd() < 0.5 ? money() : any(), rnd() < 0.5 ? money() : any());
    case 2:
      return change(rnd() < 0.5 ? money() : any(), money());
    default:
      return money();
  }
}

describe('formulaText against LibreOffice', () => {
  it('400 random expressions: LibreOffice computes exactly what evaluate.ts computes (blank cells, zeros, empty results)', async () => {
    const rnd = seededRandom(20160);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Formeln');
    const inputSets: Num[][] = [
      [3, 0, null, 2.5, -4, 1234.56],
      [null, null, 7, 0, 0.1, 0.2],
      [100, 40, 0, null, 0.5, 5.35],
      [null, null, null, null, null, null],
    ];
    const exprs = Array.from({ length: 400 }, () => (rnd() < 0.5 ? randomMoney(rnd, 3) : randomAny(rnd, 3)));
    let row = 1;
    const expected: { cell: string; value: Num }[] = [];
    for (const values of inputSets) {
      const base = row;
      values.forEach((v, i) => {
        if (v !== null) ws.getCell(`B${base + i}`).value = v;
      });
      const at = (ref: FormulaRef) => ('input' in ref ? `B${base + 'abcdef'.indexOf(ref.input)}` : 'unused');
      const lookup: Lookup = { input: (ref) => values['abcdef'.indexOf(ref.key)] ?? null, fig: () => null };
      exprs.forEach((e, i) => {
        const value = evaluate(e, lookup);
        const cell = `D${base + i}`;
        ws.getCell(cell).value = {
          formula: renderExpr(e, { resolve: at }),
          result: value === null ? '' : value,
        };
        expected.push({ cell, value });
      });
      row += exprs.length;
    }
    const result = await runXlsxcheck(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(result.cells).toHaveLength(expected.length);
    expect(
      result.mismatches.map((m) => `${m.cell} ${m.formula}: ${String(m.cached)} ≠ ${String(m.recalculated)}`),
    ).toEqual([]);
    // Some results must be empty and some numbers, or the test would prove little.
    expect(expected.filter((e) => e.value === null).length).toBeGreaterThan(50);
    expect(expected.filter((e) => e.value !== null).length).toBeGreaterThan(600);
  }, 120_000);
});
