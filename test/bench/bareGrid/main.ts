/**
 * The comparison for operation 5: the same AG Grid (same version, theme, columns and rows as
 * the portfolio) with no app logic. Editing a number commits it to the row and re-adds the
 * column for the pinned total row; nothing else (no commands, engine, checks or undo).
 * `?rows=N&seed=S` gives the generator's plan, so the rows match the app's.
 */
import { AllCommunityModule, ModuleRegistry, createGrid, themeQuartz } from 'ag-grid-community';
import type { ColDef, GridApi } from 'ag-grid-community';
import { generatePlan } from '../../support/generatePlan';

ModuleRegistry.registerModules([AllCommunityModule]);

type Line = Record<string, string | number | null>;
const params = new URLSearchParams(location.search);
const plan = generatePlan({ rows: Number(params.get('rows') ?? 300), seed: Number(params.get('seed') ?? 1) });
const NUMBERS = ['eintritte', 'mittelansatz', 'vorjahrEintritte', 'vorjahrMittel'] as const;

const rows: Line[] = [];
for (const area of plan.schwerpunkte) {
  rows.push({ id: `grp:${area.id}`, instrument: area.name });
  for (const r of area.rows) {
    if (r.kind !== 'instrument') continue;
    rows.push({
      id: r.id,
      instrument: r.instrument,
      kategorie: r.kategorie,
      eintritte: r.eintritte,
      mittelansatz: r.mittelansatz,
      kje: r.eintritte ? (r.mittelansatz ?? 0) / r.eintritte : null,
      finanzierung: r.finanzierung.art,
      nachrichtlich: r.nachrichtlich ? 'ja' : '',
      vorjahrEintritte: r.vorjahrEintritte,
      vorjahrMittel: r.vorjahrMittel,
      aenderungEintritte: null,
      aenderungMittel: null,
      funktion: r.funktion,
    });
  }
}
const total = (): Line => {
  const t: Line = { id: 'total', instrument: 'Summe' };
  for (const f of NUMBERS)
    t[f] = rows.reduce((s, r) => s + (typeof r[f] === 'number' ? (r[f] as number) : 0), 0);
  return t;
};
const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const columns: ColDef<Line>[] = [
  'instrument',
  'kategorie',
  'eintritte',
  'mittelansatz',
  'kje',
  'finanzierung',
  'nachrichtlich',
  'vorjahrEintritte',
  'vorjahrMittel',
  'aenderungEintritte',
  'aenderungMittel',
  'funktion',
].map((id) => ({
  colId: id,
  field: id,
  editable: (NUMBERS as readonly string[]).includes(id),
  ...((NUMBERS as readonly string[]).includes(id)
    ? {
        valueParser: (p: { newValue: string }) => Number(String(p.newValue).replace(',', '.')),
        valueFormatter: (p: { value: unknown }) => (typeof p.value === 'number' ? fmt.format(p.value) : ''),
      }
    : {}),
}));

const api: GridApi<Line> = createGrid(document.getElementById('grid')!, {
  theme: themeQuartz.withParams({ fontSize: 13, rowHeight: 28, headerHeight: 34, spacing: 5 }),
  columnDefs: columns,
  rowData: rows,
  getRowId: (p) => String(p.data.id),
  pinnedBottomRowData: [total()],
  onCellValueChanged: () => api.setGridOption('pinnedBottomRowData', [total()]),
});
(window as unknown as { __bareReady: boolean }).__bareReady = true;
