/**
 * Storage failures in German, with what to do. Takes the error name only (IndexedDB and Dexie
 * name their errors), so it stays platform-free and testable.
 */
export type StorageProblemKind = 'quota' | 'blocked' | 'unavailable' | 'version' | 'closed' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** Short reason for the save indicator ("Nicht gespeichert: <reason>"). */
  reason: string;
  /** What the user can do. */
  advice: string;
}

/** Error names of an error and of the errors it wraps (Dexie puts the IndexedDB error in `inner`). */
export function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  return names;
}

export function classifyStorageError(err: unknown): StorageProblem {
  const names = errorNames(err);
  const has = (...n: string[]) => names.some((x) => n.includes(x));
  if (has('QuotaExceededError'))
    return {
      kind: 'quota',
      reason: 'Der Speicherplatz ist voll.',
      advice:
        'Bitte Speicherplatz freigeben (Datenträger aufräumen oder alte Pläne als Datei sichern und löschen). Ihre Eingaben bleiben in diesem Fenster erhalten und werden automatisch erneut gespeichert.',
    };
  if (has('BlockedError', 'DatabaseBlockedError'))
    return {
      kind: 'blocked',
      reason: 'Die Datenbank wird von einem anderen Fenster blockiert.',
      advice:
        'Bitte die anderen Fenster des AMIP-Planers schließen oder neu laden. Ihre Eingaben bleiben erhalten und werden erneut gespeichert.',
    };
  if (has('MissingAPIError', 'InvalidAccessError', 'SecurityError'))
    return {
      kind: 'unavailable',
      reason: 'Der lokale Speicher (IndexedDB) ist nicht verfügbar.',
      advice:
        'In privaten Fenstern oder bei gesperrter Website-Datenspeicherung kann der Browser nichts speichern. Bitte ein normales Fenster verwenden oder den Plan über „Als Datei speichern“ sichern.',
    };
  if (has('VersionError', 'UpgradeError'))
    return {
      kind: 'version',
      reason: 'Die Datenbank stammt von einer neueren Version des AMIP-Planers.',
      advice:
        'Bitte die neueste Version des AMIP-Planers verwenden. Ihre Eingaben bleiben in diesem Fenster erhalten.',
    };
  if (has('DatabaseClosedError', 'InvalidStateError', 'AbortError', 'OpenFailedError'))
    return {
      kind: 'closed',
      reason: 'Die Datenbank ist gerade nicht erreichbar.',
      advice:
        'Es wird automatisch erneut versucht. Hilft das nicht, bitte den Plan als Datei sichern und das Fenster neu laden.',
    };
  const message = err instanceof Error ? err.message : String(err);
  return {
    kind: 'unknown',
    reason: 'Unerwarteter Speicherfehler.',
    advice: `Es wird automatisch erneut versucht. Bitte den Plan zusätzlich als Datei sichern. (Technische Meldung: ${message})`,
  };
}

/**
 * One German line for a storage action that failed: a database problem with what to do, else
 * the error's own message (the storage layer's messages are German and meant for the user).
 */
export function storageErrorText(err: unknown): string {
  const p = classifyStorageError(err);
  return p.kind === 'unknown' && err instanceof Error ? err.message : `${p.reason} ${p.advice}`;
}
