import type { ValueUnit } from '../../../shared/model/cellKey';
/**
 * A version against the current state: changed key figures, inputs, rows and areas, each
 * number with its Δ and % (shared/storage/difference.ts); a rise green, a fall red.
 */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import type { Num } from '../../../shared/model/plan';
import type { PlanComparison } from '../../../shared/storage/comparePlans';
import { difference, formatDelta, formatDeltaPercent } from '../../../shared/storage/difference';
import { showValue } from './showValue';

type Unit = ValueUnit;

function ValueCells({
  before,
  after,
  unit,
}: {
  before: Num | undefined;
  after: Num | undefined;
  unit: Unit;
}) {
  const d = difference(before, after, unit);
  const tone = d.delta === null || d.delta === 0 ? undefined : d.delta > 0 ? 'delta-up' : 'delta-down';
  return (
    <>
      <td className="num">{showValue(before, unit)}</td>
      <td className="num">{showValue(after, unit)}</td>
      <td className={`num ${tone ?? ''}`} data-testid="compare-delta">
        {formatDelta(d, unit)}
      </td>
      <td className={`num ${tone ?? ''}`} data-testid="compare-percent">
        {formatDeltaPercent(d)}
      </td>
    </>
  );
}

const NUMBER_HEADERS = (
  <>
    <th className="num">Version</th>
    <th className="num">Aktuell</th>
    <th className="num">Δ</th>
    <th className="num">%</th>
  </>
);

export function VersionComparison({ cmp, name }: { cmp: PlanComparison; name: string }) {
  return (
    <div data-testid="version-compare">
      <h3>Kennzahlen: „{name}“ → aktueller Stand</h3>
      {cmp.figures.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Kennzahl</th>
              {NUMBER_HEADERS}
            </tr>
          </thead>
          <tbody>
            {cmp.figures.map((f) => (
              <tr key={f.id} data-testid="compare-figure" className="changed">
                <td>{f.label}</td>
                <ValueCells before={f.before} after={f.after} unit={f.unit} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty-state">Keine Kennzahl hat sich verändert.</p>
      )}
      <h3>Geänderte Eingaben ({cmp.inputs.length})</h3>
      {cmp.inputs.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Blatt</th>
              <th>Eingabe</th>
              {NUMBER_HEADERS}
            </tr>
          </thead>
          <tbody>
            {cmp.inputs.map((d) => (
              <tr key={d.key} data-testid="compare-input" className="changed">
                <td>{SHEET_LABELS[d.sheet]}</td>
                <td>{d.label}</td>
                <ValueCells before={d.before} after={d.after} unit={d.unit} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty-state">Keine Eingabe wurde geändert.</p>
      )}
      {cmp.structure.length ? (
        <>
          <h3>Zeilen und Bereiche</h3>
          <ul>
            {cmp.structure.map((s, i) => (
              <li key={i}>
                {s.what}: {s.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
