/** Plans the Start screen creates: empty, from the Beispielplan, or as a variant of another. */
import type { Id, Plan } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { defaultStammdaten } from '../model/stammdaten';
import { beispielplan } from '../sample/beispielplan';
import { defaultDokument } from '../model/dokument';

export interface NewPlanOptions {
  id: Id;
  now: string;
  author: string;
}

/** An empty plan: the standard areas of fachkonzept §2.2 without rows, all inputs empty. */
export function emptyPlan(opts: NewPlanOptions & { jobcenter: string; year: number }): Plan {
  const stammdaten = defaultStammdaten();
  const areas = [
    'Integration',
    'Qualifizierung Geringqualifizierter',
    'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
    'Alleinerziehende',
    'Jugendliche (U25)',
    'Geflüchtete',
  ];
  const empty = { plan: null, vorjahr: null };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: opts.id,
    header: {
      jobcenter: opts.jobcenter,
      year: opts.year,
      vorjahr: opts.year - 1,
      status: 'Entwurf',
      variante: 'Entwurf',
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
    dokument: defaultDokument(),
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
