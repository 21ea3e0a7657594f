/** What the title bar shows: plan, year and whether everything is saved. */
export interface WindowTitle {
  /** E.g. "Jobcenter Musterstadt – Entwurf 2"; null when no plan is open. */
  planName: string | null;
  year: number | null;
  saved: boolean;
}

export const PRODUCT_NAME = 'AMIP-Planer';

/**
 * "Jobcenter Musterstadt – Entwurf 2 · 2016 · gespeichert – AMIP-Planer".
 * Control characters in the plan name are replaced, so a title never breaks a line.
 */
export function formatWindowTitle({ planName, year, saved }: WindowTitle): string {
  // eslint-disable-next-line no-control-regex
  const name = planName?.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!name) return PRODUCT_NAME;
  const parts = [name, ...(year === null ? [] : [String(year)]), saved ? 'gespeichert' : 'nicht gespeichert'];
  return `${saved ? '' : '• '}${parts.join(' · ')} – ${PRODUCT_NAME}`;
}
