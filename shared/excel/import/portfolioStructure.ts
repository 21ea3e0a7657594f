/**
 * The rows of the Maßnahmeportfolio as the workbook has them now: a row inserted inside a
 * Handlungsschwerpunkt's block (between its heading and its Summe row) with an Instrument
 * becomes a new row (fresh id, the app's factory and commands); a missing row is deleted; a row
 * standing in another block or order is moved. A block deleted whole deletes its area. Rows
 * re-sorted without the hidden column A are recognised by their unique Instrument names.
 */
import { allOwnRows } from '../../calc/rowSelection';
import { rowFieldLabel } from '../../commands/labels';
import type { RowField } from '../../model/cellKey';
import { ROW_FIELDS, cellKey } from '../../model/cellKey';
import { findInstrumentRow, rowIndex } from '../../model/inputs';
import { newInstrumentRow } from '../../model/newInstrumentRow';
import type { InstrumentRow, Plan, PortfolioRow } from '../../model/plan';
import { PF } from '../layout/portfolio';
import { colName } from '../layout/types';
import type { Alignment } from './alignRows';
import { longestIncreasing } from './alignRows';
import { quoted, shownText } from './changeList';
import { isFormula } from './cellValue';
import type { EditQueue } from './compareRow';
import { REASON_FORMULA, REASON_OUTSIDE, compareInput, foundIn, shownTextOf } from './compareRow';
import type { ImportSession, Place } from './importSession';
import { parseFbw, parseFinanzierung, parseKategorie } from './parseRowTexts';
import type { ActualRow, ExpectedRow, ExpectedSheet } from './sheetRows';

const FIELD_COLS: Record<RowField, number> = {
  eintritte: PF.eintritte,
  mittelansatz: PF.mittelansatz,
  vorjahrEintritte: PF.vorjahrEintritte,
  vorjahrMittel: PF.vorjahrMittel,
};
const FIGURE_COLS = new Set<number>([PF.kosten, PF.vorjahrKosten, PF.aenderungEintritte, PF.aenderungMittel]);
const BLOCK_END = /^(?:sum|sumDm|anteil):|^(?:total|totalDm|nachrichtlich)$/;

export const REASON_INSERTED_OUTSIDE =
  'eingefügte Zeile außerhalb eines Handlungsschwerpunkts; neue Maßnahmen gehören zwischen die Überschrift eines Handlungsschwerpunkts und seine Summenzeile';

const instrumentText = (row: ActualRow): string => shownTextOf(row.cells.get(PF.instrument)).trim();

/**
 * The tag a portfolio row stands for. A row sorted in Excel without the hidden column A keeps
 * the tag of the row that stood there before; its Instrument name, unique in the plan and no
 * longer shown at its own tag, tells which row it really is.
 */
export function portfolioIdentity(
  actual: readonly ActualRow[],
  plan: Plan,
): (row: ActualRow) => string | null {
  const idOfName = new Map<string, string | null>();
  for (const r of allOwnRows(plan)) idOfName.set(r.instrument, idOfName.has(r.instrument) ? null : r.id);
  const rowOfTag = new Map<string, ActualRow>();
  for (const a of actual) if (a.tag?.startsWith('row:') && !rowOfTag.has(a.tag)) rowOfTag.set(a.tag, a);
  const moved = new Map<ActualRow, string>();
  const claimed = new Set<string>();
  for (const a of actual) {
    if (!a.tag?.startsWith('row:')) continue;
    const own = findInstrumentRow(plan, a.tag.slice(4));
    const name = instrumentText(a);
    if (!own || name === own.instrument) continue;
    const other = idOfName.get(name);
    if (!other || other === own.id || claimed.has(other)) continue;
    const otherRow = rowOfTag.get(`row:${other}`);
    // Only a swap: the other row must still be there, showing another name.
    if (!otherRow || instrumentText(otherRow) === name) continue;
    claimed.add(other);
    moved.set(a, `row:${other}`);
  }
  return (a) => moved.get(a) ?? a.tag;
}

/** A row of a block: an existing row by id, or a new one (id null) typed into an inserted line. */
interface Slot {
  id: string | null;
  at: ActualRow;
}

export interface PortfolioPlan {
  /** Inserted and deleted rows this module took care of (the rest is listed generically). */
  consumedInserted: Set<ActualRow>;
  consumedDeleted: Set<ExpectedRow>;
  /** Deletes, inserts and moves rows; runs after names, Kat. and Finanzierung changed. */
  apply(): void;
}

export function portfolioStructure(
  session: ImportSession,
  queue: EditQueue,
  expected: ExpectedSheet,
  alignment: Alignment,
  actual: readonly ActualRow[],
): PortfolioPlan {
  const original = session.original;
  const sheet = expected.layout.name;
  const lastCol = expected.layout.columns.length;
  const exportedRowNo = new Map<string, number>();
  for (const e of expected.rows) if (e.tag) exportedRowNo.set(e.tag, e.index + 1);

  const desired = new Map<string, Slot[]>(original.schwerpunkte.map((a) => [a.id, []]));
  const consumedInserted = new Set<ActualRow>();
  const consumedDeleted = new Set<ExpectedRow>();
  let current: string | null = null;
  for (const a of actual) {
    const tag = alignment.expectedOf.get(a)?.tag;
    if (tag === undefined) {
      if (current === null) continue;
      consumedInserted.add(a);
      if (instrumentText(a) === '') {
        const at: Place = { sheet, row: a.rowNo, col: PF.instrument };
        session.skip(
          at,
          [...a.cells.values()].map((c) => foundIn(c)).join(', '),
          'neue Zeile ohne Instrument (Spalte B)',
          [...a.cells.keys()].map((col) => `${colName(col)}${a.rowNo}`).join(', '),
        );
      } else desired.get(current)!.push({ id: null, at: a });
      continue;
    }
    if (tag === null) continue;
    if (tag.startsWith('area:')) current = tag.slice(5);
    else if (BLOCK_END.test(tag)) current = null;
    else if (tag.startsWith('row:') || tag.startsWith('ref:')) {
      const id = tag.slice(4);
      if (current !== null) desired.get(current)!.push({ id, at: a });
      else {
        const areaName = original.schwerpunkte[rowIndex(original).get(id)?.areaIndex ?? -1]?.name ?? '';
        session.skip(
          { sheet, row: a.rowNo, col: PF.instrument },
          quoted(instrumentText(a)),
          `Zeile außerhalb eines Handlungsschwerpunkts; sie bleibt in „${areaName}“`,
        );
      }
    }
  }

  const toDelete: ExpectedRow[] = [];
  const headingGone = new Set<string>();
  for (const e of alignment.deleted) {
    const tag = e.tag ?? '';
    if (tag.startsWith('row:') || tag.startsWith('ref:')) {
      toDelete.push(e);
      consumedDeleted.add(e);
    } else if (tag.startsWith('area:')) {
      headingGone.add(tag.slice(5));
      consumedDeleted.add(e);
    }
  }

  const describe = (plan: Plan, id: string): string => {
    const loc = rowIndex(plan).get(id);
    const row: PortfolioRow | undefined = loc && plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex];
    if (!row) return '';
    return row.kind === 'instrument'
      ? quoted(row.instrument)
      : `Verweis auf ${quoted(findInstrumentRow(plan, row.ownerRowId)?.instrument ?? '')}`;
  };
  const rowLabel = (plan: Plan, id: string): string => {
    const d = describe(plan, id);
    return d.startsWith('Verweis') ? d : `Zeile ${d}`;
  };
  const areaOf = (plan: Plan, id: string) => plan.schwerpunkte[rowIndex(plan).get(id)?.areaIndex ?? -1];

  function deleted(before: Plan, e: ExpectedRow): void {
    const id = e.tag!.slice(4);
    session.took(
      { sheet, row: e.index + 1, col: 1 },
      {
        what: `Zeile in „${areaOf(before, id)?.name ?? ''}“ gelöscht`,
        before: describe(before, id),
        after: '',
      },
      `Zeile ${e.index + 1} (beim Export)`,
    );
  }

  function deleteRows(): void {
    // All in one command; only when the app refuses, row by row, retrying the rows others depend
    // on ("enthalten in", references) once the rows pointing at them are gone.
    const before = session.plan;
    if (toDelete.length === 0) return;
    if (session.attempt({ type: 'deleteRows', rowIds: toDelete.map((e) => e.tag!.slice(4)) }) === null) {
      for (const e of toDelete) deleted(before, e);
      return;
    }
    let pending = toDelete.slice();
    const reasons = new Map<ExpectedRow, string>();
    for (let progress = true; progress && pending.length > 0;) {
      progress = false;
      const next: ExpectedRow[] = [];
      for (const e of pending) {
        const plan = session.plan;
        const refused = session.attempt({ type: 'deleteRows', rowIds: [e.tag!.slice(4)] });
        if (refused === null) {
          progress = true;
          deleted(plan, e);
        } else {
          reasons.set(e, refused);
          next.push(e);
        }
      }
      pending = next;
    }
    for (const e of pending)
      session.skip(
        { sheet, row: e.index + 1, col: 1 },
        `Löschung der Zeile ${describe(session.plan, e.tag!.slice(4))}`,
        reasons.get(e) ?? '',
        `Zeile ${e.index + 1} (beim Export)`,
      );
  }

  /** The row typed into an inserted line: Instrument, Kat. and Funktion (the rest follows). */
  function newRowOf(a: ActualRow): InstrumentRow {
    const row = newInstrumentRow(instrumentText(a));
    const katCell = a.cells.get(PF.kategorie);
    if (katCell) {
      const k = parseKategorie(shownTextOf(katCell), session.plan);
      if (k.ok) row.kategorie = k.value;
      else session.skip({ sheet, row: a.rowNo, col: PF.kategorie }, foundIn(katCell), k.reason);
    }
    row.funktion = shownTextOf(a.cells.get(PF.funktion));
    const fbwCell = a.cells.get(PF.fbw);
    if (fbwCell) {
      const f = parseFbw(shownTextOf(fbwCell));
      if (f.ok) row.fbw = f.value;
      else session.skip({ sheet, row: a.rowNo, col: PF.fbw }, foundIn(fbwCell), f.reason);
    }
    return row;
  }

  /** Lists a new row and takes what follows it in: Finanzierung, numbers (queued). */
  function listNewRow(a: ActualRow, row: InstrumentRow, areaName: string): void {
    const name = row.instrument;
    const place = (col: number): Place => ({ sheet, row: a.rowNo, col });
    session.took(place(PF.instrument), {
      what: `neue Zeile in „${areaName}“`,
      before: '',
      after: quoted(name),
    });
    if (row.kategorie !== null)
      session.took(place(PF.kategorie), {
        what: `Förderkategorie „${name}“`,
        before: 'leer',
        after: row.kategorie,
      });
    const finCell = a.cells.get(PF.finanzierung);
    if (finCell) {
      const f = parseFinanzierung(shownTextOf(finCell), session.plan);
      if (!f.ok)
        session.skip(place(PF.finanzierung), foundIn(finCell), `${f.reason}; die Zeile zählt als EGT`);
      else if (f.value.art !== 'EGT')
        session.apply(
          place(PF.finanzierung),
          foundIn(finCell),
          { type: 'patchRow', rowId: row.id, patch: { finanzierung: f.value } },
          () => ({ what: `Finanzierung „${name}“`, before: 'EGT', after: shownTextOf(finCell).trim() }),
        );
    }
    if (row.funktion !== '')
      session.took(place(PF.funktion), {
        what: `Funktion „${name}“`,
        before: 'leer',
        after: shownText(row.funktion),
      });
    if (row.fbw) session.took(place(PF.fbw), { what: `FbW-Zeile „${name}“`, before: 'nein', after: 'ja' });
    for (const field of ROW_FIELDS)
      compareInput(
        session,
        queue,
        place(FIELD_COLS[field]),
        a.cells.get(FIELD_COLS[field]),
        cellKey({ kind: 'row', id: row.id, field }),
        `${rowFieldLabel(field)} „${name}“`,
      );
    for (const [col, cell] of a.cells) {
      if (col > lastCol) session.skip(place(col), foundIn(cell), REASON_OUTSIDE);
      else if (FIGURE_COLS.has(col) && !isFormula(cell.value))
        session.skip(place(col), foundIn(cell), REASON_FORMULA);
    }
  }

  /** New rows go in with one command, at the end of their area; reorder() puts them in place. */
  function insertNewRows(): Map<ActualRow, string> {
    const ids = new Map<ActualRow, string>();
    const made: { a: ActualRow; row: InstrumentRow; areaId: string }[] = [];
    for (const [areaId, slots] of desired)
      for (const s of slots) if (s.id === null) made.push({ a: s.at, row: newRowOf(s.at), areaId });
    if (made.length === 0) return ids;
    const refused = session.attempt({
      type: 'insertRows',
      rows: made.map(({ row, areaId }) => ({ areaId, index: Number.MAX_SAFE_INTEGER, row })),
    });
    for (const { a, row, areaId } of made) {
      if (refused !== null) {
        session.skip({ sheet, row: a.rowNo, col: PF.instrument }, quoted(row.instrument), refused);
        continue;
      }
      ids.set(a, row.id);
      listNewRow(a, row, original.schwerpunkte.find((x) => x.id === areaId)?.name ?? '');
    }
    return ids;
  }

  /**
   * Puts every row where the workbook has it, in one pass (a sorted block moves thousands of
   * rows; a moveRow command per row would rebuild the plan each time). It keeps moveRow's rule:
   * a reference never goes into the area that owns its instrument. A row no block claims (outside
   * every block, or not deletable) stays in its area after the row it followed.
   */
  function reorder(newIds: Map<ActualRow, string>): Map<string, ActualRow> {
    const plan = session.plan;
    const rowById = new Map<string, PortfolioRow>();
    for (const area of plan.schwerpunkte) for (const r of area.rows) rowById.set(r.id, r);
    const from = rowIndex(original);
    const atOf = new Map<string, ActualRow>();
    const lists = new Map<string, string[]>();
    for (const area of plan.schwerpunkte) {
      const ids: string[] = [];
      const owners = new Set<string>();
      const slots = (desired.get(area.id) ?? []).flatMap((s) => {
        const id = s.id ?? newIds.get(s.at);
        return id !== undefined && rowById.has(id) ? [{ id, at: s.at }] : [];
      });
      for (const { id } of slots) if (rowById.get(id)!.kind === 'instrument') owners.add(id);
      for (const { id, at } of slots) {
        const r = rowById.get(id)!;
        const cameFrom = original.schwerpunkte[from.get(id)?.areaIndex ?? -1]?.id;
        if (r.kind === 'reference' && owners.has(r.ownerRowId) && cameFrom !== area.id) {
          session.skip(
            { sheet, row: at.rowNo, col: PF.instrument },
            `Verschiebung von ${describe(plan, id)}`,
            'ein Verweis kann nicht in den Handlungsschwerpunkt verschoben werden, dem die Maßnahme gehört',
          );
          continue;
        }
        ids.push(id);
        atOf.set(id, at);
      }
      lists.set(area.id, ids);
    }
    const placed = new Set([...lists.values()].flat());
    const schwerpunkte = plan.schwerpunkte.map((area) => {
      const ids = lists.get(area.id)!;
      const own = new Set(ids);
      const after = new Map<string | null, string[]>();
      let previous: string | null = null;
      for (const r of area.rows) {
        if (!placed.has(r.id)) {
          const list = after.get(previous);
          if (list) list.push(r.id);
          else after.set(previous, [r.id]);
        } else if (own.has(r.id)) previous = r.id;
      }
      const order = [...(after.get(null) ?? []), ...ids.flatMap((id) => [id, ...(after.get(id) ?? [])])];
      const same = order.length === area.rows.length && order.every((id, i) => area.rows[i]!.id === id);
      return same ? area : { ...area, rows: order.map((id) => rowById.get(id)!) };
    });
    if (schwerpunkte.some((a, i) => a !== plan.schwerpunkte[i])) session.plan = { ...plan, schwerpunkte };
    return atOf;
  }

  /** Lists the rows that stand in another area or order now (by the longest unmoved sequence). */
  function listMoves(atOf: Map<string, ActualRow>): void {
    const before = rowIndex(original);
    for (const area of session.plan.schwerpunkte) {
      const stayed = area.rows.filter(
        (r) => original.schwerpunkte[before.get(r.id)?.areaIndex ?? -1]?.id === area.id,
      );
      const inOrder = longestIncreasing(stayed.map((r) => before.get(r.id)!.rowIndex));
      let k = -1;
      area.rows.forEach((r, index) => {
        const from = before.get(r.id);
        const fromArea = from ? original.schwerpunkte[from.areaIndex] : undefined;
        if (fromArea?.id === area.id) k += 1;
        const at = atOf.get(r.id);
        if (!at || !from || !fromArea) return;
        const place: Place = { sheet, row: at.rowNo, col: PF.instrument };
        if (fromArea.id !== area.id)
          session.took(place, {
            what: `${rowLabel(session.plan, r.id)} verschoben`,
            before: quoted(fromArea.name),
            after: quoted(area.name),
          });
        else if (!inOrder.has(k))
          session.took(place, {
            what: `${rowLabel(session.plan, r.id)} in „${area.name}“ verschoben`,
            before: `Stelle ${from.rowIndex + 1}`,
            after: `Stelle ${index + 1}`,
          });
      });
    }
  }

  function deleteEmptiedAreas(): void {
    for (const areaId of headingGone) {
      const area = session.plan.schwerpunkte.find((a) => a.id === areaId);
      const rowNo = exportedRowNo.get(`area:${areaId}`) ?? 0;
      const cell = `Zeile ${rowNo} (beim Export)`;
      const at: Place = { sheet, row: rowNo, col: 1 };
      if (!area) continue;
      if (area.rows.length > 0) {
        session.skip(
          at,
          `Löschung der Überschrift ${quoted(area.name)}`,
          'ein Handlungsschwerpunkt wird nur mit allen seinen Zeilen gelöscht (oder in der App)',
          cell,
        );
        continue;
      }
      const refused = session.attempt({ type: 'deleteArea', areaId });
      if (refused !== null) {
        session.skip(at, `Löschung von ${quoted(area.name)}`, refused, cell);
        continue;
      }
      session.took(at, { what: 'Handlungsschwerpunkt gelöscht', before: quoted(area.name), after: '' }, cell);
      for (const e of alignment.deleted)
        if (e.tag === `sum:${areaId}` || e.tag === `sumDm:${areaId}` || e.tag === `anteil:${areaId}`)
          consumedDeleted.add(e);
    }
  }

  return {
    consumedInserted,
    consumedDeleted,
    apply() {
      deleteRows();
      const atOf = reorder(insertNewRows());
      listMoves(atOf);
      deleteEmptiedAreas();
    },
  };
}
