/** Built-in menu items; others add theirs with registerMenuItem (see menuRegistry.ts). */
import { beispielplan } from '../../shared/sample/beispielplan';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { runHistory } from '../state/actions';
import { requestNoteAtCursor } from '../state/noteRequests';
import { registerMenuItem } from './menuRegistry';
import { listScreens } from './screenRegistry';
import { zoomIn, zoomOut, zoomReset } from './zoom';

export function registerBuiltInMenus(): void {
  registerMenuItem({
    id: 'datei.beispielplan',
    menu: 'datei',
    label: 'Beispielplan laden',
    order: 90,
    run: () => {
      planStore.load(beispielplan());
      uiStore.say('Beispielplan Düsseldorf 2016 geladen.');
    },
  });
  registerMenuItem({
    id: 'bearbeiten.undo',
    menu: 'bearbeiten',
    label: 'Rückgängig',
    shortcut: 'Strg+Z',
    order: 10,
    run: () => runHistory('undo'),
    enabled: () => planStore.undoLabel() !== null,
  });
  registerMenuItem({
    id: 'bearbeiten.redo',
    menu: 'bearbeiten',
    label: 'Wiederholen',
    shortcut: 'Strg+Y',
    order: 20,
    run: () => runHistory('redo'),
    enabled: () => planStore.redoLabel() !== null,
  });
  registerMenuItem({
    id: 'bearbeiten.notiz',
    menu: 'bearbeiten',
    label: 'Notiz bearbeiten…',
    shortcut: 'Umschalt+F2',
    order: 30,
    run: () => {
      if (!requestNoteAtCursor())
        uiStore.say(
          'Bitte zuerst eine Zelle in einer Tabelle wählen: die Notiz (Bemerkung) gehört zu ihr.',
          'error',
        );
    },
  });
  listScreens().forEach((s, i) =>
    registerMenuItem({
      id: `ansicht.${s.id}`,
      menu: 'ansicht',
      label: s.label,
      order: 10 + i,
      run: () => uiStore.showScreen(s.id),
    }),
  );
  const zoomItems = [
    { id: 'ansicht.zoomIn', label: 'Vergrößern', shortcut: 'Strg++', run: zoomIn },
    { id: 'ansicht.zoomOut', label: 'Verkleinern', shortcut: 'Strg+-', run: zoomOut },
    { id: 'ansicht.zoomReset', label: 'Originalgröße (100 %)', shortcut: 'Strg+0', run: zoomReset },
  ];
  zoomItems.forEach((z, i) => registerMenuItem({ ...z, menu: 'ansicht', order: 80 + i }));
  registerMenuItem({
    id: 'hilfe.tasten',
    menu: 'hilfe',
    label: 'Tastenkürzel',
    order: 10,
    run: () =>
      uiStore.say(
        'Pfeile, Tab, Enter bewegen · Pos1/Ende Zeilenanfang/-ende · Tippen ersetzt · F2 bearbeitet · Esc verwirft · Entf leert · ' +
          'Umschalt+Pfeile markieren · Strg+C/V kopieren/einfügen · Strg+D nach unten ausfüllen · Strg++/- Zeilen einfügen/löschen · ' +
          'Umschalt+F10 Kontextmenü · Strg+F suchen · Strg+Z/Y rückgängig/wiederholen · Strg+Bild↑/↓ Blatt wechseln · F10 Menü',
      ),
  });
}
