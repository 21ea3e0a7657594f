/**
 * Datei → Exportieren nach Excel in the browser: builds the workbook and offers it as a
 * download. (The desktop app writes the bytes through its save dialog instead.)
 */
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import type { Plan } from '../../shared/model/plan';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `AMIP_2016_Jobcenter_Duesseldorf_Entwurf.xlsx`: safe on every file system. */
export function workbookFileName(plan: Plan): string {
  const h = plan.header;
  const part = (s: string) =>
    s
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/Ä/g, 'Ae')
      .replace(/Ö/g, 'Oe')
      .replace(/Ü/g, 'Ue')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9-]+/g, '_')
      .replace(/^_+|_+$/g, '');
  return `AMIP_${h.year}_${part(h.jobcenter)}_${part(h.variante) || part(h.status)}.xlsx`;
}

/** Side effect: starts a download in the current document. */
export async function downloadWorkbook(plan: Plan, doc: Document = document): Promise<void> {
  const bytes = await exportWorkbook(plan);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  try {
    const a = doc.createElement('a');
    a.href = url;
    a.download = workbookFileName(plan);
    doc.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
