/** The text a TextTarget names in a plan: the grid shows and edits it, the change log compares it. */
import { findInstrumentRow } from '../model/inputs';
import type { Plan } from '../model/plan';
import type { TextTarget } from './command';

export function readText(plan: Plan, t: TextTarget): string {
  switch (t.kind) {
    case 'row': {
      const row = findInstrumentRow(plan, t.rowId);
      return row ? row[t.field] : '';
    }
    case 'area':
      return plan.schwerpunkte.find((a) => a.id === t.areaId)?.name ?? '';
    case 'zuweisung':
      return plan.haushalt.zuweisungen.find((z) => z.id === t.id)?.name ?? '';
    case 'ausserhalb':
      return plan.haushalt.ausserhalbEgt.find((a) => a.id === t.id)?.name ?? '';
    case 'drittmittel':
      return plan.drittmittel.find((d) => d.id === t.id)?.[t.field] ?? '';
  }
}
