/**
 * Datei → Exportieren als Word…: the Programm (chapter texts with the plan's tables) as a .docx
 * (shared/docx/exportDocx.ts), written through the platform like the Excel export. The docx
 * library is loaded only when the command runs.
 */
import { getPlatform } from '../platform/getPlatform';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { UserMessage, runCommand } from './actionErrors';
import { planFileName } from '../../shared/ipc/fileNames';

export function exportWord(): Promise<void> {
  return runCommand('Exportieren als Word', async () => {
    const { plan, calc } = planStore.getState();
    uiStore.say('Word-Dokument wird erstellt…');
    const { exportDocx } = await import('../../shared/docx/exportDocx');
    const bytes = await exportDocx(plan, calc);
    const platform = getPlatform();
    const saved = await platform.saveFile(planFileName(plan.header, 'word'), bytes, 'word');
    if (!saved) {
      uiStore.say('Export als Word abgebrochen.');
      return;
    }
    if (!saved.ok) throw new UserMessage(saved.error);
    uiStore.say(
      platform.kind === 'browser'
        ? `Word-Dokument „${saved.name}“ wird heruntergeladen.`
        : `Word-Dokument gespeichert als „${saved.name}“.`,
    );
  });
}
