/**
 * Renders a calculation-core expression (calc/expr.ts) as Excel formula text, so every derived
 * figure in the workbook is the same definition the app evaluates. The empty-cell semantics
 * match calc/evaluate.ts:
 *
 * - `sum` ignores empty cells (Excel's SUM skips blanks and the "" of an empty figure);
 * - add/sub/mul treat empty as 0 (blank cells are 0 in Excel arithmetic; a figure that may hold
 *   "" is wrapped in N(), which turns "" into 0);
 * - `div`/`change` are empty when the divisor is 0 or empty, or the dividend is an empty cell;
 * - `round2` is ROUND(x,2), and stays empty when x is empty; `round` likewise with its digits;
 * - `strict` (+ − × of rates) and `compare` are empty when any operand is empty: one guard
 *   `IF(OR(NOT(ISNUMBER(x)),…),"",…)` over the operands of the whole chain, plain arithmetic
 *   inside; `coalesce` is `IF(ISNUMBER(a),a,b)`.
 */
import type { CellKey } from '../model/cellKey';
import type { Expr, FigureId, InputExpr } from '../calc/expr';

export type FormulaRef = { input: CellKey } | { fig: FigureId };

/**
 * How a value can be empty: `'blank'` is an empty input cell (0 in Excel arithmetic and SUM,
 * like null in evaluate.ts), `'text'` is the "" a formula returns for an empty result (must be
 * wrapped in N() before arithmetic), false means always a number.
 */
export type Emptiness = 'blank' | 'text' | false;

export interface FormulaContext {
  /** A cell address (`D12`, `'Maßnahmeportfolio'!E12`) or a defined name for the reference. */
  resolve: (ref: FormulaRef) => string;
  /**
   * The same for an input expression, when the caller can resolve an instrument row's cell by
   * its row (InputExpr `row`, `field`) without building and hashing its key string.
   */
  resolveInput?: ((x: InputExpr) => string) | undefined;
  /** How the figure's cell may be empty; by default figures are taken to be always numbers. */
  figureEmptiness?: (id: FigureId) => Emptiness;
  /**
   * Puts a partial sum into a helper cell and returns its reference. A sum whose argument text
   * would exceed `maxSumChars` is split into such partial sums: Excel refuses formulas longer
   * than 8.192 characters, and a Land plan's category sums read thousands of rows.
   */
  spill?: ((partial: Expr) => string) | undefined;
  maxSumChars?: number;
}

export const DEFAULT_MAX_SUM_CHARS = 4_000;

/** Excel accepts at most 255 arguments per function; longer sums are nested. */
const MAX_ARGS = 255;

const PREC_ADD = 1;
const PREC_MUL = 2;
const PREC_ATOM = 3;

interface Rendered {
  text: string;
  prec: number;
}

/** Whether and how the expression can evaluate to empty (null) under evaluate.ts. */
export function emptiness(e: Expr, figureEmptiness: (id: FigureId) => Emptiness = () => false): Emptiness {
  switch (e.op) {
    case 'input':
      return 'blank';
    case 'fig':
      return figureEmptiness(e.id);
    case 'empty':
    case 'div':
    case 'change':
    case 'ifFilled':
    case 'emptyIf':
      return 'text';
    case 'sum':
      return e.emptyIfNone ? 'text' : false;
    case 'missing':
      return false;
    case 'round2':
    case 'round':
      return emptiness(e.a, figureEmptiness) === false ? false : 'text';
    case 'strict':
    case 'compare':
      return strictLeaves(e).every((leaf) => emptiness(leaf, figureEmptiness) === false) ? false : 'text';
    case 'coalesce':
      return emptiness(e.a, figureEmptiness) === false || emptiness(e.b, figureEmptiness) === false
        ? false
        : 'text';
    // A product is empty only when it overflows, which Excel shows as an error anyway.
    case 'mul':
    case 'const':
    case 'add':
    case 'sub':
      return false;
  }
}

const isRef = (e: Expr): e is Extract<Expr, { op: 'input' | 'fig' }> => e.op === 'input' || e.op === 'fig';

/** The operands of a chain of strict operations (and a comparison of them): what its guard tests. */
function strictLeaves(e: Expr): Expr[] {
  if (e.op === 'strict' || e.op === 'compare') return [...strictLeaves(e.a), ...strictLeaves(e.b)];
  return [e];
}

/**
 * One cell reference `[prefix!][$]COL[$]ROW` as compressRefs reads it, written into a reused
 * object: a sum over thousands of rows parses every argument, and a regular expression left a
 * match array per argument. It accepts what /^((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)$/
 * accepts (test/unit/excel/formulaText.test.ts compares them).
 */
interface CellParts {
  /** Length of the prefix including its `!`; 0 without one. */
  prefix: number;
  /** The column letters as a number (A = 1, AA = 27 …). */
  col: number;
  /** Where the column part (`$`, letters) starts and the row's `$` or digits start. */
  colStart: number;
  rowStart: number;
  row: number;
}

const isWordChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46;

/** Whether `text` is a cell reference; its parts go into `out`. */
export function parseCellRef(text: string, out: CellParts): boolean {
  const n = text.length;
  // The cell part holds no `!`: a prefix ends at the last one.
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    if (bang === 0) return false;
    if (text.charCodeAt(0) === 39) {
      // '…' with '' for a quote inside, at least one character
      if (bang < 3 || text.charCodeAt(bang - 1) !== 39) return false;
      for (let i = 1; i < bang - 1; i++)
        if (text.charCodeAt(i) === 39) {
          if (i + 1 >= bang - 1 || text.charCodeAt(i + 1) !== 39) return false;
          i++;
        }
    } else for (let i = 0; i < bang; i++) if (!isWordChar(text.charCodeAt(i))) return false;
  }
  let i = bang + 1;
  const colStart = i;
  if (text.charCodeAt(i) === 36) i++;
  let col = 0;
  const letters = i;
  while (i < n && i - letters < 3) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 27 + (c - 64);
    i++;
  }
  if (i === letters) return false;
  const rowStart = i;
  if (text.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (i === digits) return false;
  out.prefix = bang + 1;
  out.col = col;
  out.colStart = colStart;
  out.rowStart = rowStart;
  // As Number() reads it (exact up to 15 digits; longer ones as Number rounds them).
  out.row = n - digits > 15 ? Number(text.slice(digits)) : row;
  return true;
}

const start: CellParts = { prefix: 0, col: 0, colStart: 0, rowStart: 0, row: 0 };
const next: CellParts = { prefix: 0, col: 0, colStart: 0, rowStart: 0, row: 0 };

/** Joins runs of cells in one column on consecutive rows into ranges: D5,D6,D7 → D5:D7. */
export function compressRefs(refs: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < refs.length) {
    const first = refs[i]!;
    let j = i + 1;
    if (parseCellRef(first, start)) {
      let lastRow = start.row;
      let last = first;
      let lastRowStart = start.rowStart;
      const prefix = start.prefix > 0 ? first.slice(0, start.prefix) : '';
      while (j < refs.length) {
        const ref = refs[j]!;
        if (
          !parseCellRef(ref, next) ||
          next.prefix !== start.prefix ||
          next.col !== start.col ||
          next.row !== lastRow + 1 ||
          (prefix !== '' && !ref.startsWith(prefix))
        )
          break;
        lastRow = next.row;
        last = ref;
        lastRowStart = next.rowStart;
        j += 1;
      }
      if (j - i > 1) {
        // The last cell's `$`, letters and `$` as written, its row as a number.
        const rowAbs = last.charCodeAt(lastRowStart) === 36 ? '$' : '';
        out.push(`${first}:${last.slice(last.lastIndexOf('!') + 1, lastRowStart)}${rowAbs}${lastRow}`);
        i = j;
        continue;
      }
    }
    out.push(first);
    i += 1;
  }
  return out;
}

function sumCall(args: string[]): string {
  if (args.length === 0) return '0';
  if (args.length <= MAX_ARGS) return `SUM(${args.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) chunks.push(sumCall(args.slice(i, i + MAX_ARGS)));
  return sumCall(chunks);
}

/** How many of the arguments are numbers (COUNT takes at most 255 arguments too). */
function countCall(args: string[]): string {
  if (args.length <= MAX_ARGS) return `COUNT(${args.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) chunks.push(countCall(args.slice(i, i + MAX_ARGS)));
  return `SUM(${chunks.join(',')})`;
}

/** A sum that stays empty when none of its arguments holds a number (see `emptyIfNone`). */
function sumOrEmpty(args: string[], emptyIfNone: boolean | undefined): string {
  // An empty list sums to nothing recorded: "" like the core, not 0.
  if (emptyIfNone && args.length === 0) return '""';
  const total = sumCall(args);
  return emptyIfNone ? `IF(${countCall(args)}=0,"",${total})` : total;
}

function formatConst(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`Konstante ${v} lässt sich nicht als Excel-Formel schreiben.`);
  return String(v);
}

const notEmpty = (): Emptiness => false;

/*
 * Module-level helpers rather than closures inside renderExpr: the export renders several
 * formulas per plan row, and fresh closures per formula showed up in its profile.
 */
const wrap = (r: Rendered, min: number): string => (r.prec < min ? `(${r.text})` : r.text);

/** An operand of + - *: empty counts as 0, as in evaluate.ts (a blank cell already is 0). */
function arith(x: Expr, min: number, ctx: FormulaContext, figEmpty: FigureEmptiness): string {
  const r = render(x, ctx, figEmpty);
  return emptiness(x, figEmpty) === 'text' ? `N(${r.text})` : wrap(r, min);
}

type FigureEmptiness = (id: FigureId) => Emptiness;

const inputText = (x: InputExpr, ctx: FormulaContext): string =>
  ctx.resolveInput ? ctx.resolveInput(x) : ctx.resolve({ input: x.key });

function render(x: Expr, ctx: FormulaContext, figEmpty: FigureEmptiness): Rendered {
  switch (x.op) {
    case 'input':
      return { text: inputText(x, ctx), prec: PREC_ATOM };
    case 'fig':
      return { text: ctx.resolve({ fig: x.id }), prec: PREC_ATOM };
    case 'const':
      return { text: formatConst(x.value), prec: x.value < 0 ? PREC_ADD : PREC_ATOM };
    case 'empty':
      return { text: '""', prec: PREC_ATOM };
    case 'sum': {
      const plain: string[] = [];
      for (const item of x.items) {
        const r = render(item, ctx, figEmpty);
        // SUM skips "" in referenced cells but fails on a "" computed inside the call.
        plain.push(!isRef(item) && emptiness(item, figEmpty) === 'text' ? `N(${r.text})` : r.text);
      }
      const args = compressRefs(plain);
      // A sum that may stay empty writes its arguments twice (COUNT and SUM): half as many per formula.
      const max = (ctx.maxSumChars ?? DEFAULT_MAX_SUM_CHARS) / (x.emptyIfNone ? 2 : 1);
      if (!ctx.spill || x.items.length < 2 || args.join(',').length <= max)
        return { text: sumOrEmpty(args, x.emptyIfNone), prec: PREC_ATOM };
      // Greedy chunks of at most `max` characters (each at least one item), each a helper cell.
      const parts: string[] = [];
      let chunk: Expr[] = [];
      let length = 0;
      for (let i = 0; i < x.items.length; i++) {
        const len = plain[i]!.length + 1;
        if (chunk.length > 0 && length + len > max) {
          parts.push(
            ctx.spill(
              x.emptyIfNone ? { op: 'sum', items: chunk, emptyIfNone: true } : { op: 'sum', items: chunk },
            ),
          );
          chunk = [];
          length = 0;
        }
        chunk.push(x.items[i]!);
        length += len;
      }
      parts.push(
        ctx.spill(
          x.emptyIfNone ? { op: 'sum', items: chunk, emptyIfNone: true } : { op: 'sum', items: chunk },
        ),
      );
      return { text: sumOrEmpty(compressRefs(parts), x.emptyIfNone), prec: PREC_ATOM };
    }
    case 'add':
      return {
        text: `${arith(x.a, PREC_ADD, ctx, figEmpty)}+${arith(x.b, PREC_ADD, ctx, figEmpty)}`,
        prec: PREC_ADD,
      };
    case 'sub':
      return {
        text: `${arith(x.a, PREC_ADD, ctx, figEmpty)}-${arith(x.b, PREC_ADD + 1, ctx, figEmpty)}`,
        prec: PREC_ADD,
      };
    case 'mul':
      return {
        text: `${arith(x.a, PREC_MUL, ctx, figEmpty)}*${arith(x.b, PREC_MUL, ctx, figEmpty)}`,
        prec: PREC_MUL,
      };
    case 'div':
    case 'change': {
      // A quotient of strict chains (F4: printed ÷ (1 + g)): one guard over their operands.
      if (x.a.op === 'strict' || x.b.op === 'strict') {
        const a = wrap(strictBody(x.a, ctx, figEmpty), PREC_MUL);
        const b = wrap(strictBody(x.b, ctx, figEmpty), PREC_ATOM);
        const inner = `IF(${b}=0,"",${a}/${b}${x.op === 'change' ? '-1' : ''})`;
        return guardedText([...strictLeaves(x.a), ...strictLeaves(x.b)], inner, ctx, figEmpty);
      }
      const a = render(x.a, ctx, figEmpty);
      const b = render(x.b, ctx, figEmpty);
      const quotient = `${wrap(a, PREC_MUL)}/${wrap(b, PREC_ATOM)}${x.op === 'change' ? '-1' : ''}`;
      // A share of months (a payment run) divides by a constant: nothing to guard.
      if (x.op === 'div' && x.b.op === 'const' && x.b.value !== 0 && emptiness(x.a, figEmpty) === false)
        return { text: quotient, prec: PREC_MUL };
      const guardB = `N(${b.text})=0`;
      const guard = isRef(x.a)
        ? `OR(${a.text}="",${guardB})`
        : emptiness(x.a, figEmpty) !== false
          ? `OR(NOT(ISNUMBER(${a.text})),${guardB})`
          : guardB;
      return { text: `IF(${guard},"",${quotient})`, prec: PREC_ATOM };
    }
    case 'round2': {
      const a = render(x.a, ctx, figEmpty);
      const rounded = `ROUND(${a.text},2)`;
      if (emptiness(x.a, figEmpty) === false) return { text: rounded, prec: PREC_ATOM };
      return { text: `IF(ISNUMBER(${a.text}),${rounded},"")`, prec: PREC_ATOM };
    }
    case 'round': {
      // A rounded chain of strict operations: the chain's guard outside, ROUND inside.
      if (x.a.op === 'strict' || x.a.op === 'compare')
        return guarded(x.a, (body) => `ROUND(${body.text},${x.digits})`, ctx, figEmpty);
      const a = render(x.a, ctx, figEmpty);
      const rounded = `ROUND(${a.text},${x.digits})`;
      if (emptiness(x.a, figEmpty) === false) return { text: rounded, prec: PREC_ATOM };
      return { text: `IF(ISNUMBER(${a.text}),${rounded},"")`, prec: PREC_ATOM };
    }
    case 'strict':
    case 'compare':
      return guarded(x, (body) => body.text, ctx, figEmpty);
    case 'coalesce': {
      const a = render(x.a, ctx, figEmpty);
      const b = render(x.b, ctx, figEmpty);
      // A blank input cell would give 0 in Excel; the app leaves the result empty.
      const other = emptiness(x.b, figEmpty) === 'blank' ? `IF(ISNUMBER(${b.text}),${b.text},"")` : b.text;
      return { text: `IF(ISNUMBER(${a.text}),${a.text},${other})`, prec: PREC_ATOM };
    }
    case 'ifFilled': {
      // Like evaluate.ts: an input cell holds a number or nothing.
      const test = inputText(x.test, ctx);
      return { text: `IF(ISNUMBER(${test}),${render(x.then, ctx, figEmpty).text},"")`, prec: PREC_ATOM };
    }
    case 'missing': {
      // A blank cell and the "" of an empty figure both equal "" (a 0 does not).
      const need = render(x.need, ctx, figEmpty);
      const have = render(x.have, ctx, figEmpty);
      return { text: `IF(AND(N(${need.text})<>0,${have.text}=""),1,0)`, prec: PREC_ATOM };
    }
    case 'emptyIf': {
      const cond = render(x.cond, ctx, figEmpty);
      const a = render(x.a, ctx, figEmpty);
      // IF returns a blank cell it refers to as 0; the core keeps it empty.
      const value =
        isRef(x.a) && emptiness(x.a, figEmpty) === 'blank' ? `IF(ISBLANK(${a.text}),"",${a.text})` : a.text;
      return { text: `IF(N(${cond.text})<>0,"",${value})`, prec: PREC_ATOM };
    }
  }
}

const STRICT_SIGN = { plus: '+', minus: '-', times: '*' } as const;

/** The arithmetic of a strict chain without guards (its operands are numbers by then). */
function strictBody(x: Expr, ctx: FormulaContext, figEmpty: FigureEmptiness): Rendered {
  if (x.op === 'compare') {
    const a = strictBody(x.a, ctx, figEmpty).text;
    const b = strictBody(x.b, ctx, figEmpty).text;
    return { text: `IF(${a}${x.fn === 'ge' ? '>=' : '<='}${b},1,0)`, prec: PREC_ATOM };
  }
  if (x.op !== 'strict') return render(x, ctx, figEmpty);
  const prec = x.fn === 'times' ? PREC_MUL : PREC_ADD;
  const a = wrap(strictBody(x.a, ctx, figEmpty), prec);
  const b = wrap(strictBody(x.b, ctx, figEmpty), x.fn === 'minus' ? PREC_ADD + 1 : prec);
  return { text: `${a}${STRICT_SIGN[x.fn]}${b}`, prec };
}

/** `IF(OR(NOT(ISNUMBER(leaf)),…),"",<outer(body)>)`, or just the body when no leaf can be empty. */
function guarded(
  x: Expr,
  outer: (body: Rendered) => string,
  ctx: FormulaContext,
  figEmpty: FigureEmptiness,
): Rendered {
  const body = strictBody(x, ctx, figEmpty);
  const text = outer(body);
  const r = guardedText(strictLeaves(x), text, ctx, figEmpty);
  return r.text === text && text === body.text ? { text, prec: body.prec } : r;
}

/** `text` behind a guard that is empty when any of `leaves` is (no guard when none can be). */
function guardedText(leaves: Expr[], text: string, ctx: FormulaContext, figEmpty: FigureEmptiness): Rendered {
  const tests: string[] = [];
  for (const leaf of leaves) {
    if (emptiness(leaf, figEmpty) === false) continue;
    const test = `NOT(ISNUMBER(${render(leaf, ctx, figEmpty).text}))`;
    if (!tests.includes(test)) tests.push(test);
  }
  if (tests.length === 0) return { text, prec: PREC_ATOM };
  const guard = tests.length === 1 ? tests[0]! : `OR(${tests.join(',')})`;
  return { text: `IF(${guard},"",${text})`, prec: PREC_ATOM };
}

export function renderExpr(e: Expr, ctx: FormulaContext): string {
  const figEmpty = ctx.figureEmptiness ?? notEmpty;
  const top = render(e, ctx, figEmpty).text;
  // A formula that is just a reference to a blank cell would show 0; the app shows it empty.
  return isRef(e) && emptiness(e, figEmpty) === 'blank' ? `IF(ISBLANK(${top}),"",${top})` : top;
}

/** Whether a SUM occurs anywhere in `e` (only then can a formula need the helper sheet). */
export function containsSum(e: Expr): boolean {
  switch (e.op) {
    case 'sum':
      return true;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'change':
    case 'strict':
    case 'coalesce':
    case 'compare':
      return containsSum(e.a) || containsSum(e.b);
    case 'round2':
    case 'round':
      return containsSum(e.a);
    case 'ifFilled':
      return containsSum(e.then);
    case 'missing':
      return containsSum(e.need) || containsSum(e.have);
    case 'emptyIf':
      return containsSum(e.cond) || containsSum(e.a);
    default:
      return false;
  }
}
