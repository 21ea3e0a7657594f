/** Plans the Start screen creates: empty, from the Beispielplan, or as a variant of another. */
import type { Id, Plan } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { defaultStammdaten } from '../model/stammdaten';
import { beispielplan } from '../sample/beispielplan';

export interface NewPlanOptions {
  id: Id;
  now: string;
  author: string;
}

/** The Handlungsschwerpunkte most plans start from (fachkonzept §2.2): the template of a new plan. */
export const VORLAGE_SCHWERPUNKTE: readonly string[] = [
  'Integration',
  'Qualifizierung Geringqualifizierter',
  'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
  'Alleinerziehende',
  'Jugendliche (U25)',
  'Geflüchtete',
];

/** The variant a new plan is called: not "Entwurf", which is its status (the header shows both). */
export const NEUE_VARIANTE = 'Hauptvariante';

export interface EmptyPlanOptions extends NewPlanOptions {
  jobcenter: string;
  year: number;
  variante?: string;
  /** `keine`: no Handlungsschwerpunkte (the planner adds them); `vorlage`: the six of the template, without rows. */
  schwerpunkte?: 'keine' | 'vorlage';
}

/**
 * An empty plan, all inputs empty: without Handlungsschwerpunkte, or with the template's (empty
 * areas would be blocks of zeros in the workbook, so none is the default).
 */
export function emptyPlan(opts: EmptyPlanOptions): Plan {
  const stammdaten = defaultStammdaten();
  const areas = opts.schwerpunkte === 'vorlage' ? VORLAGE_SCHWERPUNKTE : [];
  const empty = { plan: null, vorjahr: null };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: opts.id,
    header: {
      jobcenter: opts.jobcenter,
      year: opts.year,
      vorjahr: opts.year - 1,
      status: 'Entwurf',
      variante: opts.variante?.trim() || NEUE_VARIANTE,
      author: opts.author,
      changedAt: opts.now,
    },
    haushalt: {
      mittelausstattung: { ...empty },
      rueckeinnahmen: { ...empty },
      zuweisungen: [],
      umschichtung: { plan: { mode: 'betrag', betrag: null }, vorjahr: { mode: 'betrag', betrag: null } },
      vorbindungen: { ...empty },
      ausserhalbEgt: [],
    },
    drittmittel: [],
    schwerpunkte: areas.map((name, i) => ({ id: `hs-${opts.id}-${i + 1}`, name, rows: [] })),
    bildungsziele: stammdaten.berufsbereiche.map((_, i) => ({
      bereich: i + 1,
      foerderungBgs: null,
      davonAbschluss: null,
    })),
    kennzahlen: [],
    stammdaten,
    formeln: {},
    notizen: {},
  };
}

/** The Beispielplan as a plan of its own (new id, so it can be created more than once). */
export function planFromBeispiel(opts: NewPlanOptions): Plan {
  const p = beispielplan();
  return { ...p, id: opts.id, header: { ...p.header, changedAt: opts.now } };
}

/** A copy as a new variant; the header remembers where it came from. */
export function variantOf(source: Plan, opts: NewPlanOptions & { variante: string }): Plan {
  const copy = structuredClone(source);
  return {
    ...copy,
    id: opts.id,
    header: {
      ...copy.header,
      variante: opts.variante,
      changedAt: opts.now,
      author: opts.author,
      sourcePlanId: source.id,
    },
  };
}
