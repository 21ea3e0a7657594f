/** How lists, messages and the workbook name a Zielsteuerungsdialog: "Zieldialog 12.03.2018". */
import type { Zieldialog } from '../model/ziele';
import { formatDate } from './dateFormat';

export function dialogTitle(d: Pick<Zieldialog, 'datum' | 'datenstand'>, index: number): string {
  if (d.datum) return `Zieldialog ${formatDate(d.datum)}`;
  return d.datenstand ? `Zieldialog (Datenstand ${d.datenstand})` : `Zieldialog ${index + 1}`;
}
