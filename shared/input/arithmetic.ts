/**
 * The calculation a user types after "=" in a cell: + − * /, parentheses, unary minus, German
 * numbers (`=120*2400`, `=(1700-275)/2`, `=2,5*1.000`). A hand-written recursive-descent parser
 * that computes while it reads; no eval, never NaN or Infinity.
 */
import { cleanFloat } from '../number/rounding';
import { parseNumberLiteral } from './numberLiteral';

export type Arithmetic = { ok: true; value: number } | { ok: false; detail: string };

type Token = { kind: 'num'; text: string; value: number } | { kind: 'op' | '(' | ')'; text: string };

/** Parentheses and unary signs nest the recursion; a hostile paste must not exhaust the stack. */
const MAX_DEPTH = 100;

class FormulaError extends Error {}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.,]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9.,]/.test(src[j]!)) j++;
      const text = src.slice(i, j);
      const lit = parseNumberLiteral(text);
      if (!lit.ok) throw new FormulaError(`${lit.detail} in "${text}"`);
      tokens.push({ kind: 'num', text, value: lit.value });
      i = j;
    } else if ('+-−*/'.includes(c)) {
      // The typographic minus (U+2212) comes in with pasted text.
      tokens.push({ kind: 'op', text: c === '−' ? '-' : c });
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, text: c });
      i++;
    } else {
      throw new FormulaError(`unerwartetes Zeichen "${c}"`);
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): number {
    if (this.tokens.length === 0) throw new FormulaError('Formel ist leer');
    const value = this.expression();
    const next = this.tokens[this.pos];
    if (next) {
      if (next.kind === ')') throw new FormulaError('")" ohne öffnende Klammer');
      throw new FormulaError(`Rechenzeichen fehlt vor "${next.text}"`);
    }
    return value;
  }

  private peekOp(ops: string): string | undefined {
    const t = this.tokens[this.pos];
    return t && t.kind === 'op' && ops.includes(t.text) ? t.text : undefined;
  }

  // expression := term (("+" | "-") term)*
  private expression(): number {
    let value = this.term();
    for (let op = this.peekOp('+-'); op; op = this.peekOp('+-')) {
      this.pos++;
      const right = this.term();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  // term := factor (("*" | "/") factor)*
  private term(): number {
    let value = this.factor();
    for (let op = this.peekOp('*/'); op; op = this.peekOp('*/')) {
      this.pos++;
      const right = this.factor();
      if (op === '/' && right === 0) throw new FormulaError('Division durch null');
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  // factor := ("-" | "+") factor | number | "(" expression ")"
  private factor(): number {
    const t = this.tokens[this.pos];
    if (!t) {
      const prev = this.tokens[this.pos - 1];
      throw new FormulaError(`Ausdruck endet unerwartet nach "${prev?.text ?? '='}"`);
    }
    if (++this.depth > MAX_DEPTH) throw new FormulaError('Formel zu tief verschachtelt');
    try {
      if (t.kind === 'num') {
        this.pos++;
        return t.value;
      }
      if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
        this.pos++;
        const v = this.factor();
        return t.text === '-' ? -v : v;
      }
      if (t.kind === '(') {
        this.pos++;
        const v = this.expression();
        if (this.tokens[this.pos]?.kind !== ')') {
          const next = this.tokens[this.pos];
          throw new FormulaError(
            next ? `Rechenzeichen fehlt vor "${next.text}"` : 'schließende Klammer fehlt',
          );
        }
        this.pos++;
        return v;
      }
      const prev = this.tokens[this.pos - 1];
      throw new FormulaError(`unerwartetes "${t.text}" ${prev ? `nach "${prev.text}"` : 'am Anfang'}`);
    } finally {
      this.depth--;
    }
  }
}

/** Evaluates the text after "=". */
export function evaluateArithmetic(src: string): Arithmetic {
  try {
    const value = new Parser(tokenize(src)).parse();
    if (!Number.isFinite(value)) return { ok: false, detail: 'Ergebnis zu groß' };
    return { ok: true, value: cleanFloat(value) };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, detail: e.message };
    throw e;
  }
}
