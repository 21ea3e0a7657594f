/**
 * Datei → Öffnen…, files the OS hands over (double-click, second start, Zuletzt geöffnet) and
 * files dropped on the window all end here. Whatever is opened becomes a NEW stored plan
 * through the storage layer; the open plan and every stored plan stay as they are.
 * - `.amip.json`: storage's importPlanFile (validated; a known plan id becomes a variant).
 * - `.xlsx`: read in a worker (importInWorker), stored as a new plan, the changes against the
 *   plan it was exported from are shown.
 */
import type { OpenableKind } from '../../shared/ipc/fileKinds';
import { OPENABLE_KINDS, wrongKindMessage } from '../../shared/ipc/fileKinds';
import type { InputUnit } from '../../shared/model/cellKey';
import type { Plan } from '../../shared/model/plan';
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

/** Changed inputs listed in the import summary; the rest are counted. */
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
  showImportSummary(name, plan, source, source ? comparePlans(source, plan) : null);
}

function fmt(v: number | null | undefined, unit: InputUnit): string {
  return v === null || v === undefined ? 'leer' : formatFigure(v, unit);
}

function showImportSummary(name: string, plan: Plan, source: Plan | null, diff: PlanComparison | null): void {
  const inputs = diff?.inputs ?? [];
  showDialog({
    title: 'Excel-Arbeitsmappe geöffnet',
    testId: 'import-summary',
    body: (
      <>
        <p>
          „{name}“ wurde als neuer Plan „{planTitle(plan.header)}“ angelegt und geöffnet. Kein vorhandener
          Plan wurde verändert.
        </p>
        {!source ? (
          <p>
            Der Plan, aus dem die Arbeitsmappe exportiert wurde, ist hier nicht gespeichert; ein Vergleich ist
            nicht möglich.
          </p>
        ) : inputs.length === 0 ? (
          <p data-testid="import-change-count">
            Gegenüber „{planTitle(source.header)}“ wurde keine Eingabe geändert.
          </p>
        ) : (
          <>
            <p data-testid="import-change-count">
              Gegenüber „{planTitle(source.header)}“{' '}
              {inputs.length === 1 ? 'wurde 1 Eingabe' : `wurden ${inputs.length} Eingaben`} geändert:
            </p>
            <ul data-testid="import-changes">
              {inputs.slice(0, MAX_LISTED_CHANGES).map((d) => (
                <li key={d.key}>
                  {d.label}: {fmt(d.before, d.unit)} → {fmt(d.after, d.unit)}
                </li>
              ))}
            </ul>
            {inputs.length > MAX_LISTED_CHANGES ? (
              <p>… und {inputs.length - MAX_LISTED_CHANGES} weitere.</p>
            ) : null}
          </>
        )}
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
