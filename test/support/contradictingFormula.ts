/** A plan whose stored formula contradicts its value, as an older or tampered file may hold it. */
import { cellKey } from '../../shared/model/cellKey';
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';

/** The Mittelansatz of Einstiegsgeld (150.000 €) in the Beispielplan. */
export const CONTRADICTED_KEY = cellKey({ kind: 'row', id: 'r-esg', field: 'mittelansatz' });

/** The Beispielplan with `=5` stored beside the 150.000 € of Einstiegsgeld. */
export function planWithContradiction(): Plan {
  const plan = beispielplan();
  return { ...plan, formeln: { ...plan.formeln, [CONTRADICTED_KEY]: '=5' } };
}

/** How the import lists it. */
export const CONTRADICTION_LISTED =
  'Blatt „Maßnahmeportfolio“, Zelle F7: gespeicherte Formel „=5“ nicht übernommen: Formel "=5" ergibt 5 €, gespeichert ist 150.000 €; die Formel wurde verworfen, es gilt der gespeicherte Wert';
