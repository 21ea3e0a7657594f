/**
 * Every change to a plan is a command: a plain, serialisable object applied by a pure function
 * (applyCommand.ts) that also returns its inverse. Undo/redo, autosave, the change log and
 * cross-window sync all work on these objects, never on UI state.
 */
import type { CellKey } from '../model/cellKey';
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
  Zuweisung,
} from '../model/plan';

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
  | { kind: 'drittmittel'; id: Id; field: 'programm' | 'zeitraum' };

export interface RowPatch {
  kategorie?: string | null;
  finanzierung?: Finanzierung;
  nachrichtlich?: boolean;
  fbw?: boolean;
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
  /** The Programm's texts (model/dokument.ts); the inverse of a text change holds the old text. */
  | { type: 'setDokumentText'; ref: TextRef; text: Text }
  | { type: 'insertKapitel'; kapitel: Kapitel; index: number }
  | { type: 'deleteKapitel'; kapitelId: Id }
  | { type: 'moveKapitel'; kapitelId: Id; toIndex: number }
  | { type: 'setKapitelTitel'; kapitelId: Id; titel: string }
  /** Several commands as one undo step (e.g. paste that creates rows and sets values). */
  | { type: 'batch'; label: string; commands: Command[] };

export type CommandType = Command['type'];
