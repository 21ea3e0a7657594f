/**
 * What the Land view's worker answers for one plan file (planFileWorker.ts), and the UI thread
 * when no worker can: the file read, checked as Datei → Öffnen… does, and the plan's share of
 * the consolidation (shared/consolidate/planShare.ts), a few KB instead of the whole plan.
 */
import type { ShareRead } from '../../../shared/consolidate/planShare';
import { shareFromText } from '../../../shared/consolidate/planShare';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';

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

export const TOO_LARGE = `zu groß (höchstens ${MAX_FILE_BYTES / 1024 / 1024} MB).`;

export async function answerPlanFile({ index, file }: PlanFileRequest): Promise<PlanFileAnswer> {
  // The size is asked here, not on the UI thread: for a chosen file it is a look at the disk.
  if (file.size > MAX_FILE_BYTES) return { index, read: { ok: false, message: TOO_LARGE } };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { index, read: { ok: false, message: unreadable(err) } };
  }
  return { index, read: shareFromText(text, file.name) };
}
