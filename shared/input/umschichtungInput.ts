/**
 * The Umschichtung in das VWB is typed either as an amount or as a share of the Summe
 * Eingliederungsmittel (fachkonzept §2.1), in either of its two rows: a percentage typed into
 * the amount row is the share, an amount with € or Mio./Tsd. typed into the share row is the
 * amount. The text then goes to the row it belongs to, which becomes the typed side.
 */
import type { CellKey } from '../model/cellKey';
import { cellKey, parseCellKey } from '../model/cellKey';
import { parseGermanNumber } from './parseGermanNumber';

/** The input key `text` belongs to when typed into `key` (`key` itself for every other cell). */
export function umschichtungTarget(key: CellKey, text: string): CellKey {
  const ref = parseCellKey(key);
  if (ref?.kind !== 'haushalt' || (ref.field !== 'umschichtung' && ref.field !== 'umschichtungsquote'))
    return key;
  const n = parseGermanNumber(text);
  if (!n.ok) return key;
  if (ref.field === 'umschichtung' && n.percent) return cellKey({ ...ref, field: 'umschichtungsquote' });
  if (ref.field === 'umschichtungsquote' && (n.currency || n.scaled))
    return cellKey({ ...ref, field: 'umschichtung' });
  return key;
}
