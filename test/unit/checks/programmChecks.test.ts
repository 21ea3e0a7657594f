import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { LiveChecks } from '../../../shared/checks/liveChecks';
import type { Pruefung } from '../../../shared/checks/pruefung';
import { maxChecks, runChecks } from '../../../shared/checks/runChecks';
import type { Command } from '../../../shared/commands/command';
import { onlyInputValues } from '../../../shared/commands/command';
import type { History } from '../../../shared/commands/history';
import { emptyHistory, execute, undo } from '../../../shared/commands/history';
import type { Applied } from '../../../shared/commands/applyCommand';
import type { Text } from '../../../shared/model/dokument';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

const placeholders = (c: readonly Pruefung[]) => c.filter((p) => p.id.startsWith('programm-platzhalter:'));

/** The Beispielplan with the Einleitung naming the second area's Eintritte. */
function start(): {
  plan: Plan;
  areaId: string;
  figure: string;
  ref: { kapitelId: string; abschnittId: string };
} {
  const plan = beispielplan();
  const area = plan.schwerpunkte[1]!;
  const figure = `area.${area.id}.eintritte`;
  const kapitel = plan.dokument.kapitel.find((k) => k.art !== 'schwerpunkte')!;
  const abschnitt = kapitel.abschnitte[0]!;
  const text: Text = [
    {
      t: 'p',
      content: [
        { t: 'text', text: 'Eintritte im Schwerpunkt: ' },
        { t: 'figur', id: figure },
      ],
    },
  ];
  const withText: Plan = {
    ...plan,
    dokument: {
      ...plan.dokument,
      kapitel: plan.dokument.kapitel.map((k) =>
        k === kapitel
          ? { ...k, abschnitte: k.abschnitte.map((a) => (a === abschnitt ? { ...a, text } : a)) }
          : k,
      ),
    },
  };
  return {
    plan: withText,
    areaId: area.id,
    figure,
    ref: { kapitelId: kapitel.id, abschnittId: abschnitt.id },
  };
}

/** Applies a step to the live checks as the app does, and returns them beside a full run. */
function follow(live: LiveChecks, calc: Calculation, applied: Applied, cmd: Command) {
  const changedFigures = applied.structural
    ? calc.rebuild(applied.plan)
    : calc.updateInputs(applied.plan, applied.changedKeys);
  live.update(applied.plan, calc, {
    changedKeys: applied.changedKeys,
    changedFigures,
    structural: applied.structural,
    texts: !onlyInputValues(cmd),
  });
  return { live: live.checks, full: runChecks(applied.plan, new Calculation(applied.plan)) };
}

describe('Prüfung „Platzhalter ohne Kennzahl“', () => {
  it('warns when a placeholder’s area is deleted, names where it stands, and goes away on undo', () => {
    const s = start();
    const calc = new Calculation(s.plan);
    expect(calc.def(s.figure)).toBeDefined();
    expect(placeholders(runChecks(s.plan, calc))).toEqual([]);
    const live = new LiveChecks(s.plan, calc);

    const del: Command = { type: 'deleteArea', areaId: s.areaId };
    const done = execute(emptyHistory, s.plan, del);
    const after = follow(live, calc, done.applied, del);
    expect(after.live).toEqual(after.full);
    const found = placeholders(after.full);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('Warnung');
    expect(found[0]!.sheet).toBe('programm');
    const kapitel = s.plan.dokument.kapitel.find((k) => k.id === s.ref.kapitelId)!;
    expect(found[0]!.message).toContain(`Programmtext › ${kapitel.titel}`);
    expect(found[0]!.message).toContain(`„${s.figure}“`);

    const history: History = done.history;
    const back = undo(history, done.applied.plan)!;
    const undone = follow(live, calc, back.applied, history.past[history.past.length - 1]!.inverse);
    expect(placeholders(undone.live)).toEqual([]);
    expect(undone.live).toEqual(undone.full);
  });

  it('follows a text edit that adds a placeholder of an unknown figure, and counts it in maxChecks', () => {
    const s = start();
    const calc = new Calculation(s.plan);
    const live = new LiveChecks(s.plan, calc);
    const text: Text = [
      {
        t: 'p',
        content: [
          { t: 'figur', id: 'gibtEsNicht.summe' },
          { t: 'figur', id: s.figure },
        ],
      },
    ];
    const cmd: Command = { type: 'setDokumentText', ref: { kind: 'kapitel', ...s.ref }, text };
    const done = execute(emptyHistory, s.plan, cmd);
    const after = follow(live, calc, done.applied, cmd);
    expect(after.live).toEqual(after.full);
    expect(placeholders(after.full).map((p) => p.message)).toEqual([
      expect.stringContaining('„gibtEsNicht.summe“'),
    ]);
    // The bound the import uses grows with the placeholders: the sample's own findings fit.
    expect(maxChecks(done.applied.plan)).toBe(maxChecks(s.plan) + 1);
    expect(after.full.length).toBeLessThanOrEqual(maxChecks(done.applied.plan));
  });
});
