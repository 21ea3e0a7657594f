/**
 * The whole takeover in one call, as the command line runs it (the app runs the same steps one
 * by one, with the preview between them): propose the mapping (or use the one given), read the
 * table, guess the plan header, build the new plan. Pure: the workbook is already read
 * (readLegacyWorkbook.ts).
 */
import { newId } from '../../model/ids';
import type { Plan } from '../../model/plan';
import { defaultStammdaten } from '../../model/stammdaten';
import { analyseSheet } from './analyseSheet';
import { buildTakeoverPlan } from './buildTakeoverPlan';
import { proposeTakeover } from './detectHeader';
import type { HeaderGuess } from './guessHeader';
import { guessHeader } from './guessHeader';
import type { LegacyWorkbook } from './legacySheet';
import type { TakeoverMapping } from './mapping';
import { mappingProblems } from './mapping';
import type { TakeoverAnalysis } from './takeoverRows';

export interface TakeoverRequest {
  fileName: string;
  /** The sheet to read; default: the one whose table is recognised best. */
  sheet?: string;
  /** Overrides the guess from titles and file name. */
  jobcenter?: string;
  year?: number;
  now: Date;
  author?: string;
}

export type TakeoverOutcome =
  | {
      ok: true;
      mapping: TakeoverMapping;
      analysis: TakeoverAnalysis;
      plan: Plan;
      guess: HeaderGuess;
      /** Where the header came from: the caller's option, the file, or the default. */
      sources: { jobcenter: HeaderSource; year: HeaderSource };
    }
  /** `mapping` when the table was found and only building the plan failed. */
  | { ok: false; message: string; mapping?: TakeoverMapping };

export type HeaderSource = 'angegeben' | 'aus der Datei' | 'Standard';

/** Without a guess: "Jobcenter (<file name>)", and the plan year is next year (plans are made ahead). */
export function defaultHeader(fileName: string, now: Date): { jobcenter: string; year: number } {
  const base = fileName
    .replace(/^.*[\\/]/u, '')
    .replace(/\.xlsx$/iu, '')
    .trim();
  return { jobcenter: base === '' ? 'Jobcenter' : `Jobcenter (${base})`, year: now.getFullYear() + 1 };
}

export function runTakeover(book: LegacyWorkbook, req: TakeoverRequest): TakeoverOutcome {
  const proposal = proposeTakeover(book, req.sheet);
  if (!proposal.ok) return proposal;
  const { mapping } = proposal;
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { ok: false, message: problems.join(' '), mapping };
  const sheet = book.sheets.find((s) => s.name === mapping.sheet)!;
  const stammdaten = defaultStammdaten();
  const analysis = analyseSheet(sheet, mapping, stammdaten);
  const guess = guessHeader(sheet, mapping.headerRow, req.fileName, proposal.planYear);
  const fallback = defaultHeader(req.fileName, req.now);
  const pick = <T>(given: T | undefined, guessed: T | null, standard: T): [T, HeaderSource] =>
    given !== undefined
      ? [given, 'angegeben']
      : guessed !== null
        ? [guessed, 'aus der Datei']
        : [standard, 'Standard'];
  const [jobcenter, jobcenterSource] = pick(req.jobcenter, guess.jobcenter, fallback.jobcenter);
  const [year, yearSource] = pick(req.year, guess.year, fallback.year);
  const built = buildTakeoverPlan(analysis, {
    id: newId('plan'),
    now: req.now.toISOString(),
    author: req.author ?? '',
    jobcenter,
    year,
  });
  if (!built.ok) return { ok: false, message: built.message, mapping };
  return {
    ok: true,
    mapping,
    analysis,
    plan: built.plan,
    guess,
    sources: { jobcenter: jobcenterSource, year: yearSource },
  };
}
