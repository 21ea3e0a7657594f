/**
 * Commands of the target groups (issue 15 A): a row's share, the master list, the groups
 * evaluated as sheets, an area's group. Each returns the changed plan with its exact inverse;
 * typed parts that a change drops take their formula text with them, and the inverse puts both
 * back (a batch: the structure first, then the values).
 */
import { cellKey } from '../model/cellKey';
import type { AnteilField, CellKey } from '../model/cellKey';
import { rowIndex } from '../model/inputs';
import type { Id, InstrumentRow, Plan, Zielgruppe, ZielgruppenAnteil, ZielgruppenSicht } from '../model/plan';
import { ANTEIL_ART_LABELS, anteilOf, isEvaluated, zielgruppeName } from '../model/zielgruppen';
import { formatCount, formatEur } from '../format/numberFormat';
import { decimalPlaces } from '../number/rounding';
import { MAX_ANZAHL, MAX_BETRAG, MAX_ZIELGRUPPEN } from '../input/limits';
import type { AreaPatch, Command, InputChange } from './command';
import { fail } from './commandError';
import type { FocusTarget } from './applyCommand';

export interface ZielgruppenChange {
  plan: Plan;
  inverse: Command;
  focus: FocusTarget | null;
  label: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The typed parts a share holds, by field. */
function typedParts(a: ZielgruppenAnteil | undefined): Partial<Record<AnteilField, number | null>> {
  if (!a || a.art === 'ganz') return {};
  return a.art === 'teil' ? { eintritte: a.eintritte, betrag: a.betrag } : { anteil: a.anteil };
}

function checkParts(a: ZielgruppenAnteil, name: string): void {
  const p = typedParts(a);
  if (p.eintritte != null && (!Number.isInteger(p.eintritte) || p.eintritte < 0 || p.eintritte > MAX_ANZAHL))
    fail(`${name}: Eintritte als ganze Zahl von 0 bis ${formatCount(MAX_ANZAHL)}.`);
  if (p.betrag != null && (p.betrag < 0 || p.betrag > MAX_BETRAG || decimalPlaces(p.betrag) > 2))
    fail(`${name}: Betrag von 0 bis ${formatEur(MAX_BETRAG)} mit Cent.`);
  if (p.anteil != null && !(p.anteil >= 0 && p.anteil <= 1)) fail(`${name}: Anteil zwischen 0 und 100 %.`);
}

/**
 * Formula texts of `keys` removed from the plan, and the setInputs that restores them (with
 * the values `before` held), for an inverse.
 */
function dropFormulas(
  plan: Plan,
  before: Plan,
  keys: readonly CellKey[],
  read: (key: CellKey) => number | null,
) {
  const dropped = keys.filter((k) => Object.hasOwn(plan.formeln, k));
  if (dropped.length === 0) return { plan, restore: null };
  const formeln = { ...plan.formeln };
  for (const k of dropped) delete formeln[k];
  const changes: InputChange[] = dropped.map((key) => ({
    key,
    value: read(key),
    formula: before.formeln[key]!,
  }));
  return { plan: { ...plan, formeln }, restore: { type: 'setInputs', changes } as Command };
}

function withInverse(inverse: Command, restore: Command | null, label: string): Command {
  return restore ? { type: 'batch', label, commands: [inverse, restore] } : inverse;
}

function instrumentAt(plan: Plan, rowId: Id): { row: InstrumentRow; areaIndex: number; rowIndex: number } {
  const loc = rowIndex(plan).get(rowId);
  const row = loc && plan.schwerpunkte[loc.areaIndex]?.rows[loc.rowIndex];
  if (!loc || !row) return fail('Diese Zeile gibt es nicht mehr.');
  if (row.kind !== 'instrument')
    return fail('Ein Verweis trägt keinen Zielgruppenanteil; er zählt bei der Maßnahme, der er gehört.');
  return { row, ...loc };
}

export function setZielgruppenAnteil(
  plan: Plan,
  rowId: Id,
  zielgruppeId: Id,
  anteil: ZielgruppenAnteil | null,
  position?: number,
): ZielgruppenChange {
  const { row, areaIndex, rowIndex: at } = instrumentAt(plan, rowId);
  const gruppe = zielgruppeName(plan, zielgruppeId);
  if (!isEvaluated(plan, zielgruppeId))
    fail(`Die Zielgruppe „${gruppe}“ wird in diesem Plan nicht ausgewertet.`);
  if (anteil && anteil.zielgruppeId !== zielgruppeId) fail('Der Anteil gehört zu einer anderen Zielgruppe.');
  if (anteil) checkParts(anteil, `„${row.instrument}“, Zielgruppe „${gruppe}“`);
  const before = anteilOf(row, zielgruppeId);
  const index = (row.zielgruppen ?? []).findIndex((a) => a.zielgruppeId === zielgruppeId);
  const list = (row.zielgruppen ?? []).filter((a) => a.zielgruppeId !== zielgruppeId);
  if (anteil) {
    const pos = index >= 0 ? index : (position ?? list.length);
    list.splice(Math.max(0, Math.min(pos, list.length)), 0, anteil);
  }
  const { zielgruppen: _old, ...rest } = row;
  const next: InstrumentRow = list.length ? { ...rest, zielgruppen: list } : rest;
  const area = plan.schwerpunkte[areaIndex]!;
  const rows = area.rows.slice();
  rows[at] = next;
  const schwerpunkte = plan.schwerpunkte.slice();
  schwerpunkte[areaIndex] = { ...area, rows };
  // A typed part that changes or goes loses its formula text (it would contradict the value).
  const keep = typedParts(anteil ?? undefined);
  const old = typedParts(before);
  const changedKeys = (Object.keys(old) as AnteilField[])
    .filter((f) => keep[f] !== old[f] || anteil?.art !== before?.art)
    .map((field) => cellKey({ kind: 'zgAnteil', zielgruppeId, rowId, field }));
  const dropped = dropFormulas({ ...plan, schwerpunkte }, plan, changedKeys, (key) => {
    const field = key.slice(key.lastIndexOf('.') + 1) as AnteilField;
    return old[field] ?? null;
  });
  const label = anteil
    ? `Zielgruppe „${gruppe}“ bei „${row.instrument}“: ${ANTEIL_ART_LABELS[anteil.art]}`
    : `Zielgruppe „${gruppe}“ bei „${row.instrument}“ entfernen`;
  return {
    plan: dropped.plan,
    inverse: withInverse(
      before
        ? { type: 'setZielgruppenAnteil', rowId, zielgruppeId, anteil: before, index }
        : { type: 'setZielgruppenAnteil', rowId, zielgruppeId, anteil: null },
      dropped.restore,
      label,
    ),
    focus: { sheet: 'portfolio', rowId, column: 'zielgruppen' },
    label,
  };
}

export function insertZielgruppe(plan: Plan, zielgruppe: Zielgruppe, index: number): ZielgruppenChange {
  const list = plan.stammdaten.zielgruppen;
  if (!ID.test(zielgruppe.id)) fail(`„${zielgruppe.id}“ taugt nicht als Kennung einer Zielgruppe.`);
  if (list.some((z) => z.id === zielgruppe.id)) fail('Diese Zielgruppe gibt es schon.');
  checkName(plan, zielgruppe.name, null);
  if (list.length >= MAX_ZIELGRUPPEN) fail(`Die Stammdaten haben höchstens ${MAX_ZIELGRUPPEN} Zielgruppen.`);
  const zielgruppen = list.slice();
  zielgruppen.splice(Math.max(0, Math.min(index, list.length)), 0, zielgruppe);
  return {
    plan: { ...plan, stammdaten: { ...plan.stammdaten, zielgruppen } },
    inverse: { type: 'deleteZielgruppe', id: zielgruppe.id },
    focus: { sheet: 'zielgruppen' },
    label: `Zielgruppe „${zielgruppe.name}“ anlegen`,
  };
}

export function deleteZielgruppe(plan: Plan, id: Id): ZielgruppenChange {
  const list = plan.stammdaten.zielgruppen;
  const index = list.findIndex((z) => z.id === id);
  const zielgruppe = list[index];
  if (!zielgruppe) return fail('Diese Zielgruppe gibt es nicht mehr.');
  if (isEvaluated(plan, id))
    fail(`Die Zielgruppe „${zielgruppe.name}“ wird ausgewertet; beenden Sie zuerst ihre Auswertung.`);
  return {
    plan: { ...plan, stammdaten: { ...plan.stammdaten, zielgruppen: list.filter((z) => z.id !== id) } },
    inverse: { type: 'insertZielgruppe', zielgruppe, index },
    focus: { sheet: 'zielgruppen' },
    label: `Zielgruppe „${zielgruppe.name}“ löschen`,
  };
}

function checkName(plan: Plan, name: string, id: Id | null): void {
  if (!name.trim()) fail('Die Zielgruppe braucht einen Namen.');
  if (name.length > 200) fail('Der Name der Zielgruppe ist zu lang (höchstens 200 Zeichen).');
  const same = name.trim().toLocaleLowerCase('de-DE');
  if (
    plan.stammdaten.zielgruppen.some((z) => z.id !== id && z.name.trim().toLocaleLowerCase('de-DE') === same)
  )
    fail(`Eine Zielgruppe „${name.trim()}“ gibt es schon.`);
}

export function renameZielgruppe(plan: Plan, id: Id, name: string): ZielgruppenChange {
  const z = plan.stammdaten.zielgruppen.find((x) => x.id === id);
  if (!z) return fail('Diese Zielgruppe gibt es nicht mehr.');
  checkName(plan, name, id);
  const zielgruppen = plan.stammdaten.zielgruppen.map((x) => (x.id === id ? { ...x, name } : x));
  return {
    plan: { ...plan, stammdaten: { ...plan.stammdaten, zielgruppen } },
    inverse: { type: 'setText', target: { kind: 'zielgruppe', id }, value: z.name },
    focus: { sheet: 'zielgruppen' },
    label: `Zielgruppe „${z.name}“ umbenennen`,
  };
}

export function insertZielgruppenSicht(
  plan: Plan,
  sicht: ZielgruppenSicht,
  index: number,
): ZielgruppenChange {
  const g = sicht.zielgruppeId;
  if (!plan.stammdaten.zielgruppen.some((z) => z.id === g))
    fail('Diese Zielgruppe gibt es in den Stammdaten nicht.');
  if (isEvaluated(plan, g)) fail(`Die Zielgruppe „${zielgruppeName(plan, g)}“ wird schon ausgewertet.`);
  if (
    sicht.anteilKundenbestand !== null &&
    !(sicht.anteilKundenbestand >= 0 && sicht.anteilKundenbestand <= 1)
  )
    fail('Der Anteil am Kundenbestand liegt zwischen 0 und 100 %.');
  const zielgruppen = plan.zielgruppen.slice();
  zielgruppen.splice(Math.max(0, Math.min(index, zielgruppen.length)), 0, sicht);
  return {
    plan: { ...plan, zielgruppen },
    inverse: { type: 'deleteZielgruppenSicht', zielgruppeId: g },
    focus: { sheet: 'zielgruppen' },
    label: `Zielgruppe „${zielgruppeName(plan, g)}“ auswerten`,
  };
}

/** Ends a group's evaluation; refused while rows or areas still name it (the action removes them first). */
export function deleteZielgruppenSicht(plan: Plan, zielgruppeId: Id): ZielgruppenChange {
  const index = plan.zielgruppen.findIndex((z) => z.zielgruppeId === zielgruppeId);
  const sicht = plan.zielgruppen[index];
  const name = zielgruppeName(plan, zielgruppeId);
  if (!sicht) return fail(`Die Zielgruppe „${name}“ wird nicht ausgewertet.`);
  const used =
    plan.schwerpunkte.some((a) => a.zielgruppeId === zielgruppeId) ||
    plan.schwerpunkte.some((a) => a.rows.some((r) => r.kind === 'instrument' && anteilOf(r, zielgruppeId)));
  if (used) fail(`Zeilen oder Handlungsschwerpunkte nennen noch die Zielgruppe „${name}“.`);
  const key = cellKey({ kind: 'kundenbestand', zielgruppeId });
  const next = { ...plan, zielgruppen: plan.zielgruppen.filter((z) => z.zielgruppeId !== zielgruppeId) };
  const dropped = dropFormulas(next, plan, [key], () => sicht.anteilKundenbestand);
  const label = `Auswertung der Zielgruppe „${name}“ beenden`;
  return {
    plan: dropped.plan,
    inverse: withInverse({ type: 'insertZielgruppenSicht', sicht, index }, dropped.restore, label),
    focus: { sheet: 'zielgruppen' },
    label,
  };
}

export function patchArea(plan: Plan, areaId: Id, patch: AreaPatch): ZielgruppenChange {
  const area = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!area) return fail('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
  const g = patch.zielgruppeId;
  if (g !== undefined && g !== null && !isEvaluated(plan, g))
    fail(`Die Zielgruppe „${zielgruppeName(plan, g)}“ wird in diesem Plan nicht ausgewertet.`);
  const { zielgruppeId: before, ...rest } = area;
  const next = g === undefined ? area : g === null ? rest : { ...rest, zielgruppeId: g };
  return {
    plan: { ...plan, schwerpunkte: plan.schwerpunkte.map((a) => (a.id === areaId ? next : a)) },
    inverse: { type: 'patchArea', areaId, patch: { zielgruppeId: before ?? null } },
    focus: { sheet: 'portfolio', areaId },
    label:
      g === undefined || g === null
        ? `Zielgruppe des Handlungsschwerpunkts „${area.name}“ entfernen`
        : `Handlungsschwerpunkt „${area.name}“: Zielgruppe „${zielgruppeName(plan, g)}“`,
  };
}
