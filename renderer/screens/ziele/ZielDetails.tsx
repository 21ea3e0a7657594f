/**
 * The settings of the target under the cursor that the grid has no column for: unit and
 * polarity of a local target, decimals, the own segment's name, the link (F8), dates, a note.
 */
import * as actions from '../../../shared/actions/ziele';
import type { ZielPatch } from '../../../shared/commands/zielCommand';
import { formatDate } from '../../../shared/format/dateFormat';
import type { Plan } from '../../../shared/model/plan';
import { zielTitle } from '../../../shared/model/zielRules';
import type { Polaritaet, Zieleinheit } from '../../../shared/model/ziele';
import {
  POLARITAET_LABELS,
  ZIELEINHEITEN,
  ZIELEINHEIT_LABELS,
  findZiel,
  isRelChange,
} from '../../../shared/model/ziele';
import { runCommand } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import { SelectField, TextAreaField, TextField } from './fields';

export function ZielDetails({ plan, zielId }: { plan: Plan; zielId: string | undefined }) {
  const z = zielId ? findZiel(plan.zielvereinbarung, zielId) : undefined;
  if (!z)
    return (
      <p className="hint">Für Einheit, Kopplung, Stichtage und Anmerkung ein Ziel in der Tabelle wählen.</p>
    );
  const patch = (p: ZielPatch) => runCommand({ type: 'patchZiel', id: z.id, patch: p });
  const fromCatalogue = z.kennzahl !== null;
  return (
    <section
      className="zv-details"
      aria-label={`Einstellungen zu „${zielTitle(z, plan.header.year)}“`}
      data-testid="ziel-details"
    >
      <SelectField
        label="Einheit"
        value={z.einheit}
        disabled={fromCatalogue}
        options={ZIELEINHEITEN.map((e) => ({ value: e, label: ZIELEINHEIT_LABELS[e] }))}
        onCommit={(v) => patch({ einheit: v as Zieleinheit })}
        testId="ziel-einheit"
      />
      <SelectField
        label="Richtung"
        value={z.polaritaet}
        disabled={fromCatalogue}
        options={(['higherIsBetter', 'lowerIsBetter'] as Polaritaet[]).map((p) => ({
          value: p,
          label: POLARITAET_LABELS[p],
        }))}
        onCommit={(v) => patch({ polaritaet: v as Polaritaet })}
        testId="ziel-polaritaet"
      />
      <SelectField
        label="Nachkommastellen (Prozent)"
        value={String(z.stellen)}
        options={[0, 1, 2, 3].map((n) => ({ value: String(n), label: String(n) }))}
        onCommit={(v) => patch({ stellen: Number(v) })}
        testId="ziel-stellen"
      />
      {isRelChange(z.zielart) ? (
        <SelectField
          label="folgt der Veränderung von"
          value={z.gekoppeltAn ?? ''}
          options={actions.kopplungOptions(plan, z)}
          onCommit={(v) => patch({ gekoppeltAn: v === '' ? null : v })}
          testId="ziel-kopplung"
        />
      ) : null}
      {z.segment === 'eigen' ? (
        <TextField
          label="Name des Segments"
          value={z.segmentName}
          onCommit={(v) =>
            runCommand({
              type: 'setText',
              target: { kind: 'ziel', id: z.id, field: 'segmentName' },
              value: v,
            })
          }
        />
      ) : null}
      <TextField
        label="Stichtage (TT.MM.JJJJ, durch Komma getrennt)"
        value={z.stichtage.map(formatDate).join(', ')}
        onCommit={(v) => {
          const r = actions.parseStichtage(v);
          if (!r.ok) uiStore.say(`Stichtage: ${r.message}`, 'error');
          else patch({ stichtage: r.value });
        }}
        testId="ziel-stichtage"
      />
      <TextAreaField
        label="Anmerkung (z. B. Herkunft erfundener Werte)"
        value={z.notiz}
        rows={2}
        onCommit={(v) =>
          runCommand({ type: 'setText', target: { kind: 'ziel', id: z.id, field: 'notiz' }, value: v })
        }
        testId="ziel-notiz"
      />
    </section>
  );
}
