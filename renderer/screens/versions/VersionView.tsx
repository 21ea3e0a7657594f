/** A version read-only: its header, Haushalt key figures and the portfolio by area. */
import { Calculation } from '../../../shared/calc/engine';
import { figureTitle } from '../../../shared/calc/figureDef';
import type { Num, Plan } from '../../../shared/model/plan';
import { planTitle } from '../../../shared/storage/records';
import { showValue } from './showValue';

/** `heading` replaces the version heading (the Land view opens a plan read-only the same way). */
export function VersionView({ plan, name, heading }: { plan: Plan; name: string; heading?: string }) {
  const calc = new Calculation(plan);
  const values: Record<string, Num> = {};
  for (const d of calc.definitions()) values[d.id] = calc.get(d.id);
  const key = [
    'summeEingliederungsmittel',
    'umschichtung',
    'verfuegbaresEgt',
    'mittelFuerNeufaelle',
    'geplanterMitteleinsatz',
    'egtAuslastung',
  ];
  return (
    <div data-testid="version-view">
      <h3>{heading ?? `Version „${name}“ (nur lesen): ${planTitle(plan.header)}`}</h3>
      <table className="storage-table">
        <tbody>
          {key.map((name) => {
            const def = calc.def(`haushalt.plan.${name}`);
            return def ? (
              <tr key={name}>
                <td>{figureTitle(def)}</td>
                <td className="num">{showValue(values[def.id], def.unit)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      <table className="storage-table">
        <thead>
          <tr>
            <th>Bereich / Instrument</th>
            <th className="num">Eintritte</th>
            <th className="num">Mittelansatz</th>
          </tr>
        </thead>
        <tbody>
          {plan.schwerpunkte.flatMap((a) => [
            <tr key={a.id} className="storage-area">
              <th>{a.name}</th>
              <th className="num">{showValue(values[`area.${a.id}.eintritte`], 'count')}</th>
              <th className="num">{showValue(values[`area.${a.id}.mittelansatzEgt`], 'eur')}</th>
            </tr>,
            ...a.rows.map((r) =>
              r.kind === 'instrument' ? (
                <tr key={r.id}>
                  <td>{r.nachrichtlich ? `(${r.instrument})` : r.instrument}</td>
                  <td className="num">{showValue(r.eintritte, 'count')}</td>
                  <td className="num">{showValue(r.mittelansatz, 'eur')}</td>
                </tr>
              ) : null,
            ),
          ])}
        </tbody>
      </table>
    </div>
  );
}
