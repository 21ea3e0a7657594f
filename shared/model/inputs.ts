/**
 * Reading and writing numeric input cells by their stable key. Writes are immutable: the
 * returned plan shares every untouched part with the old one (React and undo rely on that).
 */
import type { CellKey, InputRef } from './cellKey';
import { forEachBudgetInput, readBudgetInput, writeBudgetInput } from './budgetInputs';
import { kategorieIndex } from './stammdaten';
import { cellKey, parseCellKey } from './cellKey';
import type {
  Handlungsschwerpunkt,
  InstrumentRow,
  Num,
  Plan,
  PortfolioRow,
  ReferenceRow,
  UmschichtungInput,
  ZielgruppenAnteil,
} from './plan';
import type { ZielIst } from './ziele';
import { ZIEL_FIELDS, ZIEL_IST_FIELDS, emptyIstWerte } from './ziele';

export interface RowLocation {
  areaIndex: number;
  rowIndex: number;
}

// Row positions by id, cached per schwerpunkte array; a value edit keeps positions, so the
// index is handed on to the new array instead of being rebuilt (60.000 rows stay fast).
const rowIndexCache = new WeakMap<Handlungsschwerpunkt[], Map<string, RowLocation>>();

export function rowIndex(plan: Plan): Map<string, RowLocation> {
  let index = rowIndexCache.get(plan.schwerpunkte);
  if (!index) {
    index = new Map();
    plan.schwerpunkte.forEach((area, areaIndex) =>
      area.rows.forEach((row, rowIndex) => index!.set(row.id, { areaIndex, rowIndex })),
    );
    rowIndexCache.set(plan.schwerpunkte, index);
  }
  return index;
}

/**
 * Hands over an index a caller built anyway (planSemantics.ts, every id once, so the same as
 * {@link rowIndex} would build); kept only while none is cached.
 */
export function primeRowIndex(plan: Plan, index: Map<string, RowLocation>): void {
  if (!rowIndexCache.has(plan.schwerpunkte)) rowIndexCache.set(plan.schwerpunkte, index);
}

export function findInstrumentRow(plan: Plan, id: string): InstrumentRow | undefined {
  const loc = rowIndex(plan).get(id);
  if (!loc) return undefined;
  const row = plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex];
  return row && row.kind === 'instrument' ? row : undefined;
}

/** The portfolio row (instrument or reference) with this id. */
export function findPortfolioRow(plan: Plan, id: string): PortfolioRow | undefined {
  const loc = rowIndex(plan).get(id);
  return loc ? plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex] : undefined;
}

export function findReferenceRow(plan: Plan, id: string): ReferenceRow | undefined {
  const row = findPortfolioRow(plan, id);
  return row && row.kind === 'reference' ? row : undefined;
}

/** A reference carries a part of its owner unless the owner is kommunal (a range of cases). */
export function mayCarryPart(plan: Plan, ref: ReferenceRow): boolean {
  const owner = findInstrumentRow(plan, ref.ownerRowId);
  return owner !== undefined && owner.finanzierung.art !== 'kommunal';
}

/** The value of a share's typed part; undefined when the share has no such part. */
function anteilValue(
  a: ZielgruppenAnteil | undefined,
  field: 'eintritte' | 'betrag' | 'anteil',
): Num | undefined {
  if (!a) return undefined;
  if (a.art === 'teil')
    return field === 'eintritte' ? a.eintritte : field === 'betrag' ? a.betrag : undefined;
  if (a.art === 'prozent') return field === 'anteil' ? a.anteil : undefined;
  return undefined;
}

/** The typed value of one side of the pair: the primary's, or what was typed on the other side before. */
function umschichtungValue(u: UmschichtungInput, field: 'umschichtung' | 'umschichtungsquote'): Num {
  if (field === 'umschichtung') return u.mode === 'betrag' ? u.betrag : (u.betrag ?? null);
  return u.mode === 'quote' ? u.quote : (u.quote ?? null);
}

/**
 * Typing one side of the Umschichtung pair. The side typed becomes primary and what was primary
 * stays as typed on its side (the rounding pair of zielplanung.md B.2 compares the two). Clearing
 * the side that follows drops what was typed there before; the primary stays.
 */
export function typeUmschichtung(
  u: UmschichtungInput,
  field: 'umschichtung' | 'umschichtungsquote',
  value: Num,
): UmschichtungInput {
  if (field === 'umschichtung') {
    if (u.mode === 'betrag') return { ...u, betrag: value };
    // Clearing the side that follows drops what was typed there before.
    if (value === null) return { mode: 'quote', quote: u.quote };
    return u.quote === null
      ? { mode: 'betrag', betrag: value }
      : { mode: 'betrag', betrag: value, quote: u.quote };
  }
  if (u.mode === 'quote') return { ...u, quote: value };
  if (value === null) return { mode: 'betrag', betrag: u.betrag };
  return u.betrag === null
    ? { mode: 'quote', quote: value }
    : { mode: 'quote', quote: value, betrag: u.betrag };
}

/** True when the cell exists in the plan and currently holds typed input (not a derived value). */
export function isActiveInput(plan: Plan, ref: InputRef): boolean {
  if (ref.kind === 'haushalt' && (ref.field === 'umschichtung' || ref.field === 'umschichtungsquote')) {
    const mode = plan.haushalt.umschichtung[ref.col].mode;
    return ref.field === 'umschichtung' ? mode === 'betrag' : mode === 'quote';
  }
  // The plan year's Mittelausstattung and Vorbindungen may come from the Globalbudget sheet and
  // the register instead (a per-plan option each).
  if (ref.kind === 'haushalt' && ref.col === 'plan') {
    if (ref.field === 'mittelausstattung' && plan.globalbudget.mittelausstattungAusGrundlage) return false;
    if (ref.field === 'vorbindungen' && plan.verpflichtungen.vorbindungenAusRegister) return false;
  }
  // A reference's part: typed, or following (from the other side, or the owner's value).
  if (ref.kind === 'verweisTeil') return (readInputRef(plan, ref) ?? null) !== null;
  return readInputRef(plan, ref) !== undefined;
}

/** The value of an input cell; `undefined` when the cell does not exist (unknown id). */
export function readInputRef(plan: Plan, ref: InputRef): Num | undefined {
  const h = plan.haushalt;
  switch (ref.kind) {
    case 'haushalt':
      if (ref.field === 'umschichtung' || ref.field === 'umschichtungsquote')
        return umschichtungValue(h.umschichtung[ref.col], ref.field);
      return h[ref.field][ref.col];
    case 'zuweisung':
      return h.zuweisungen.find((z) => z.id === ref.id)?.betrag[ref.col];
    case 'ausserhalb':
      return h.ausserhalbEgt.find((a) => a.id === ref.id)?.betrag;
    case 'drittmittel': {
      const d = plan.drittmittel.find((x) => x.id === ref.id);
      return d && (ref.field === 'verwendetVorjahre' ? (d.verwendetVorjahre ?? null) : d[ref.field]);
    }
    case 'row':
      return findInstrumentRow(plan, ref.id)?.[ref.field];
    case 'bildung':
      return plan.bildungsziele.find((b) => b.bereich === ref.bereich)?.[ref.field];
    case 'kennzahl': {
      const k = plan.kennzahlen.find((x) => x.key === ref.key);
      if (k) return ref.field === 'plaetzePlan' ? (k.plaetzePlan ?? null) : k.ergebnisVorjahr;
      // No stored entry yet: the cell exists (empty) for every category and line of the master
      // data; Plätze Plan is typed in only on "darunter" lines.
      const known = kategorieIndex(plan.stammdaten).get(ref.key);
      if (!known) return undefined;
      return ref.field === 'ergebnisVorjahr' || known.kind === 'darunter' ? null : undefined;
    }
    case 'ziel':
      return plan.zielvereinbarung.ziele.find((z) => z.id === ref.id)?.werte[ref.field];
    case 'zielIst': {
      // The cell exists for every target in every dialogue; an entry is stored once typed in.
      const zv = plan.zielvereinbarung;
      const dialog = zv.dialoge.find((d) => d.id === ref.dialogId);
      if (!dialog || !zv.ziele.some((z) => z.id === ref.zielId)) return undefined;
      return dialog.werte.find((w) => w.zielId === ref.zielId)?.werte[ref.field] ?? null;
    }
    case 'eintritteBis': {
      const row = findInstrumentRow(plan, ref.id);
      return row?.finanzierung.art === 'kommunal' ? (row.eintritteBis ?? null) : undefined;
    }
    case 'zgAnteil': {
      const row = findInstrumentRow(plan, ref.rowId);
      return anteilValue(
        row?.zielgruppen?.find((a) => a.zielgruppeId === ref.zielgruppeId),
        ref.field,
      );
    }
    case 'kundenbestand':
      return plan.zielgruppen.find((z) => z.zielgruppeId === ref.zielgruppeId)?.anteilKundenbestand;
    case 'verweisTeil': {
      const row = findReferenceRow(plan, ref.id);
      if (!row || !mayCarryPart(plan, row)) return undefined;
      return (ref.field === 'eintritte' ? row.teilEintritte : row.teilBetrag) ?? null;
    }
    default:
      return readBudgetInput(plan, ref);
  }
}

export function readInput(plan: Plan, key: CellKey): Num | undefined {
  const ref = parseCellKey(key);
  return ref ? readInputRef(plan, ref) : undefined;
}

/** Figure values by id: the Calculation fits (structurally, so the model does not import calc). */
export interface FigureValues {
  get(id: string): number | null;
}

/** An input cell as a sheet shows it: its key, and the figure it shows instead, if any. */
export interface InputCell {
  key: CellKey;
  /** The Umschichtung is typed as amount or share; the side that follows shows this figure. */
  figure?: string;
  /** Shown while the cell is empty: a reference's part shows its owner's value. */
  fallback?: CellKey;
}

/**
 * The value an input cell holds now: what the grid shows, an editor starts from, Ctrl+D copies
 * and a typed value is compared with. The plan's value, or for a cell shown through a figure
 * (amount or share of the Umschichtung) that figure, since the side not typed is derived.
 */
export function currentInputValue(plan: Plan, cell: InputCell, figures: FigureValues): Num {
  if (cell.figure !== undefined) return figures.get(cell.figure);
  const own = readInput(plan, cell.key) ?? null;
  return own === null && cell.fallback !== undefined ? (readInput(plan, cell.fallback) ?? null) : own;
}

/**
 * Writes one input cell. `formula` is the text the user typed when it started with "=";
 * a plain value clears any stored formula. Throws when the cell does not exist.
 */
export function writeInputRef(plan: Plan, ref: InputRef, value: Num, formula?: string): Plan {
  const key = cellKey(ref);
  const next = writeValue(plan, ref, value);
  // The formula map is copied only when it changes: a Land plan holds thousands of formulas,
  // and copying them on every keystroke costs more than the whole recalculation.
  if (formula !== undefined && formula.startsWith('=')) {
    if (next.formeln[key] === formula) return next;
    return { ...next, formeln: { ...next.formeln, [key]: formula } };
  }
  if (!Object.hasOwn(next.formeln, key)) return next;
  const formeln = { ...next.formeln };
  delete formeln[key];
  return { ...next, formeln };
}

function missing(ref: InputRef): never {
  throw new Error(`Zelle ${cellKey(ref)} gibt es in diesem Plan nicht.`);
}

function writeValue(plan: Plan, ref: InputRef, value: Num): Plan {
  const h = plan.haushalt;
  switch (ref.kind) {
    case 'haushalt': {
      if (ref.field === 'umschichtung' || ref.field === 'umschichtungsquote') {
        const u = typeUmschichtung(h.umschichtung[ref.col], ref.field, value);
        return { ...plan, haushalt: { ...h, umschichtung: { ...h.umschichtung, [ref.col]: u } } };
      }
      return { ...plan, haushalt: { ...h, [ref.field]: { ...h[ref.field], [ref.col]: value } } };
    }
    case 'zuweisung': {
      if (!h.zuweisungen.some((z) => z.id === ref.id)) missing(ref);
      const zuweisungen = h.zuweisungen.map((z) =>
        z.id === ref.id ? { ...z, betrag: { ...z.betrag, [ref.col]: value } } : z,
      );
      return { ...plan, haushalt: { ...h, zuweisungen } };
    }
    case 'ausserhalb': {
      if (!h.ausserhalbEgt.some((a) => a.id === ref.id)) missing(ref);
      const ausserhalbEgt = h.ausserhalbEgt.map((a) => (a.id === ref.id ? { ...a, betrag: value } : a));
      return { ...plan, haushalt: { ...h, ausserhalbEgt } };
    }
    case 'drittmittel': {
      if (!plan.drittmittel.some((d) => d.id === ref.id)) missing(ref);
      return {
        ...plan,
        drittmittel: plan.drittmittel.map((d) => (d.id === ref.id ? { ...d, [ref.field]: value } : d)),
      };
    }
    case 'row': {
      const index = rowIndex(plan);
      const loc = index.get(ref.id);
      const area = loc && plan.schwerpunkte[loc.areaIndex];
      const row = loc && area?.rows[loc.rowIndex];
      if (!loc || !area || !row || row.kind !== 'instrument') return missing(ref);
      const rows = area.rows.slice();
      rows[loc.rowIndex] = { ...row, [ref.field]: value };
      const schwerpunkte = plan.schwerpunkte.slice();
      schwerpunkte[loc.areaIndex] = { ...area, rows };
      rowIndexCache.set(schwerpunkte, index); // positions unchanged
      return { ...plan, schwerpunkte };
    }
    case 'bildung': {
      if (!plan.bildungsziele.some((b) => b.bereich === ref.bereich)) missing(ref);
      return {
        ...plan,
        bildungsziele: plan.bildungsziele.map((b) =>
          b.bereich === ref.bereich ? { ...b, [ref.field]: value } : b,
        ),
      };
    }
    case 'ziel': {
      const zv = plan.zielvereinbarung;
      if (!zv.ziele.some((z) => z.id === ref.id)) missing(ref);
      const ziele = zv.ziele.map((z) =>
        z.id === ref.id ? { ...z, werte: { ...z.werte, [ref.field]: value } } : z,
      );
      return { ...plan, zielvereinbarung: { ...zv, ziele } };
    }
    case 'zielIst': {
      const zv = plan.zielvereinbarung;
      if (readInputRef(plan, ref) === undefined) missing(ref);
      const dialoge = zv.dialoge.map((d) => {
        if (d.id !== ref.dialogId) return d;
        const has = d.werte.some((w) => w.zielId === ref.zielId);
        const werte = has
          ? d.werte.map((w) =>
              w.zielId === ref.zielId ? { ...w, werte: { ...w.werte, [ref.field]: value } } : w,
            )
          : [
              ...d.werte,
              { zielId: ref.zielId, werte: { ...emptyIstWerte(), [ref.field]: value }, erreicht: null },
            ];
        return { ...d, werte: withoutEmptyIst(werte) };
      });
      return { ...plan, zielvereinbarung: { ...zv, dialoge } };
    }
    case 'kennzahl': {
      const exists = plan.kennzahlen.some((k) => k.key === ref.key);
      const kennzahlen = exists
        ? plan.kennzahlen.map((k) => (k.key === ref.key ? { ...k, [ref.field]: value } : k))
        : [...plan.kennzahlen, { key: ref.key, ergebnisVorjahr: null, [ref.field]: value }];
      return { ...plan, kennzahlen };
    }
    case 'eintritteBis':
      if (readInputRef(plan, ref) === undefined) missing(ref);
      return replacePortfolioRow(plan, ref.id, (row) => withOptional(row, 'eintritteBis', value));
    case 'zgAnteil': {
      if (readInputRef(plan, ref) === undefined) missing(ref);
      return replacePortfolioRow(plan, ref.rowId, (row) =>
        row.kind !== 'instrument'
          ? row
          : {
              ...row,
              zielgruppen: (row.zielgruppen ?? []).map((a) =>
                a.zielgruppeId === ref.zielgruppeId && a.art !== 'ganz' ? { ...a, [ref.field]: value } : a,
              ),
            },
      );
    }
    case 'kundenbestand': {
      if (readInputRef(plan, ref) === undefined) missing(ref);
      return {
        ...plan,
        zielgruppen: plan.zielgruppen.map((z) =>
          z.zielgruppeId === ref.zielgruppeId ? { ...z, anteilKundenbestand: value } : z,
        ),
      };
    }
    case 'verweisTeil':
      if (readInputRef(plan, ref) === undefined) missing(ref);
      return replacePortfolioRow(plan, ref.id, (row) =>
        withOptional(row, ref.field === 'eintritte' ? 'teilEintritte' : 'teilBetrag', value),
      );
    default:
      return writeBudgetInput(plan, ref, value) ?? missing(ref);
  }
}

/** An optional number field: absent when empty, so a plan without the feature stays as it was. */
function withOptional<T extends object, K extends string>(row: T, field: K, value: Num): T {
  const next = { ...row } as Record<string, unknown>;
  if (value === null) delete next[field];
  else next[field] = value;
  return next as T;
}

/** Replaces one portfolio row in place; positions stay, so the row index is handed on. */
function replacePortfolioRow(plan: Plan, id: string, change: (row: PortfolioRow) => PortfolioRow): Plan {
  const index = rowIndex(plan);
  const loc = index.get(id);
  const area = loc && plan.schwerpunkte[loc.areaIndex];
  const row = loc && area?.rows[loc.rowIndex];
  if (!loc || !area || !row) throw new Error(`Zeile ${id} gibt es in diesem Plan nicht.`);
  const rows = area.rows.slice();
  rows[loc.rowIndex] = change(row);
  const schwerpunkte = plan.schwerpunkte.slice();
  schwerpunkte[loc.areaIndex] = { ...area, rows };
  rowIndexCache.set(schwerpunkte, index);
  return { ...plan, schwerpunkte };
}

/**
 * A dialogue keeps an entry per target only while it holds something: emptying the last value
 * removes it, so a typed Ist and its undo leave the plan as it was.
 */
export function withoutEmptyIst(werte: ZielIst[]): ZielIst[] {
  const empty = (w: ZielIst) => w.erreicht === null && Object.values(w.werte).every((v) => v === null);
  return werte.some(empty) ? werte.filter((w) => !empty(w)) : werte;
}

/**
 * Calls `visit` for every input cell of the plan with its value, in one walk (the engine's
 * cache: evaluating from numbered slots is much cheaper than resolving each key against the plan).
 */
export function forEachInput(plan: Plan, visit: (key: CellKey, value: Num) => void): void {
  for (const area of plan.schwerpunkte) {
    for (const r of area.rows) {
      if (r.kind !== 'instrument') continue;
      visit(`row.${r.id}.eintritte`, r.eintritte);
      visit(`row.${r.id}.mittelansatz`, r.mittelansatz);
      visit(`row.${r.id}.vorjahrEintritte`, r.vorjahrEintritte);
      visit(`row.${r.id}.vorjahrMittel`, r.vorjahrMittel);
    }
  }
  forEachInputOutsideRows(plan, visit);
}

/** The input cells that are not in an instrument row (Haushalt, Drittmittel, Bildung, Kennzahlen, Ziele). */
export function forEachInputOutsideRows(plan: Plan, visit: (key: CellKey, value: Num) => void): void {
  const h = plan.haushalt;
  for (const col of ['plan', 'vorjahr'] as const) {
    for (const field of [
      'mittelausstattung',
      'rueckeinnahmen',
      'vorbindungen',
      'umschichtung',
      'umschichtungsquote',
    ] as const) {
      visit(
        cellKey({ kind: 'haushalt', field, col }),
        readInputRef(plan, { kind: 'haushalt', field, col }) ?? null,
      );
    }
    for (const z of h.zuweisungen) visit(cellKey({ kind: 'zuweisung', id: z.id, col }), z.betrag[col]);
  }
  for (const a of h.ausserhalbEgt) visit(cellKey({ kind: 'ausserhalb', id: a.id }), a.betrag);
  for (const d of plan.drittmittel) {
    for (const field of ['bewilligungGesamt', 'betragJahr', 'davonPersonal'] as const)
      visit(cellKey({ kind: 'drittmittel', id: d.id, field }), d[field]);
    visit(
      cellKey({ kind: 'drittmittel', id: d.id, field: 'verwendetVorjahre' }),
      d.verwendetVorjahre ?? null,
    );
  }
  for (const b of plan.bildungsziele) {
    visit(cellKey({ kind: 'bildung', bereich: b.bereich, field: 'foerderungBgs' }), b.foerderungBgs);
    visit(cellKey({ kind: 'bildung', bereich: b.bereich, field: 'davonAbschluss' }), b.davonAbschluss);
  }
  for (const k of plan.kennzahlen) {
    visit(cellKey({ kind: 'kennzahl', key: k.key, field: 'ergebnisVorjahr' }), k.ergebnisVorjahr);
    visit(cellKey({ kind: 'kennzahl', key: k.key, field: 'plaetzePlan' }), k.plaetzePlan ?? null);
  }
  const zv = plan.zielvereinbarung;
  for (const z of zv.ziele)
    for (const field of ZIEL_FIELDS) visit(cellKey({ kind: 'ziel', id: z.id, field }), z.werte[field]);
  for (const d of zv.dialoge)
    for (const w of d.werte)
      for (const field of ZIEL_IST_FIELDS)
        visit(cellKey({ kind: 'zielIst', dialogId: d.id, zielId: w.zielId, field }), w.werte[field]);
  forEachBudgetInput(plan, visit);
  forEachPortfolioExtraInput(plan, visit);
  for (const z of plan.zielgruppen)
    visit(cellKey({ kind: 'kundenbestand', zielgruppeId: z.zielgruppeId }), z.anteilKundenbestand);
}

/**
 * The portfolio's input cells beyond the four of each instrument row: the upper end of a
 * kommunal range, the typed parts of target-group shares and the parts references carry.
 */
export function forEachPortfolioExtraInput(plan: Plan, visit: (key: CellKey, value: Num) => void): void {
  for (const area of plan.schwerpunkte)
    for (const r of area.rows) {
      if (r.kind === 'reference') {
        if (!mayCarryPart(plan, r)) continue;
        visit(cellKey({ kind: 'verweisTeil', id: r.id, field: 'eintritte' }), r.teilEintritte ?? null);
        visit(cellKey({ kind: 'verweisTeil', id: r.id, field: 'betrag' }), r.teilBetrag ?? null);
        continue;
      }
      if (r.finanzierung.art === 'kommunal') visit(`eb.${r.id}`, r.eintritteBis ?? null);
      for (const a of r.zielgruppen ?? []) {
        const key = (field: 'eintritte' | 'betrag' | 'anteil') =>
          cellKey({ kind: 'zgAnteil', zielgruppeId: a.zielgruppeId, rowId: r.id, field });
        if (a.art === 'teil') {
          visit(key('eintritte'), a.eintritte);
          visit(key('betrag'), a.betrag);
        } else if (a.art === 'prozent') visit(key('anteil'), a.anteil);
      }
    }
}

/** Every input cell of the plan with its value, by key. */
export function collectInputs(plan: Plan): Map<CellKey, Num> {
  const out = new Map<CellKey, Num>();
  forEachInput(plan, (key, value) => out.set(key, value));
  return out;
}
