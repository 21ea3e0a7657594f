/**
 * Validation of every renderer → main request. The main process treats each argument as
 * untrusted: it is parsed here, and a refusal comes back as a German message. The map is
 * checked against the contract, so a schema cannot drift from its channel's request type.
 */
import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import { FILE_KINDS, MAX_FILE_BYTES, OPENABLE_KINDS, formatMegabytes } from './fileKinds';
import {
  CONTROL_CHARACTERS,
  MAX_FILE_NAME_LENGTH,
  RESERVED_IN_FILE_NAMES,
  isWindowsDeviceName,
} from './fileNames';
import type { IpcChannel, IpcRequest, IpcResult } from './ipcContract';

/** Longest path main accepts from the renderer (Windows' classic MAX_PATH is 260). */
export const MAX_PATH_LENGTH = 4096;
export const MAX_TITLE_LENGTH = 300;

const fileName = z
  .string()
  .trim()
  .min(1, 'Der Dateiname ist leer.')
  .max(MAX_FILE_NAME_LENGTH, `Der Dateiname ist länger als ${MAX_FILE_NAME_LENGTH} Zeichen.`)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'Der Dateiname enthält Steuerzeichen.')
  .refine(
    (name) => !RESERVED_IN_FILE_NAMES.test(name),
    'Der Dateiname darf keinen Ordner und keines der Zeichen < > : " / \\ | ? * enthalten.',
  )
  .refine((name) => name !== '.' && name !== '..', 'Der Dateiname ist ungültig.')
  .refine(
    (name) => !isWindowsDeviceName(name),
    'Der Dateiname ist unter Windows einem Gerät vorbehalten (CON, PRN, AUX, NUL, COM1–9, LPT1–9).',
  );

const fileBytes = z
  .instanceof(Uint8Array, { message: 'Der Dateiinhalt fehlt oder ist kein Binärinhalt.' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
    message: `Der Dateiinhalt ist größer als ${formatMegabytes(MAX_FILE_BYTES)}.`,
  });

export const ipcRequestSchemas = {
  'file/open-dialog': z.strictObject({
    kinds: z
      .array(z.enum(OPENABLE_KINDS))
      .min(1, 'Es ist kein Dateityp angegeben.')
      .max(OPENABLE_KINDS.length)
      .transform((kinds) => [...new Set(kinds)]),
  }),
  'file/save-dialog': z.strictObject({ suggestedName: fileName, kind: z.enum(FILE_KINDS), bytes: fileBytes }),
  'file/export-pdf': z.strictObject({ suggestedName: fileName }),
  'file/read-dropped': z.strictObject({
    path: z
      .string()
      .min(1, 'Der Dateipfad ist leer.')
      .max(MAX_PATH_LENGTH, `Der Dateipfad ist länger als ${MAX_PATH_LENGTH} Zeichen.`),
  }),
  'file/take-opened': z.undefined(),
  'window/set-title': z.strictObject({
    planName: z
      .string()
      .max(MAX_TITLE_LENGTH, `Der Planname ist länger als ${MAX_TITLE_LENGTH} Zeichen.`)
      .nullable(),
    year: z.number().int().min(1990).max(2200).nullable(),
    saved: z.boolean(),
  }),
  'window/print': z.undefined(),
  'app/get-info': z.undefined(),
} satisfies { [C in IpcChannel]: z.ZodType<IpcRequest<C>> };

const germanErrors = de().localeError;

/** Parses a request for `channel`; a refusal names the first problem in German. */
export function parseIpcRequest<C extends IpcChannel>(channel: C, raw: unknown): IpcResult<IpcRequest<C>> {
  // The `satisfies` above ties each schema to its channel's request type; TypeScript cannot
  // follow that through a generic index, hence the widening here and the narrowing below.
  const schema: z.ZodType = ipcRequestSchemas[channel];
  const parsed = schema.safeParse(raw, { error: germanErrors });
  if (parsed.success) return { ok: true, value: parsed.data as IpcRequest<C> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    error: `Ungültige Anfrage an „${channel}“${where}: ${issue?.message ?? 'unbekannter Fehler'}`,
  };
}
