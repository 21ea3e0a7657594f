/**
 * What the Start screen's buttons do: open, create (empty, from the Beispielplan, variant,
 * Fortschreibung), rename, delete and undo, file open/save, backup and restore. Each action runs
 * through `run`, which closes the open form and shows the outcome as a German message.
 */
import { useState } from 'react';
import { newId } from '../../../shared/model/ids';
import type { Plan, PlanStatus } from '../../../shared/model/plan';
import type { BackupFile, RestorePreview } from '../../../shared/storage/backupFormat';
import { restorePreview } from '../../../shared/storage/backupFormat';
import { emptyPlan, planFromBeispiel } from '../../../shared/storage/newPlans';
import type { PlanRecord, ValidationProblem } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { storageErrorText } from '../../../shared/storage/storageErrors';
import { planStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import { restoreBackup } from '../../storage/backup';
import { openFileFromDisk, saveBackupToDisk, savePlanToDisk } from '../../storage/fileActions';
import {
  createFortschreibung,
  createPlan,
  duplicatePlan,
  listPlans,
  renamePlan,
} from '../../storage/planRepository';
import { storageController } from '../../storage/storageController';
import { WINDOW_ID } from '../../storage/windowId';

/** The form or confirmation the Start screen shows (one at a time). */
export type Mode =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'rename'; plan: PlanRecord }
  | { kind: 'variant'; plan: PlanRecord }
  | { kind: 'fortschreibung'; plan: PlanRecord }
  | { kind: 'delete'; plan: PlanRecord }
  | { kind: 'restore'; backup: BackupFile; name: string; preview: RestorePreview };

export interface StartMessage {
  text: string;
  errors?: ValidationProblem[];
  tone: 'info' | 'error';
}

export type StartActions = ReturnType<typeof useStartActions>;

/** `author`: the user's name, written into new plans. */
export function useStartActions(author: string) {
  const c = storageController();
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const [message, setMessage] = useState<StartMessage | null>(null);
  const close = () => setMode({ kind: 'none' });

  const run = async (what: () => Promise<unknown>, done?: string) => {
    try {
      await what();
      close();
      if (done) setMessage({ text: done, tone: 'info' });
    } catch (err) {
      setMessage({ text: storageErrorText(err), tone: 'error' });
    }
  };

  const openNow = async (id: string) => {
    const r = await c.openPlan(id);
    if (!r.ok) throw new Error(r.message);
    uiStore.showScreen('uebersicht');
  };
  const createAndOpen = async (plan: Plan) => {
    await createPlan(c.db, plan, WINDOW_ID);
    await openNow(plan.id);
  };
  const fresh = () => ({ id: newId('plan'), now: new Date().toISOString(), author });

  return {
    mode,
    setMode,
    close,
    message,
    open: (id: string) => run(() => openNow(id)),
    openFile: () =>
      run(async () => {
        const r = await openFileFromDisk(c.db);
        if (r.kind === 'error') setMessage({ text: r.message, errors: r.errors, tone: 'error' });
        else if (r.kind === 'plan') {
          await c.openPlan(r.plan.id);
          const opened = r.asVariant
            ? `Der Plan war schon vorhanden und wurde als neue Variante „${r.plan.header.variante}“ angelegt.`
            : `„${planTitle(r.plan.header)}“ wurde geöffnet.`;
          setMessage({ text: r.notice ? `${opened} ${r.notice}` : opened, tone: 'info' });
          uiStore.showScreen('uebersicht');
        } else if (r.kind === 'backup') {
          const preview = restorePreview(r.backup, await listPlans(c.db));
          setMode({ kind: 'restore', backup: r.backup, name: r.name, preview });
          return;
        }
      }),
    newFromBeispiel: () => run(() => createAndOpen(planFromBeispiel(fresh()))),
    newEmpty: (jobcenter: string, year: number, schwerpunkte: 'keine' | 'vorlage') =>
      run(() => createAndOpen(emptyPlan({ ...fresh(), jobcenter, year, schwerpunkte }))),
    saveOpenPlan: () =>
      run(async () => {
        await c.flush();
        await savePlanToDisk(planStore.getState().plan);
      }),
    saveBackup: () => run(() => saveBackupToDisk(c.db), 'Die Sicherung aller Pläne wurde gespeichert.'),
    rename: (plan: PlanRecord, patch: { jobcenter: string; variante: string; status: PlanStatus }) =>
      run(() => renamePlan(c.db, plan.id, patch, author, `${WINDOW_ID}:liste`), 'Der Plan wurde umbenannt.'),
    variant: (plan: PlanRecord, name: string) =>
      run(() => duplicatePlan(c.db, plan.id, name, author, WINDOW_ID), `Variante „${name}“ angelegt.`),
    fortschreibung: (plan: PlanRecord, keepInputs: boolean, year: number) =>
      run(async () => {
        const next = await createFortschreibung(c.db, plan.id, {
          keepInputs,
          year,
          author,
          writer: WINDOW_ID,
        });
        await openNow(next.id);
        // The Vorbindungen taken over from the register and the multi-year rows are said at once.
        if (next.verpflichtungen.herkunft) uiStore.say(next.verpflichtungen.herkunft);
      }),
    remove: (plan: PlanRecord) =>
      run(() => c.deletePlan(plan.id), `„${planTitle(plan.header)}“ wurde gelöscht.`),
    undoDelete: () => run(() => c.undoDelete(), 'Der Plan ist wieder da.'),
    restore: (backup: BackupFile, replace: Set<string>) =>
      run(async () => {
        const r = await restoreBackup(c.db, backup, replace, WINDOW_ID);
        setMessage({
          text: `Sicherung eingespielt: ${r.added.length} hinzugefügt, ${r.replaced.length} ersetzt, ${r.kept.length} unverändert behalten${r.quarantined.length ? `, ${r.quarantined.length} beschädigt (Quarantäne)` : ''}.`,
          tone: 'info',
        });
      }),
  };
}
