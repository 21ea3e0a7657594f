/**
 * The Maßnahmeportfolio as a flat row model: per Handlungsschwerpunkt a group header, its rows
 * (instruments and references), a subtotal row (and a Drittmittel line when the area has
 * Drittmittel rows); the grand total rows are pinned at the bottom. AG Grid Community has no
 * row grouping, so groups and subtotals are ordinary rows whose cells read figures of the
 * Calculation; collapsing a group leaves its header and subtotal.
 */
import type { Command } from '../../shared/commands/command';
import { cellKey } from '../../shared/model/cellKey';
import type { RowField } from '../../shared/model/cellKey';
import { enthaltenChoices } from '../../shared/model/enthaltenIn';
import { findInstrumentRow, rowIndex } from '../../shared/model/inputs';
import { newInstrumentRow } from '../../shared/model/newInstrumentRow';
import type {
  Finanzierung,
  Handlungsschwerpunkt,
  InstrumentRow,
  Plan,
  ReferenceRow,
} from '../../shared/model/plan';
import { formatPercent } from '../../shared/format/numberFormat';
import type { ChoiceOption, SheetColumn, SheetRow } from '../sheet/cellSpec';

export const PORTFOLIO_COLUMNS = (year: number, vorjahr: number): SheetColumn[] => [
  { id: 'instrument', header: 'Instrument', width: 250, minWidth: 160, align: 'left', pinned: 'left' },
  {
    id: 'kategorie',
    header: 'Kat.',
    headerTooltip: 'Förderkategorie (Kennzahlen)',
    width: 66,
    align: 'left',
  },
  { id: 'eintritte', header: 'Eintritte', width: 82, align: 'right' },
  { id: 'mittelansatz', header: `Mittelansatz ${year}`, width: 128, align: 'right' },
  { id: 'kje', header: 'Kosten je Eintritt', width: 96, align: 'right' },
  { id: 'finanzierung', header: 'Finanzierung', width: 104, align: 'left' },
  {
    id: 'nachrichtlich',
    header: 'nachr.',
    headerTooltip: 'nachrichtlich: nicht in den Summen',
    width: 62,
    align: 'left',
  },
  {
    id: 'fbw',
    header: 'FbW',
    headerTooltip: 'FbW-Zeile: ihre Eintritte vergleicht die Bildungszielplanung mit der Förderung BGS',
    width: 54,
    align: 'left',
  },
  { id: 'vorjahrEintritte', header: `Eintritte ${vorjahr}`, width: 92, align: 'right' },
  { id: 'vorjahrMittel', header: `Mittel ${vorjahr}`, width: 116, align: 'right' },
  {
    id: 'aenderungEintritte',
    header: 'Δ Eintritte',
    headerTooltip: 'Veränderung Eintritte ggü. Vorjahr',
    width: 78,
    align: 'right',
  },
  {
    id: 'aenderungMittel',
    header: 'Δ Mittel',
    headerTooltip: 'Veränderung Mittelansatz ggü. Vorjahr',
    width: 76,
    align: 'right',
  },
  {
    id: 'funktion',
    header: 'Funktion im Integrationsprozess',
    width: 220,
    minWidth: 140,
    flex: 1,
    align: 'left',
  },
];

const rowInput = (id: string, field: RowField, unit: 'eur' | 'count', nachrichtlich: boolean) =>
  ({
    kind: 'input',
    key: cellKey({ kind: 'row', id, field }),
    unit,
    ...(nachrichtlich ? { nachrichtlich } : {}),
  }) as const;

export function kategorieOptions(plan: Plan): ChoiceOption[] {
  const out: ChoiceOption[] = [{ value: '', label: '(keine)' }];
  for (const c of plan.stammdaten.foerderkategorien) {
    out.push({ value: c.key, label: `${c.key}. ${c.name}` });
    for (const l of c.lines) if (l.kind === 'line') out.push({ value: l.key, label: `${l.key} ${l.name}` });
  }
  return out;
}

export function finanzierungValue(f: Finanzierung): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel':
      return `dm:${f.programmId ?? ''}`;
    case 'enthalten':
      return `in:${f.inRowId ?? ''}`;
  }
}

export function finanzierungFromValue(v: string): Finanzierung {
  if (v.startsWith('dm:')) return { art: 'Drittmittel', programmId: v.slice(3) || null };
  if (v.startsWith('in:')) return { art: 'enthalten', inRowId: v.slice(3) || null };
  return { art: 'EGT' };
}

export function finanzierungLabel(plan: Plan, f: Finanzierung): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel':
      return 'Drittmittel';
    case 'enthalten': {
      const owner = f.inRowId ? findInstrumentRow(plan, f.inRowId) : undefined;
      return owner ? `enthalten in ${owner.instrument}` : 'enthalten in …';
    }
  }
}

function finanzierungOptions(
  plan: Plan,
  row: InstrumentRow,
  area: Handlungsschwerpunkt | undefined,
): ChoiceOption[] {
  const out: ChoiceOption[] = [{ value: 'EGT', label: 'EGT' }];
  for (const d of plan.drittmittel) out.push({ value: `dm:${d.id}`, label: `Drittmittel: ${d.programm}` });
  out.push({ value: 'dm:', label: 'Drittmittel (Programm offen)' });
  // Only rows that may hold this row's money (model/enthaltenIn.ts), of the row's own area: a
  // Land plan's 60.000 rows are no list to choose from (a file may name another area's row).
  for (const r of enthaltenChoices(plan, row, area?.rows ?? []))
    out.push({ value: `in:${r.id}`, label: `enthalten in ${r.instrument}` });
  const current = finanzierungValue(row.finanzierung);
  if (!out.some((o) => o.value === current))
    out.push({ value: current, label: finanzierungLabel(plan, row.finanzierung) });
  return out;
}

/** Cells of one instrument row: inputs, derived figures, choices and texts. */
export function instrumentRow(plan: Plan, row: InstrumentRow, areaId: string): SheetRow {
  const n = row.nachrichtlich;
  const id = row.id;
  const current = () => findInstrumentRow(plan, id);
  const patch = (p: Parameters<typeof patchCommand>[1]): Command => patchCommand(id, p);
  return {
    id,
    kind: 'data',
    areaId,
    planRowId: id,
    nachrichtlich: n,
    cells: {
      instrument: { kind: 'text', target: { kind: 'row', rowId: id, field: 'instrument' } },
      kategorie: {
        kind: 'choice',
        options: kategorieOptions,
        get: (p) => findInstrumentRow(p, id)?.kategorie ?? '',
        set: (v) => patch({ kategorie: v === '' ? null : v }),
      },
      eintritte: rowInput(id, 'eintritte', 'count', n),
      mittelansatz: rowInput(id, 'mittelansatz', 'eur', n),
      kje: {
        kind: 'figure',
        id: `row.${id}.kostenJeEintritt`,
        unit: 'eur',
        ...(n ? { nachrichtlich: n } : {}),
      },
      finanzierung: {
        kind: 'choice',
        options: (p) => {
          const loc = rowIndex(p).get(id);
          const r = findInstrumentRow(p, id) ?? current();
          return r ? finanzierungOptions(p, r, loc ? p.schwerpunkte[loc.areaIndex] : undefined) : [];
        },
        get: (p) => {
          const r = findInstrumentRow(p, id);
          return r ? finanzierungValue(r.finanzierung) : 'EGT';
        },
        display: (p) => {
          const r = findInstrumentRow(p, id);
          return r ? finanzierungLabel(p, r.finanzierung) : '';
        },
        set: (v) => patch({ finanzierung: finanzierungFromValue(v) }),
      },
      nachrichtlich: {
        kind: 'choice',
        options: () => [
          { value: 'nein', label: 'nein' },
          { value: 'ja', label: 'ja' },
        ],
        get: (p) => (findInstrumentRow(p, id)?.nachrichtlich ? 'ja' : 'nein'),
        display: (p) => (findInstrumentRow(p, id)?.nachrichtlich ? 'ja' : ''),
        set: (v) => patch({ nachrichtlich: v === 'ja' }),
      },
      fbw: {
        kind: 'choice',
        options: () => [
          { value: 'nein', label: 'nein' },
          { value: 'ja', label: 'ja' },
        ],
        get: (p) => (findInstrumentRow(p, id)?.fbw ? 'ja' : 'nein'),
        display: (p) => (findInstrumentRow(p, id)?.fbw ? 'ja' : ''),
        set: (v) => patch({ fbw: v === 'ja' }),
      },
      vorjahrEintritte: rowInput(id, 'vorjahrEintritte', 'count', n),
      vorjahrMittel: rowInput(id, 'vorjahrMittel', 'eur', n),
      aenderungEintritte: { kind: 'figure', id: `row.${id}.aenderungEintritte`, unit: 'ratio' },
      aenderungMittel: { kind: 'figure', id: `row.${id}.aenderungMittel`, unit: 'ratio' },
      funktion: { kind: 'text', target: { kind: 'row', rowId: id, field: 'funktion' }, multiline: true },
    },
  };
}

function patchCommand(
  rowId: string,
  patch: { kategorie?: string | null; finanzierung?: Finanzierung; nachrichtlich?: boolean; fbw?: boolean },
): Command {
  return { type: 'patchRow', rowId, patch };
}

function referenceRow(plan: Plan, ref: ReferenceRow, areaId: string): SheetRow {
  const owner = findInstrumentRow(plan, ref.ownerRowId);
  const loc = rowIndex(plan).get(ref.ownerRowId);
  const ownerArea = loc ? plan.schwerpunkte[loc.areaIndex] : undefined;
  const o = ref.ownerRowId;
  const view = (field: RowField, unit: 'eur' | 'count') =>
    ({ kind: 'view', key: cellKey({ kind: 'row', id: o, field }), unit }) as const;
  return {
    id: ref.id,
    kind: 'reference',
    areaId,
    planRowId: ref.id,
    cells: {
      instrument: {
        kind: 'label',
        text: (s) => {
          const l = rowIndex(s.plan).get(o);
          const area = l ? s.plan.schwerpunkte[l.areaIndex] : ownerArea;
          const name = findInstrumentRow(s.plan, o)?.instrument ?? owner?.instrument ?? '(Maßnahme fehlt)';
          return `Verweis auf ${name} (Schwerpunkt ${area?.name ?? '?'})`;
        },
      },
      eintritte: view('eintritte', 'count'),
      mittelansatz: view('mittelansatz', 'eur'),
      kje: { kind: 'figure', id: `row.${o}.kostenJeEintritt`, unit: 'eur' },
      finanzierung: { kind: 'label', text: 'Verweis' },
      vorjahrEintritte: view('vorjahrEintritte', 'count'),
      vorjahrMittel: view('vorjahrMittel', 'eur'),
      funktion: {
        kind: 'label',
        text: (s) => {
          const a = s.plan.schwerpunkte.find((x) => x.id === ownerArea?.id);
          return `Verweis: gehört zu „${a?.name ?? ownerArea?.name ?? '?'}“, zählt dort in der Gesamtsumme`;
        },
      },
    },
  };
}

function areaName(plan: Plan, areaId: string): string {
  return plan.schwerpunkte.find((a) => a.id === areaId)?.name ?? '';
}

export interface PortfolioModel {
  rows: SheetRow[];
  pinned: SheetRow[];
}

export function buildPortfolioRows(plan: Plan, collapsed: ReadonlySet<string>): PortfolioModel {
  const rows: SheetRow[] = [];
  for (const area of plan.schwerpunkte) {
    const a = area.id;
    const isCollapsed = collapsed.has(a);
    rows.push({
      id: `grp:${a}`,
      kind: 'group',
      areaId: a,
      cells: {
        instrument: { kind: 'text', target: { kind: 'area', areaId: a }, strong: true },
        funktion: {
          kind: 'label',
          text: (s) => {
            const n = s.plan.schwerpunkte.find((x) => x.id === a)?.rows.length ?? 0;
            return isCollapsed ? `zugeklappt: ${n} ${n === 1 ? 'Zeile' : 'Zeilen'}` : '';
          },
        },
      },
    });
    if (!isCollapsed)
      for (const r of area.rows)
        rows.push(r.kind === 'instrument' ? instrumentRow(plan, r, a) : referenceRow(plan, r, a));
    const f = (name: string) => `area.${a}.${name}`;
    rows.push({
      id: `sum:${a}`,
      kind: 'subtotal',
      areaId: a,
      cells: {
        instrument: { kind: 'label', text: (s) => `Summe ${areaName(s.plan, a)}`, strong: true },
        eintritte: { kind: 'figure', id: f('eintritte'), unit: 'count' },
        mittelansatz: { kind: 'figure', id: f('mittelansatzEgt'), unit: 'eur' },
        finanzierung: { kind: 'label', text: 'EGT' },
        vorjahrEintritte: { kind: 'figure', id: f('vorjahrEintritte'), unit: 'count' },
        vorjahrMittel: { kind: 'figure', id: f('vorjahrMittelEgt'), unit: 'eur' },
        funktion: {
          kind: 'label',
          text: (s) => {
            const v = s.calc.get(f('anteilEgt'));
            return v === null ? '' : `${formatPercent(v)} des verfügbaren EGT (einschl. Verweise)`;
          },
        },
      },
    });
    if (area.rows.some((r) => r.kind === 'instrument' && r.finanzierung.art === 'Drittmittel'))
      rows.push({
        id: `sumdm:${a}`,
        kind: 'subtotal',
        areaId: a,
        cells: {
          instrument: { kind: 'label', text: 'davon aus Drittmitteln (nicht im EGT)' },
          mittelansatz: { kind: 'figure', id: f('mittelansatzDrittmittel'), unit: 'eur' },
          finanzierung: { kind: 'label', text: 'Drittmittel' },
        },
      });
  }
  const pinned: SheetRow[] = [
    {
      id: 'total',
      kind: 'total',
      cells: {
        instrument: { kind: 'label', text: 'Gesamt (ohne nachrichtlich)', strong: true },
        eintritte: { kind: 'figure', id: 'portfolio.eintritte', unit: 'count' },
        mittelansatz: { kind: 'figure', id: 'portfolio.mittelansatzEgt', unit: 'eur' },
        finanzierung: { kind: 'label', text: 'EGT' },
        vorjahrEintritte: { kind: 'figure', id: 'portfolio.vorjahrEintritte', unit: 'count' },
        vorjahrMittel: { kind: 'figure', id: 'portfolio.vorjahrMittelEgt', unit: 'eur' },
      },
    },
    {
      id: 'total-dm',
      kind: 'total',
      cells: {
        instrument: { kind: 'label', text: 'Drittmittel gesamt (nicht im EGT)' },
        mittelansatz: { kind: 'figure', id: 'portfolio.mittelansatzDrittmittel', unit: 'eur' },
        finanzierung: { kind: 'label', text: 'Drittmittel' },
      },
    },
    {
      id: 'total-nachrichtlich',
      kind: 'total',
      nachrichtlich: true,
      cells: {
        instrument: { kind: 'label', text: 'nachrichtlich (nicht in den Summen)' },
        eintritte: {
          kind: 'figure',
          id: 'portfolio.nachrichtlichEintritte',
          unit: 'count',
          nachrichtlich: true,
        },
        mittelansatz: {
          kind: 'figure',
          id: 'portfolio.nachrichtlichMittel',
          unit: 'eur',
          nachrichtlich: true,
        },
      },
    },
  ];
  return { rows, pinned };
}

/**
 * Where the rows of a pasted block land in the portfolio: on the instrument rows of the area
 * from the cursor down, and on new rows at the end of that area for the rest (one undo step).
 */
export function portfolioPasteRows(
  plan: Plan,
  rows: readonly SheetRow[],
  startIndex: number,
  count: number,
): { rows: SheetRow[]; prelude?: Command } {
  const start = rows[startIndex];
  if (!start?.areaId) return { rows: rows.slice(startIndex, startIndex + count) as SheetRow[] };
  const areaId = start.areaId;
  const area = plan.schwerpunkte.find((a) => a.id === areaId);
  if (!area) return { rows: [] };
  const targets: SheetRow[] = [];
  if (start.kind === 'data' || start.kind === 'reference') {
    for (let i = startIndex; i < rows.length && targets.length < count; i++) {
      const r = rows[i]!;
      if (r.areaId !== areaId || (r.kind !== 'data' && r.kind !== 'reference')) break;
      targets.push(r);
    }
  }
  const missing = count - targets.length;
  if (missing <= 0) return { rows: targets };
  const last = targets[targets.length - 1];
  const insertAt =
    start.kind === 'group'
      ? 0
      : last
        ? area.rows.findIndex((r) => r.id === last.planRowId) + 1
        : area.rows.length;
  const created = Array.from({ length: missing }, () => newInstrumentRow());
  const prelude: Command = {
    type: 'insertRows',
    rows: created.map((row, i) => ({ areaId, index: insertAt + i, row })),
  };
  return { rows: [...targets, ...created.map((r) => instrumentRow(plan, r, areaId))], prelude };
}
