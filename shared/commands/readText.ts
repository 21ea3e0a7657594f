/** The text a TextTarget names in a plan: the grid shows and edits it, the change log compares it. */
import { findInstrumentRow } from '../model/inputs';
import type { Plan } from '../model/plan';
import { zielName } from '../model/zielRules';
import { budgetText } from './budgetCommands';
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
    case 'ziel': {
      const z = plan.zielvereinbarung.ziele.find((x) => x.id === t.id);
      // A target named by its Kennzahl shows the catalogue's name until it gets its own.
      return !z ? '' : t.field === 'bezeichnung' ? zielName(z, plan.header.year) : z[t.field];
    }
    case 'schaetzung':
    case 'projekt':
    case 'gruppe':
    case 'verpflichtung':
      return budgetText(plan, t);
    case 'zielgruppe':
      return plan.stammdaten.zielgruppen.find((z) => z.id === t.id)?.name ?? '';
  }
}
