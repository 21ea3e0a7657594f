/**
 * What the Land view's worker answers for one plan file (planFileWorker.ts), and the UI thread
 * when no worker can: the file read, checked as Datei → Öffnen… does, and the plan's share of
 * the consolidation (shared/consolidate/planShare.ts), a few KB instead of the whole plan.
 */
import type { ShareRead } from '../../../shared/consolidate/planShare';
import { shareFromText } from '../../../shared/consolidate/planShare';

export interface PlanFileRequest {
  index: number;
  file: File;
}

export interface PlanFileAnswer {
  index: number;
  read: ShareRead;
}

export const unreadable = (err: unknown): string =>
  `ließ sich nicht lesen (${err instanceof Error ? err.message : String(err)}).`;

export async function answerPlanFile({ index, file }: PlanFileRequest): Promise<PlanFileAnswer> {
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { index, read: { ok: false, message: unreadable(err) } };
  }
  return { index, read: shareFromText(text, file.name) };
}
