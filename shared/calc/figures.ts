/** All derived figures of a plan, each defined once (fachkonzept §2.1-2.5). */
import type { Plan } from '../model/plan';
import { bildungszielFigures } from './bildungsziele';
import { deckelFigures } from './deckel';
import { drittmittelFigures } from './drittmittelTotals';
import { ausserhalbEgtFigures, egtChainFigures } from './egtChain';
import type { FigureDef } from './figureDef';
import { globalbudgetFigures } from './globalbudget';
import { kennzahlFigures } from './kennzahlen';
import { portfolioFigures, rowFigures } from './portfolioTotals';
import { allOwnRows } from './rowSelection';
import { zieleFigures } from './ziele';
import { drittmittelRestFigures, verpflichtungenFigures } from './verpflichtungen';
import { zielgruppenFigures } from './zielgruppen';

/** Every figure: the four of each instrument row, then those of the plan as a whole. */
export function defineFigures(plan: Plan): FigureDef[] {
  return [...allOwnRows(plan).flatMap(rowFigures), ...planFigures(plan)];
}

/**
 * Figures of the plan as a whole (Haushalt, areas, totals, Kennzahlen, …). The engine takes
 * the per-row figures from `rowFigureExpr` by row position instead (a Land plan has 240.000).
 */
export function planFigures(plan: Plan): FigureDef[] {
  return [
    ...egtChainFigures(plan),
    ...ausserhalbEgtFigures(plan),
    ...drittmittelFigures(plan),
    ...portfolioFigures(plan),
    ...bildungszielFigures(plan),
    ...kennzahlFigures(plan),
    ...deckelFigures(plan),
    ...zieleFigures(plan),
    ...globalbudgetFigures(plan),
    ...verpflichtungenFigures(plan),
    ...drittmittelRestFigures(plan),
    ...zielgruppenFigures(plan),
  ];
}
