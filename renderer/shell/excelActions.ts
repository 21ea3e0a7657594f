/**
 * Datei → Exportieren nach Excel…: the open plan with its current Prüfungen as a workbook
 * (shared/excel/exportWorkbook.ts), written through the platform: the save dialog on the
 * desktop, a download in the browser. ExcelJS is loaded only when the command runs.
 */
import { getPlatform } from '../platform/getPlatform';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { UserMessage, runCommand } from './actionErrors';
import { planFileName } from '../../shared/ipc/fileNames';

export function exportExcel(): Promise<void> {
  return runCommand('Exportieren nach Excel', async () => {
    // Checks run after the repaint; the workbook's Prüfungen sheet must match this plan.
    planStore.flushChecks();
    const { plan, checks } = planStore.getState();
    uiStore.say('Excel-Arbeitsmappe wird erstellt…');
    const { exportWorkbook } = await import('../../shared/excel/exportWorkbook');
    const bytes = await exportWorkbook(plan, { pruefungen: checks });
    const platform = getPlatform();
    const saved = await platform.saveFile(planFileName(plan.header, 'excel'), bytes, 'excel');
    if (!saved) {
      uiStore.say('Export nach Excel abgebrochen.');
      return;
    }
    if (!saved.ok) throw new UserMessage(saved.error);
    uiStore.say(
      platform.kind === 'browser'
        ? `Excel-Arbeitsmappe „${saved.name}“ wird heruntergeladen.`
        : `Excel-Arbeitsmappe gespeichert als „${saved.name}“.`,
    );
  });
}
