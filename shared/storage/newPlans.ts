/** Plans the Start screen creates: empty, from the Beispielplan, or as a variant of another. */
import type { Id, Plan } from '../model/plan';
import { beispielplan } from '../sample/beispielplan';
import { planFrame } from '../sample/planFrame';

export interface NewPlanOptions {
  id: Id;
  now: string;
  author: string;
}

/** An empty plan: the standard areas of fachkonzept §2.2 without rows, all inputs empty. */
export function emptyPlan(opts: NewPlanOptions & { jobcenter: string; year: number }): Plan {
  return planFrame(opts.id, {
    jobcenter: opts.jobcenter,
    year: opts.year,
    status: 'Entwurf',
    variante: 'Entwurf',
    author: opts.author,
    changedAt: opts.now,
  });
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
