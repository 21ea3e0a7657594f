/**
 * What the Land view takes in, decided the same way in the CLI and the app: plan files and
 * exported workbooks by name; a plan of another year than the one asked for is refused with
 * the reason. Each refusal is one German sentence; the file is left out, the others go on.
 */
import { parsePlanFile } from '../file/planFile';
import { formatValidationError } from '../file/validationError';
import type { Plan } from '../model/plan';

export type LandFileKind = 'plan' | 'workbook';

export const FORMAT_REFUSED =
  'Format nicht unterstützt: aufgenommen werden Plandateien (.amip.json) und aus AMIP-Planer exportierte Arbeitsmappen (.xlsx).';

export function landFileKind(name: string): LandFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.amip.json')) return 'plan';
  if (lower.endsWith('.xlsx')) return 'workbook';
  return null;
}

export type LandRead = { ok: true; plan: Plan } | { ok: false; message: string };

/** A plan file's text checked as Datei → Öffnen… does; the first problems named with their JSON path. */
export function landPlanFromText(text: string): LandRead {
  const parsed = parsePlanFile(text);
  if (parsed.ok) return { ok: true, plan: parsed.plan };
  const shown = parsed.errors.slice(0, 3).map(formatValidationError);
  const more = parsed.errors.length > 3 ? ` (und ${parsed.errors.length - 3} weitere)` : '';
  return { ok: false, message: `kein gültiger Plan: ${shown.join('; ')}${more}` };
}

/** Refused when a year was asked for and the plan is of another. */
export function yearRefusal(plan: Plan, year: number | undefined): string | null {
  if (year === undefined || plan.header.year === year) return null;
  return `Planjahr ${plan.header.year}, verlangt ist ${year}: nicht aufgenommen.`;
}
