/**
 * The new plan from what the takeover read: an empty plan (newPlans.ts) whose
 * Handlungsschwerpunkte are the blocks of the sheet, with the rows, Drittmittel programmes
 * named by notes or the Finanzierung column, and "enthalten in" links; validated like a plan
 * file before anyone sees it. Always a new plan with a new id.
 */
import { validatePlan } from '../../file/planFile';
import { formatValidationError } from '../../file/validationError';
import { MAX_SCHWERPUNKTE } from '../../input/limits';
import { newId } from '../../model/ids';
import type { Drittmittel, Finanzierung, InstrumentRow, Plan } from '../../model/plan';
import { emptyPlan } from '../../storage/newPlans';
import type { TakeoverAnalysis } from './takeoverRows';

export const TAKEOVER_VARIANTE = 'Übernahme aus Excel';

/** The plan file allows 20.000 characters per text. */
const MAX_FUNKTION = 20_000;

export interface TakeoverPlanOptions {
  id: string;
  /** ISO time stamp. */
  now: string;
  author: string;
  jobcenter: string;
  year: number;
}

export type TakeoverPlanResult = { ok: true; plan: Plan } | { ok: false; message: string };

/** Why the header cannot be used, in German, or null. */
export function headerProblem(jobcenter: string, year: number): string | null {
  if (jobcenter.trim() === '') return 'Bitte den Jobcenter angeben.';
  if (jobcenter.trim().length > 200) return 'Der Name des Jobcenters ist zu lang (höchstens 200 Zeichen).';
  if (!Number.isInteger(year) || year < 1990 || year > 2200)
    return 'Bitte ein Planjahr zwischen 1990 und 2200 angeben.';
  return null;
}

export function buildTakeoverPlan(analysis: TakeoverAnalysis, opts: TakeoverPlanOptions): TakeoverPlanResult {
  const bad = headerProblem(opts.jobcenter, opts.year);
  if (bad) return { ok: false, message: bad };
  if (analysis.rows.length === 0)
    return {
      ok: false,
      message: `Unter der Kopfzeile (Zeile ${analysis.mapping.headerRow}) von Blatt „${analysis.mapping.sheet}“ steht keine Maßnahme.`,
    };
  if (analysis.blocks.length > MAX_SCHWERPUNKTE)
    return {
      ok: false,
      message: `Das Blatt hat ${analysis.blocks.length} Überschriften; ein Plan hat höchstens ${MAX_SCHWERPUNKTE} Handlungsschwerpunkte.`,
    };

  const base = emptyPlan({
    id: opts.id,
    now: opts.now,
    author: opts.author,
    jobcenter: opts.jobcenter.trim(),
    year: opts.year,
  });
  const drittmittel: Drittmittel[] = [];
  const programmeIds = new Map<string, string>();
  const programmeId = (name: string): string => {
    const key = name.trim().toLocaleLowerCase('de-DE');
    let id = programmeIds.get(key);
    if (!id) {
      id = newId('dm');
      programmeIds.set(key, id);
      drittmittel.push({
        id,
        programm: name.trim(),
        bewilligungGesamt: null,
        zeitraum: '',
        betragJahr: null,
        davonPersonal: null,
      });
    }
    return id;
  };
  const rowIds = analysis.rows.map(() => newId('r'));
  const schwerpunkte = analysis.blocks.map((b) => ({
    id: newId('hs'),
    name: b.name,
    rows: [] as InstrumentRow[],
  }));
  analysis.rows.forEach((r, i) => {
    const finanzierung: Finanzierung =
      r.finanzierung.art === 'EGT'
        ? { art: 'EGT' }
        : r.finanzierung.art === 'Drittmittel'
          ? { art: 'Drittmittel', programmId: programmeId(r.finanzierung.programm) }
          : { art: 'enthalten', inRowId: rowIds[r.finanzierung.target]! };
    schwerpunkte[r.block]!.rows.push({
      kind: 'instrument',
      id: rowIds[i]!,
      instrument: r.instrument,
      kategorie: r.kategorie,
      eintritte: r.eintritte,
      mittelansatz: r.mittelansatz,
      finanzierung,
      nachrichtlich: r.nachrichtlich,
      vorjahrEintritte: r.vorjahrEintritte,
      vorjahrMittel: r.vorjahrMittel,
      funktion: r.funktion.length > MAX_FUNKTION ? `${r.funktion.slice(0, MAX_FUNKTION - 1)}…` : r.funktion,
      // As the file migration does: the category Berufliche Weiterbildung is the FbW row.
      fbw: r.kategorie === 'II',
    });
  });
  const plan: Plan = {
    ...base,
    header: { ...base.header, variante: TAKEOVER_VARIANTE },
    drittmittel,
    schwerpunkte,
  };
  const checked = validatePlan(plan);
  if (!checked.ok)
    return {
      ok: false,
      message: `Die übernommenen Werte ergeben keinen gültigen Plan (${checked.errors.slice(0, 3).map(formatValidationError).join('; ')}).`,
    };
  return { ok: true, plan: checked.plan };
}
