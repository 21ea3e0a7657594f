/**
 * The form or confirmation the Start screen shows for its current mode (one at a time). Forms
 * for a plan are keyed by it: choosing another plan's "Umbenennen" while one form is open
 * starts with that plan's values.
 */
import type { PlanRecord } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { ConfirmCard } from '../../components/ConfirmCard';
import { FortschreibungForm, NewPlanForm, RenameForm, TextForm } from './planForms';
import { RestoreDialog } from './RestoreDialog';
import type { StartActions } from './useStartActions';

export function StartDialogs({ a }: { a: StartActions }) {
  const { mode, close } = a;
  switch (mode.kind) {
    case 'none':
      return null;
    case 'new':
      return <NewPlanForm onCancel={close} onCreate={a.newEmpty} />;
    case 'rename':
      return (
        <RenameForm
          key={mode.plan.id}
          plan={mode.plan}
          onCancel={close}
          onSave={(patch) => a.rename(mode.plan, patch)}
        />
      );
    case 'variant':
      return (
        <TextForm
          key={mode.plan.id}
          title={`Variante von „${planTitle(mode.plan.header)}“ anlegen`}
          label="Name der Variante"
          initial={`${mode.plan.header.variante} (Variante)`}
          submit="Variante anlegen"
          onCancel={close}
          onSubmit={(name) => a.variant(mode.plan, name)}
        />
      );
    case 'fortschreibung':
      return (
        <FortschreibungForm
          key={mode.plan.id}
          plan={mode.plan}
          onCancel={close}
          onCreate={(keepInputs, year) => a.fortschreibung(mode.plan, keepInputs, year)}
        />
      );
    case 'delete':
      return <DeleteConfirm key={mode.plan.id} plan={mode.plan} a={a} />;
    case 'restore':
      return (
        <RestoreDialog
          name={mode.name}
          preview={mode.preview}
          onCancel={close}
          onRestore={(replace) => a.restore(mode.backup, replace)}
        />
      );
  }
}

function DeleteConfirm({ plan, a }: { plan: PlanRecord; a: StartActions }) {
  return (
    <ConfirmCard
      label="Plan löschen"
      testId="delete-confirm"
      confirm="Löschen"
      confirmTestId="delete-confirm-yes"
      onConfirm={() => a.remove(plan)}
      onCancel={a.close}
    >
      „{planTitle(plan.header)}“ mit allen Versionen und dem Änderungsprotokoll löschen? Solange der
      AMIP-Planer geöffnet bleibt, lässt sich das rückgängig machen.
    </ConfirmCard>
  );
}
