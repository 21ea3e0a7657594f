/**
 * Wires the Datei and Hilfe commands into the in-page menu and the native menu: Neuer Plan,
 * Öffnen… (.amip.json and .xlsx), Aus Excel übernehmen…, Exportieren nach Excel…, Exportieren
 * als PDF…, Drucken…, Tastenkürzel, Über; storage's items (storageMenus.ts) give Speichern
 * unter… and Version speichern…. Also files from the OS and dropped files, the window title,
 * and in the browser the shortcut keys.
 *
 * main.tsx calls {@link registerFileMenus} once after startStorage() (storage's items need it).
 */
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import { MENU_COMMANDS } from '../../shared/ipc/menuCommands';
import { getPlatform } from '../platform/getPlatform';
import type { Platform } from '../platform/getPlatform';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { storageController } from '../storage/storageController';
import { askInDialog, isDialogOpen, mountDialogHost } from './appDialog';
import { registerNoteEditor } from './NoteEditor';
import { exportExcel } from './excelActions';
import { exportWord } from './wordActions';
import { installFileDrop } from './fileDrop';
import { showAbout, showShortcuts } from './helpDialogs';
import { installShortcutKeys } from './menuShortcuts';
import { registerMenuItem } from './menuRegistry';
import { alignMenuLabels, connectNativeMenu, missingMenuItems, shortcutOf } from './nativeMenuBridge';
import { openFileAsNewPlan, openFromDisk, openGivenFile } from './openPlanFile';
import { exportPdf, printPlan } from './printActions';
import { registerStorageMenuItems } from './storageMenus';
import { takeoverFromExcel } from './takeoverAction';
import { installWindowTitle } from './windowTitle';

/** Neuer Plan: storage's form on the Start screen ("Neuer Plan": Jobcenter, Planjahr, leer oder aus der Vorlage). */
function openNewPlanForm(): void {
  uiStore.showScreen('start');
  let tries = 0;
  const attempt = () => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="plan-new"]');
    if (button) button.click();
    else if (++tries < 30) requestAnimationFrame(attempt);
    else uiStore.say('Die Startseite mit „Neuer Plan“ ist nicht verfügbar.', 'error');
  };
  requestAnimationFrame(attempt);
}

/** The Datei and Hilfe items (no DOM needed); also aligns others' labels with the native menu. */
export function registerFileMenuItems(): void {
  registerStorageMenuItems();
  const item = (
    id: string,
    command: keyof typeof MENU_COMMANDS,
    menu: 'datei' | 'hilfe',
    order: number,
    run: () => void,
  ) => {
    const shortcut = shortcutOf(command);
    registerMenuItem({
      id,
      menu,
      label: MENU_COMMANDS[command].label,
      order,
      run,
      ...(shortcut ? { shortcut } : {}),
    });
  };
  item('datei.neu', 'neuer-plan', 'datei', 5, openNewPlanForm);
  item('datei.oeffnen', 'oeffnen', 'datei', 10, () => void openFromDisk());
  item('datei.takeover', 'aus-excel-uebernehmen', 'datei', 15, () => void takeoverFromExcel());
  item('datei.excel', 'export-excel', 'datei', 30, () => void exportExcel());
  item('datei.pdf', 'export-pdf', 'datei', 40, () => void exportPdf());
  item('datei.word', 'export-word', 'datei', 45, () => void exportWord());
  item('datei.drucken', 'drucken', 'datei', 50, () => void printPlan());
  item('datei.land', 'land-ansicht', 'datei', 60, () => uiStore.showScreen('land'));
  // Same id as the shell's item: the dialog replaces its status-line text.
  item('hilfe.tasten', 'hilfe:tastenkuerzel', 'hilfe', 10, showShortcuts);
  item('hilfe.ueber', 'hilfe:ueber', 'hilfe', 90, () => void showAbout());
  alignMenuLabels();
}

let registered = false;

export function registerFileMenus(platform: Platform = getPlatform()): void {
  if (registered) return;
  registered = true;
  mountDialogHost();
  registerNoteEditor();
  uiStore.setConfirmHandler(askInDialog);
  registerFileMenuItems();
  const say = (text: string) => uiStore.say(text);
  connectNativeMenu(platform, say);
  platform.onFileOpened((file) => void openGivenFile(file));
  installFileDrop(window, platform, openFileAsNewPlan);
  installWindowTitle(platform, planStore, storageController());
  // The open attribute, not the dialog store: Esc closes the element before React hears of it.
  const modalOpen = () => isDialogOpen() || document.querySelector('dialog[open]') !== null;
  if (platform.kind === 'browser') installShortcutKeys(window, platform, modalOpen);
  // Test hook (like window.__amip): the menu bus and the wiring check.
  (globalThis as { __amipMenus?: unknown }).__amipMenus = {
    runMenuCommand: (id: MenuCommandId) => platform.runMenuCommand(id),
    missing: () => missingMenuItems(),
  };
}
