/**
 * Datei → Drucken… and Datei → Exportieren als PDF…: the Trägerversammlung pack is drawn
 * off-screen in this window and printed (renderer/print/renderPrintPack.tsx). On the desktop
 * the PDF goes through Electron's printToPDF and a save dialog; the browser has no PDF writer,
 * so the print dialog opens after a hint to choose „Als PDF speichern“. The print code (AG
 * Charts) is loaded only when one of these commands runs.
 */
import { getPlatform } from '../platform/getPlatform';
import type { SaveOutcome } from '../platform/getPlatform';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { UserMessage, runCommand } from './actionErrors';
import { showDialog } from './appDialog';
import { safeFileName } from '../../shared/ipc/fileNames';

let busy = false;

/** One print at a time: a second Strg+P while the pack is drawn is ignored. */
async function withPrintPack(print: (title: string) => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    uiStore.say('Druckansicht wird vorbereitet…');
    const { printPlanInThisWindow } = await import('../print/renderPrintPack');
    await printPlanInThisWindow(planStore.getState().plan, (pack) => print(pack.title));
  } finally {
    busy = false;
  }
}

export function printPlan(): Promise<void> {
  return runCommand('Drucken', async () => {
    const platform = getPlatform();
    await withPrintPack(() => platform.print());
    uiStore.say('Bereit');
  });
}

async function exportPdfNow(): Promise<void> {
  const platform = getPlatform();
  let saved: SaveOutcome = null;
  await withPrintPack(async (title) => {
    saved = await platform.exportPdf(safeFileName(title, 'pdf'));
  });
  const result = saved as SaveOutcome;
  if (result && !result.ok) throw new UserMessage(result.error);
  uiStore.say(result ? `PDF gespeichert als „${result.name}“.` : 'Bereit');
}

export function exportPdf(): Promise<void> {
  return runCommand('Exportieren als PDF', async () => {
    if (getPlatform().kind === 'desktop') return exportPdfNow();
    showDialog({
      title: 'Exportieren als PDF',
      testId: 'pdf-hint',
      body: (
        <p>
          Der Browser erstellt das PDF über seinen Druckdialog. Wählen Sie dort als Ziel bzw. Drucker{' '}
          <b>„Als PDF speichern“</b> und dann „Speichern“.
        </p>
      ),
      actions: [
        { label: 'Weiter zum Druckdialog', run: () => void runCommand('Exportieren als PDF', exportPdfNow) },
      ],
    });
  });
}
