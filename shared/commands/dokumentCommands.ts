/**
 * Commands on the Programm's texts (model/dokument.ts), each with its exact inverse. A text
 * change replaces one section's whole text: the editor sends it after a pause in typing, so one
 * undo step is one burst of writing.
 */
import { formatCount } from '../format/numberFormat';
import { MAX_ABSCHNITTE, MAX_KAPITEL, MAX_TEXT_ZEICHEN } from '../input/limits';
import type { Dokument, Kapitel, SchwerpunktText, Text, TextRef } from '../model/dokument';
import { emptySchwerpunktText, SCHWERPUNKT_FELDER, textLength } from '../model/dokument';
import type { Plan } from '../model/plan';
import { missingCase } from '../model/plan';
import type { Command } from './command';

export interface DokumentApplied {
  plan: Plan;
  inverse: Command;
  label: string;
  /** Where the cursor belongs afterwards (a chapter id). */
  kapitelId: string | null;
}

export class DokumentError extends Error {}

function fail(message: string): never {
  throw new DokumentError(message);
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.trunc(v)));

/** The German name of a text's place, e.g. "Rahmenbedingungen › Arbeitsmarkt". */
export function describeTextRef(plan: Plan, ref: TextRef): string {
  if (ref.kind === 'kapitel') {
    const k = plan.dokument.kapitel.find((x) => x.id === ref.kapitelId);
    const a = k?.abschnitte.find((x) => x.id === ref.abschnittId);
    if (!k || !a) return 'Text';
    return k.abschnitte.length === 1 && a.titel === k.titel ? k.titel : `${k.titel} › ${a.titel}`;
  }
  const area = plan.schwerpunkte.find((s) => s.id === ref.schwerpunktId);
  const titel = SCHWERPUNKT_FELDER.find((f) => f.feld === ref.feld)?.titel ?? ref.feld;
  return `${area?.name ?? 'Handlungsschwerpunkt'} › ${titel}`;
}

function withDokument(plan: Plan, dokument: Dokument): Plan {
  return { ...plan, dokument };
}

const isEmptyEntry = (s: SchwerpunktText) => SCHWERPUNKT_FELDER.every((f) => s[f.feld].length === 0);

function setText(plan: Plan, ref: TextRef, text: Text): DokumentApplied {
  const size = textLength(text);
  if (size > MAX_TEXT_ZEICHEN)
    fail(
      `Der Text „${describeTextRef(plan, ref)}“ ist zu lang: ${formatCount(size)} Zeichen, höchstens ${formatCount(MAX_TEXT_ZEICHEN)}. Kürzen Sie ihn oder teilen Sie ihn auf mehrere Kapitel auf.`,
    );
  const dok = plan.dokument;
  const label = `Text „${describeTextRef(plan, ref)}“ ändern`;
  if (ref.kind === 'kapitel') {
    const k = dok.kapitel.find((x) => x.id === ref.kapitelId);
    const a = k?.abschnitte.find((x) => x.id === ref.abschnittId);
    if (!k || !a) return fail('Diesen Abschnitt gibt es nicht mehr.');
    const kapitel = dok.kapitel.map((x) =>
      x.id === k.id ? { ...x, abschnitte: x.abschnitte.map((y) => (y.id === a.id ? { ...y, text } : y)) } : x,
    );
    return {
      plan: withDokument(plan, { ...dok, kapitel }),
      inverse: { type: 'setDokumentText', ref, text: a.text },
      label,
      kapitelId: k.id,
    };
  }
  if (!plan.schwerpunkte.some((s) => s.id === ref.schwerpunktId))
    fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
  const index = dok.schwerpunkte.findIndex((s) => s.schwerpunktId === ref.schwerpunktId);
  const before = dok.schwerpunkte[index] ?? emptySchwerpunktText(ref.schwerpunktId);
  const after = { ...before, [ref.feld]: text };
  // An area without texts has no entry: emptying its last text removes it, so undo restores the plan exactly.
  const schwerpunkte = dok.schwerpunkte.slice();
  if (index < 0) {
    if (!isEmptyEntry(after)) schwerpunkte.push(after);
  } else if (isEmptyEntry(after)) schwerpunkte.splice(index, 1);
  else schwerpunkte[index] = after;
  return {
    plan: withDokument(plan, { ...dok, schwerpunkte }),
    inverse: { type: 'setDokumentText', ref, text: before[ref.feld] },
    label,
    kapitelId: dok.kapitel.find((k) => k.art === 'schwerpunkte')?.id ?? null,
  };
}

function insertKapitel(plan: Plan, kapitel: Kapitel, index: number): DokumentApplied {
  const dok = plan.dokument;
  if (dok.kapitel.some((k) => k.id === kapitel.id)) fail(`Kapitel ${kapitel.id} gibt es schon.`);
  if (dok.kapitel.length >= MAX_KAPITEL) fail(`Ein Programm hat höchstens ${MAX_KAPITEL} Kapitel.`);
  if (kapitel.abschnitte.length > MAX_ABSCHNITTE)
    fail(`Ein Kapitel hat höchstens ${MAX_ABSCHNITTE} Abschnitte.`);
  if (!kapitel.titel.trim()) fail('Das Kapitel braucht eine Überschrift.');
  const list = dok.kapitel.slice();
  list.splice(clamp(index, 0, list.length), 0, kapitel);
  return {
    plan: withDokument(plan, { ...dok, kapitel: list }),
    inverse: { type: 'deleteKapitel', kapitelId: kapitel.id },
    label: `Kapitel „${kapitel.titel}“ einfügen`,
    kapitelId: kapitel.id,
  };
}

function findKapitel(plan: Plan, kapitelId: string): { kapitel: Kapitel; index: number } {
  const index = plan.dokument.kapitel.findIndex((k) => k.id === kapitelId);
  const kapitel = plan.dokument.kapitel[index];
  if (!kapitel) return fail('Dieses Kapitel gibt es nicht mehr.');
  return { kapitel, index };
}

export function applyDokumentCommand(
  plan: Plan,
  cmd: Extract<
    Command,
    { type: 'setDokumentText' | 'insertKapitel' | 'deleteKapitel' | 'moveKapitel' | 'setKapitelTitel' }
  >,
): DokumentApplied {
  const dok = plan.dokument;
  switch (cmd.type) {
    case 'setDokumentText':
      return setText(plan, cmd.ref, cmd.text);
    case 'insertKapitel':
      return insertKapitel(plan, cmd.kapitel, cmd.index);
    case 'deleteKapitel': {
      const { kapitel, index } = findKapitel(plan, cmd.kapitelId);
      // The chapters that carry the sheet tables stay; only chapters the planner added can go.
      if (kapitel.art !== 'frei')
        fail(`„${kapitel.titel}“ gehört zum Programm und kann nicht gelöscht werden.`);
      return {
        plan: withDokument(plan, { ...dok, kapitel: dok.kapitel.filter((k) => k.id !== kapitel.id) }),
        inverse: { type: 'insertKapitel', kapitel, index },
        label: `Kapitel „${kapitel.titel}“ löschen`,
        kapitelId: dok.kapitel[index + 1]?.id ?? dok.kapitel[index - 1]?.id ?? null,
      };
    }
    case 'moveKapitel': {
      const { kapitel, index } = findKapitel(plan, cmd.kapitelId);
      const list = dok.kapitel.slice();
      list.splice(index, 1);
      list.splice(clamp(cmd.toIndex, 0, list.length), 0, kapitel);
      return {
        plan: withDokument(plan, { ...dok, kapitel: list }),
        inverse: { type: 'moveKapitel', kapitelId: kapitel.id, toIndex: index },
        label: `Kapitel „${kapitel.titel}“ verschieben`,
        kapitelId: kapitel.id,
      };
    }
    case 'setKapitelTitel': {
      const { kapitel } = findKapitel(plan, cmd.kapitelId);
      const titel = cmd.titel;
      if (!titel.trim()) fail('Das Kapitel braucht eine Überschrift.');
      if (titel.length > 500) fail('Die Überschrift ist zu lang (höchstens 500 Zeichen).');
      // A one-section chapter's section is named like the chapter (Word shows no extra heading).
      const abschnitte =
        kapitel.abschnitte.length === 1 && kapitel.abschnitte[0]!.titel === kapitel.titel
          ? [{ ...kapitel.abschnitte[0]!, titel }]
          : kapitel.abschnitte;
      return {
        plan: withDokument(plan, {
          ...dok,
          kapitel: dok.kapitel.map((k) => (k.id === kapitel.id ? { ...k, titel, abschnitte } : k)),
        }),
        inverse: { type: 'setKapitelTitel', kapitelId: kapitel.id, titel: kapitel.titel },
        label: `Kapitel „${kapitel.titel}“ umbenennen`,
        kapitelId: kapitel.id,
      };
    }
    default:
      return missingCase(cmd);
  }
}
