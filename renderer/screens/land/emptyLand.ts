/**
 * The Land keys' labels and units before any plan is chosen, for the grid the Land view makes
 * while the files are being chosen: an empty plan's own FigureDefs give them, as a chosen plan's do.
 */
import { landLabels } from '../../../shared/consolidate/jobcenterEntry';
import { planReader } from '../../../shared/consolidate/planReader';
import { emptyPlan } from '../../../shared/storage/newPlans';

let held: ReturnType<typeof landLabels> | undefined;

/** Made on first use, not when the app starts. */
export function emptyLand(): ReturnType<typeof landLabels> {
  return (held ??= landLabels(
    planReader(emptyPlan({ id: 'land-leer', jobcenter: '', year: 2000, author: '', now: '' })),
  ));
}
