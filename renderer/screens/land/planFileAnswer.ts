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

/** A chosen file the browser cannot read (its own reasons are English and say little). */
export const UNREADABLE =
  'ließ sich nicht lesen (seit der Auswahl verschoben, gelöscht oder geändert, oder kein Lesezugriff).';

export const TOO_LARGE = `zu groß (höchstens ${MAX_FILE_BYTES / 1024 / 1024} MB).`;

export async function answerPlanFile({ index, file }: PlanFileRequest): Promise<PlanFileAnswer> {
  // The size is asked here, not on the UI thread: for a chosen file it is a look at the disk.
  if (file.size > MAX_FILE_BYTES) return { index, read: { ok: false, message: TOO_LARGE } };
  let text: string;
  try {
    // Read as a Response: in Chromium faster than `file.text()` (same UTF-8 decoding; the Land
    // view's 400 files about 50 ms sooner).
    text = await new Response(file).text();
  } catch {
    return { index, read: { ok: false, message: UNREADABLE } };
  }
  return { index, read: shareFromText(text, file.name) };
}
