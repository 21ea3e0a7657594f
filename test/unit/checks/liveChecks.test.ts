import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import type { FigureId } from '../../../shared/calc/expr';
import type { CheckRules } from '../../../shared/checks/runChecks';
import { CHECK_RULES, runChecks } from '../../../shared/checks/runChecks';
import type { CheckChange } from '../../../shared/checks/liveChecks';
import { LiveChecks } from '../../../shared/checks/liveChecks';
import { checkContext } from '../../../shared/checks/checkRule';
import type { CheckRule, PlanRule, RowRule } from '../../../shared/checks/checkRule';
import type { Pruefung } from '../../../shared/checks/pruefung';
import { CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { onlyInputValues } from '../../../shared/commands/command';
import type { History } from '../../../shared/commands/history';
import { emptyHistory, execute, redo, undo } from '../../../shared/commands/history';
import { inputUnit, parseCellKey } from '../../../shared/model/cellKey';
import { SAMPLES } from '../../../shared/sample/samples';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';
import { forEachInputOutsideRows } from '../../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan, seededRandom } from '../../support/generatePlan';

const instrumentRows = (plan: Plan): InstrumentRow[] =>
  plan.schwerpunkte.flatMap((a) => a.rows.filter((r): r is InstrumentRow => r.kind === 'instrument'));

/**
 * One plan with every kind of check data: the Zielgruppen sample (target groups, shares,
 * references with parts, kommunal ranges) with the Globalbudget sample's budget, staff and
 * commitments and the Düsseldorf 2018 Zielvereinbarung.
 */
function everyFeature(): Plan {
  const gb = globalbudgetBeispiel();
  return {
    ...zielgruppenBeispiel(),
    globalbudget: gb.globalbudget,
    personal: gb.personal,
    verpflichtungen: gb.verpflichtungen,
    zielvereinbarung: zielvereinbarungDuesseldorf2018().zielvereinbarung,
  };
}

function inputKeys(plan: Plan): string[] {
  const keys: string[] = [];
  forEachInputOutsideRows(plan, (key) => keys.push(key));
  for (const row of instrumentRows(plan))
    for (const field of ['eintritte', 'mittelansatz', 'vorjahrEintritte', 'vorjahrMittel'])
      keys.push(`row.${row.id}.${field}`);
  return keys;
}

/** A random edit: mostly values (some making checks appear or vanish), now and then a text or the structure. */
function randomCommand(plan: Plan, rnd: () => number): Command {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows = instrumentRows(plan);
  const row = pick(rows);
  const value = (key: string): number | null => {
    const unit = inputUnit(parseCellKey(key)!);
    const r = rnd();
    if (r < 0.1) return null;
    if (r < 0.2) return 0;
    if (unit === 'ratio') return Math.round(rnd() * 1000) / 1000;
    if (unit === 'count') return Math.floor(rnd() * (r < 0.6 ? 50 : 5_000));
    return Math.round(rnd() * (r < 0.6 ? 10_000 : 50_000_000)) / (r < 0.8 ? 1 : 100);
  };
  const setInputs = (n: number): Command => {
    const keys = inputKeys(plan);
    // Half of the edits go to portfolio rows, as in real work.
    const some = () =>
      rnd() < 0.5 && rows.length > 0
        ? `row.${pick(rows).id}.${pick(['eintritte', 'mittelansatz', 'vorjahrEintritte', 'vorjahrMittel'])}`
        : pick(keys);
    const chosen = [...new Set(Array.from({ length: n }, some))];
    return { type: 'setInputs', changes: chosen.map((key) => ({ key, value: value(key) })) };
  };
  const r = rnd();
  // A plan with only a Zielvereinbarung has no portfolio rows to edit.
  if (r < 0.55 || !row) return setInputs(1);
  if (r < 0.65) return setInputs(2 + Math.floor(rnd() * 6));
  if (r < 0.7)
    return {
      type: 'batch',
      label: 'Text und Werte',
      commands: [
        { type: 'setText', target: { kind: 'row', rowId: row.id, field: 'funktion' }, value: `F ${rnd()}` },
        setInputs(2),
      ],
    };
  if (r < 0.74)
    return {
      type: 'setText',
      target: { kind: 'row', rowId: row.id, field: 'funktion' },
      value: `Funktion ${rnd()}`,
    };
  if (r < 0.76)
    return {
      type: 'setText',
      target: { kind: 'row', rowId: row.id, field: 'instrument' },
      value: `Maßnahme ${rnd()}`,
    };
  if (r < 0.78) return { type: 'setHeader', patch: { jobcenter: `Jobcenter ${rnd()}` } };
  if (r < 0.79) return { type: 'setHeader', patch: { year: pick([2016, 2017, 2019]) } };
  if (r < 0.85)
    return {
      type: 'patchRow',
      rowId: row.id,
      patch: pick([
        { kategorie: pick([null, 'I', 'II', 'III.a', 'ZZ']) },
        { nachrichtlich: !row.nachrichtlich },
        { fbw: !row.fbw },
        { finanzierung: { art: 'EGT' } },
        {
          finanzierung: {
            art: 'Drittmittel',
            programmId: pick([null, ...plan.drittmittel.map((d) => d.id)]),
          },
        },
        { finanzierung: { art: 'enthalten', inRowId: pick(rows).id } },
      ]),
    };
  if (r < 0.88) return { type: 'deleteRows', rowIds: [row.id] };
  if (r < 0.91) {
    const area = pick(plan.schwerpunkte);
    return {
      type: 'insertRows',
      rows: [{ areaId: area.id, index: 0, row: { ...row, id: `neu-${Math.floor(rnd() * 1e9)}` } }],
    };
  }
  if (r < 0.93 && plan.drittmittel.length > 0)
    return { type: 'deleteDrittmittel', id: pick(plan.drittmittel).id };
  // The features' own data: multi-year rows, kommunal rows, target-group shares, budget options.
  if (r < 0.95)
    return {
      type: 'patchRow',
      rowId: row.id,
      patch: pick([
        { beginn: pick([null, 1, 7, 11]), laufzeit: pick([null, 6, 24]) },
        { finanzierung: { art: 'kommunal' } },
        { kategorie: pick(['I', 'II']) },
      ]),
    };
  if (r < 0.97 && plan.zielgruppen.length > 0) {
    const zielgruppeId = pick(plan.zielgruppen).zielgruppeId;
    return {
      type: 'setZielgruppenAnteil',
      rowId: row.id,
      zielgruppeId,
      anteil: pick([
        null,
        { zielgruppeId, art: 'ganz' as const },
        { zielgruppeId, art: 'teil' as const, eintritte: Math.floor(rnd() * 3_000), betrag: null },
        { zielgruppeId, art: 'teil' as const, eintritte: null, betrag: Math.floor(rnd() * 4_000_000) },
      ]),
    };
  }
  if (r < 0.98)
    return {
      type: 'setBudgetOptions',
      patch: pick([
        { mittelausstattungAusGrundlage: !plan.globalbudget.mittelausstattungAusGrundlage },
        { vorbindungenAusRegister: !plan.verpflichtungen.vorbindungenAusRegister },
        { grundlageId: pick([null, ...plan.globalbudget.schaetzungen.map((x) => x.id)]) },
      ]),
    };
  return setInputs(1);
}

const key = (c: Pruefung) => `${c.severity}|${c.id}|${c.message}`;

/** Plays `steps` random edits (with undo and redo) and compares LiveChecks with a full runChecks after each. */
function play(
  start: Plan,
  seed: number,
  steps: number,
): { incremental: number; structural: number; sheets: Set<string> } {
  const rnd = seededRandom(seed);
  let plan = start;
  let history: History = emptyHistory;
  const calc = new Calculation(plan);
  const live = new LiveChecks(plan, calc);
  expect(live.checks).toEqual(runChecks(plan, new Calculation(plan)));
  const counts = { incremental: 0, structural: 0, sheets: new Set<string>() };
  for (let step = 0; step < steps; step++) {
    const u = rnd();
    let done: ReturnType<typeof execute> | null;
    let cmd: Command | undefined;
    try {
      if (u < 0.08) {
        done = undo(history, plan);
        cmd = history.past[history.past.length - 1]?.inverse;
      } else if (u < 0.12) {
        done = redo(history, plan);
        cmd = history.future[0]?.forward;
      } else {
        cmd = randomCommand(plan, rnd);
        done = execute(history, plan, cmd);
      }
    } catch (err) {
      if (err instanceof CommandError) continue; // refused edits change nothing
      throw err;
    }
    if (!done || !cmd) continue;
    const { applied } = done;
    history = done.history;
    const before = live.checks;
    const changedFigures = applied.structural
      ? calc.rebuild(applied.plan)
      : calc.updateInputs(applied.plan, applied.changedKeys);
    const change: CheckChange = {
      changedKeys: applied.changedKeys,
      changedFigures,
      structural: applied.structural,
      texts: !onlyInputValues(cmd),
    };
    const delta = live.update(applied.plan, calc, change);
    plan = applied.plan;
    counts[applied.structural ? 'structural' : 'incremental']++;
    // The engine's own updates are tested in test/unit/calc; here the checks are compared.
    const full = runChecks(plan, calc);
    for (const c of full) counts.sheets.add(c.id.split(':')[0]!);
    // Same findings, same messages, same order.
    expect(live.checks, `Schritt ${step}: ${JSON.stringify(cmd).slice(0, 200)}`).toEqual(full);
    // What changed is in the delta, so markers repaint where they must.
    const was = new Set(before.map(key));
    const now = new Set(full.map(key));
    const inDelta = new Set([...(delta?.before ?? []), ...(delta?.after ?? [])].map(key));
    for (const k of [...was].filter((k) => !now.has(k))) expect(inDelta.has(k), `entfallen: ${k}`).toBe(true);
    for (const k of [...now].filter((k) => !was.has(k))) expect(inDelta.has(k), `neu: ${k}`).toBe(true);
    if (delta === null) expect(live.checks).toEqual(before);
  }
  return counts;
}

describe('LiveChecks: the checks kept up to date edit by edit', () => {
  it('equal a full runChecks after every step of random edit sequences (seeded)', () => {
    for (const seed of [1, 2, 3]) {
      const counts = play(generatePlan({ rows: 160, seed }), seed * 7919, 150);
      // The sequences exercise both paths.
      expect(counts.incremental).toBeGreaterThan(80);
      expect(counts.structural).toBeGreaterThan(5);
    }
    play(beispielplan(), 4711, 200);
  }, 60_000);

  it('equal a full runChecks with Zielvereinbarung, Globalbudget, Verpflichtungen and Zielgruppen (seeded)', () => {
    const plans = [everyFeature(), ...SAMPLES.map((s) => s.build())];
    const seen = new Set<string>();
    plans.forEach((plan, i) => play(plan, 100 + i, 250).sheets.forEach((id) => seen.add(id)));
    // The sequences made findings of every feature appear (or found them there) and compared them.
    for (const id of [
      'ziel-zielwert-gedruckt',
      'gb-differenz',
      'umschichtung-ueber',
      'vp-ueber-gesamt',
      've-ueberschritten',
      'mj-nicht-egt',
      'drittmittel-rest',
      'verweis-teile',
      'zielgruppe-teil-eintritte',
      'row-kommunal-kategorie',
      'row-doppelt',
    ])
      expect(seen, id).toContain(id);
  }, 60_000);

  it('a value edit runs the checks of the edited row only, and the plan rules that read a changed figure', () => {
    const plan = generatePlan({ rows: 400, seed: 5 });
    const calc = new Calculation(plan);
    const ran: string[] = [];
    const spyRules: CheckRules = CHECK_RULES.map((rule): CheckRule =>
      rule.scope === 'plan'
        ? ({ ...rule, run: (ctx) => (ran.push(rule.name), rule.run(ctx)) } satisfies PlanRule)
        : ({
            ...rule,
            run: (ctx, row, area) => (ran.push(row.id), rule.run(ctx, row, area)),
          } satisfies RowRule),
    );
    const rowRules = CHECK_RULES.filter((rule) => rule.scope === 'row').length;
    const live = new LiveChecks(plan, calc, spyRules);
    ran.length = 0;
    const row = instrumentRows(plan).find((r) => !r.nachrichtlich && r.finanzierung.art === 'EGT')!;
    const cmd: Command = {
      type: 'setInputs',
      changes: [{ key: `row.${row.id}.eintritte`, value: (row.eintritte ?? 0) + 1 }],
    };
    const { applied } = execute(emptyHistory, plan, cmd);
    const changedFigures = calc.updateInputs(applied.plan, applied.changedKeys);
    live.update(applied.plan, calc, { changedKeys: applied.changedKeys, changedFigures, structural: false });
    expect(ran.filter((r) => r.startsWith('r-'))).toEqual(Array<string>(rowRules).fill(row.id));
    // Eintritte feed the Kennzahlen and the FbW comparison, not the EGT chain, nor the
    // Zielvereinbarung, the budget sheets or the scan for double rows.
    for (const name of [
      'EGT-Auslastung',
      'Zielvereinbarung',
      'Globalbudget',
      'Verpflichtungen',
      'Doppelte Zeilen',
    ])
      expect(ran).not.toContain(name);
    expect(live.checks).toEqual(runChecks(applied.plan, new Calculation(applied.plan)));
  });

  it('a rule without declared reads runs after every change; a row rule reading a plan figure runs for every row when it changes', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    let undeclared = 0;
    const rowsSeen = new Set<string>();
    const rules: CheckRules = [
      { scope: 'plan', name: 'ohne Angabe', run: () => (undeclared++, []) } satisfies PlanRule,
      {
        scope: 'row',
        name: 'liest die Auslastung',
        reads: () => ({ figures: ['haushalt.plan.egtAuslastung'] }),
        run: (ctx, row) => {
          rowsSeen.add(row.id);
          return (ctx.calc.get('haushalt.plan.egtAuslastung') ?? 0) > 1
            ? [
                {
                  id: `hoch:${row.id}`,
                  severity: 'Hinweis',
                  sheet: 'portfolio',
                  message: 'hoch',
                  location: { sheet: 'portfolio' },
                },
              ]
            : [];
        },
      } satisfies RowRule,
    ];
    const live = new LiveChecks(plan, calc, rules);
    // The Beispielplan is slightly overplanned: every row is flagged.
    expect(live.checks.length).toBe(instrumentRows(plan).length);
    undeclared = 0;
    rowsSeen.clear();
    const step = (p: Plan, c: Command) => {
      const { applied } = execute(emptyHistory, p, c);
      const changedFigures = calc.updateInputs(applied.plan, applied.changedKeys);
      live.update(applied.plan, calc, {
        changedKeys: applied.changedKeys,
        changedFigures,
        structural: false,
      });
      return applied.plan;
    };
    // Bildung: no figure the row rule reads
    let p = step(plan, { type: 'setInputs', changes: [{ key: 'bz.3.foerderungBgs', value: 10 }] });
    expect(undeclared).toBe(1);
    expect(rowsSeen.size).toBe(0);
    // A Mittelausstattung far too small: no Auslastung any more, every row runs and loses its finding
    p = step(p, { type: 'setInputs', changes: [{ key: 'hh.mittelausstattung.plan', value: 1_000 }] });
    expect(undeclared).toBe(2);
    expect(rowsSeen.size).toBe(instrumentRows(p).length);
    expect(live.checks).toEqual(runChecks(p, new Calculation(p), rules));
    expect(live.checks).toEqual([]);
  });

  it('every plan rule reads only the figures it declares', () => {
    for (const plan of [beispielplan(), generatePlan({ rows: 200, seed: 8 }), everyFeature()]) {
      const calc = new Calculation(plan);
      for (const rule of CHECK_RULES) {
        if (rule.scope !== 'plan' || !rule.reads) continue;
        const declared = new Set<string>(rule.reads(plan).figures ?? []);
        const read: FigureId[] = [];
        const recording = new Proxy(calc, {
          get: (target, prop) =>
            prop === 'get'
              ? (id: FigureId) => (read.push(id), target.get(id))
              : (Reflect.get(target, prop) as unknown),
        });
        rule.run(checkContext(plan, recording));
        expect(
          read.filter((id) => !declared.has(id)),
          rule.name,
        ).toEqual([]);
      }
    }
  });
});

describe('LiveChecks.inSteps: what each step does', () => {
  it('files the rules’ reads one rule per step (not all before the first yield) and ends with the same checks', () => {
    const plan = everyFeature();
    const calc = new Calculation(plan);
    let reads = 0;
    const counted: CheckRules = CHECK_RULES.map((rule) =>
      rule.reads
        ? ({
            ...rule,
            reads: (p: Plan) => {
              reads++;
              return rule.reads!(p);
            },
          } as CheckRule)
        : rule,
    );
    const withReads = counted.filter((r) => r.reads).length;
    expect(withReads).toBeGreaterThan(2);
    const steps = LiveChecks.inSteps(plan, calc, counted);
    expect(steps.next().done).toBe(false);
    expect(reads).toBe(1);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(reads).toBe(withReads);
    expect(step.value.checks).toEqual(new LiveChecks(plan, calc).checks);
    expect(step.value.checks.length).toBeGreaterThan(0);
  });
});
