/** All derived figures of a plan, each defined once (fachkonzept §2.1-2.5). */
import type { Plan } from '../model/plan';
import { bildungszielFigures } from './bildungsziele';
import { deckelFigures } from './deckel';
import { drittmittelFigures } from './drittmittelTotals';
import { ausserhalbEgtFigures, egtChainFigures } from './egtChain';
import type { FigureDef } from './figureDef';
import { kennzahlFigures } from './kennzahlen';
import { portfolioFigures } from './portfolioTotals';

export function defineFigures(plan: Plan): FigureDef[] {
  return [
    ...egtChainFigures(plan),
    ...ausserhalbEgtFigures(plan),
    ...drittmittelFigures(plan),
    ...portfolioFigures(plan),
    ...bildungszielFigures(plan),
    ...kennzahlFigures(plan),
    ...deckelFigures(plan),
  ];
}
