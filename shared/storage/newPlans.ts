/** Plans the Start screen creates: empty, from the Beispielplan, or as a variant of another. */
import type { Id, Plan } from '../model/plan';
import { beispielplan } from '../sample/beispielplan';
import { VORLAGE_SCHWERPUNKTE, planFrame } from '../sample/planFrame';

export interface NewPlanOptions {
  id: Id;
  now: string;
  author: string;
}

/** The variant a new plan is called: not "Entwurf", which is its status (the header shows both). */
export const NEUE_VARIANTE = 'Hauptvariante';

export { VORLAGE_SCHWERPUNKTE };

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
  const plan = planFrame(opts.id, {
    jobcenter: opts.jobcenter,
    year: opts.year,
    status: 'Entwurf',
    variante: opts.variante?.trim() || NEUE_VARIANTE,
    author: opts.author,
    changedAt: opts.now,
  });
  return opts.schwerpunkte === 'vorlage' ? plan : { ...plan, schwerpunkte: [] };
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
