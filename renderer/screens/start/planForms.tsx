/** The Start screen's forms: a text (variant name), a new empty plan, rename, Fortschreibung. */
import { useState } from 'react';
import { PLAN_STATUSES } from '../../../shared/model/plan';
import type { PlanStatus } from '../../../shared/model/plan';
import { VORLAGE_SCHWERPUNKTE } from '../../../shared/storage/newPlans';
import type { PlanRecord } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import { useInlineDialog } from '../../components/useInlineDialog';

export function TextForm(props: {
  title: string;
  label: string;
  initial: string;
  submit: string;
  onSubmit: (v: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const dialog = useInlineDialog<HTMLFormElement>(props.onCancel);
  return (
    <form
      ref={dialog.ref}
      onKeyDown={dialog.onKeyDown}
      className="storage-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) props.onSubmit(value.trim());
      }}
    >
      <h2>{props.title}</h2>
      <label>
        {props.label} <input value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">{props.submit}</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

export function NewPlanForm(props: {
  onCreate: (jobcenter: string, year: number, schwerpunkte: 'keine' | 'vorlage') => void;
  onCancel: () => void;
}) {
  const dialog = useInlineDialog<HTMLFormElement>(props.onCancel);
  const [schwerpunkte, setSchwerpunkte] = useState<'keine' | 'vorlage'>('keine');
  const [jobcenter, setJobcenter] = useState('Jobcenter ');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const y = Number(year);
  const valid = jobcenter.trim().length > 0 && Number.isInteger(y) && y >= 2000 && y <= 2100;
  return (
    <form
      ref={dialog.ref}
      onKeyDown={dialog.onKeyDown}
      className="storage-card"
      data-testid="new-plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) props.onCreate(jobcenter.trim(), y, schwerpunkte);
      }}
    >
      <h2>Neuer Plan</h2>
      <label>
        Jobcenter <input value={jobcenter} onChange={(e) => setJobcenter(e.target.value)} />
      </label>
      <label>
        Planjahr <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
      </label>
      <fieldset>
        <legend>Handlungsschwerpunkte</legend>
        <label>
          <input
            type="radio"
            name="schwerpunkte"
            checked={schwerpunkte === 'keine'}
            onChange={() => setSchwerpunkte('keine')}
            data-testid="new-plan-leer"
          />{' '}
          leer beginnen (Handlungsschwerpunkte selbst anlegen)
        </label>
        <label>
          <input
            type="radio"
            name="schwerpunkte"
            checked={schwerpunkte === 'vorlage'}
            onChange={() => setSchwerpunkte('vorlage')}
            data-testid="new-plan-vorlage"
          />{' '}
          aus der Vorlage: {VORLAGE_SCHWERPUNKTE.length} übliche Handlungsschwerpunkte, ohne Maßnahmen
        </label>
      </fieldset>
      {!valid ? <p role="alert">Bitte Jobcenter und ein Planjahr zwischen 2000 und 2100 angeben.</p> : null}
      <button type="submit" disabled={!valid}>
        Anlegen
      </button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

export function RenameForm(props: {
  plan: PlanRecord;
  onSave: (patch: { jobcenter: string; variante: string; status: PlanStatus }) => void;
  onCancel: () => void;
}) {
  const h = props.plan.header;
  const [jobcenter, setJobcenter] = useState(h.jobcenter);
  const [variante, setVariante] = useState(h.variante);
  const [status, setStatus] = useState<PlanStatus>(h.status);
  const dialog = useInlineDialog<HTMLFormElement>(props.onCancel);
  return (
    <form
      ref={dialog.ref}
      onKeyDown={dialog.onKeyDown}
      className="storage-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (jobcenter.trim())
          props.onSave({ jobcenter: jobcenter.trim(), variante: variante.trim(), status });
      }}
    >
      <h2>Plan umbenennen</h2>
      <label>
        Jobcenter <input value={jobcenter} onChange={(e) => setJobcenter(e.target.value)} />
      </label>
      <label>
        Variante <input value={variante} onChange={(e) => setVariante(e.target.value)} />
      </label>
      <label>
        Status{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as PlanStatus)}>
          {PLAN_STATUSES.map((st) => (
            <option key={st}>{st}</option>
          ))}
        </select>
      </label>
      <button type="submit">Speichern</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}

export function FortschreibungForm(props: {
  plan: PlanRecord;
  onCreate: (keepInputs: boolean, year: number) => void;
  onCancel: () => void;
}) {
  const h = props.plan.header;
  const [keep, setKeep] = useState(false);
  const dialog = useInlineDialog<HTMLFormElement>(props.onCancel);
  return (
    <form
      ref={dialog.ref}
      onKeyDown={dialog.onKeyDown}
      className="storage-card"
      data-testid="fortschreibung-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCreate(keep, h.year + 1);
      }}
    >
      <h2>
        Plan {h.year + 1} aus Plan {h.year} erstellen
      </h2>
      <p>
        Bereiche und Instrumente werden übernommen; die Zahlen von {h.year} (Haushalt, Eintritte und Mittel)
        stehen im neuen Plan in den Vorjahresspalten. Der neue Plan verweist auf „{planTitle(h)}“.
      </p>
      <fieldset>
        <legend>Eingaben für {h.year + 1}</legend>
        <label>
          <input type="radio" name="keep" checked={!keep} onChange={() => setKeep(false)} /> leer lassen
        </label>
        <label>
          <input type="radio" name="keep" checked={keep} onChange={() => setKeep(true)} /> die Werte von{' '}
          {h.year} als Ausgangspunkt übernehmen
        </label>
      </fieldset>
      <button type="submit">Plan {h.year + 1} erstellen</button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </form>
  );
}
