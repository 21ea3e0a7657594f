/**
 * Datei → Aus Excel übernehmen…: a Jobcenter's own workbook becomes a NEW stored plan. The file
 * is read in a worker (same zip guard and limits as the import), the preview shows and lets the
 * user correct the mapping, then the plan is built, stored and opened, and the report lists
 * every total of the workbook that disagrees with its rows and every cell or row not read.
 */
import { buildTakeoverPlan } from '../../shared/excel/takeover/buildTakeoverPlan';
import { proposeTakeover } from '../../shared/excel/takeover/detectHeader';
import type { TakeoverAnalysis } from '../../shared/excel/takeover/takeoverRows';
import { countsLine, takeoverReport } from '../../shared/excel/takeover/takeoverReport';
import { wrongKindMessage } from '../../shared/ipc/fileKinds';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/plan';
import { planTitle } from '../../shared/storage/records';
import { readWorkbookInWorker } from '../excel/takeoverInWorker';
import { getPlatform } from '../platform/getPlatform';
import { uiStore } from '../state/uiStore';
import { createPlan } from '../storage/planRepository';
import { storageController } from '../storage/storageController';
import { WINDOW_ID } from '../storage/windowId';
import { UserMessage, runCommand } from './actionErrors';
import { showDialog } from './appDialog';
import { EntryList } from './openPlanFile';
import type { TakeoverChoice } from './TakeoverDialog';
import { openTakeoverDialog } from './TakeoverDialog';

const WHAT = 'Aus Excel übernehmen';

export function takeoverFromExcel(): Promise<void> {
  return runCommand(WHAT, async () => {
    const picked = await getPlatform().openFile(['excel']);
    if (!picked) return;
    if (!picked.ok) throw new UserMessage(picked.error);
    if (picked.kind !== 'excel') throw new UserMessage(wrongKindMessage(picked.name, ['excel']));
    uiStore.say(`„${picked.name}“ wird eingelesen…`);
    const read = await readWorkbookInWorker(picked.bytes);
    if (!read.ok)
      throw new UserMessage(`„${picked.name}“ kann nicht übernommen werden; es wurde nichts angelegt.`, [
        read.message,
      ]);
    const proposal = proposeTakeover(read.book);
    if (!proposal.ok)
      throw new UserMessage(`„${picked.name}“ kann nicht übernommen werden; es wurde nichts angelegt.`, [
        proposal.message,
      ]);
    uiStore.say(`„${picked.name}“: Zuordnung prüfen und „Plan anlegen“ wählen.`);
    openTakeoverDialog({
      fileName: picked.name,
      book: read.book,
      mapping: proposal.mapping,
      planYear: proposal.planYear,
      onConfirm: (choice) => createTakenOverPlan(picked.name, choice),
      onClose: () => undefined,
    });
  });
}

/** Builds, stores and opens the plan; returns a German message when that fails. */
async function createTakenOverPlan(fileName: string, choice: TakeoverChoice): Promise<string | null> {
  const c = storageController();
  const built = buildTakeoverPlan(choice.analysis, {
    id: newId('plan'),
    now: new Date().toISOString(),
    author: c.getState().userName ?? '',
    jobcenter: choice.jobcenter,
    year: choice.year,
  });
  if (!built.ok) return built.message;
  try {
    await createPlan(c.db, built.plan, WINDOW_ID);
    const opened = await c.openPlan(built.plan.id);
    if (!opened.ok) return opened.message;
  } catch (e) {
    return `Der Plan konnte nicht gespeichert werden (${e instanceof Error ? e.message : String(e)}).`;
  }
  uiStore.showScreen('uebersicht');
  uiStore.say(`„${fileName}“ wurde als neuer Plan „${planTitle(built.plan.header)}“ übernommen.`);
  // After the preview has closed: one modal dialog at a time.
  setTimeout(() => showTakeoverReport(fileName, built.plan, choice.analysis), 0);
  return null;
}

function showTakeoverReport(fileName: string, plan: Plan, analysis: TakeoverAnalysis): void {
  const report = takeoverReport(analysis);
  showDialog({
    title: 'Aus Excel übernommen',
    testId: 'takeover-report',
    body: (
      <>
        <p>
          „{fileName}“ wurde als neuer Plan „{planTitle(plan.header)}“ angelegt und geöffnet (
          {countsLine(analysis)}). Kein vorhandener Plan wurde verändert.
        </p>
        <p>
          Der Haushalt (EGT) des neuen Plans ist noch leer: bitte auf dem Blatt Haushalt (EGT) die
          Mittelausstattung und die übrigen Beträge eintragen.
        </p>
        {report.checkedTotals === 0 ? (
          <p>Die Datei enthält keine Summenzeile, die geprüft werden konnte.</p>
        ) : report.wrongTotals.length === 0 ? (
          <p data-testid="takeover-totals-ok">
            Alle {report.checkedTotals} Summen der Datei stimmen mit ihren Zeilen überein.
          </p>
        ) : (
          <>
            <p>Summen der Datei, die nicht zu ihren Zeilen passen:</p>
            <EntryList
              entries={report.wrongTotals}
              label="Summen, die nicht stimmen"
              testId="takeover-wrong-totals"
            />
          </>
        )}
        {report.problems.length > 0 ? (
          <>
            <p>Nicht gelesen (bitte im Plan nachtragen, falls nötig):</p>
            <EntryList entries={report.problems} label="Nicht gelesen" testId="takeover-not-read" />
          </>
        ) : null}
        {report.hints.length > 0 ? (
          <>
            <p>Hinweise:</p>
            <EntryList entries={report.hints} label="Hinweise" testId="takeover-hints" />
          </>
        ) : null}
      </>
    ),
  });
}
