/**
 * Every change to a plan is a command: a plain, serialisable object applied by a pure function
 * (applyCommand.ts) that also returns its inverse. Undo/redo, autosave, the change log and
 * cross-window sync all work on these objects, never on UI state.
 */
import type { CellKey } from '../model/cellKey';
import type { NoteKey } from '../model/notes';
import type { SheetId } from '../model/sheets';
import type {
  Globalbudget,
  Kundengruppe,
  ProjektStelle,
  Schaetzung,
  Verpflichtung,
  Verpflichtungen,
} from '../model/budget';
import type { Kapitel, Text, TextRef } from '../model/dokument';
import type {
  AusserhalbEgt,
  Drittmittel,
  Finanzierung,
  Handlungsschwerpunkt,
  Id,
  Num,
  PlanHeader,
  PortfolioRow,
  UmschichtungInput,
  YearColumn,
  Zielgruppe,
  ZielgruppenAnteil,
  ZielgruppenSicht,
  Zuweisung,
} from '../model/plan';
import type { ZielCommand } from './zielCommand';

export interface InputChange {
  key: CellKey;
  value: Num;
  /** The text the user typed when it started with "=", kept for editing and Excel. */
  formula?: string;
}

/** Text fields of rows and lines that do not feed any figure. */
export type TextTarget =
  | { kind: 'row'; rowId: Id; field: 'instrument' | 'funktion' }
  | { kind: 'area'; areaId: Id }
  | { kind: 'zuweisung'; id: Id }
  | { kind: 'ausserhalb'; id: Id }
  | { kind: 'drittmittel'; id: Id; field: 'programm' | 'zeitraum' }
  /** The texts of a target of the Zielvereinbarung. */
  | { kind: 'ziel'; id: Id; field: ZielTextField }
  /** Globalbudget and Verpflichtungen: names, and months typed as text (`09.2016`). */
  | { kind: 'schaetzung'; id: Id; field: 'stand' }
  | { kind: 'projekt'; id: Id; field: 'bezeichnung' }
  | { kind: 'gruppe'; id: Id; field: 'name' }
  | { kind: 'verpflichtung'; id: Id; field: 'bezeichnung' | 'beginn' | 'ende' }
  /** The name of a target group in the master list. */
  | { kind: 'zielgruppe'; id: Id };

export type ZielTextField = 'bezeichnung' | 'erreichtWenn' | 'segmentName' | 'notiz';

export interface RowPatch {
  kategorie?: string | null;
  finanzierung?: Finanzierung;
  nachrichtlich?: boolean;
  fbw?: boolean;
  /** Multi-year entries: month of the plan year they begin and their run; null removes it. */
  beginn?: number | null;
  laufzeit?: number | null;
}

/** A line of the Globalbudget or Verpflichtungen sheet, by its list. */
export type BudgetItem =
  | { list: 'schaetzungen'; item: Schaetzung }
  | { list: 'projekte'; item: ProjektStelle }
  | { list: 'gruppen'; item: Kundengruppe }
  | { list: 'verpflichtungen'; item: Verpflichtung };
export type BudgetList = BudgetItem['list'];

/** The choices of a line (its dropdowns). */
export type BudgetItemPatch =
  | { list: 'schaetzungen'; id: Id; patch: Partial<Pick<Schaetzung, 'art'>> }
  | { list: 'projekte'; id: Id; patch: Partial<Pick<ProjektStelle, 'finanzierung'>> }
  | { list: 'verpflichtungen'; id: Id; patch: Partial<Pick<Verpflichtung, 'rowId' | 'profil' | 'jahr'>> };

/** The per-plan options of the budget sheets. */
export type BudgetOptions = Pick<
  Globalbudget,
  'grundlageId' | 'mittelausstattungAusGrundlage' | 'umschichtungsbasis' | 'umschichtungsbasisVorjahr'
> &
  Pick<Verpflichtungen, 'vorbindungenAusRegister'>;
/** What an area says besides its name and rows: the target group its table is about. */
export interface AreaPatch {
  zielgruppeId?: Id | null;
}

export interface RowPlacement {
  areaId: Id;
  index: number;
  row: PortfolioRow;
}

export type Command =
  /** One or many input cells (a paste or Ctrl+D is one command, one undo step). */
  | { type: 'setInputs'; changes: InputChange[] }
  | { type: 'setText'; target: TextTarget; value: string }
  | { type: 'patchRow'; rowId: Id; patch: RowPatch }
  | { type: 'setHeader'; patch: Partial<Omit<PlanHeader, 'changedAt'>> }
  /** Rows placed at the given positions (applied in order). */
  | { type: 'insertRows'; rows: RowPlacement[] }
  | { type: 'deleteRows'; rowIds: Id[] }
  | { type: 'moveRow'; rowId: Id; toAreaId: Id; toIndex: number }
  | { type: 'insertArea'; area: Handlungsschwerpunkt; index: number }
  | { type: 'deleteArea'; areaId: Id }
  | { type: 'moveArea'; areaId: Id; toIndex: number }
  | { type: 'insertZuweisung'; zuweisung: Zuweisung; index: number }
  | { type: 'deleteZuweisung'; id: Id }
  | { type: 'insertAusserhalb'; item: AusserhalbEgt; index: number }
  | { type: 'deleteAusserhalb'; id: Id }
  | { type: 'insertDrittmittel'; item: Drittmittel; index: number }
  | { type: 'deleteDrittmittel'; id: Id }
  /** The Zielvereinbarung: its header, parties, targets and dialogues (zielCommand.ts). */
  | ZielCommand
  | { type: 'insertBudgetItem'; entry: BudgetItem; index: number }
  | { type: 'deleteBudgetItem'; list: BudgetList; id: Id }
  | { type: 'patchBudgetItem'; target: BudgetItemPatch }
  | { type: 'setBudgetOptions'; patch: Partial<BudgetOptions> }
  /**
   * One year's Umschichtung pair as a whole, with the formula texts of its two cells: the exact
   * inverse of typing into the pair (which may swap the primary side).
   */
  | {
      type: 'setUmschichtung';
      col: YearColumn;
      value: UmschichtungInput;
      formeln: { betrag?: string; quote?: string };
    }
  /** A row's share for an evaluated target group; null removes it. */
  | {
      type: 'setZielgruppenAnteil';
      rowId: Id;
      zielgruppeId: Id;
      anteil: ZielgruppenAnteil | null;
      /** Where a new share goes in the row's list (the inverse of a removal: where it was). */
      index?: number;
    }
  | { type: 'insertZielgruppe'; zielgruppe: Zielgruppe; index: number }
  | { type: 'deleteZielgruppe'; id: Id }
  /** A target group of the master list evaluated as a sheet of its own (or no longer). */
  | { type: 'insertZielgruppenSicht'; sicht: ZielgruppenSicht; index: number }
  | { type: 'deleteZielgruppenSicht'; zielgruppeId: Id }
  | { type: 'patchArea'; areaId: Id; patch: AreaPatch }
  /**
   * The note (Bemerkung) on a cell or row (model/notes.ts); an empty text removes it. `sheet`
   * and `where` ("Haushalt (EGT) › EGT-Auslastung 2016") name the cell in the undo label and the
   * Änderungsprotokoll: a figure's title is known where the note is written, not here.
   */
  | { type: 'setNote'; key: NoteKey; text: string; sheet: SheetId; where: string }
  /** The Programm's texts (model/dokument.ts); the inverse of a text change holds the old text. */
  | { type: 'setDokumentText'; ref: TextRef; text: Text }
  | { type: 'insertKapitel'; kapitel: Kapitel; index: number }
  | { type: 'deleteKapitel'; kapitelId: Id }
  | { type: 'moveKapitel'; kapitelId: Id; toIndex: number }
  | { type: 'setKapitelTitel'; kapitelId: Id; titel: string }
  /** Several commands as one undo step (e.g. paste that creates rows and sets values). */
  | { type: 'batch'; label: string; commands: Command[] };

export type CommandType = Command['type'];

/** True when the command changes input values only (no text, header or structure): the checks follow it incrementally. */
export function onlyInputValues(cmd: Command): boolean {
  return cmd.type === 'setInputs' || (cmd.type === 'batch' && cmd.commands.every(onlyInputValues));
}
