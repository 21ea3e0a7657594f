/**
 * The Ziele screen's actions: targets added, removed and moved, parties and dialogues added and
 * removed, and what each dropdown of a target offers and changes (a Kennzahl brings its unit and
 * polarity; a kind that needs another unit brings that unit along for a local target).
 */
import type { Command } from '../commands/command';
import type { ZielPatch } from '../commands/zielCommand';
import { newPartei, newZiel, newZieldialog } from '../model/newLines';
import type { Id, Plan } from '../model/plan';
import { kennzahlenKatalog, zielKennzahl } from '../model/zielKennzahlen';
import { zielartFits } from '../model/zielRules';
import type { Zielart, Zieleinheit, Ziel } from '../model/ziele';
import {
  GEKOPPELT_IQ_GESAMT,
  VORJAHR_QUELLEN,
  VORJAHR_QUELLE_LABELS,
  ZIELARTEN,
  ZIELART_LABELS,
  ZIELBEREICHE,
  ZIELBEREICH_LABELS,
  ZIEL_SEGMENTE,
  ZIEL_SEGMENT_LABELS,
  findZiel,
  isRelChange,
} from '../model/ziele';
import type { ActionResult } from './action';
import { act, refuse } from './action';

export interface Option {
  value: string;
  label: string;
}

/** Adds a target below `afterId` (at the end without one), in the same Zielbereich. */
export function addZiel(plan: Plan, afterId?: Id): ActionResult {
  const ziele = plan.zielvereinbarung.ziele;
  const at = afterId ? ziele.findIndex((z) => z.id === afterId) : -1;
  const ziel = newZiel(at >= 0 ? ziele[at]!.zielbereich : 'lokal');
  return act(
    { type: 'insertZiel', ziel, index: at >= 0 ? at + 1 : ziele.length },
    { target: { sheet: 'ziele', rowId: ziel.id, column: 'bezeichnung' }, edit: true },
  );
}

export function removeZiel(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteZiel', id });
}

/** One step up or down within its Zielbereich (the sheet groups targets by area). */
export function moveZiel(plan: Plan, id: Id | undefined, step: -1 | 1): ActionResult {
  if (id === undefined) return null;
  const ziele = plan.zielvereinbarung.ziele;
  const from = ziele.findIndex((z) => z.id === id);
  const ziel = ziele[from];
  if (!ziel) return refuse('Dieses Ziel gibt es nicht mehr.');
  let to = from + step;
  while (to >= 0 && to < ziele.length && ziele[to]!.zielbereich !== ziel.zielbereich) to += step;
  if (to < 0 || to >= ziele.length) return null;
  return act(
    { type: 'moveZiel', id, toIndex: to },
    { target: { sheet: 'ziele', rowId: id, column: 'bezeichnung' }, edit: false },
  );
}

export function addPartei(plan: Plan): ActionResult {
  return act({ type: 'insertPartei', partei: newPartei(), index: plan.zielvereinbarung.parteien.length });
}

export function removePartei(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deletePartei', id });
}

/** A new dialogue at the end, dated `today` (ISO). */
export function addZieldialog(plan: Plan, today: string | null): ActionResult {
  return act({
    type: 'insertZieldialog',
    dialog: newZieldialog(today),
    index: plan.zielvereinbarung.dialoge.length,
  });
}

export function removeZieldialog(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteZieldialog', id });
}

/** The unit a kind needs (a level is a rate, a minimum a count, a cap euros); null: any. */
function unitFor(zielart: Zielart): Zieleinheit | null {
  switch (zielart) {
    case 'levelMin':
      return 'quote';
    case 'countMin':
      return 'anzahl';
    case 'absoluteMax':
      return 'betrag';
    default:
      return null;
  }
}

/**
 * Choosing a Kennzahl brings its unit and polarity; a kind that does not fit the new unit
 * becomes a relative change in the Kennzahl's direction. '' makes the target local.
 */
export function kennzahlPatch(plan: Plan, z: Ziel, code: string): ZielPatch {
  if (code === '') return { kennzahl: null };
  const k = zielKennzahl(code, plan.header.year);
  if (!k) return { kennzahl: code };
  const patch: ZielPatch = { kennzahl: code, einheit: k.einheit, polaritaet: k.polaritaet };
  if (!zielartFits(z.zielart, k.einheit))
    patch.zielart = k.polaritaet === 'lowerIsBetter' ? 'relChangeMax' : 'relChangeMin';
  return patch;
}

/** A kind; a local target takes the unit the kind needs along. */
export function zielartPatch(z: Ziel, zielart: Zielart): ZielPatch {
  const unit = unitFor(zielart);
  if (z.kennzahl === null && unit && !zielartFits(zielart, z.einheit)) return { zielart, einheit: unit };
  return { zielart };
}

/** The dropdowns of a target: options, the value shown, and the command a choice runs. */
export type ZielChoice = 'zielbereich' | 'kennzahl' | 'segment' | 'zielart' | 'vorjahrQuelle';

export function zielChoiceOptions(plan: Plan, field: ZielChoice): Option[] {
  switch (field) {
    case 'zielbereich':
      return ZIELBEREICHE.map((b) => ({ value: b, label: ZIELBEREICH_LABELS[b] }));
    case 'kennzahl':
      return [
        { value: '', label: '– (lokales Ziel)' },
        ...kennzahlenKatalog(plan.header.year).map((k) => ({ value: k.code, label: `${k.code} ${k.name}` })),
      ];
    case 'segment':
      return ZIEL_SEGMENTE.map((s) => ({ value: s, label: ZIEL_SEGMENT_LABELS[s] }));
    case 'zielart':
      return ZIELARTEN.map((a) => ({ value: a, label: ZIELART_LABELS[a] }));
    case 'vorjahrQuelle':
      return [
        { value: '', label: '–' },
        ...VORJAHR_QUELLEN.map((q) => ({ value: q, label: VORJAHR_QUELLE_LABELS[q] })),
      ];
  }
}

export function zielChoiceValue(z: Ziel, field: ZielChoice): string {
  switch (field) {
    case 'kennzahl':
      return z.kennzahl ?? '';
    case 'vorjahrQuelle':
      return z.vorjahrQuelle ?? '';
    default:
      return z[field];
  }
}

export function zielChoiceCommand(plan: Plan, id: Id, field: ZielChoice, value: string): Command | null {
  const z = findZiel(plan.zielvereinbarung, id);
  if (!z || zielChoiceValue(z, field) === value) return null;
  const patch: ZielPatch =
    field === 'kennzahl'
      ? kennzahlPatch(plan, z, value)
      : field === 'zielart'
        ? zielartPatch(z, value as Zielart)
        : field === 'vorjahrQuelle'
          ? { vorjahrQuelle: value === '' ? null : (value as Ziel['vorjahrQuelle']) }
          : { [field]: value };
  return { type: 'patchZiel', id, patch };
}

/** A dialogue's judgement of a milestone or deadline. */
export const ERREICHT_OPTIONS: readonly Option[] = [
  { value: '', label: 'offen' },
  { value: 'ja', label: 'erreicht' },
  { value: 'nein', label: 'nicht erreicht' },
];

export function erreichtCommand(dialogId: Id, zielId: Id, value: string): Command {
  return { type: 'setZielErreicht', dialogId, zielId, erreicht: value === '' ? null : value === 'ja' };
}

/** What a target can follow (F8): the computed total, or another relative change that follows nobody. */
export function kopplungOptions(plan: Plan, z: Ziel): Option[] {
  const others = plan.zielvereinbarung.ziele.filter(
    (x) => x.id !== z.id && isRelChange(x.zielart) && x.gekoppeltAn === null,
  );
  return [
    { value: '', label: '– (eigene Veränderung)' },
    { value: GEKOPPELT_IQ_GESAMT, label: 'Veränderung der Integrationsquote gesamt (F6)' },
    ...others.map((x) => ({ value: x.id, label: x.bezeichnung || x.kennzahl || 'Ziel' })),
  ];
}

/** Stichtage typed as "30.09.2018, 31.12.2018" → ISO dates, or a German message. */
export function parseStichtage(text: string): { ok: true; value: string[] } | { ok: false; message: string } {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(p);
    const iso = m
      ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
      : /^\d{4}-\d{2}-\d{2}$/.test(p)
        ? p
        : null;
    const date = iso ? new Date(`${iso}T00:00:00Z`) : null;
    if (!iso || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
      return { ok: false, message: `„${p}“ ist kein Datum (TT.MM.JJJJ).` };
    out.push(iso);
  }
  return { ok: true, value: out };
}
