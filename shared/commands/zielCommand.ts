/**
 * The commands of the Zielvereinbarung (model/ziele.ts). Numbers of targets and dialogues are
 * input cells and change through `setInputs`; texts of a target through `setText`; everything
 * else through these, each with its exact inverse (applyZielCommand.ts).
 */
import type { Id } from '../model/plan';
import type { Partei, Ziel, Zieldialog, ZielIst, Zielvereinbarung } from '../model/ziele';

/** The header fields of the agreement (its lists change through their own commands). */
export type ZielvereinbarungPatch = Partial<
  Pick<
    Zielvereinbarung,
    'traegerform' | 'rechtsgrundlage' | 'anlagen' | 'landesschwerpunkte' | 'dialogeProJahr' | 'rechenbasis'
  >
>;

/** What a target's dropdowns and settings change (not its numbers, not its texts). */
export type ZielPatch = Partial<
  Pick<
    Ziel,
    | 'zielbereich'
    | 'kennzahl'
    | 'segment'
    | 'zielart'
    | 'einheit'
    | 'polaritaet'
    | 'stellen'
    | 'vorjahrQuelle'
    | 'gekoppeltAn'
    | 'stichtage'
  >
>;

export type ParteiPatch = Partial<Omit<Partei, 'id'>>;
export type ZieldialogPatch = Partial<Pick<Zieldialog, 'datum' | 'datenstand' | 'notizen' | 'massnahmen'>>;

/** What a deleted target leaves behind and its undo puts back: Ist values and formula texts. */
export interface ZielRestore {
  ist: { dialogId: Id; ist: ZielIst }[];
  formeln: Record<string, string>;
}

export type ZielCommand =
  | { type: 'setZielvereinbarung'; patch: ZielvereinbarungPatch }
  | { type: 'insertZiel'; ziel: Ziel; index: number; restore?: ZielRestore }
  | { type: 'deleteZiel'; id: Id }
  | { type: 'moveZiel'; id: Id; toIndex: number }
  | { type: 'patchZiel'; id: Id; patch: ZielPatch }
  | { type: 'insertPartei'; partei: Partei; index: number }
  | { type: 'deletePartei'; id: Id }
  | { type: 'patchPartei'; id: Id; patch: ParteiPatch }
  | { type: 'insertZieldialog'; dialog: Zieldialog; index: number; formeln?: Record<string, string> }
  | { type: 'deleteZieldialog'; id: Id }
  | { type: 'patchZieldialog'; id: Id; patch: ZieldialogPatch }
  /** A milestone or deadline judged in a dialogue; null: not judged. */
  | { type: 'setZielErreicht'; dialogId: Id; zielId: Id; erreicht: boolean | null };

export type ZielCommandType = ZielCommand['type'];

export const ZIEL_COMMAND_TYPES: ReadonlySet<string> = new Set<ZielCommandType>([
  'setZielvereinbarung',
  'insertZiel',
  'deleteZiel',
  'moveZiel',
  'patchZiel',
  'insertPartei',
  'deletePartei',
  'patchPartei',
  'insertZieldialog',
  'deleteZieldialog',
  'patchZieldialog',
  'setZielErreicht',
]);

export function isZielCommand(cmd: { type: string }): cmd is ZielCommand {
  return ZIEL_COMMAND_TYPES.has(cmd.type);
}
