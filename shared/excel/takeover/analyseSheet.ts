/**
 * Reads the table under the header row with the user's mapping: block headings become
 * Handlungsschwerpunkte, rows titled Summe/Gesamt/Zwischensumme/insgesamt are the workbook's
 * own totals (checked, never instruments), every other row with an instrument is a portfolio
 * row. Notes where an amount would be are kept: "Betrag bei BaE enthalten" becomes Finanzierung
 * "enthalten in" that row when it is found, "ESF-Mittel" a Drittmittel programme, anything else
 * Funktion text with a report line. Pure.
 */
import type { Stammdaten } from '../../model/plan';
import { RowSums, checkFileTotal } from './fileTotals';
import type { ScopeRanges } from './fileTotals';
import { RowNames } from './findRowByName';
import { normalizeText } from './headerWords';
import { firstDataRow } from './detectHeader';
import type { LegacyNumber } from './legacyNumber';
import { readLegacyNumber } from './legacyNumber';
import type { LegacyCell, LegacySheet } from './legacySheet';
import { SheetIndex, cellAddress, isEmptyCell, shownText } from './legacySheet';
import type { MoneyNote, TotalScope } from './legacyTexts';
import {
  blockName,
  isHeadingWord,
  isNachrichtlichHeading,
  matchKategorie,
  nachrichtlichMarker,
  readMoneyNote,
  totalScope,
} from './legacyTexts';
import type { NumberField, TakeoverMapping } from './mapping';
import { FIELD_LABELS, NUMBER_FIELDS, columnOf, isMoneyField } from './mapping';
import type { FileTotal, ReportLine, TakeoverAnalysis, TakeoverBlock, TakeoverRow } from './takeoverRows';

export const DEFAULT_BLOCK = 'Übernommene Maßnahmen';

const quote = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `„${one.length > 60 ? `${one.slice(0, 59)}…` : one}“`;
};

interface PendingEnthalten {
  index: number;
  target: string;
  note: string;
  row: number;
  cell: string;
  field: string;
}

/** By row, then by column (B before AA). */
const byPlace = (a: ReportLine, b: ReportLine): number =>
  a.row - b.row ||
  (a.cell ?? '').length - (b.cell ?? '').length ||
  (a.cell ?? '').localeCompare(b.cell ?? '');

type Structure = 'start' | 'blank' | 'heading' | 'total' | 'row';

export function analyseSheet(
  sheet: LegacySheet,
  mapping: TakeoverMapping,
  stammdaten: Stammdaten,
): TakeoverAnalysis {
  const index = new SheetIndex(sheet);
  const blocks: TakeoverBlock[] = [];
  const rows: TakeoverRow[] = [];
  const totals: FileTotal[] = [];
  const problems: ReportLine[] = [];
  const hints: ReportLine[] = [];
  const pending: PendingEnthalten[] = [];
  const pendingRows = new Set<number>();
  const sums = new RowSums();
  const programmeOf = new Map<number, string>();

  const instrumentCol = columnOf(mapping, 'instrument');
  const kategorieCol = columnOf(mapping, 'kategorie');
  const finanzierungCol = columnOf(mapping, 'finanzierung');
  const funktionCols = mapping.columns.filter((c) => c.field === 'funktion');
  const numberCols = NUMBER_FIELDS.flatMap((f) => {
    const col = columnOf(mapping, f);
    return col === undefined ? [] : [{ field: f, col }];
  });
  const mappedCols = new Set(mapping.columns.filter((c) => c.field !== 'ignorieren').map((c) => c.col));
  const headerTexts = new Map(
    mapping.columns.map((c) => [c.col, normalizeText(shownText(index.at(mapping.headerRow, c.col)?.cell))]),
  );

  let structure: Structure = 'start';
  let currentBlock = -1;
  let blockStart = 0;
  let sinceTotal = 0;
  let nachrichtlichSection = false;
  let usesHeadingWords = false;
  let afterGrand = false;
  /** Totals on a heading line ("Handlungsschwerpunkt 1 … 3.060 … 3.935.840") wait for their block's end. */
  const headingTotals: {
    block: number;
    row: number;
    label: string;
    values: Partial<Record<NumberField, number>>;
  }[] = [];

  /** Text in `col` of `r`, a merged range from above included (a Kat. merged down several rows). */
  const textAt = (r: number, col: number | undefined): string => {
    if (col === undefined) return '';
    const at = index.at(r, col);
    if (!at || (!at.own && at.row === r)) return '';
    return shownText(at.cell).trim();
  };
  const ownCell = (r: number, col: number): LegacyCell | undefined => {
    const at = index.at(r, col);
    return at?.own ? at.cell : undefined;
  };
  const openBlock = (name: string, row: number | null) => {
    blocks.push({ name, row });
    currentBlock = blocks.length - 1;
    blockStart = rows.length;
    sinceTotal = rows.length;
    nachrichtlichSection = false;
  };
  const scopesNow = (): ScopeRanges => ({
    block: [blockStart, rows.length],
    partial: [sinceTotal, rows.length],
    grand: [0, rows.length],
  });
  const readNumbers = (r: number) =>
    numberCols.map(({ field, col }) => ({
      field,
      col,
      n: readLegacyNumber(ownCell(r, col), isMoneyField(field) ? 'eur' : 'count', mapping.unit),
    }));
  const totalValues = (
    r: number,
    label: string,
    numbers: { field: NumberField; col: number; n: LegacyNumber }[],
  ) => {
    const values: Partial<Record<NumberField, number>> = {};
    for (const { field, col, n } of numbers) {
      if (n.kind === 'value') values[field] = n.value;
      else if (n.kind === 'bad' || n.kind === 'note')
        problems.push({
          row: r,
          cell: cellAddress(r, col),
          text: `Zeile ${r} ${quote(label)}, Zelle ${cellAddress(r, col)} (${FIELD_LABELS[field]}): ${quote(n.text)} ${n.kind === 'bad' ? `– ${n.reason}` : 'ist keine Zahl'}; nicht geprüft`,
        });
    }
    return values;
  };

  const lastRow = index.lastRow;
  for (let r = firstDataRow(index, mapping.headerRow); r <= lastRow; r++) {
    const legacyRow = index.row(r);
    const own = (legacyRow?.cells ?? []).filter((c) => !isEmptyCell(c));
    const instrumentText = textAt(r, instrumentCol);
    if (own.length === 0 && instrumentText === '') {
      if (structure !== 'start') structure = 'blank';
      continue;
    }
    const firstText = own.find((c) => c.number === null && c.text.trim() !== '')?.text.trim() ?? '';
    const label = instrumentText || firstText;
    if (afterGrand) {
      hints.push({
        row: r,
        text: `Zeile ${r}: nach der Gesamtsumme, nicht übernommen (${quote(label || shownText(own[0]))})`,
      });
      continue;
    }
    // The header repeated (a printout's page break copied into the sheet).
    if (own.length > 1 && own.every((c) => headerTexts.get(c.col) === normalizeText(shownText(c)))) continue;

    const numbers = readNumbers(r);
    const hasValue = numbers.some((x) => x.n.kind === 'value');

    const scope: TotalScope | null = label ? totalScope(label, blocks[currentBlock]?.name ?? null) : null;
    if (scope) {
      const values = totalValues(r, label, numbers);
      totals.push(checkFileTotal(sums, { row: r, label, scope, values }, scopesNow()));
      sinceTotal = rows.length;
      if (scope === 'grand' && rows.length > 0) afterGrand = true;
      structure = 'total';
      continue;
    }

    const single = own.length === 1 && own[0]!.number === null ? own[0]! : null;
    const headingLike =
      single !== null &&
      !hasValue &&
      ((single.span?.cols ?? 1) >= 2 ||
        single.bold === true ||
        isHeadingWord(single.text) ||
        structure !== 'row');
    if (headingLike || (isHeadingWord(label) && hasValue && label === firstText)) {
      if (isNachrichtlichHeading(label)) {
        nachrichtlichSection = true;
        structure = 'heading';
        continue;
      }
      const wordHeading = isHeadingWord(label);
      usesHeadingWords ||= wordHeading;
      if (!wordHeading && usesHeadingWords) {
        hints.push({
          row: r,
          text: `Zeile ${r}: Zwischenüberschrift ${quote(label)} im Handlungsschwerpunkt ${quote(blocks[currentBlock]?.name ?? '')}; keine eigene Gruppe`,
        });
      } else {
        openBlock(blockName(label), r);
        if (hasValue)
          headingTotals.push({ block: currentBlock, row: r, label, values: totalValues(r, label, numbers) });
      }
      structure = 'heading';
      continue;
    }

    const funktionParts = funktionCols.flatMap((c) => {
      const t = textAt(r, c.col);
      if (t === '') return [];
      return [funktionCols.length > 1 && c.header ? `${c.header}: ${t}` : t];
    });
    if (instrumentText === '') {
      const onlyFunktion = own.every((c) => funktionCols.some((f) => f.col === c.col));
      const previous = rows.at(-1);
      if (!hasValue && onlyFunktion && previous && structure === 'row') {
        // A long Funktion text wrapped into the next row of the sheet.
        previous.funktion = [previous.funktion, ...funktionParts].filter(Boolean).join(' ');
        continue;
      }
      if (own.every((c) => !mappedCols.has(c.col))) {
        hints.push({
          row: r,
          text: `Zeile ${r}: nur Text außerhalb der zugeordneten Spalten (${quote(label)}); nicht übernommen`,
        });
        continue;
      }
      const cell = instrumentCol === undefined ? null : cellAddress(r, instrumentCol);
      problems.push({
        row: r,
        ...(cell ? { cell } : {}),
        text: `Zeile ${r}: keine Maßnahme${cell ? ` (Zelle ${cell} leer)` : ''}; Zeile nicht übernommen`,
      });
      structure = 'row';
      continue;
    }

    if (currentBlock < 0) openBlock(DEFAULT_BLOCK, null);
    const marker = nachrichtlichMarker(instrumentText);
    const row: TakeoverRow = {
      row: r,
      block: currentBlock,
      instrument: marker.name,
      kategorie: null,
      eintritte: null,
      mittelansatz: null,
      vorjahrEintritte: null,
      vorjahrMittel: null,
      nachrichtlich: marker.marked || nachrichtlichSection,
      finanzierung: { art: 'EGT' },
      funktion: funktionParts.join(' – '),
    };
    const rowIndex = rows.length;
    const addFunktion = (text: string) => {
      row.funktion = [row.funktion, text].filter(Boolean).join(' – ');
    };
    const note = (field: string, col: number, text: string, what: MoneyNote, moneyColumn: boolean) => {
      const cell = cellAddress(r, col);
      if (what.kind === 'enthalten' && moneyColumn) {
        if (!pendingRows.has(rowIndex)) {
          pendingRows.add(rowIndex);
          pending.push({ index: rowIndex, target: what.target, note: text, row: r, cell, field });
        }
      } else if (what.kind === 'drittmittel' && moneyColumn) {
        if (!programmeOf.has(rowIndex)) programmeOf.set(rowIndex, what.programm);
        hints.push({
          row: r,
          cell,
          text: `Zeile ${r}, Zelle ${cell} (${field}): ${quote(text)} → Finanzierung Drittmittel ${quote(what.programm)}`,
        });
      } else if (what.kind === 'nachrichtlich') {
        row.nachrichtlich = true;
      } else if (what.kind !== 'egt') {
        addFunktion(`${field}: ${text}`);
        problems.push({
          row: r,
          cell,
          text: `Zeile ${r}, Zelle ${cell} (${field}): ${quote(text)} ist keine Zahl; als Funktion übernommen`,
        });
      }
    };

    for (const { field, col, n } of numbers) {
      const fieldLabel = FIELD_LABELS[field];
      const cell = cellAddress(r, col);
      if (n.kind === 'value') {
        row[field] = n.value;
        if (n.nachrichtlich && (field === 'eintritte' || field === 'mittelansatz')) row.nachrichtlich = true;
      } else if (n.kind === 'bad') {
        problems.push({
          row: r,
          cell,
          text: `Zeile ${r}, Zelle ${cell} (${fieldLabel}): ${quote(n.text)} – ${n.reason}; leer gelassen`,
        });
      } else if (n.kind === 'note') {
        note(fieldLabel, col, n.text, readMoneyNote(n.text), field === 'mittelansatz');
      }
    }

    const katText = textAt(r, kategorieCol);
    if (katText !== '' && kategorieCol !== undefined) {
      const cell = cellAddress(r, kategorieCol);
      const k = matchKategorie(katText, stammdaten);
      if (k.ok) {
        row.kategorie = k.key;
        if (k.note) hints.push({ row: r, cell, text: `Zeile ${r}, Zelle ${cell}: ${k.note}` });
      } else
        problems.push({
          row: r,
          cell,
          text: `Zeile ${r}, Zelle ${cell} (Förderkategorie): ${quote(katText)} – ${k.reason}; leer gelassen`,
        });
    }

    const finText = textAt(r, finanzierungCol);
    if (finText !== '' && finanzierungCol !== undefined) {
      const what = readMoneyNote(finText);
      const cell = cellAddress(r, finanzierungCol);
      if (what.kind === 'drittmittel') programmeOf.set(rowIndex, what.programm);
      else if (what.kind === 'other') {
        addFunktion(`Finanzierung: ${finText}`);
        problems.push({
          row: r,
          cell,
          text: `Zeile ${r}, Zelle ${cell} (Finanzierung): ${quote(finText)} nicht erkannt; als EGT übernommen, Text in der Funktion`,
        });
      } else note('Finanzierung', finanzierungCol, finText, what, true);
    }
    const programm = programmeOf.get(rowIndex);
    if (programm !== undefined) row.finanzierung = { art: 'Drittmittel', programm };
    rows.push(row);
    sums.add(row);
    structure = 'row';
  }

  // Heading lines with totals: checked over their whole block (its rows follow each other).
  const blockRange = new Map<number, [number, number]>();
  rows.forEach((row, i) => blockRange.set(row.block, [blockRange.get(row.block)?.[0] ?? i, i + 1]));
  for (const h of headingTotals) {
    const range = blockRange.get(h.block) ?? ([0, 0] as const);
    totals.push(
      checkFileTotal(
        sums,
        { row: h.row, label: h.label, scope: 'block', values: h.values },
        {
          block: range,
          partial: range,
          grand: range,
        },
      ),
    );
  }
  totals.sort((a, b) => a.row - b.row);
  resolveEnthalten(rows, pending, problems, hints);
  // Headings without rows (a title, a footnote, a heading followed by another) make no Handlungsschwerpunkt.
  const used = new Set(rows.map((r) => r.block));
  for (const [i, b] of blocks.entries())
    if (!used.has(i) && b.row !== null)
      hints.push({
        row: b.row,
        text: `Zeile ${b.row}: Überschrift ${quote(b.name)} ohne Maßnahmen darunter; kein Handlungsschwerpunkt`,
      });
  const kept = blocks.flatMap((b, i) => (used.has(i) ? [{ b, i }] : []));
  const renumber = new Map(kept.map(({ i }, n) => [i, n]));
  for (const r of rows) r.block = renumber.get(r.block)!;
  problems.sort(byPlace);
  hints.sort(byPlace);
  return { mapping, blocks: kept.map(({ b }) => b), rows, totals, problems, hints };
}

/** "enthalten in" notes to the rows they name; the rule of model/enthaltenIn.ts (no chains, no nachrichtlich targets). */
function resolveEnthalten(
  rows: TakeoverRow[],
  pending: readonly PendingEnthalten[],
  problems: ReportLine[],
  hints: ReportLine[],
): void {
  const names = new RowNames(rows);
  const found = pending.map((p) => ({ p, hit: names.find(p.target, p.index) }));
  const holders = new Set(found.flatMap(({ hit }) => (hit.found === null ? [] : [hit.found])));
  const pointing = new Set(found.flatMap(({ p, hit }) => (hit.found === null ? [] : [p.index])));
  for (const { p, hit } of found) {
    const row = rows[p.index]!;
    const where = `Zeile ${p.row}, Zelle ${p.cell} (${p.field})`;
    let why: string | null = null;
    if (hit.found === null)
      why =
        p.target === ''
          ? 'nennt keine Maßnahme'
          : hit.why === 'mehrdeutig'
            ? `mehrere Maßnahmen passen zu ${quote(p.target)}`
            : `keine Maßnahme ${quote(p.target)} gefunden`;
    else if (rows[hit.found]!.nachrichtlich)
      why = `${quote(rows[hit.found]!.instrument)} ist nur nachrichtlich geführt`;
    else if (pointing.has(hit.found))
      why = `der Betrag von ${quote(rows[hit.found]!.instrument)} ist selbst in einer anderen Zeile enthalten`;
    else if (holders.has(p.index)) why = 'andere Zeilen sind in dieser Zeile enthalten';
    if (why !== null || hit.found === null) {
      row.funktion = [row.funktion, p.note].filter(Boolean).join(' – ');
      problems.push({
        row: p.row,
        cell: p.cell,
        text: `${where}: ${quote(p.note)} – ${why}; als Funktion übernommen`,
      });
      continue;
    }
    row.finanzierung = { art: 'enthalten', target: hit.found };
    row.mittelansatz = null;
    hints.push({
      row: p.row,
      cell: p.cell,
      text: `${where}: ${quote(p.note)} → Finanzierung „enthalten in“ ${quote(rows[hit.found]!.instrument)} (Zeile ${rows[hit.found]!.row})`,
    });
  }
}
