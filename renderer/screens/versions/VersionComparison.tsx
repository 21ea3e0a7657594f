/** A version against the current state: changed key figures, inputs, rows and areas. */
import { SHEET_LABELS } from '../../../shared/model/sheets';
import type { PlanComparison } from '../../../shared/storage/comparePlans';
import { showValue } from './showValue';

export function VersionComparison({ cmp, name }: { cmp: PlanComparison; name: string }) {
  return (
    <div data-testid="version-compare">
      <h3>Kennzahlen: „{name}“ → aktueller Stand</h3>
      {cmp.figures.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Kennzahl</th>
              <th>Version</th>
              <th>Aktuell</th>
            </tr>
          </thead>
          <tbody>
            {cmp.figures.map((f) => (
              <tr key={f.id} data-testid="compare-figure">
                <td>{f.label}</td>
                <td>{showValue(f.before, f.unit)}</td>
                <td>{showValue(f.after, f.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Keine Kennzahl hat sich verändert.</p>
      )}
      <h3>Geänderte Eingaben ({cmp.inputs.length})</h3>
      {cmp.inputs.length ? (
        <table className="storage-table">
          <thead>
            <tr>
              <th>Blatt</th>
              <th>Eingabe</th>
              <th>Version</th>
              <th>Aktuell</th>
            </tr>
          </thead>
          <tbody>
            {cmp.inputs.map((d) => (
              <tr key={d.key} data-testid="compare-input">
                <td>{SHEET_LABELS[d.sheet]}</td>
                <td>{d.label}</td>
                <td>{showValue(d.before, d.unit)}</td>
                <td>{showValue(d.after, d.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Keine Eingabe wurde geändert.</p>
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
