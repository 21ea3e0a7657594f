/**
 * The consolidation parts of a group (shared/consolidate/parts.ts), e.g. the Zielplanung: one
 * table each, a line per figure with its value and what was left out ("ohne …, Grundlage fehlt").
 */
import { partValueText } from '../../../shared/consolidate/partText';
import type { LandGroup } from '../../../shared/consolidate/types';

export function LandParts({ group }: { group: LandGroup }) {
  return (
    <>
      {group.parts.map((p) => (
        <table key={p.id} className="storage-table land-part" data-testid={`land-part-${p.id}`}>
          <caption>
            {p.title}, {group.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Kennzahl</th>
              <th scope="col" className="num">
                Land
              </th>
              <th scope="col">Hinweis</th>
            </tr>
          </thead>
          <tbody>
            {p.lines.map((l, i) => (
              <tr key={i}>
                <th scope="row">{l.label}</th>
                <td className="num">{partValueText(l)}</td>
                <td>{l.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
