/**
 * Rules a schema cannot express: ids are unique, references point to rows that exist, "enthalten
 * in" points at a row that carries money (model/enthaltenIn.ts), formula keys are input cells of
 * this plan. Runs on a plan that already passed the schema.
 *
 * Content a planner can repair in the app (a Förderkategorie missing from the Stammdaten, a
 * Berufsbereich without a name) is left to the Plausibilitätsprüfungen, so the plan still opens.
 */
import { parseCellKey } from '../model/cellKey';
import type { EnthaltenProblem } from '../model/enthaltenIn';
import { enthaltenMessage, enthaltenProblem } from '../model/enthaltenIn';
import { readInputRef } from '../model/inputs';
import type { Plan } from '../model/plan';
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

type Path = (string | number)[];

export interface SemanticsOptions {
  /**
   * A plan from this computer's database or backup: "enthalten in" chains and targets that are
   * nachrichtlich were allowed before the rule of model/enthaltenIn.ts, so such a plan still
   * opens and the Plausibilitätsprüfung reports them as Fehler for the planner to repair.
   */
  stored?: boolean;
}

const STORED_LEFT_TO_CHECKS = new Set<EnthaltenProblem['kind']>(['nachrichtlich', 'kette']);

export function checkPlanSemantics(plan: Plan, options: SemanticsOptions = {}): ValidationError[] {
  const errors: ValidationError[] = [];
  const report = (path: Path, message: string) => errors.push({ path: formatPath('plan', path), message });

  /** Reports every repeat of a key within one namespace, at the place it repeats. */
  const unique = (what: string, entries: { key: string | number; path: Path }[]) => {
    const seen = new Map<string | number, Path>();
    for (const e of entries) {
      const first = seen.get(e.key);
      if (first)
        report(
          e.path,
          `${what} ${JSON.stringify(e.key)} kommt doppelt vor (zuerst bei ${formatPath('plan', first)})`,
        );
      else seen.set(e.key, e.path);
    }
  };

  const h = plan.haushalt;
  unique(
    'Kennung',
    h.zuweisungen.map((z, i) => ({ key: z.id, path: ['haushalt', 'zuweisungen', i, 'id'] })),
  );
  unique(
    'Kennung',
    h.ausserhalbEgt.map((a, i) => ({ key: a.id, path: ['haushalt', 'ausserhalbEgt', i, 'id'] })),
  );
  unique(
    'Kennung',
    plan.drittmittel.map((d, i) => ({ key: d.id, path: ['drittmittel', i, 'id'] })),
  );
  unique(
    'Kennung',
    plan.schwerpunkte.map((s, i) => ({ key: s.id, path: ['schwerpunkte', i, 'id'] })),
  );
  // Rows share one namespace across all areas: cell keys and references address a row by id alone.
  unique(
    'Kennung',
    plan.schwerpunkte.flatMap((s, i) =>
      s.rows.map((r, j) => ({ key: r.id, path: ['schwerpunkte', i, 'rows', j, 'id'] })),
    ),
  );
  unique(
    'Berufsbereich',
    plan.bildungsziele.map((b, i) => ({ key: b.bereich, path: ['bildungsziele', i, 'bereich'] })),
  );
  unique(
    'Kennzahl',
    plan.kennzahlen.map((k, i) => ({ key: k.key, path: ['kennzahlen', i, 'key'] })),
  );
  // Texts are addressed by chapter and section id (commands, version comparison).
  unique(
    'Kapitel',
    plan.dokument.kapitel.map((k, i) => ({ key: k.id, path: ['dokument', 'kapitel', i, 'id'] })),
  );
  plan.dokument.kapitel.forEach((k, i) =>
    unique(
      'Abschnitt',
      k.abschnitte.map((a, j) => ({ key: a.id, path: ['dokument', 'kapitel', i, 'abschnitte', j, 'id'] })),
    ),
  );
  unique(
    'Handlungsschwerpunkt',
    plan.dokument.schwerpunkte.map((t, i) => ({
      key: t.schwerpunktId,
      path: ['dokument', 'schwerpunkte', i, 'schwerpunktId'],
    })),
  );
  const sd = plan.stammdaten;
  unique(
    'Förderkategorie',
    sd.foerderkategorien.flatMap((c, i) => [
      { key: c.key, path: ['stammdaten', 'foerderkategorien', i, 'key'] },
      ...c.lines.map((l, j) => ({
        key: l.key,
        path: ['stammdaten', 'foerderkategorien', i, 'lines', j, 'key'],
      })),
    ]),
  );
  unique(
    'Kennung',
    sd.deckel.map((d, i) => ({ key: d.id, path: ['stammdaten', 'deckel', i, 'id'] })),
  );

  const rowKinds = new Map<string, 'instrument' | 'reference'>();
  for (const s of plan.schwerpunkte)
    for (const r of s.rows) if (!rowKinds.has(r.id)) rowKinds.set(r.id, r.kind);
  const programs = new Set(plan.drittmittel.map((d) => d.id));

  plan.schwerpunkte.forEach((s, i) =>
    s.rows.forEach((r, j) => {
      const at = (...rest: Path): Path => ['schwerpunkte', i, 'rows', j, ...rest];
      if (r.kind === 'reference') {
        const target = rowKinds.get(r.ownerRowId);
        if (!target)
          report(at('ownerRowId'), `Verweis auf Zeile ${JSON.stringify(r.ownerRowId)}, die es nicht gibt`);
        else if (target !== 'instrument')
          report(
            at('ownerRowId'),
            `Verweis auf Zeile ${JSON.stringify(r.ownerRowId)}, die selbst nur ein Verweis ist`,
          );
        return;
      }
      const f = r.finanzierung;
      if (f.art === 'enthalten' && f.inRowId !== null) {
        const problem = enthaltenProblem(plan, r, f.inRowId);
        if (problem && !(options.stored && STORED_LEFT_TO_CHECKS.has(problem.kind)))
          report(at('finanzierung', 'inRowId'), enthaltenMessage(problem));
      }
      if (f.art === 'Drittmittel' && f.programmId !== null && !programs.has(f.programmId))
        report(
          at('finanzierung', 'programmId'),
          `Drittmittel-Programm ${JSON.stringify(f.programmId)} gibt es nicht`,
        );
    }),
  );

  sd.deckel.forEach((d, i) => {
    if (d.gueltigAb !== null && d.gueltigBis !== null && d.gueltigAb > d.gueltigBis)
      report(
        ['stammdaten', 'deckel', i, 'gueltigBis'],
        `gültig bis ${d.gueltigBis} liegt vor gültig ab ${d.gueltigAb}`,
      );
  });

  for (const [key, formula] of Object.entries(plan.formeln)) {
    const ref = parseCellKey(key);
    if (!ref) report(['formeln', key], `${JSON.stringify(key)} ist keine Eingabezelle`);
    else if (ref.kind !== 'kennzahl' && readInputRef(plan, ref) === undefined)
      report(['formeln', key], `Zelle ${JSON.stringify(key)} gibt es in diesem Plan nicht`);
    else if (!formula.startsWith('='))
      report(['formeln', key], `Formel muss mit "=" beginnen, gefunden ${JSON.stringify(formula)}`);
  }
  return errors;
}
