/** The agreement's header: Trägerform, legal basis, Rechenbasis, dialogues, Anlagen, the Land's priorities, the parties. */
import { useState } from 'react';
import * as actions from '../../../shared/actions/ziele';
import type { ParteiPatch, ZielvereinbarungPatch } from '../../../shared/commands/zielCommand';
import type { Plan } from '../../../shared/model/plan';
import type { ParteiRolle, Rechenbasis, Traegerform } from '../../../shared/model/ziele';
import {
  PARTEI_ROLLEN,
  PARTEI_ROLLE_LABELS,
  RECHENBASIS_LABELS,
  TRAEGERFORMEN,
  TRAEGERFORM_LABELS,
} from '../../../shared/model/ziele';
import { runAction, runCommand } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import { SelectField, TextAreaField, TextField, linesOf } from './fields';

const setZv = (patch: ZielvereinbarungPatch) => runCommand({ type: 'setZielvereinbarung', patch });
const setPartei = (id: string, patch: ParteiPatch) => runCommand({ type: 'patchPartei', id, patch });

export function ZvKopf({ plan }: { plan: Plan }) {
  const zv = plan.zielvereinbarung;
  // Open while the agreement is new; once targets exist the planner mostly works below.
  const [open] = useState(zv.ziele.length === 0);
  return (
    <details className="panel zv-panel zv-kopf" open={open} data-testid="zv-kopf">
      <summary>
        <h2 id="zv-kopf-title">
          Zielvereinbarung {plan.header.year}: {TRAEGERFORM_LABELS[zv.traegerform]}, {zv.parteien.length}{' '}
          {zv.parteien.length === 1 ? 'Partei' : 'Parteien'}
        </h2>
      </summary>
      <div className="zv-form">
        <SelectField
          label="Trägerform"
          value={zv.traegerform}
          options={TRAEGERFORMEN.map((t) => ({ value: t, label: TRAEGERFORM_LABELS[t] }))}
          onCommit={(v) => setZv({ traegerform: v as Traegerform })}
          testId="zv-traegerform"
        />
        <TextField
          label="Rechtsgrundlage"
          value={zv.rechtsgrundlage}
          placeholder="z. B. § 48b Abs. 1 S. 1 Nr. 4 SGB II"
          onCommit={(v) => setZv({ rechtsgrundlage: v })}
          testId="zv-rechtsgrundlage"
        />
        <TextField
          label="Zielsteuerungsdialoge pro Jahr"
          value={zv.dialogeProJahr === null ? '' : String(zv.dialogeProJahr)}
          onCommit={(v) => {
            const n = v.trim() === '' ? null : Number(v);
            if (n !== null && !Number.isInteger(n)) {
              uiStore.say(`Dialoge pro Jahr: „${v}“ ist keine ganze Zahl.`, 'error');
              return;
            }
            setZv({ dialogeProJahr: n });
          }}
          testId="zv-dialoge-pro-jahr"
        />
        <fieldset className="zv-field zv-rechenbasis">
          <legend>Rechenbasis</legend>
          {(['gedruckt', 'voll'] as Rechenbasis[]).map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="zv-rechenbasis"
                value={r}
                checked={zv.rechenbasis === r}
                data-testid={`zv-rechenbasis-${r}`}
                onChange={() => setZv({ rechenbasis: r })}
              />{' '}
              {RECHENBASIS_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label="Anlagen"
          value={zv.anlagen.join('\n')}
          hint="eine Anlage je Zeile"
          rows={2}
          onCommit={(v) => setZv({ anlagen: linesOf(v) })}
          testId="zv-anlagen"
        />
        <TextAreaField
          label="Schwerpunkte des Landes"
          value={zv.landesschwerpunkte.join('\n')}
          hint="ein Schwerpunkt je Zeile"
          onCommit={(v) => setZv({ landesschwerpunkte: linesOf(v) })}
          testId="zv-landesschwerpunkte"
        />
      </div>
      <div className="panel-head">
        <h3 id="zv-parteien-title">Vereinbarungspartner</h3>
        <div className="toolbar" role="toolbar" aria-label="Vereinbarungspartner">
          <button type="button" data-testid="partei-add" onClick={() => runAction(actions.addPartei(plan))}>
            + Partei
          </button>
        </div>
      </div>
      {zv.parteien.length === 0 ? (
        <p className="hint">Noch keine Partei erfasst.</p>
      ) : (
        <table className="zv-parteien" aria-labelledby="zv-parteien-title">
          <thead>
            <tr>
              <th scope="col">Rolle</th>
              <th scope="col">Name</th>
              <th scope="col">vertreten durch</th>
              <th scope="col">Ort</th>
              <th scope="col">Datum der Unterschrift</th>
              <th scope="col">
                <span className="visually-hidden">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {zv.parteien.map((p, i) => (
              <tr key={p.id} data-testid="partei-row">
                <td>
                  <SelectField
                    hideLabel
                    label={`Rolle der Partei ${i + 1}`}
                    value={p.rolle}
                    options={PARTEI_ROLLEN.map((r) => ({ value: r, label: PARTEI_ROLLE_LABELS[r] }))}
                    onCommit={(v) => setPartei(p.id, { rolle: v as ParteiRolle })}
                  />
                </td>
                <td>
                  <TextField
                    hideLabel
                    label={`Name der Partei ${i + 1}`}
                    value={p.name}
                    onCommit={(v) => setPartei(p.id, { name: v })}
                  />
                </td>
                <td>
                  <TextField
                    hideLabel
                    label={`vertreten durch (Partei ${i + 1})`}
                    value={p.vertreter}
                    onCommit={(v) => setPartei(p.id, { vertreter: v })}
                  />
                </td>
                <td>
                  <TextField
                    hideLabel
                    label={`Ort (Partei ${i + 1})`}
                    value={p.ort}
                    onCommit={(v) => setPartei(p.id, { ort: v })}
                  />
                </td>
                <td>
                  <TextField
                    hideLabel
                    label={`Datum der Unterschrift (Partei ${i + 1})`}
                    type="date"
                    value={p.datum ?? ''}
                    onCommit={(v) => setPartei(p.id, { datum: v === '' ? null : v })}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => runAction(actions.removePartei(p.id))}>
                    Entfernen<span className="visually-hidden"> (Partei {i + 1})</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
