/**
 * Hilfe → Tastenkürzel and Hilfe → Über AMIP-Planer as accessible dialogs. The shortcuts of
 * the menu commands come from MENU_COMMANDS (the native menu shows the same), the grid keys
 * are listed beside them.
 */
import {
  MENU_COMMAND_IDS,
  MENU_COMMANDS,
  acceleratorOf,
  formatAccelerator,
} from '../../shared/ipc/menuCommands';
import { PRODUCT_NAME } from '../../shared/ipc/windowTitle';
import { version as packageVersion, description } from '../../package.json';
import { getPlatform } from '../platform/getPlatform';
import { runCommand } from './actionErrors';
import { showDialog } from './appDialog';

/** Keys of the sheets (renderer/sheet/keyboard.ts, the grids and the shell). */
export const GRID_KEYS: readonly (readonly [keys: string, what: string])[] = [
  ['Pfeiltasten, Tab, Umschalt+Tab, Enter', 'Zelle wechseln'],
  ['Pos1 / Ende', 'erste / letzte Spalte der Zeile'],
  ['Strg+Pos1 / Strg+Ende', 'erste / letzte Zelle der Tabelle'],
  [
    'Tippen',
    'ersetzt den Inhalt der Zelle; in Auswahllisten (Kat., FbW, Finanzierung) wählt es den passenden Eintrag',
  ],
  ['F2', 'Zelle bearbeiten'],
  ['Umschalt+F2', 'Bemerkung zur Zelle oder Zeile bearbeiten'],
  ['Esc', 'Eingabe verwerfen'],
  ['Entf', 'markierte Zellen leeren'],
  ['Umschalt+Pfeiltasten', 'markieren'],
  ['Umschalt+Leertaste, Klick auf die Zeilennummer', 'ganze Zeilen markieren (Umschalt+Klick: bis dort)'],
  ['Strg+C / Strg+X / Strg+V', 'kopieren / ausschneiden / einfügen'],
  ['Strg+D', 'nach unten ausfüllen'],
  ['Strg++ / Strg+-', 'Zeilen oberhalb einfügen / markierte Zeilen löschen (fragt vorher)'],
  [
    'Umschalt+F10, Kontextmenütaste, rechte Maustaste',
    'Kontextmenü: Zwischenablage, Zeilen, Sortieren, Suchen',
  ],
  ['Strg+F, F3 / Umschalt+F3', 'suchen; nächster / vorheriger Treffer'],
  ['Enter auf einer Spaltenüberschrift', 'sortieren (Maßnahmeportfolio; „Planreihenfolge“ hebt es auf)'],
  [
    'Strg+Alt++ / Strg+Alt+- / Strg+0',
    'Zoom größer / kleiner / 100 % (außerhalb der Tabellen auch Strg++ / Strg+-)',
  ],
  ['Strg+Bild↑ / Strg+Bild↓', 'vorheriges / nächstes Blatt'],
  ['F10', 'Menüleiste'],
];

/** The menu commands that have a shortcut, as German key names. */
export function menuShortcuts(): { keys: string; what: string }[] {
  return MENU_COMMAND_IDS.flatMap((id) => {
    const accelerator = acceleratorOf(id);
    return accelerator ? [{ keys: formatAccelerator(accelerator), what: MENU_COMMANDS[id].label }] : [];
  });
}

function ShortcutTable({ caption, rows }: { caption: string; rows: { keys: string; what: string }[] }) {
  return (
    <table className="shortcut-table" style={{ borderCollapse: 'collapse', marginBottom: '0.75rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 'bold' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left', paddingRight: '1.5rem' }}>
            Taste
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Wirkung
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.keys}>
            <td style={{ paddingRight: '1.5rem' }}>
              <kbd>{r.keys}</kbd>
            </td>
            <td>{r.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function showShortcuts(): void {
  showDialog({
    title: 'Tastenkürzel',
    testId: 'shortcuts-dialog',
    body: (
      <>
        <ShortcutTable caption="Menübefehle" rows={menuShortcuts()} />
        <ShortcutTable caption="In den Tabellen" rows={GRID_KEYS.map(([keys, what]) => ({ keys, what }))} />
      </>
    ),
  });
}

export function showAbout(): Promise<void> {
  return runCommand('Über AMIP-Planer', async () => {
    const info = await getPlatform().getAppInfo();
    const version = info.version ?? packageVersion;
    showDialog({
      title: `Über ${PRODUCT_NAME}`,
      testId: 'about-dialog',
      body: (
        <dl>
          <dt>Programm</dt>
          <dd>{info.name || PRODUCT_NAME}</dd>
          <dt>Version</dt>
          <dd data-testid="about-version">{version}</dd>
          <dt>Umgebung</dt>
          <dd>{info.runtime}</dd>
          <dt>Zweck</dt>
          <dd>{description}</dd>
        </dl>
      ),
    });
  });
}
