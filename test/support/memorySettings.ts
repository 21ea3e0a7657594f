/** A settings store over an in-memory file, recording what was written. */
import { openSettingsStore, type SettingsFilePort } from '../../electron/settingsStore';

export function memorySettings(initial: string | null = null) {
  const written: string[] = [];
  const file: SettingsFilePort = {
    readText: () => initial,
    writeTextAtomic: (_path, text) => {
      written.push(text);
    },
  };
  return { store: openSettingsStore(file, '/userData/desktop-settings.json'), written };
}
