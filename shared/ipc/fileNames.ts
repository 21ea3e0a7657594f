/**
 * File names the app suggests ("Jobcenter Düsseldorf 2016 Entwurf.amip.json"): one cleaning
 * rule for every file the Datei menu writes (Als Datei speichern, Excel, PDF, browser
 * downloads). Its output always passes the desktop's save-dialog check (ipcSchemas.ts), on
 * Windows as on Linux: no folders, reserved or control characters, no Windows device names,
 * no trailing dots or spaces, at most {@link MAX_FILE_NAME_LENGTH} characters.
 */
import type { FileKind } from './fileKinds';
import { FILE_KIND_INFO } from './fileKinds';

/** Longest file name (extension included) main accepts from the renderer. */
export const MAX_FILE_NAME_LENGTH = 200;

// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** Characters Windows forbids in names, plus the path separators. */
export const RESERVED_IN_FILE_NAMES = /[<>:"/\\|?*]/;
/**
 * Names Windows maps to devices: the part before the first dot, trailing spaces dropped, is a
 * device (CON, nul.txt, "COM1 .xlsx", CON.2016.amip.json); superscript digits count too.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?= *(?:\.|$))/i;

/** Does `name` (with or without extension) address a Windows device instead of a file? */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name);
}

/** Leaves room for the longest extension (.amip.json) below the limit, in UTF-16 units (Windows). */
const MAX_BASE_LENGTH = 150;
/** Linux file systems allow 255 bytes of UTF-8 per name; "Ä" takes two. */
const MAX_NAME_BYTES = 255;
const FALLBACK = 'AMIP-Plan';

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** The longest start of `text` within both limits; never cuts a surrogate pair (emoji) in half. */
function cutToLimits(text: string, maxUnits: number, maxBytes: number): string {
  let units = 0;
  let bytes = 0;
  let end = 0;
  for (const point of text) {
    units += point.length;
    bytes += utf8Length(point.codePointAt(0)!);
    if (units > maxUnits || bytes > maxBytes) break;
    end = units;
  }
  return text.slice(0, end);
}

/**
 * `text` (a plan title, a document title, a suggested name) as a file name of `kind`: reserved
 * and control characters become spaces, leading and trailing dots and spaces go (Windows drops
 * trailing ones, leading dots hide a file on Linux), long names are cut, a device name gets a
 * `_`, an empty result becomes "AMIP-Plan". An extension `text` already has is not doubled.
 */
export function safeFileName(text: string, kind: FileKind): string {
  const { extension } = FILE_KIND_INFO[kind];
  const withoutExtension = text.toLowerCase().endsWith(extension) ? text.slice(0, -extension.length) : text;
  const trimDotsAndSpaces = (s: string) => s.replace(/^[\s.]+|[\s.]+$/g, '');
  const cleaned = trimDotsAndSpaces(
    withoutExtension
      .replace(new RegExp(`(?:${RESERVED_IN_FILE_NAMES.source}|${CONTROL_CHARACTERS.source})+`, 'g'), ' ')
      .replace(/\s+/g, ' '),
  );
  // Before cutting: whether a name is a device depends only on its start, which cutting keeps.
  const notDevice = cleaned.replace(WINDOWS_DEVICE_NAME, '$1_');
  const base = trimDotsAndSpaces(cutToLimits(notDevice, MAX_BASE_LENGTH, MAX_NAME_BYTES - extension.length));
  return `${base || FALLBACK}${extension}`;
}

/** `<Jobcenter> <Jahr> <Variante>.<ext>` for what the Datei menu writes of a plan. */
export function planFileName(
  header: { jobcenter: string; year: number; variante: string },
  kind: FileKind,
): string {
  return safeFileName(`${header.jobcenter} ${header.year} ${header.variante}`, kind);
}
