/** A Plausibilitätsprüfung result (fachkonzept §3): what is wrong, how bad, and where to jump. */
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
