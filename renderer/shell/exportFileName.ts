/**
 * File names for what the Datei menu writes ("Jobcenter Düsseldorf 2016 Entwurf.xlsx"). The
 * desktop save dialog refuses folders, reserved and control characters and names over 200
 * characters (shared/ipc/ipcSchemas.ts), so they are cleaned here for both platforms.
 */
import type { FileKind } from '../../shared/ipc/fileKinds';
import { FILE_KIND_INFO } from '../../shared/ipc/fileKinds';
import type { Plan } from '../../shared/model/plan';

/** Leaves room for the extension below the desktop's 200-character limit. */
const MAX_BASE_LENGTH = 150;

/** `text` as a file name without extension: no folders, reserved or control characters. */
export function safeFileBase(text: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_BASE_LENGTH)
    .trim()
    .replace(/^\.+$/, '');
  return cleaned === '' ? 'AMIP-Plan' : cleaned;
}

/** `<Jobcenter> <Jahr> <Variante>.<ext>` for the plan's exports. */
export function planExportName(plan: Plan, kind: FileKind): string {
  const h = plan.header;
  return `${safeFileBase(`${h.jobcenter} ${h.year} ${h.variante}`)}${FILE_KIND_INFO[kind].extension}`;
}

/** A document title (the print pack's) as a file name of `kind`. */
export function titleExportName(title: string, kind: FileKind): string {
  return `${safeFileBase(title)}${FILE_KIND_INFO[kind].extension}`;
}
