/**
 * The file kinds the desktop shell and the browser fallback read and write, with their German
 * labels for dialogs and messages. Pure: used by main, preload, renderer and tests.
 */

export const FILE_KIND_INFO = {
  plan: { extension: '.amip.json', label: 'AMIP-Plan', mimeType: 'application/json' },
  excel: {
    extension: '.xlsx',
    label: 'Excel-Arbeitsmappe',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pdf: { extension: '.pdf', label: 'PDF-Dokument', mimeType: 'application/pdf' },
  word: {
    extension: '.docx',
    label: 'Word-Dokument',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
} as const;

export type FileKind = keyof typeof FILE_KIND_INFO;
export const FILE_KINDS = Object.keys(FILE_KIND_INFO) as FileKind[];

/** Kinds a user may open (a PDF is only ever written). */
export type OpenableKind = Extract<FileKind, 'plan' | 'excel'>;
export const OPENABLE_KINDS: readonly OpenableKind[] = ['plan', 'excel'];

/** No plan or workbook comes near this; anything larger is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The kind whose extension `name` ends with (case-insensitive), or null. */
export function fileKindOfName(name: string, kinds: readonly FileKind[] = FILE_KINDS): FileKind | null {
  const lower = name.toLowerCase();
  return kinds.find((kind) => lower.endsWith(FILE_KIND_INFO[kind].extension)) ?? null;
}

/** `name` with the kind's extension appended unless it already ends with it. */
export function withExtension(name: string, kind: FileKind): string {
  const { extension } = FILE_KIND_INFO[kind];
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** The last segment of a Windows or POSIX path. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** "AMIP-Plan (.amip.json) oder Excel-Arbeitsmappe (.xlsx)" for German messages. */
export function describeKinds(kinds: readonly FileKind[]): string {
  const parts = kinds.map((kind) => `${FILE_KIND_INFO[kind].label} (${FILE_KIND_INFO[kind].extension})`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} oder ${parts[parts.length - 1]}`;
}

/** "1,5 MB" */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

/** The German refusal for a file above {@link MAX_FILE_BYTES}. */
export function fileTooLargeMessage(name: string, bytes: number): string {
  return `Die Datei „${name}“ ist zu groß (${formatMegabytes(bytes)}). Erlaubt sind höchstens ${formatMegabytes(MAX_FILE_BYTES)}.`;
}

/** The German refusal for a file of the wrong type. */
export function wrongKindMessage(name: string, kinds: readonly FileKind[]): string {
  return `Die Datei „${name}“ kann hier nicht geöffnet werden. Erwartet: ${describeKinds(kinds)}.`;
}
