/**
 * The target groups' actions (issue 15 A): a row's share (its kind; the typed parts are input
 * cells), the master list (add, delete), which groups are evaluated as sheets, and the group an
 * area's table is about. The Zielgruppen screen and the portfolio's panel only wire them.
 */
import type { Command } from '../commands/command';
import { findInstrumentRow } from '../model/inputs';
import type { Id, Plan, ZielgruppenAnteilArt } from '../model/plan';
import { anteilOf, isEvaluated, newAnteil, zielgruppeIdFor, zielgruppeName } from '../model/zielgruppen';
import type { ActionResult } from './action';
import { act, refuse } from './action';

/** The command that gives a row a share of this kind for the group (null: no share). */
export function anteilCommand(rowId: Id, zielgruppeId: Id, art: ZielgruppenAnteilArt | null): Command {
  return {
    type: 'setZielgruppenAnteil',
    rowId,
    zielgruppeId,
    anteil: art ? newAnteil(zielgruppeId, art) : null,
  };
}

/** A row's share for a group set to a kind (keeping it when it already is of that kind). */
export function setAnteilArt(rowId: Id, zielgruppeId: Id, art: ZielgruppenAnteilArt | null): ActionResult {
  return act(anteilCommand(rowId, zielgruppeId, art));
}

/** The same, checked against the plan first (the portfolio's panel). */
export function setAnteil(
  plan: Plan,
  rowId: Id | undefined,
  zielgruppeId: Id,
  art: ZielgruppenAnteilArt | null,
): ActionResult {
  const row = rowId === undefined ? undefined : findInstrumentRow(plan, rowId);
  if (!row) return refuse('Bitte eine Maßnahme (keinen Verweis) wählen.');
  if (!isEvaluated(plan, zielgruppeId)) return refuse('Diese Zielgruppe wird nicht ausgewertet.');
  if ((anteilOf(row, zielgruppeId)?.art ?? null) === art) return null;
  return act(anteilCommand(row.id, zielgruppeId, art));
}

/** A new group in the master list, evaluated at once (its sheet is what the user wants next). */
export function addZielgruppe(plan: Plan, name = 'Neue Zielgruppe'): ActionResult {
  const taken = new Set(plan.stammdaten.zielgruppen.map((z) => z.name.trim().toLocaleLowerCase('de-DE')));
  let unique = name.trim();
  for (let n = 2; taken.has(unique.toLocaleLowerCase('de-DE')); n++) unique = `${name.trim()} ${n}`;
  const id = zielgruppeIdFor(unique, new Set(plan.stammdaten.zielgruppen.map((z) => z.id)));
  return act({
    type: 'batch',
    label: `Zielgruppe „${unique}“ anlegen`,
    commands: [
      {
        type: 'insertZielgruppe',
        zielgruppe: { id, name: unique },
        index: plan.stammdaten.zielgruppen.length,
      },
      {
        type: 'insertZielgruppenSicht',
        sicht: { zielgruppeId: id, anteilKundenbestand: null },
        index: plan.zielgruppen.length,
      },
    ],
  });
}

export function deleteZielgruppe(plan: Plan, id: Id): ActionResult {
  if (!plan.stammdaten.zielgruppen.some((z) => z.id === id))
    return refuse('Diese Zielgruppe gibt es nicht mehr.');
  if (isEvaluated(plan, id))
    return refuse(`„${zielgruppeName(plan, id)}“ wird ausgewertet; beenden Sie zuerst die Auswertung.`);
  return act({ type: 'deleteZielgruppe', id });
}

/** Evaluate a group of the master list as a sheet of its own (at the end of the list). */
export function evaluate(plan: Plan, id: Id): ActionResult {
  if (isEvaluated(plan, id)) return null;
  return act({
    type: 'insertZielgruppenSicht',
    sicht: { zielgruppeId: id, anteilKundenbestand: null },
    index: plan.zielgruppen.length,
  });
}

/**
 * End a group's evaluation: its shares on rows and its areas' link go too, in one undo step
 * (undo brings every share back with its typed parts).
 */
export function endEvaluation(plan: Plan, id: Id): ActionResult {
  if (!isEvaluated(plan, id)) return null;
  const commands: Command[] = [];
  for (const area of plan.schwerpunkte) {
    if (area.zielgruppeId === id)
      commands.push({ type: 'patchArea', areaId: area.id, patch: { zielgruppeId: null } });
    for (const r of area.rows)
      if (r.kind === 'instrument' && anteilOf(r, id)) commands.push(anteilCommand(r.id, id, null));
  }
  commands.push({ type: 'deleteZielgruppenSicht', zielgruppeId: id });
  return act({
    type: 'batch',
    label: `Auswertung der Zielgruppe „${zielgruppeName(plan, id)}“ beenden`,
    commands,
  });
}

/** The evaluated group an area's table is about (null: none). */
export function setAreaZielgruppe(plan: Plan, areaId: Id, zielgruppeId: Id | null): ActionResult {
  const area = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!area) return refuse('Diesen Handlungsschwerpunkt gibt es nicht mehr.');
  if ((area.zielgruppeId ?? null) === zielgruppeId) return null;
  return act({ type: 'patchArea', areaId, patch: { zielgruppeId } });
}
