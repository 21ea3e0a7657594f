/**
 * The desktop shell's own small settings (window state, last folder, recently opened plans) in
 * one JSON file in app.getPath('userData'). Plans themselves are never stored here. A missing,
 * unreadable or tampered file falls back to defaults; writes replace the file atomically.
 */
import type * as Fs from 'node:fs';
import { z } from 'zod';

export const SETTINGS_FILE_NAME = 'desktop-settings.json';
export const MAX_RECENT_FILES = 8;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});

const settingsSchema = z.object({
  windowState: windowStateSchema.optional(),
  lastFolder: z.string().max(4096).optional(),
  recentFiles: z.array(z.string().max(4096)).max(MAX_RECENT_FILES).default([]),
});

export type WindowState = z.output<typeof windowStateSchema>;
export type Settings = z.output<typeof settingsSchema>;

/** Synchronous on purpose: the window state is written while the window closes. */
export interface SettingsFilePort {
  /** Null when the file does not exist. */
  readText(path: string): string | null;
  /** Writes `text` to a temporary file beside `path`, then renames it over `path`. */
  writeTextAtomic(path: string, text: string): void;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): void;
}

/** Parses stored settings; anything invalid is dropped field by field, never thrown. */
export function parseSettings(text: string | null): Settings {
  const empty: Settings = { recentFiles: [] };
  if (text === null) return empty;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return empty;
  }
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null) return empty;
  const settings: Settings = { recentFiles: [] };
  for (const key of ['windowState', 'lastFolder', 'recentFiles'] as const) {
    const one = settingsSchema.safeParse({ [key]: (raw as Record<string, unknown>)[key] });
    if (one.success && one.data[key] !== undefined) Object.assign(settings, { [key]: one.data[key] });
  }
  return settings;
}

export function openSettingsStore(file: SettingsFilePort, filePath: string): SettingsStore {
  let current = parseSettings(safeRead(file, filePath));
  return {
    get: () => current,
    update(patch) {
      current = { ...current, ...patch };
      try {
        file.writeTextAtomic(filePath, `${JSON.stringify(current, null, 2)}\n`);
      } catch (error) {
        // Losing a window position is no reason to disturb the user.
        console.warn('AMIP-Planer: Einstellungen konnten nicht gespeichert werden', error);
      }
    },
  };
}

function safeRead(file: SettingsFilePort, filePath: string): string | null {
  try {
    return file.readText(filePath);
  } catch {
    return null;
  }
}

/** Puts `path` first in the recent list, without duplicates (case-insensitive on Windows). */
export function addRecentFile(recent: readonly string[], path: string, platform: NodeJS.Platform): string[] {
  const same = (a: string) => (platform === 'win32' ? a.toLowerCase() === path.toLowerCase() : a === path);
  return [path, ...recent.filter((entry) => !same(entry))].slice(0, MAX_RECENT_FILES);
}

/** The real file, for main.ts. */
export function nodeSettingsFile(fs: typeof Fs): SettingsFilePort {
  return {
    readText(p) {
      try {
        return fs.readFileSync(p, 'utf8');
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
          return null;
        throw error;
      }
    },
    writeTextAtomic(p, text) {
      const temporary = `${p}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, text, 'utf8');
      fs.renameSync(temporary, p);
    },
  };
}
