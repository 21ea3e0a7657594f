/** What every print section reads: the plan, its figures (one calculation) and their labels. */
import type { Calculation } from '../../shared/calc/engine';
import type { FigureId } from '../../shared/calc/expr';
import type { CellKey } from '../../shared/model/cellKey';
import { readInput } from '../../shared/model/inputs';
import type { Num, Plan } from '../../shared/model/plan';
import { calcLabels } from '../../shared/outline/labels';
import type { Labels } from '../../shared/outline/types';

export type { PackValues } from '../../shared/outline/printTable';
export { cell } from '../../shared/outline/printTable';
import type { PackValues } from '../../shared/outline/printTable';

export class PackContext implements PackValues {
  readonly labels: Labels;

  constructor(
    readonly plan: Plan,
    readonly calc: Calculation,
  ) {
    this.labels = calcLabels(calc);
  }

  get(id: FigureId): Num {
    return this.calc.get(id);
  }

  input(key: CellKey): Num {
    return readInput(this.plan, key) ?? null;
  }

  /** A figure's plain German label, from its definition. */
  label(id: FigureId): string {
    return this.labels.of(id);
  }
}
