/**
 * Zielgruppen: one worksheet per evaluated target group, each the workbook's drawing of its
 * outline (shared/outline/zielgruppen.ts). The figures are live formulas over the portfolio's
 * cells; the typed parts of the shares and the Kundenbestand are input cells.
 */
import type { Id, Plan } from '../../model/plan';
import { zielgruppeName } from '../../model/zielgruppen';
import { zielgruppeOutline } from '../../outline/zielgruppen';
import type { Labels } from '../../outline/types';
import type { SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows } from './outlineLayout';

/** Sheet names of the other sheets: a group's sheet never takes one of them. */
const PREFIX = 'ZG ';
/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
const MAX_SHEET_NAME = 31;

/** "ZG U25", "ZG Alleinerziehende"; shortened and numbered where names would clash. */
export function zielgruppeSheetName(name: string, taken: ReadonlySet<string>): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = `${PREFIX}${clean || 'Zielgruppe'}`.slice(0, MAX_SHEET_NAME).trim();
  const lower = new Set([...taken].map((t) => t.toLocaleLowerCase('de-DE')));
  let sheet = base;
  for (let n = 2; lower.has(sheet.toLocaleLowerCase('de-DE')); n++) {
    const suffix = ` (${n})`;
    sheet = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
  }
  return sheet;
}

/** The evaluated groups with their sheet names, in the plan's order. */
export function zielgruppenSheets(plan: Plan): { zielgruppeId: Id; name: string; sheet: string }[] {
  const taken = new Set<string>();
  return plan.zielgruppen.map((s) => {
    const name = zielgruppeName(plan, s.zielgruppeId);
    const sheet = zielgruppeSheetName(name, taken);
    taken.add(sheet);
    return { zielgruppeId: s.zielgruppeId, name, sheet };
  });
}

export function zielgruppenLayouts(plan: Plan, labels: Labels): SheetLayout[] {
  return zielgruppenSheets(plan).map(({ zielgruppeId, name, sheet }) => {
    const outline = zielgruppeOutline(plan, labels, zielgruppeId);
    const columns = excelColumns(outline);
    const rows = [
      ...headRows(
        `Zielgruppe „${name}“ – ${plan.header.jobcenter}, AMIP ${plan.header.year}`,
        'Anteile der Maßnahmen aller Handlungsschwerpunkte; jede Maßnahme zählt einmal; Beträge in €; hell hinterlegte Zellen sind Eingaben.',
        columns,
      ),
      ...excelRows(outline),
    ];
    return { key: 'zielgruppe', name: sheet, columns, headerRow: HEADER_ROW, rows };
  });
}
