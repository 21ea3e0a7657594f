/**
 * The Zielsteuerungsdialoge: the list, the chosen dialogue's date, data as of, changed
 * conditions and agreed measures, and its grid of Ist values with the Abweichung vom Ziel (F12).
 */
import { useState } from 'react';
import * as actions from '../../../shared/actions/ziele';
import type { ZieldialogPatch } from '../../../shared/commands/zielCommand';
import { dialogTitle } from '../../../shared/format/dialogTitle';
import type { Plan } from '../../../shared/model/plan';
import { DialogGrid } from '../../grids/ZieleGrid';
import { runAction, runCommand } from '../../state/actions';
import { SelectField, TextAreaField, TextField } from './fields';

const today = (): string => new Date().toISOString().slice(0, 10);

export function DialogePanel({ plan }: { plan: Plan }) {
  const dialoge = plan.zielvereinbarung.dialoge;
  const [chosen, setChosen] = useState<string | null>(null);
  // The chosen dialogue, else the latest.
  const d = dialoge.find((x) => x.id === chosen) ?? dialoge[dialoge.length - 1];
  const shownIndex = d ? dialoge.indexOf(d) : -1;
  const patch = (p: ZieldialogPatch) => d && runCommand({ type: 'patchZieldialog', id: d.id, patch: p });
  const perYear = plan.zielvereinbarung.dialogeProJahr;
  return (
    <section className="panel zv-panel" aria-labelledby="zv-dialoge-title">
      <div className="panel-head">
        <h2 id="zv-dialoge-title">Zielsteuerungsdialoge</h2>
        <div className="toolbar" role="toolbar" aria-label="Zielsteuerungsdialoge">
          <button
            type="button"
            data-testid="dialog-add"
            onClick={() => {
              const r = actions.addZieldialog(plan, today());
              if (r?.ok && r.command.type === 'insertZieldialog') setChosen(r.command.dialog.id);
              runAction(r);
            }}
          >
            + Zieldialog
          </button>
          <button
            type="button"
            data-testid="dialog-remove"
            disabled={!d}
            onClick={() => runAction(actions.removeZieldialog(d?.id))}
          >
            Zieldialog löschen
          </button>
        </div>
      </div>
      <p className="hint">
        {perYear ? `Vereinbart: ${perYear} Dialoge pro Jahr. ` : ''}Unterjährige Abweichungen von den
        Rahmenbedingungen werden bei der Beurteilung der Zielerreichung berücksichtigt.
      </p>
      {d ? (
        <>
          <div className="zv-form">
            <SelectField
              label="Zieldialog"
              value={d.id}
              options={dialoge.map((x, i) => ({ value: x.id, label: dialogTitle(x, i) }))}
              onCommit={setChosen}
              testId="dialog-choice"
            />
            <TextField
              label="Datum"
              type="date"
              value={d.datum ?? ''}
              onCommit={(v) => patch({ datum: v === '' ? null : v })}
              testId="dialog-datum"
            />
            <TextField
              label="Datenstand (Jahresfortschrittswert)"
              value={d.datenstand}
              placeholder="z. B. 2018-03"
              onCommit={(v) => patch({ datenstand: v })}
              testId="dialog-datenstand"
            />
            <TextAreaField
              label="Veränderte Rahmenbedingungen"
              value={d.notizen}
              rows={2}
              onCommit={(v) => patch({ notizen: v })}
              testId="dialog-notizen"
            />
            <TextAreaField
              label="Vereinbarte Maßnahmen"
              value={d.massnahmen}
              rows={2}
              onCommit={(v) => patch({ massnahmen: v })}
              testId="dialog-massnahmen"
            />
          </div>
          <h3>Ist-Werte {dialogTitle(d, shownIndex)}</h3>
          <DialogGrid dialogId={d.id} />
        </>
      ) : (
        <p className="hint">
          Noch kein Zieldialog. Mit „+ Zieldialog“ einen anlegen und die Ist-Werte eintragen.
        </p>
      )}
    </section>
  );
}
