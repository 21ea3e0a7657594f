/**
 * Applies a command of the Zielvereinbarung (zielCommand.ts) purely, with its exact inverse:
 * a deleted target comes back with its Ist values, its formula texts and its place.
 */
import { formatCount } from '../format/numberFormat';
import { dialogTitle } from '../format/dialogTitle';
import { MAX_DIALOGE, MAX_LISTENEINTRAEGE, MAX_PARTEIEN, MAX_ZIELE } from '../input/limits';
import { parseCellKey } from '../model/cellKey';
import { withoutEmptyIst } from '../model/inputs';
import type { Id, Plan } from '../model/plan';
import { missingCase } from '../model/plan';
import { linkProblem, zielTitle, zielartFits } from '../model/zielRules';
import type { Ziel, Zieldialog, Zielvereinbarung } from '../model/ziele';
import { PARTEI_ROLLE_LABELS, emptyIstWerte, isRelChange } from '../model/ziele';
import type { Applied } from './applyCommand';
import { CommandError } from './applyCommand';
import type { Command } from './command';
import type { ZielCommand, ZielPatch, ZielRestore } from './zielCommand';

function fail(message: string): never {
  throw new CommandError(message);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const PATCH_LABELS: Record<keyof ZielPatch, string> = {
  zielbereich: 'Zielbereich',
  kennzahl: 'Kennzahl',
  segment: 'Segment',
  zielart: 'Zielart',
  einheit: 'Einheit',
  polaritaet: 'Polarität',
  stellen: 'Nachkommastellen',
  vorjahrQuelle: 'Quelle des Vorjahreswerts',
  gekoppeltAn: 'Kopplung',
  stichtage: 'Stichtage',
};

const withZv = (plan: Plan, zv: Zielvereinbarung): Plan => ({ ...plan, zielvereinbarung: zv });

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.trunc(v)));
}

function zielAt(plan: Plan, id: Id): { ziel: Ziel; index: number } {
  const index = plan.zielvereinbarung.ziele.findIndex((z) => z.id === id);
  const ziel = plan.zielvereinbarung.ziele[index];
  if (!ziel) return fail('Dieses Ziel gibt es nicht mehr.');
  return { ziel, index };
}

/** The rules a target must keep, whatever changed it (insert, patch, undo). */
export function zielProblem(plan: Plan, z: Ziel): string | null {
  const title = `„${zielTitle(z, plan.header.year)}“`;
  if (!zielartFits(z.zielart, z.einheit))
    return `${title}: die Zielart passt nicht zur Einheit (eine Quote als Niveau, eine Anzahl als Mindestzahl, ein Betrag als Obergrenze).`;
  if (!Number.isInteger(z.stellen) || z.stellen < 0 || z.stellen > 3)
    return `${title}: 0 bis 3 Nachkommastellen sind möglich.`;
  if (z.stichtage.length > MAX_LISTENEINTRAEGE)
    return `${title}: höchstens ${MAX_LISTENEINTRAEGE} Stichtage.`;
  if (z.stichtage.some((d) => !ISO_DATE.test(d)))
    return `${title}: ein Stichtag ist kein Datum (JJJJ-MM-TT).`;
  const link = linkProblem(plan.zielvereinbarung.ziele, z, plan.header.year);
  if (link) return `${link}.`;
  return null;
}

/** Formula texts of the target's own cells and of its Ist values. */
function zielFormeln(plan: Plan, id: Id): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(plan.formeln)) {
    const ref = parseCellKey(key);
    if ((ref?.kind === 'ziel' && ref.id === id) || (ref?.kind === 'zielIst' && ref.zielId === id))
      out[key] = text;
  }
  return out;
}

function dialogFormeln(plan: Plan, id: Id): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(plan.formeln)) {
    const ref = parseCellKey(key);
    if (ref?.kind === 'zielIst' && ref.dialogId === id) out[key] = text;
  }
  return out;
}

const without = (formeln: Record<string, string>, keys: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(formeln).filter(([k]) => !(k in keys)));

function result(
  plan: Plan,
  inverse: Command,
  label: string,
  structural: boolean,
  rowId?: Id,
  column?: string,
): Applied {
  return {
    plan,
    inverse,
    changedKeys: [],
    structural,
    focus: { sheet: 'ziele', ...(rowId ? { rowId } : {}), ...(column ? { column } : {}) },
    label,
  };
}

function insertZiel(plan: Plan, ziel: Ziel, index: number, restore?: ZielRestore): Applied {
  const zv = plan.zielvereinbarung;
  if (zv.ziele.some((z) => z.id === ziel.id)) fail('Dieses Ziel gibt es schon.');
  if (zv.ziele.length >= MAX_ZIELE)
    fail(`Eine Zielvereinbarung hat höchstens ${formatCount(MAX_ZIELE)} Ziele.`);
  const ziele = zv.ziele.slice();
  ziele.splice(clamp(index, 0, ziele.length), 0, ziel);
  const dialoge = restore?.ist.length
    ? zv.dialoge.map((d) => {
        const back = restore.ist.filter((r) => r.dialogId === d.id).map((r) => r.ist);
        return back.length ? { ...d, werte: [...d.werte, ...back] } : d;
      })
    : zv.dialoge;
  const next = {
    ...withZv(plan, { ...zv, ziele, dialoge }),
    formeln: { ...plan.formeln, ...restore?.formeln },
  };
  const problem = zielProblem(next, ziel);
  if (problem) fail(problem);
  return result(
    next,
    { type: 'deleteZiel', id: ziel.id },
    `Ziel „${zielTitle(ziel, plan.header.year)}“ einfügen`,
    true,
    ziel.id,
    'bezeichnung',
  );
}

function deleteZiel(plan: Plan, id: Id): Applied {
  const { ziel, index } = zielAt(plan, id);
  const zv = plan.zielvereinbarung;
  const follower = zv.ziele.find((z) => z.gekoppeltAn === id);
  if (follower)
    fail(
      `„${zielTitle(follower, plan.header.year)}“ folgt diesem Ziel (gekoppelt). Lösen Sie zuerst die Kopplung.`,
    );
  const formeln = zielFormeln(plan, id);
  const ist = zv.dialoge.flatMap((d) =>
    d.werte.filter((w) => w.zielId === id).map((w) => ({ dialogId: d.id, ist: w })),
  );
  const next: Plan = {
    ...withZv(plan, {
      ...zv,
      ziele: zv.ziele.filter((z) => z.id !== id),
      dialoge: zv.dialoge.map((d) =>
        d.werte.some((w) => w.zielId === id) ? { ...d, werte: d.werte.filter((w) => w.zielId !== id) } : d,
      ),
    }),
    formeln: without(plan.formeln, formeln),
  };
  return result(
    next,
    { type: 'insertZiel', ziel, index, restore: { ist, formeln } },
    `Ziel „${zielTitle(ziel, plan.header.year)}“ löschen`,
    true,
  );
}

function moveZiel(plan: Plan, id: Id, toIndex: number): Applied {
  const { ziel, index } = zielAt(plan, id);
  const ziele = plan.zielvereinbarung.ziele.slice();
  ziele.splice(index, 1);
  ziele.splice(clamp(toIndex, 0, ziele.length), 0, ziel);
  return result(
    withZv(plan, { ...plan.zielvereinbarung, ziele }),
    { type: 'moveZiel', id, toIndex: index },
    `Ziel „${zielTitle(ziel, plan.header.year)}“ verschieben`,
    true,
    id,
  );
}

function patchZiel(plan: Plan, id: Id, patch: ZielPatch): Applied {
  const { ziel } = zielAt(plan, id);
  const keys = Object.keys(patch) as (keyof ZielPatch)[];
  if (keys.length === 0) fail('Keine Änderung.');
  const before: ZielPatch = {};
  for (const k of keys) (before as Record<string, unknown>)[k] = ziel[k];
  const patched: Ziel = { ...ziel, ...patch };
  const zv = plan.zielvereinbarung;
  const next = withZv(plan, { ...zv, ziele: zv.ziele.map((z) => (z.id === id ? patched : z)) });
  const problem = zielProblem(next, patched);
  if (problem) fail(problem);
  // A target others follow must keep a change they can follow.
  const follower = zv.ziele.find((z) => z.gekoppeltAn === id);
  if (follower && (!isRelChange(patched.zielart) || patched.gekoppeltAn !== null))
    fail(
      `„${zielTitle(follower, plan.header.year)}“ folgt diesem Ziel (gekoppelt). Lösen Sie zuerst die Kopplung.`,
    );
  return result(
    next,
    { type: 'patchZiel', id, patch: before },
    `${keys.map((k) => PATCH_LABELS[k]).join(', ')} von „${zielTitle(ziel, plan.header.year)}“ ändern`,
    true,
    id,
    keys[0],
  );
}

function dialogAt(plan: Plan, id: Id): { dialog: Zieldialog; index: number } {
  const index = plan.zielvereinbarung.dialoge.findIndex((d) => d.id === id);
  const dialog = plan.zielvereinbarung.dialoge[index];
  if (!dialog) return fail('Diesen Zieldialog gibt es nicht mehr.');
  return { dialog, index };
}

function checkDate(d: string | null | undefined, what: string): void {
  if (d !== null && d !== undefined && !ISO_DATE.test(d)) fail(`${what}: kein Datum (JJJJ-MM-TT).`);
}

export function applyZielCommand(plan: Plan, cmd: ZielCommand): Applied {
  const zv = plan.zielvereinbarung;
  switch (cmd.type) {
    case 'setZielvereinbarung': {
      const keys = Object.keys(cmd.patch) as (keyof typeof cmd.patch)[];
      if (keys.length === 0) fail('Keine Änderung.');
      const before: typeof cmd.patch = {};
      for (const k of keys) (before as Record<string, unknown>)[k] = zv[k];
      const p = cmd.patch;
      for (const list of [p.anlagen, p.landesschwerpunkte])
        if (list && list.length > MAX_LISTENEINTRAEGE)
          fail(`Höchstens ${MAX_LISTENEINTRAEGE} Einträge je Liste.`);
      if (
        p.dialogeProJahr !== undefined &&
        p.dialogeProJahr !== null &&
        (!Number.isInteger(p.dialogeProJahr) || p.dialogeProJahr < 0 || p.dialogeProJahr > MAX_DIALOGE)
      )
        fail(`Dialoge pro Jahr: eine ganze Zahl von 0 bis ${MAX_DIALOGE}.`);
      return result(
        withZv(plan, { ...zv, ...cmd.patch }),
        { type: 'setZielvereinbarung', patch: before },
        keys.includes('rechenbasis') ? 'Rechenbasis der Ziele ändern' : 'Zielvereinbarung ändern',
        // The Rechenbasis changes how the targets are computed; the other fields are texts.
        keys.includes('rechenbasis'),
      );
    }
    case 'insertZiel':
      return insertZiel(plan, cmd.ziel, cmd.index, cmd.restore);
    case 'deleteZiel':
      return deleteZiel(plan, cmd.id);
    case 'moveZiel':
      return moveZiel(plan, cmd.id, cmd.toIndex);
    case 'patchZiel':
      return patchZiel(plan, cmd.id, cmd.patch);
    case 'insertPartei': {
      if (zv.parteien.some((p) => p.id === cmd.partei.id)) fail('Diese Partei gibt es schon.');
      if (zv.parteien.length >= MAX_PARTEIEN) fail(`Höchstens ${MAX_PARTEIEN} Parteien.`);
      checkDate(cmd.partei.datum, 'Datum der Unterschrift');
      const parteien = zv.parteien.slice();
      parteien.splice(clamp(cmd.index, 0, parteien.length), 0, cmd.partei);
      return result(
        withZv(plan, { ...zv, parteien }),
        { type: 'deletePartei', id: cmd.partei.id },
        `Partei „${cmd.partei.name || PARTEI_ROLLE_LABELS[cmd.partei.rolle]}“ hinzufügen`,
        false,
      );
    }
    case 'deletePartei': {
      const index = zv.parteien.findIndex((p) => p.id === cmd.id);
      const partei = zv.parteien[index];
      if (!partei) return fail('Diese Partei gibt es nicht mehr.');
      return result(
        withZv(plan, { ...zv, parteien: zv.parteien.filter((p) => p.id !== cmd.id) }),
        { type: 'insertPartei', partei, index },
        `Partei „${partei.name || PARTEI_ROLLE_LABELS[partei.rolle]}“ entfernen`,
        false,
      );
    }
    case 'patchPartei': {
      const partei = zv.parteien.find((p) => p.id === cmd.id);
      if (!partei) return fail('Diese Partei gibt es nicht mehr.');
      checkDate(cmd.patch.datum, 'Datum der Unterschrift');
      const before: typeof cmd.patch = {};
      for (const k of Object.keys(cmd.patch) as (keyof typeof cmd.patch)[])
        (before as Record<string, unknown>)[k] = partei[k];
      return result(
        withZv(plan, {
          ...zv,
          parteien: zv.parteien.map((p) => (p.id === cmd.id ? { ...p, ...cmd.patch } : p)),
        }),
        { type: 'patchPartei', id: cmd.id, patch: before },
        `Partei „${partei.name || PARTEI_ROLLE_LABELS[partei.rolle]}“ ändern`,
        false,
      );
    }
    case 'insertZieldialog': {
      if (zv.dialoge.some((d) => d.id === cmd.dialog.id)) fail('Diesen Zieldialog gibt es schon.');
      if (zv.dialoge.length >= MAX_DIALOGE) fail(`Höchstens ${MAX_DIALOGE} Zieldialoge.`);
      checkDate(cmd.dialog.datum, 'Datum des Zieldialogs');
      const dialoge = zv.dialoge.slice();
      const index = clamp(cmd.index, 0, dialoge.length);
      dialoge.splice(index, 0, cmd.dialog);
      return result(
        { ...withZv(plan, { ...zv, dialoge }), formeln: { ...plan.formeln, ...cmd.formeln } },
        { type: 'deleteZieldialog', id: cmd.dialog.id },
        `${dialogTitle(cmd.dialog, index)} anlegen`,
        true,
      );
    }
    case 'deleteZieldialog': {
      const { dialog, index } = dialogAt(plan, cmd.id);
      const formeln = dialogFormeln(plan, cmd.id);
      return result(
        {
          ...withZv(plan, { ...zv, dialoge: zv.dialoge.filter((d) => d.id !== cmd.id) }),
          formeln: without(plan.formeln, formeln),
        },
        { type: 'insertZieldialog', dialog, index, formeln },
        `${dialogTitle(dialog, index)} löschen`,
        true,
      );
    }
    case 'patchZieldialog': {
      const { dialog, index } = dialogAt(plan, cmd.id);
      checkDate(cmd.patch.datum, 'Datum des Zieldialogs');
      const before: typeof cmd.patch = {};
      for (const k of Object.keys(cmd.patch) as (keyof typeof cmd.patch)[])
        (before as Record<string, unknown>)[k] = dialog[k];
      return result(
        withZv(plan, {
          ...zv,
          dialoge: zv.dialoge.map((d) => (d.id === cmd.id ? { ...d, ...cmd.patch } : d)),
        }),
        { type: 'patchZieldialog', id: cmd.id, patch: before },
        `${dialogTitle(dialog, index)} ändern`,
        // The date names the dialogue's figures (structure); notes change no figure.
        'datum' in cmd.patch || 'datenstand' in cmd.patch,
      );
    }
    case 'setZielErreicht': {
      const { dialog } = dialogAt(plan, cmd.dialogId);
      const { ziel } = zielAt(plan, cmd.zielId);
      const entry = dialog.werte.find((w) => w.zielId === cmd.zielId);
      const before = entry?.erreicht ?? null;
      const werte = entry
        ? dialog.werte.map((w) => (w.zielId === cmd.zielId ? { ...w, erreicht: cmd.erreicht } : w))
        : [...dialog.werte, { zielId: cmd.zielId, werte: emptyIstWerte(), erreicht: cmd.erreicht }];
      return result(
        withZv(plan, {
          ...zv,
          dialoge: zv.dialoge.map((d) => (d.id === dialog.id ? { ...d, werte: withoutEmptyIst(werte) } : d)),
        }),
        { type: 'setZielErreicht', dialogId: cmd.dialogId, zielId: cmd.zielId, erreicht: before },
        `Zielerreichung „${zielTitle(ziel, plan.header.year)}“ ändern`,
        false,
        cmd.zielId,
      );
    }
    default:
      return missingCase(cmd);
  }
}
