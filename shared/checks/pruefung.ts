/** A Plausibilitätsprüfung result (fachkonzept §3): what is wrong, how bad, and where to jump. */
import type { TextTarget } from '../commands/command';
import type { SheetId } from '../model/sheets';

export type Severity = 'Fehler' | 'Warnung' | 'Hinweis';
export const SEVERITIES: readonly Severity[] = ['Fehler', 'Warnung', 'Hinweis'];

export interface PruefungLocation {
  sheet: SheetId;
  rowId?: string;
  areaId?: string;
  /** The input cell to put the cursor on. */
  cellKey?: string;
  /** The derived figure the message is about. */
  figureId?: string;
  /** The column to put the cursor in (a text cell, e.g. the Ende of a commitment). */
  column?: string;
  /** A text cell the message is about (`textCellKey`): the grid marks it. */
  textKey?: string;
}

/** The key of a text cell for markers: `text:<kind>:<id>:<field>`. */
export function textCellKey(target: TextTarget): string {
  switch (target.kind) {
    case 'row':
      return `text:row:${target.rowId}:${target.field}`;
    case 'area':
      return `text:area:${target.areaId}`;
    case 'zuweisung':
    case 'ausserhalb':
    case 'zielgruppe':
      return `text:${target.kind}:${target.id}`;
    default:
      return `text:${target.kind}:${target.id}:${target.field}`;
  }
}

export interface Pruefung {
  /** Stable per finding, e.g. `auslastung-ueber` or `row-mittel-ohne-eintritte:r-egz`. */
  id: string;
  severity: Severity;
  sheet: SheetId;
  message: string;
  location: PruefungLocation;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/**
 * The keys a finding shows a marker at, as the grids look them up: its input cell, its figure
 * (if different) and its text cell.
 */
export function targetsOf(c: Pruefung, visit: (key: string) => void): void {
  const { cellKey, figureId, textKey } = c.location;
  if (cellKey) visit(cellKey);
  if (figureId && figureId !== cellKey) visit(figureId);
  if (textKey) visit(textKey);
}
