/**
 * Datei → Öffnen…, files the OS hands over (double-click, second start, Zuletzt geöffnet) and
 * files dropped on the window all end here. Whatever is opened becomes a NEW stored plan
 * through the storage layer; the open plan and every stored plan stay as they are.
 * - `.amip.json`: storage's importPlanFile (validated; a known plan id becomes a variant).
 * - `.xlsx`: read in a worker (importInWorker), stored as a new plan; the edits found in the
 *   workbook are listed, those taken and those not taken (with sheet, cell and reason).
 */
import type { OpenableKind } from '../../shared/ipc/fileKinds';
import { OPENABLE_KINDS, wrongKindMessage } from '../../shared/ipc/fileKinds';
import type { DisplayUnit } from '../../shared/model/cellKey';
import type { Plan } from '../../shared/model/plan';
import { formatChange, formatSkip } from '../../shared/excel/import/changeList';
import type { ImportChange, ImportSkip } from '../../shared/excel/import/changeList';
import { formatValidationError } from '../../shared/file/validationError';
import { formatFigure } from '../../shared/format/numberFormat';
import { BACKUP_FORMAT } from '../../shared/storage/backupFormat';
import type { PlanComparison } from '../../shared/storage/comparePlans';
import { comparePlans } from '../../shared/storage/comparePlans';
import { planTitle } from '../../shared/storage/records';
import { importInWorker } from '../excel/importInWorker';
import type { PickedFile } from '../platform/getPlatform';
import { getPlatform } from '../platform/getPlatform';
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { importPlanFile } from '../storage/planFiles';
import { settledNotice } from '../../shared/file/settleFormeln';
import { createPlan, loadPlan } from '../storage/planRepository';
import { storageController } from '../storage/storageController';
import { WINDOW_ID } from '../storage/windowId';
import { UserMessage, runCommand } from './actionErrors';
import { showDialog } from './appDialog';

export const OPEN_KINDS: readonly OpenableKind[] = OPENABLE_KINDS;

/** Entries listed per list in the import summary; the rest are counted. */
const MAX_LISTED_CHANGES = 25;

/** Lets the user choose a plan or workbook and opens it as a new plan. */
export function openFromDisk(): Promise<void> {
  return runCommand('Öffnen', async () => {
    const picked = await getPlatform().openFile(OPEN_KINDS);
    if (!picked) return;
    if (!picked.ok) throw new UserMessage(picked.error);
    await openFileAsNewPlan(picked);
  });
}

/** Opens a file the OS or a drop delivered; never rejects. */
export function openGivenFile(file: PickedFile): Promise<void> {
  return runCommand('Öffnen', () => openFileAsNewPlan(file));
}

let queue: Promise<void> = Promise.resolve();

/** Opens `file` as a new stored plan; several files are opened one after the other. */
export function openFileAsNewPlan(file: PickedFile): Promise<void> {
  const run = queue.then(() => openNow(file));
  queue = run.catch(() => undefined);
  return run;
}

async function openNow(file: PickedFile): Promise<void> {
  switch (file.kind) {
    case 'plan':
      return openPlanText(file.name, new TextDecoder().decode(file.bytes));
    case 'excel':
      return openWorkbook(file.name, file.bytes);
    case 'pdf':
      throw new UserMessage(wrongKindMessage(file.name, OPEN_KINDS));
  }
}

async function showStoredPlan(plan: Plan): Promise<void> {
  const opened = await storageController().openPlan(plan.id);
  if (!opened.ok) throw new UserMessage(opened.message);
  uiStore.showScreen('uebersicht');
}

async function openPlanText(name: string, text: string): Promise<void> {
  if (text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`)) {
    showDialog({
      title: 'Sicherung statt Plan',
      body: (
        <p>
          „{name}“ ist eine Sicherung aller Pläne. Sie wird auf der Startseite mit „Sicherung
          wiederherstellen…“ eingespielt; dort sehen Sie vorher, was hinzukommt und was ersetzt würde.
        </p>
      ),
      actions: [{ label: 'Zur Startseite', run: () => uiStore.showScreen('start') }],
    });
    return;
  }
  const c = storageController();
  const r = await importPlanFile(c.db, text, name, WINDOW_ID);
  if (!r.ok)
    throw new UserMessage(`„${name}“ ist kein gültiger AMIP-Plan; es wurde nichts geändert.`, [
      ...r.errors.map(formatValidationError),
    ]);
  await showStoredPlan(r.plan);
  const opened = r.asVariant
    ? `Der Plan war schon vorhanden und wurde als neue Variante „${r.plan.header.variante}“ angelegt.`
    : `„${planTitle(r.plan.header)}“ wurde geöffnet.`;
  const notice = settledNotice(r.warnings);
  uiStore.say(notice ? `${opened} ${notice}` : opened);
}

/** The plan a workbook was exported from, if this app still has it. */
async function sourcePlan(id: string): Promise<Plan | null> {
  const open = planStore.getState().plan;
  if (open.id === id) return open;
  const db = storageController().db;
  if (!(await db.plans.get(id))) return null;
  const loaded = await loadPlan(db, id);
  return loaded.ok ? loaded.plan : null;
}

async function openWorkbook(name: string, bytes: Uint8Array): Promise<void> {
  uiStore.say(`„${name}“ wird eingelesen…`);
  const r = await importInWorker(bytes);
  if (!r.ok)
    throw new UserMessage(`„${name}“ kann nicht geöffnet werden; es wurde nichts geändert.`, [r.message]);
  const source = await sourcePlan(r.sourcePlanId);
  // Like a plan file whose id is known: a new variant linked to the plan it came from.
  const plan: Plan = source
    ? {
        ...r.plan,
        header: {
          ...r.plan.header,
          variante: `${r.plan.header.variante} (aus Excel ${name})`,
          sourcePlanId: source.id,
        },
      }
    : r.plan;
  await createPlan(storageController().db, plan, WINDOW_ID);
  await showStoredPlan(plan);
  uiStore.say(`„${name}“ wurde als neuer Plan „${planTitle(plan.header)}“ geöffnet.`);
  showImportSummary(name, plan, r.changes, r.skipped, source ? comparePlans(source, plan) : null);
}

function fmt(v: number | null | undefined, unit: DisplayUnit): string {
  return v === null || v === undefined ? 'leer' : formatFigure(v, unit);
}

/** A list of report lines, the first ones shown and the rest counted (also the takeover's report). */
export function EntryList(props: { entries: readonly string[]; label: string; testId: string }) {
  const { entries, label, testId } = props;
  return (
    <>
      <ul aria-label={label} data-testid={testId}>
        {entries.slice(0, MAX_LISTED_CHANGES).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      {entries.length > MAX_LISTED_CHANGES ? (
        <p>… und {entries.length - MAX_LISTED_CHANGES} weitere.</p>
      ) : null}
    </>
  );
}

const count = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function showImportSummary(
  name: string,
  plan: Plan,
  changes: readonly ImportChange[],
  skipped: readonly ImportSkip[],
  diff: PlanComparison | null,
): void {
  showDialog({
    title: 'Excel-Arbeitsmappe geöffnet',
    testId: 'import-summary',
    body: (
      <>
        <p>
          „{name}“ wurde als neuer Plan „{planTitle(plan.header)}“ angelegt und geöffnet. Kein vorhandener
          Plan wurde verändert.
        </p>
        <p data-testid="import-change-count">
          {changes.length === 0 && skipped.length === 0
            ? 'Die Arbeitsmappe enthält keine Änderung gegenüber dem Export.'
            : `In der Arbeitsmappe ${count(changes.length, 'Änderung', 'Änderungen')} übernommen` +
              (skipped.length > 0
                ? `, ${count(skipped.length, 'Änderung', 'Änderungen')} nicht übernommen.`
                : '.')}
        </p>
        {changes.length > 0 ? (
          <EntryList
            entries={changes.map(formatChange)}
            label="Übernommene Änderungen"
            testId="import-changes"
          />
        ) : null}
        {skipped.length > 0 ? (
          <>
            <p>Nicht übernommen (bitte in der App nachtragen, falls gewollt):</p>
            <EntryList
              entries={skipped.map(formatSkip)}
              label="Nicht übernommene Änderungen"
              testId="import-skipped"
            />
          </>
        ) : null}
        {diff?.figures.length ? (
          <ul aria-label="Geänderte Kennzahlen">
            {diff.figures.slice(0, 5).map((f) => (
              <li key={f.id}>
                {f.label}: {fmt(f.before, f.unit)} → {fmt(f.after, f.unit)}
              </li>
            ))}
          </ul>
        ) : null}
      </>
    ),
  });
}
