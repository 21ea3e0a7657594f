/**
 * The commands of the Globalbudget and Verpflichtungen sheets: lines added and removed, their
 * choices, the per-plan options, names and months, and the Umschichtung pair as a whole. Each
 * returns its exact inverse like every command (applyCommand.ts).
 */
import type { CellKey } from '../model/cellKey';
import { cellKey, parseCellKey } from '../model/cellKey';
import type { Verpflichtung } from '../model/budget';
import { MAX_SCHAETZUNGEN } from '../input/limits';
import { parseMonat } from '../input/parseMonat';
import { formatMonat } from '../format/monthFormat';
import { formatCount, formatEur } from '../format/numberFormat';
import { findInstrumentRow, readInputRef } from '../model/inputs';
import { schaetzungLabel } from '../model/grundlage';
import type { Plan, UmschichtungInput, YearColumn } from '../model/plan';
import { missingCase } from '../model/plan';
import { MAX_BETRAG } from '../input/limits';
import { decimalPlaces } from '../number/rounding';
import type { Applied, FocusTarget } from './applyCommand';
import { CommandError } from './applyCommand';
import type {
  BudgetItem,
  BudgetItemPatch,
  BudgetList,
  BudgetOptions,
  Command,
  InputChange,
  TextTarget,
} from './command';

function fail(message: string): never {
  throw new CommandError(message);
}

type BudgetTextTarget = Extract<TextTarget, { kind: 'schaetzung' | 'projekt' | 'gruppe' | 'verpflichtung' }>;

const LIST_NAMES: Record<BudgetList, { one: string; sheet: 'globalbudget' | 'verpflichtungen' }> = {
  schaetzungen: { one: 'Schätzung', sheet: 'globalbudget' },
  projekte: { one: 'Projekt-VZÄ-Zeile', sheet: 'globalbudget' },
  gruppen: { one: 'Kundengruppe', sheet: 'globalbudget' },
  verpflichtungen: { one: 'Verpflichtung', sheet: 'verpflichtungen' },
};

const itemName = (entry: BudgetItem): string => {
  switch (entry.list) {
    case 'schaetzungen':
      return schaetzungLabel(entry.item);
    case 'projekte':
    case 'verpflichtungen':
      return entry.item.bezeichnung;
    case 'gruppen':
      return entry.item.name;
  }
};

/** The items of a list with their ids (the lists differ in type, not in how they are kept). */
function items(plan: Plan, list: BudgetList): readonly { id: string }[] {
  switch (list) {
    case 'schaetzungen':
      return plan.globalbudget.schaetzungen;
    case 'projekte':
      return plan.personal.projekte;
    case 'gruppen':
      return plan.personal.gruppen;
    case 'verpflichtungen':
      return plan.verpflichtungen.eintraege;
  }
}

function entryOf(plan: Plan, list: BudgetList, id: string): BudgetItem | undefined {
  switch (list) {
    case 'schaetzungen': {
      const item = plan.globalbudget.schaetzungen.find((x) => x.id === id);
      return item && { list, item };
    }
    case 'projekte': {
      const item = plan.personal.projekte.find((x) => x.id === id);
      return item && { list, item };
    }
    case 'gruppen': {
      const item = plan.personal.gruppen.find((x) => x.id === id);
      return item && { list, item };
    }
    case 'verpflichtungen': {
      const item = plan.verpflichtungen.eintraege.find((x) => x.id === id);
      return item && { list, item };
    }
  }
}

/** The plan with a list replaced by `next` (one place that knows where each list lives). */
function withList<T extends { id: string }>(plan: Plan, list: BudgetList, next: T[]): Plan {
  switch (list) {
    case 'schaetzungen':
      return { ...plan, globalbudget: { ...plan.globalbudget, schaetzungen: next as never } };
    case 'projekte':
      return { ...plan, personal: { ...plan.personal, projekte: next as never } };
    case 'gruppen':
      return { ...plan, personal: { ...plan.personal, gruppen: next as never } };
    case 'verpflichtungen':
      return { ...plan, verpflichtungen: { ...plan.verpflichtungen, eintraege: next as never } };
  }
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.trunc(v)));

const structural = (plan: Plan, inverse: Command, focus: FocusTarget | null, label: string): Applied => ({
  plan,
  inverse,
  changedKeys: [],
  structural: true,
  focus,
  label,
});

/** Is this input key one of the line's cells? */
function keyOfItem(key: CellKey, list: BudgetList, id: string): boolean {
  const ref = parseCellKey(key);
  if (!ref) return false;
  switch (list) {
    case 'schaetzungen':
      return ref.kind === 'schaetzung' && ref.id === id;
    case 'projekte':
      return ref.kind === 'projekt' && ref.id === id;
    case 'gruppen':
      return ref.kind === 'gruppe' && ref.id === id;
    case 'verpflichtungen':
      return (ref.kind === 'verpflichtung' || ref.kind === 'vpJahr') && ref.id === id;
  }
}

export function insertBudgetItem(
  plan: Plan,
  entry: BudgetItem,
  index: number,
  zeilen: (p: Plan) => void,
): Applied {
  const list = items(plan, entry.list);
  const what = LIST_NAMES[entry.list];
  if (list.some((x) => x.id === entry.item.id)) fail(`Diese ${what.one} gibt es schon.`);
  if (entry.list === 'schaetzungen' && list.length >= MAX_SCHAETZUNGEN)
    fail(`Ein Plan hat höchstens ${formatCount(MAX_SCHAETZUNGEN)} Schätzungen des Globalbudgets.`);
  const next = list.slice() as { id: string }[];
  next.splice(clamp(index, 0, next.length), 0, entry.item);
  const out = withList(plan, entry.list, next);
  zeilen(out);
  return structural(
    out,
    { type: 'deleteBudgetItem', list: entry.list, id: entry.item.id },
    { sheet: what.sheet, rowId: entry.item.id },
    `${what.one} „${itemName(entry)}“ einfügen`,
  );
}

export function deleteBudgetItem(plan: Plan, list: BudgetList, id: string): Applied {
  const what = LIST_NAMES[list];
  const all = items(plan, list);
  const index = all.findIndex((x) => x.id === id);
  const entry = entryOf(plan, list, id);
  if (!entry || index < 0) return fail(`Diese ${what.one} gibt es nicht mehr.`);
  if (list === 'schaetzungen') {
    if (plan.globalbudget.grundlageId === id)
      fail(`„${itemName(entry)}“ ist die Grundlage. Wählen Sie zuerst eine andere Schätzung als Grundlage.`);
    if (all.length <= 2) fail('Das Globalbudget braucht mindestens zwei Schätzungen.');
  }
  // The line's formula texts go with it and come back with the undo.
  const removed = Object.entries(plan.formeln).filter(([k]) => keyOfItem(k, list, id));
  const formeln = removed.length
    ? Object.fromEntries(Object.entries(plan.formeln).filter(([k]) => !keyOfItem(k, list, id)))
    : plan.formeln;
  const insert: Command = { type: 'insertBudgetItem', entry, index };
  const inverse: Command = removed.length
    ? {
        type: 'batch',
        label: `${what.one} wiederherstellen`,
        commands: [
          insert,
          {
            type: 'setInputs',
            changes: removed.map(([key, formula]): InputChange => {
              const ref = parseCellKey(key);
              return { key, value: ref ? (readInputRef(plan, ref) ?? null) : null, formula };
            }),
          },
        ],
      }
    : insert;
  const out = withList(
    { ...plan, formeln },
    list,
    all.filter((x) => x.id !== id),
  );
  return structural(out, inverse, { sheet: what.sheet }, `${what.one} „${itemName(entry)}“ löschen`);
}

export function patchBudgetItem(plan: Plan, target: BudgetItemPatch): Applied {
  const what = LIST_NAMES[target.list];
  const entry = entryOf(plan, target.list, target.id);
  if (!entry) return fail(`Diese ${what.one} gibt es nicht mehr.`);
  const item = entry.item as unknown as Record<string, unknown>;
  const before: Record<string, unknown> = {};
  for (const k of Object.keys(target.patch)) before[k] = item[k];
  switch (target.list) {
    case 'projekte': {
      const f = target.patch.finanzierung;
      if (
        f?.art === 'Drittmittel' &&
        f.programmId !== null &&
        !plan.drittmittel.some((d) => d.id === f.programmId)
      )
        fail('Dieses Drittmittelprogramm gibt es nicht.');
      break;
    }
    case 'verpflichtungen': {
      const rowId = target.patch.rowId;
      if (rowId !== undefined && rowId !== null && !findInstrumentRow(plan, rowId))
        fail('Diese Maßnahme gibt es im Maßnahmeportfolio nicht.');
      const jahr = target.patch.jahr;
      if (jahr !== undefined && jahr !== null && (!Number.isInteger(jahr) || jahr < 1990 || jahr > 2200))
        fail(`Das Jahr ${jahr} liegt außerhalb von 1990 bis 2200.`);
      break;
    }
    case 'schaetzungen':
      break;
    default:
      missingCase(target);
  }
  const all = items(plan, target.list);
  const out = withList(
    plan,
    target.list,
    all.map((x) => (x.id === target.id ? { ...x, ...target.patch } : x)),
  );
  return structural(
    out,
    { type: 'patchBudgetItem', target: { ...target, patch: before } as BudgetItemPatch },
    { sheet: what.sheet, rowId: target.id, column: Object.keys(target.patch)[0] ?? '' },
    `${what.one} „${itemName(entry)}“ ändern`,
  );
}

const OPTION_LABELS: Record<keyof BudgetOptions, string> = {
  grundlageId: 'Grundlage des Globalbudgets',
  mittelausstattungAusGrundlage: 'Mittelausstattung aus der Grundlage',
  umschichtungsbasis: 'Basis der Umschichtungsquote',
  umschichtungsbasisVorjahr: 'Basis der Umschichtungsquote im Vorjahr',
  vorbindungenAusRegister: 'Vorbindungen aus dem Verpflichtungsregister',
};

export function setBudgetOptions(plan: Plan, patch: Partial<BudgetOptions>): Applied {
  const keys = Object.keys(patch) as (keyof BudgetOptions)[];
  if (keys.length === 0) fail('Keine Änderung.');
  const g = patch.grundlageId;
  if (g !== undefined && g !== null && !plan.globalbudget.schaetzungen.some((s) => s.id === g))
    fail('Diese Schätzung gibt es nicht mehr.');
  const current: BudgetOptions = {
    grundlageId: plan.globalbudget.grundlageId,
    mittelausstattungAusGrundlage: plan.globalbudget.mittelausstattungAusGrundlage,
    umschichtungsbasis: plan.globalbudget.umschichtungsbasis,
    umschichtungsbasisVorjahr: plan.globalbudget.umschichtungsbasisVorjahr,
    vorbindungenAusRegister: plan.verpflichtungen.vorbindungenAusRegister,
  };
  const before: Partial<BudgetOptions> = {};
  for (const k of keys) (before as Record<string, unknown>)[k] = current[k];
  const { vorbindungenAusRegister, ...gb } = { ...current, ...patch };
  const out: Plan = {
    ...plan,
    globalbudget: { ...plan.globalbudget, ...gb },
    verpflichtungen: { ...plan.verpflichtungen, vorbindungenAusRegister },
  };
  const sheet = keys.every((k) => k === 'vorbindungenAusRegister') ? 'verpflichtungen' : 'globalbudget';
  return structural(
    out,
    { type: 'setBudgetOptions', patch: before },
    { sheet },
    `${keys.map((k) => OPTION_LABELS[k]).join(', ')} ändern`,
  );
}

export function setUmschichtung(
  plan: Plan,
  col: YearColumn,
  value: UmschichtungInput,
  formeln: { betrag?: string; quote?: string },
): Applied {
  const ok = (v: number | null | undefined, max: number) =>
    v === null ||
    v === undefined ||
    (Number.isFinite(v) && v >= 0 && v <= max && decimalPlaces(v) <= (max === 1 ? 20 : 2));
  if (!ok(value.betrag, MAX_BETRAG) || !ok(value.quote, 1))
    fail(`Umschichtung: höchstens ${formatEur(MAX_BETRAG)} und Anteile zwischen 0 und 100 %.`);
  const keys = {
    betrag: cellKey({ kind: 'haushalt', field: 'umschichtung', col }),
    quote: cellKey({ kind: 'haushalt', field: 'umschichtungsquote', col }),
  };
  const previous = plan.haushalt.umschichtung[col];
  const beforeFormeln: { betrag?: string; quote?: string } = {};
  const next = { ...plan.formeln };
  for (const side of ['betrag', 'quote'] as const) {
    const old = plan.formeln[keys[side]];
    if (old !== undefined) beforeFormeln[side] = old;
    const f = formeln[side];
    if (f === undefined) delete next[keys[side]];
    else next[keys[side]] = f;
  }
  return {
    plan: {
      ...plan,
      formeln: next,
      haushalt: { ...plan.haushalt, umschichtung: { ...plan.haushalt.umschichtung, [col]: value } },
    },
    inverse: { type: 'setUmschichtung', col, value: previous, formeln: beforeFormeln },
    changedKeys: [keys.betrag, keys.quote],
    structural: previous.mode !== value.mode,
    focus: { sheet: 'haushalt', cellKey: value.mode === 'betrag' ? keys.betrag : keys.quote },
    label: `Umschichtung ${col === 'plan' ? plan.header.year : plan.header.vorjahr} ändern`,
  };
}

/** A month field of a commitment: what the other end of the run says about it. */
function monthOrderProblem(v: Verpflichtung, field: 'beginn' | 'ende', value: string): string | null {
  const beginn = field === 'beginn' ? value : v.beginn;
  const ende = field === 'ende' ? value : v.ende;
  if (beginn && ende && ende < beginn)
    return `Das Ende ${formatMonat(ende)} liegt vor dem Beginn ${formatMonat(beginn)}.`;
  return null;
}

/**
 * The stored value for a text typed into a budget cell, or the German message why it cannot
 * be taken. Months (`09.2016`) are stored as `2016-09`; a run must not end before it begins.
 * The grid asks before it writes (the editor stays open with the message), the command again.
 */
export function budgetTextValue(
  plan: Plan,
  target: BudgetTextTarget,
  text: string,
): { ok: true; value: string } | { ok: false; message: string } {
  switch (target.kind) {
    case 'schaetzung': {
      const m = parseMonat(text);
      return m.ok ? m : { ok: false, message: `Stand: ${m.message}` };
    }
    case 'verpflichtung': {
      if (target.field === 'bezeichnung') return { ok: true, value: text };
      const m = parseMonat(text);
      const label = target.field === 'beginn' ? 'Beginn' : 'Ende';
      if (!m.ok) return { ok: false, message: `${label}: ${m.message}` };
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === target.id);
      const problem = v && monthOrderProblem(v, target.field, m.value);
      return problem ? { ok: false, message: problem } : m;
    }
    case 'projekt':
    case 'gruppe':
      return { ok: true, value: text };
  }
}

/** Why a typed text cannot go into its cell, or null (only budget cells have rules beyond length). */
export function textProblem(plan: Plan, target: TextTarget, text: string): string | null {
  switch (target.kind) {
    case 'schaetzung':
    case 'projekt':
    case 'gruppe':
    case 'verpflichtung': {
      const r = budgetTextValue(plan, target, text);
      return r.ok ? null : r.message;
    }
    default:
      return null;
  }
}

/** What a budget text cell shows: months as `09.2016`. */
export function budgetText(plan: Plan, target: BudgetTextTarget): string {
  switch (target.kind) {
    case 'schaetzung':
      return formatMonat(plan.globalbudget.schaetzungen.find((s) => s.id === target.id)?.stand ?? '');
    case 'projekt':
      return plan.personal.projekte.find((p) => p.id === target.id)?.bezeichnung ?? '';
    case 'gruppe':
      return plan.personal.gruppen.find((g) => g.id === target.id)?.name ?? '';
    case 'verpflichtung': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === target.id);
      if (!v) return '';
      return target.field === 'bezeichnung' ? v.bezeichnung : formatMonat(v[target.field]);
    }
  }
}

export function setBudgetText(plan: Plan, target: BudgetTextTarget, text: string): Applied {
  const r = budgetTextValue(plan, target, text);
  if (!r.ok) return fail(r.message);
  const value = r.value;
  const list: BudgetList =
    target.kind === 'schaetzung'
      ? 'schaetzungen'
      : target.kind === 'projekt'
        ? 'projekte'
        : target.kind === 'gruppe'
          ? 'gruppen'
          : 'verpflichtungen';
  const what = LIST_NAMES[list];
  const entry = entryOf(plan, list, target.id);
  if (!entry) return fail(`Diese ${what.one} gibt es nicht mehr.`);
  const field = target.field;
  const before = (entry.item as unknown as Record<string, string>)[field] ?? '';
  if ((field === 'bezeichnung' || field === 'name') && !value.trim())
    fail(`Die ${what.one} braucht eine Bezeichnung.`);
  const out = withList(
    plan,
    list,
    items(plan, list).map((x) => (x.id === target.id ? { ...x, [field]: value } : x)),
  );
  return {
    plan: out,
    inverse: {
      type: 'setText',
      target,
      value: field === 'beginn' || field === 'ende' || field === 'stand' ? formatMonat(before) : before,
    },
    changedKeys: [],
    // Names and months change labels and the payment run: the definitions follow.
    structural: true,
    focus: { sheet: what.sheet, rowId: target.id, column: field },
    label: `${what.one} „${itemName(entry)}“ ändern`,
  };
}

/** A portfolio row the register points at cannot go (the register would lose its link). */
export function registerLinkProblem(plan: Plan, rowIds: ReadonlySet<string>): string | null {
  const linked = plan.verpflichtungen.eintraege.find((v) => v.rowId !== null && rowIds.has(v.rowId));
  if (!linked) return null;
  const row = linked.rowId ? findInstrumentRow(plan, linked.rowId) : undefined;
  return `„${row?.instrument ?? 'Die Maßnahme'}“ ist mit der Verpflichtung „${linked.bezeichnung}“ verknüpft. Lösen Sie zuerst die Verknüpfung auf dem Blatt Verpflichtungen.`;
}

/** A Drittmittel programme a Projekt-VZÄ line is paid from cannot go. */
export function projektProgrammProblem(plan: Plan, programmId: string): string | null {
  const p = plan.personal.projekte.find(
    (x) => x.finanzierung.art === 'Drittmittel' && x.finanzierung.programmId === programmId,
  );
  return p
    ? `„${p.bezeichnung}“ (Projekt-VZÄ) wird aus diesem Programm bezahlt. Ändern Sie zuerst deren Finanzierung.`
    : null;
}
