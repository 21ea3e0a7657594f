/** A row of key figures with live values (read-only), e.g. above the portfolio grid. */
import { formatFigure } from '../../shared/format/numberFormat';
import type { FigureUnit } from '../../shared/calc/figureDef';
import { usePlanState } from '../state/planStore';

export interface StripFigure {
  id: string;
  /** The figure's own label (its definition) unless the strip says it otherwise ("+ …"). */
  label?: string;
  unit: FigureUnit;
  /** Marks the value when it is below 0 (e.g. Überplanung). */
  warnNegative?: boolean;
  /** Marks the value when it is above this (e.g. Auslastung over 100 %). */
  warnAbove?: number;
}

export function FigureStrip({ figures, label }: { figures: StripFigure[]; label: string }) {
  const { calc } = usePlanState();
  return (
    <dl className="figure-strip" aria-label={label}>
      {figures.map((f) => {
        const v = calc.get(f.id);
        const warn =
          v !== null && ((f.warnNegative && v < 0) || (f.warnAbove !== undefined && v > f.warnAbove));
        return (
          <div key={f.id} className={`strip-item${warn ? ' strip-warn' : ''}`}>
            <dt>{f.label ?? calc.def(f.id)?.label ?? f.id}</dt>
            <dd data-testid={`fig-${f.id}`}>{formatFigure(v, f.unit)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
