/**
 * What the user arranged, remembered per plan in this browser profile (localStorage, one
 * small entry per plan): the sheet last shown, each grid's column widths (once dragged) and
 * its first visible row. It is the view only: nothing of the plan, nothing that syncs
 * between computers; without localStorage (a locked-down browser) nothing is remembered.
 */

export interface GridView {
  /** Column widths in CSS pixels by column id, as the user left them. */
  widths?: Record<string, number>;
  /** The first row shown at the top. */
  firstRow?: number;
}

export interface PlanView {
  screen?: string;
  grids?: Record<string, GridView>;
}

const PREFIX = 'amip.ansicht.';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readPlanView(planId: string): PlanView {
  try {
    const raw = storage()?.getItem(PREFIX + planId);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as PlanView) : {};
  } catch {
    return {};
  }
}

function write(planId: string, view: PlanView): void {
  try {
    storage()?.setItem(PREFIX + planId, JSON.stringify(view));
  } catch {
    // Full or forbidden: the view is not remembered, nothing else is affected.
  }
}

export function rememberScreen(planId: string, screen: string): void {
  const v = readPlanView(planId);
  if (v.screen !== screen) write(planId, { ...v, screen });
}

export function rememberGrid(planId: string, gridId: string, patch: GridView): void {
  const v = readPlanView(planId);
  write(planId, { ...v, grids: { ...v.grids, [gridId]: { ...v.grids?.[gridId], ...patch } } });
}

export function gridViewOf(planId: string, gridId: string): GridView {
  return readPlanView(planId).grids?.[gridId] ?? {};
}

/** The stored widths, only numbers in a sane range (the entry may have been edited by hand). */
export function storedWidths(view: GridView): Record<string, number> | null {
  const w = view.widths;
  if (!w || typeof w !== 'object') return null;
  const out: Record<string, number> = {};
  for (const [id, px] of Object.entries(w))
    if (typeof px === 'number' && Number.isFinite(px) && px >= 20 && px <= 2000) out[id] = Math.round(px);
  return Object.keys(out).length ? out : null;
}
