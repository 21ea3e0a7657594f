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
import type { RowLocation } from '../model/inputs';
import { primeRowIndex, readInputRef } from '../model/inputs';
import type { Plan, PortfolioRow } from '../model/plan';
import { linkProblem, zielartFits } from '../model/zielRules';
import { ZIELART_LABELS, ZIELEINHEIT_LABELS } from '../model/ziele';
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

type Path = (string | number)[];

export interface SemanticsOptions {
  /**
   * A plan from this computer's database or backup: "enthalten in" chains and targets that are
   * nachrichtlich were allowed before the rule of model/enthaltenIn.ts, so such a plan still
   * opens and the Plausibilitätsprüfung reports them as Fehler for the planner to repair. An
   * older file format is upgraded first (validatePlan, storedPlan.ts).
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
  // Rows share one namespace across all areas: cell keys and references address a row by id
  // alone. One pass, one map (a Land plan has 60.000 rows): the first place of each id, paths
  // made only for a repeat. Without a repeat it is the row index model/inputs.ts builds.
  const firstRow = new Map<string, RowLocation>();
  const kommunalRows = new Set<string>();
  let repeated = false;
  plan.schwerpunkte.forEach((s, areaIndex) => {
    for (let rowIndex = 0; rowIndex < s.rows.length; rowIndex++) {
      const r = s.rows[rowIndex]!;
      const first = firstRow.get(r.id);
      if (first !== undefined) {
        repeated = true;
        report(
          ['schwerpunkte', areaIndex, 'rows', rowIndex, 'id'],
          `Kennung ${JSON.stringify(r.id)} kommt doppelt vor (zuerst bei ${formatPath('plan', ['schwerpunkte', first.areaIndex, 'rows', first.rowIndex, 'id'])})`,
        );
      } else firstRow.set(r.id, { areaIndex, rowIndex });
      if (r.kind === 'instrument' && r.finanzierung.art === 'kommunal') kommunalRows.add(r.id);
    }
  });
  // Saves building it again for "enthalten in" below (and for whoever reads the plan next).
  if (!repeated) primeRowIndex(plan, firstRow);
  const rowAt = (loc: RowLocation): PortfolioRow => plan.schwerpunkte[loc.areaIndex]!.rows[loc.rowIndex]!;
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

  const programs = new Set(plan.drittmittel.map((d) => d.id));

  // Plain loops, no closure per row: this runs over every row of a Land plan.
  for (let i = 0; i < plan.schwerpunkte.length; i++) {
    const rows = plan.schwerpunkte[i]!.rows;
    const at = (j: number, ...rest: Path): Path => ['schwerpunkte', i, 'rows', j, ...rest];
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j]!;
      if (r.kind === 'reference') {
        const target = firstRow.get(r.ownerRowId);
        if (target === undefined)
          report(at(j, 'ownerRowId'), `Verweis auf Zeile ${JSON.stringify(r.ownerRowId)}, die es nicht gibt`);
        else if (rowAt(target).kind !== 'instrument')
          report(
            at(j, 'ownerRowId'),
            `Verweis auf Zeile ${JSON.stringify(r.ownerRowId)}, die selbst nur ein Verweis ist`,
          );
        else if (
          kommunalRows.has(r.ownerRowId) &&
          (r.teilEintritte !== undefined || r.teilBetrag !== undefined)
        )
          report(
            at(j, r.teilEintritte !== undefined ? 'teilEintritte' : 'teilBetrag'),
            'ein Verweis auf eine kommunale Leistung zeigt deren Fallzahlen ganz und trägt keinen eigenen Anteil',
          );
        continue;
      }
      if (r.eintritteBis !== undefined && r.eintritteBis !== null) {
        if (r.finanzierung.art !== 'kommunal')
          report(at(j, 'eintritteBis'), 'eine Spanne „von–bis“ gibt es nur bei kommunal finanzierten Zeilen');
        else if (r.eintritte === null || r.eintritteBis < r.eintritte)
          report(
            at(j, 'eintritteBis'),
            `„bis“ (${r.eintritteBis}) liegt unter „von“ (${r.eintritte ?? 'leer'}); die Spanne läuft rückwärts`,
          );
      }
      const f = r.finanzierung;
      if (f.art === 'enthalten' && f.inRowId !== null) {
        const problem = enthaltenProblem(plan, r, f.inRowId);
        if (problem && !(options.stored && STORED_LEFT_TO_CHECKS.has(problem.kind)))
          report(at(j, 'finanzierung', 'inRowId'), enthaltenMessage(problem));
      }
      if (f.art === 'Drittmittel' && f.programmId !== null && !programs.has(f.programmId))
        report(
          at(j, 'finanzierung', 'programmId'),
          `Drittmittel-Programm ${JSON.stringify(f.programmId)} gibt es nicht`,
        );
    }
  }

  checkZielgruppen(plan, report, unique);

  sd.deckel.forEach((d, i) => {
    if (d.gueltigAb !== null && d.gueltigBis !== null && d.gueltigAb > d.gueltigBis)
      report(
        ['stammdaten', 'deckel', i, 'gueltigBis'],
        `gültig bis ${d.gueltigBis} liegt vor gültig ab ${d.gueltigAb}`,
      );
  });

  const zv = plan.zielvereinbarung;
  unique(
    'Kennung',
    zv.parteien.map((p, i) => ({ key: p.id, path: ['zielvereinbarung', 'parteien', i, 'id'] })),
  );
  unique(
    'Kennung',
    zv.ziele.map((z, i) => ({ key: z.id, path: ['zielvereinbarung', 'ziele', i, 'id'] })),
  );
  unique(
    'Kennung',
    zv.dialoge.map((d, i) => ({ key: d.id, path: ['zielvereinbarung', 'dialoge', i, 'id'] })),
  );
  const zielIds = new Set(zv.ziele.map((z) => z.id));
  zv.ziele.forEach((z, i) => {
    const at = (...rest: Path): Path => ['zielvereinbarung', 'ziele', i, ...rest];
    if (!zielartFits(z.zielart, z.einheit))
      report(
        at('zielart'),
        `Zielart „${ZIELART_LABELS[z.zielart]}“ passt nicht zur Einheit „${ZIELEINHEIT_LABELS[z.einheit]}“`,
      );
    // A broken link would leave a figure reading one that does not exist (or a cycle).
    const link = linkProblem(zv.ziele, z, plan.header.year);
    if (link) report(at('gekoppeltAn'), link);
  });
  zv.dialoge.forEach((d, i) => {
    unique(
      'Ziel',
      d.werte.map((w, j) => ({
        key: w.zielId,
        path: ['zielvereinbarung', 'dialoge', i, 'werte', j, 'zielId'],
      })),
    );
    d.werte.forEach((w, j) => {
      if (!zielIds.has(w.zielId))
        report(
          ['zielvereinbarung', 'dialoge', i, 'werte', j, 'zielId'],
          `Ziel ${JSON.stringify(w.zielId)} gibt es nicht`,
        );
    });
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

/**
 * Target groups: ids unique in the master list; an evaluated group is in the master list and
 * evaluated once; a row's share and an area's group name an evaluated group, one share per
 * group and row.
 */
function checkZielgruppen(
  plan: Plan,
  report: (path: Path, message: string) => void,
  unique: (what: string, entries: { key: string | number; path: Path }[]) => void,
): void {
  const master = new Set(plan.stammdaten.zielgruppen.map((z) => z.id));
  unique(
    'Zielgruppe',
    plan.stammdaten.zielgruppen.map((z, i) => ({ key: z.id, path: ['stammdaten', 'zielgruppen', i, 'id'] })),
  );
  unique(
    'Zielgruppe',
    plan.zielgruppen.map((z, i) => ({ key: z.zielgruppeId, path: ['zielgruppen', i, 'zielgruppeId'] })),
  );
  plan.zielgruppen.forEach((z, i) => {
    if (!master.has(z.zielgruppeId))
      report(
        ['zielgruppen', i, 'zielgruppeId'],
        `Zielgruppe ${JSON.stringify(z.zielgruppeId)} gibt es in den Stammdaten nicht`,
      );
  });
  const evaluated = new Set(plan.zielgruppen.map((z) => z.zielgruppeId));
  const notEvaluated = (g: string) => `Zielgruppe ${JSON.stringify(g)} wird in diesem Plan nicht ausgewertet`;
  plan.schwerpunkte.forEach((s, i) => {
    if (s.zielgruppeId !== undefined && s.zielgruppeId !== null && !evaluated.has(s.zielgruppeId))
      report(['schwerpunkte', i, 'zielgruppeId'], notEvaluated(s.zielgruppeId));
    s.rows.forEach((r, j) => {
      if (r.kind !== 'instrument' || !r.zielgruppen) return;
      unique(
        'Zielgruppe',
        r.zielgruppen.map((a, k) => ({
          key: a.zielgruppeId,
          path: ['schwerpunkte', i, 'rows', j, 'zielgruppen', k, 'zielgruppeId'],
        })),
      );
      r.zielgruppen.forEach((a, k) => {
        if (!evaluated.has(a.zielgruppeId))
          report(
            ['schwerpunkte', i, 'rows', j, 'zielgruppen', k, 'zielgruppeId'],
            notEvaluated(a.zielgruppeId),
          );
      });
    });
  });
}
