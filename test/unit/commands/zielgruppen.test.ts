/**
 * Commands of issue 15: target-group shares, the master list, evaluated groups, an area's group,
 * references' parts and kommunal ranges. Each has its exact inverse (formula texts included),
 * refuses what would break the plan with a German message, and survives a save and reload.
 */
import { describe, expect, it } from 'vitest';
import * as zgActions from '../../../shared/actions/zielgruppen';
import type { ActionResult } from '../../../shared/actions/action';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { describeChanges } from '../../../shared/commands/describeChanges';
import { parsePlanFile, serializePlanFile } from '../../../shared/file/planFile';
import { findInstrumentRow, findReferenceRow, readInput } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

const content = (p: Plan) => ({ ...p, header: { ...p.header, changedAt: '' } });

function roundTrip(cmd: Command, plan = zielgruppenBeispiel()) {
  const a = applyCommand(plan, cmd);
  const back = applyCommand(a.plan, a.inverse);
  expect(content(back.plan)).toEqual(content(plan));
  // The changed plan is a valid plan file (reload).
  const reloaded = parsePlanFile(serializePlanFile(a.plan));
  expect(reloaded.ok, JSON.stringify(reloaded)).toBe(true);
  return a;
}

const commandOf = (r: ActionResult): Command => {
  if (!r || !r.ok) throw new Error(`keine Aktion: ${JSON.stringify(r)}`);
  return r.command;
};

function refused(plan: Plan, cmd: Command): string {
  try {
    applyCommand(plan, cmd);
  } catch (e) {
    if (e instanceof CommandError) return e.message;
    throw e;
  }
  throw new Error('nicht abgelehnt');
}

describe('target-group commands: exact inverses, reload', () => {
  const cases: [string, Command][] = [
    [
      'a new share',
      {
        type: 'setZielgruppenAnteil',
        rowId: 'r-esg',
        zielgruppeId: 'u25',
        anteil: { zielgruppeId: 'u25', art: 'ganz' },
      },
    ],
    [
      'another kind of share',
      {
        type: 'setZielgruppenAnteil',
        rowId: 'r-egz',
        zielgruppeId: 'u25',
        anteil: { zielgruppeId: 'u25', art: 'prozent', anteil: 0.1 },
      },
    ],
    ['a share removed', { type: 'setZielgruppenAnteil', rowId: 'r-mia', zielgruppeId: 'u25', anteil: null }],
    [
      'a typed part',
      { type: 'setInputs', changes: [{ key: 'za.u25.r-egz.eintritte', value: 80, formula: '=40*2' }] },
    ],
    ['the Kundenbestand', { type: 'setInputs', changes: [{ key: 'zk.gefluechtete', value: 0.11 }] }],
    [
      'a group added to the master list',
      { type: 'insertZielgruppe', zielgruppe: { id: 'frauen', name: 'Frauen' }, index: 6 },
    ],
    [
      'a group renamed',
      { type: 'setText', target: { kind: 'zielgruppe', id: 'u25' }, value: 'Jugendliche unter 25' },
    ],
    ['a group no one uses deleted', { type: 'deleteZielgruppe', id: 'behinderung' }],
    [
      'a group evaluated',
      {
        type: 'insertZielgruppenSicht',
        sicht: { zielgruppeId: 'ue50', anteilKundenbestand: null },
        index: 3,
      },
    ],
    ['an area’s group', { type: 'patchArea', areaId: 'hs-lzb', patch: { zielgruppeId: 'gefluechtete' } }],
    ['an area’s group removed', { type: 'patchArea', areaId: 'hs-u25', patch: { zielgruppeId: null } }],
    ['a reference’s part', { type: 'setInputs', changes: [{ key: 'vt.ref-u25-bae.eintritte', value: 100 }] }],
    [
      'a reference’s part emptied',
      { type: 'setInputs', changes: [{ key: 'vt.ref-u25-egz.eintritte', value: null }] },
    ],
    [
      'a range',
      {
        type: 'setInputs',
        changes: [
          { key: 'row.r-psb.eintritte', value: 100 },
          { key: 'eb.r-psb', value: 300 },
        ],
      },
    ],
    [
      'a row becomes kommunal',
      { type: 'patchRow', rowId: 'r-esg', patch: { finanzierung: { art: 'kommunal' } } },
    ],
  ];
  it.each(cases)('%s', (_name, cmd) => {
    roundTrip(cmd);
  });

  it('a share changed drops the formula of the part it replaces; undo brings value and formula back', () => {
    let plan = applyCommand(zielgruppenBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'za.u25.r-egz.eintritte', value: 80, formula: '=40*2' }],
    }).plan;
    const a = applyCommand(plan, {
      type: 'setZielgruppenAnteil',
      rowId: 'r-egz',
      zielgruppeId: 'u25',
      anteil: { zielgruppeId: 'u25', art: 'prozent', anteil: null },
    });
    expect(a.plan.formeln['za.u25.r-egz.eintritte']).toBeUndefined();
    expect(readInput(a.plan, 'za.u25.r-egz.eintritte')).toBeUndefined();
    expect(a.structural).toBe(true);
    expect(a.label).toBe('Zielgruppe „U25“ bei „Eingliederungszuschüsse (EGZ)“: Prozent');
    plan = applyCommand(a.plan, a.inverse).plan;
    expect(plan.formeln['za.u25.r-egz.eintritte']).toBe('=40*2');
    expect(readInput(plan, 'za.u25.r-egz.eintritte')).toBe(80);
  });

  it('ending an evaluation takes the shares and the area’s link along, in one undo step', () => {
    const plan = zielgruppenBeispiel();
    const cmd = commandOf(zgActions.endEvaluation(plan, 'u25'));
    const a = roundTrip(cmd, plan);
    expect(a.plan.zielgruppen.map((z) => z.zielgruppeId)).toEqual(['alleinerziehende', 'gefluechtete']);
    expect(a.plan.schwerpunkte.find((x) => x.id === 'hs-u25')?.zielgruppeId).toBeUndefined();
    expect(findInstrumentRow(a.plan, 'r-fbw')?.zielgruppen).toEqual([
      { zielgruppeId: 'gefluechtete', art: 'teil', eintritte: 200, betrag: null },
    ]);
    expect(a.label).toBe('Auswertung der Zielgruppe „U25“ beenden');
  });

  it('a new group is added to the master list and evaluated at once, with a free id from its name', () => {
    const plan = zielgruppenBeispiel();
    const a = roundTrip(commandOf(zgActions.addZielgruppe(plan, 'Ü50')), plan);
    expect(a.plan.stammdaten.zielgruppen.at(-1)).toEqual({ id: 'ue50-2', name: 'Ü50 2' });
    expect(a.plan.zielgruppen.at(-1)).toEqual({ zielgruppeId: 'ue50-2', anteilKundenbestand: null });
  });

  it('leaving "kommunal" drops the upper end of the range; undo brings it back with its formula', () => {
    let plan = applyCommand(zielgruppenBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'eb.r-kita', value: 1_300, formula: '=1000+300' }],
    }).plan;
    const a = applyCommand(plan, {
      type: 'patchRow',
      rowId: 'r-kita',
      patch: { finanzierung: { art: 'EGT' } },
    });
    expect(findInstrumentRow(a.plan, 'r-kita')?.eintritteBis).toBeUndefined();
    expect(a.plan.formeln['eb.r-kita']).toBeUndefined();
    plan = applyCommand(a.plan, a.inverse).plan;
    expect(findInstrumentRow(plan, 'r-kita')).toMatchObject({
      finanzierung: { art: 'kommunal' },
      eintritteBis: 1_300,
    });
    expect(plan.formeln['eb.r-kita']).toBe('=1000+300');
  });

  it('a reference’s part appearing or going is structure (the area’s share reads it or the owner)', () => {
    const plan = zielgruppenBeispiel();
    expect(
      applyCommand(plan, { type: 'setInputs', changes: [{ key: 'vt.ref-u25-bae.betrag', value: 1 }] })
        .structural,
    ).toBe(true);
    expect(
      applyCommand(plan, { type: 'setInputs', changes: [{ key: 'vt.ref-u25-egz.eintritte', value: 61 }] })
        .structural,
    ).toBe(false);
    const emptied = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'vt.ref-u25-egz.eintritte', value: null }],
    });
    expect(emptied.structural).toBe(true);
    expect(findReferenceRow(emptied.plan, 'ref-u25-egz')).toEqual({
      kind: 'reference',
      id: 'ref-u25-egz',
      ownerRowId: 'r-egz',
    });
  });

  it('the change log names the new cells in German', () => {
    const plan = zielgruppenBeispiel();
    const cmd: Command = {
      type: 'setInputs',
      changes: [
        { key: 'za.u25.r-agh.anteil', value: 0.25 },
        { key: 'eb.r-kita', value: 1_250 },
        { key: 'vt.ref-u25-egz.eintritte', value: 70 },
        { key: 'zk.u25', value: 0.06 },
      ],
    };
    const after = applyCommand(plan, cmd).plan;
    expect(describeChanges(plan, after, cmd).map((c) => `${c.what}: ${c.before} → ${c.after}`)).toEqual([
      'Zielgruppen › U25 › Arbeitsgelegenheiten › Anteil der Zielgruppe: 20,0 % → 25,0 %',
      'Maßnahmeportfolio › Kommunale Eingliederungsleistungen (§ 16a SGB II) › Kinderbetreuung (Kindertagespflege, Randzeiten) › Eintritte bis: 1.200 → 1.250',
      'Maßnahmeportfolio › Jugendliche (U25) › Verweis auf Eingliederungszuschüsse (EGZ) › Eintritte (Anteil des Verweises): 60 → 70',
      'Zielgruppen › U25 › Anteil am Kundenbestand: 5,0 % → 6,0 %',
    ]);
  });
});

describe('target-group commands: refused with a German reason', () => {
  const plan = zielgruppenBeispiel();
  it.each([
    [
      'a share for a group not evaluated',
      {
        type: 'setZielgruppenAnteil',
        rowId: 'r-egz',
        zielgruppeId: 'ue50',
        anteil: { zielgruppeId: 'ue50', art: 'ganz' },
      },
      'Die Zielgruppe „Ü50“ wird in diesem Plan nicht ausgewertet.',
    ],
    [
      'a share on a reference',
      {
        type: 'setZielgruppenAnteil',
        rowId: 'ref-u25-eq',
        zielgruppeId: 'u25',
        anteil: { zielgruppeId: 'u25', art: 'ganz' },
      },
      'Ein Verweis trägt keinen Zielgruppenanteil; er zählt bei der Maßnahme, der er gehört.',
    ],
    [
      'a share of 120 %',
      {
        type: 'setZielgruppenAnteil',
        rowId: 'r-egz',
        zielgruppeId: 'u25',
        anteil: { zielgruppeId: 'u25', art: 'prozent', anteil: 1.2 },
      },
      '„Eingliederungszuschüsse (EGZ)“, Zielgruppe „U25“: Anteil zwischen 0 und 100 %.',
    ],
    [
      'deleting an evaluated group',
      { type: 'deleteZielgruppe', id: 'u25' },
      'Die Zielgruppe „U25“ wird ausgewertet; beenden Sie zuerst ihre Auswertung.',
    ],
    [
      'ending an evaluation rows still use',
      { type: 'deleteZielgruppenSicht', zielgruppeId: 'u25' },
      'Zeilen oder Handlungsschwerpunkte nennen noch die Zielgruppe „U25“.',
    ],
    [
      'a second group of the same name',
      { type: 'setText', target: { kind: 'zielgruppe', id: 'ue50' }, value: ' u25 ' },
      'Eine Zielgruppe „u25“ gibt es schon.',
    ],
    [
      'an id with a dot',
      { type: 'insertZielgruppe', zielgruppe: { id: 'a.b', name: 'A' }, index: 0 },
      '„a.b“ taugt nicht als Kennung einer Zielgruppe.',
    ],
    [
      'a range that runs backwards',
      { type: 'setInputs', changes: [{ key: 'eb.r-kita', value: 700 }] },
      '„Kinderbetreuung (Kindertagespflege, Randzeiten)“: die Spanne 800–700 läuft rückwärts; „bis“ muss mindestens „von“ sein.',
    ],
    [
      'an upper end on a row that is not kommunal',
      { type: 'setInputs', changes: [{ key: 'eb.r-egz', value: 700 }] },
      'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Eintritte bis gibt es in diesem Plan nicht mehr.',
    ],
    [
      'an owner becoming kommunal while references carry parts',
      { type: 'patchRow', rowId: 'r-egz', patch: { finanzierung: { art: 'kommunal' } } },
      'Verweise auf „Eingliederungszuschüsse (EGZ)“ tragen einen eigenen Anteil; eine kommunale Leistung zeigt ihre Fallzahlen als Spanne ganz. Leeren Sie zuerst die Anteile der Verweise.',
    ],
    [
      'an area’s group not evaluated',
      { type: 'patchArea', areaId: 'hs-lzb', patch: { zielgruppeId: 'behinderung' } },
      'Die Zielgruppe „Menschen mit Behinderung“ wird in diesem Plan nicht ausgewertet.',
    ],
  ] as [string, Command, string][])('%s', (_name, cmd, message) => {
    expect(refused(plan, cmd)).toBe(message);
  });
});
