/**
 * The Trägerversammlung pack as data: every text the printed document shows, computed from the
 * calculation core and formatted with the shared German formatters. Pure (no DOM, no React),
 * so the browser print view, the Electron PDF export, the CLI and the tests print the same.
 */
import { hh } from '../../shared/calc/egtChain';
import { deckelInForce } from '../../shared/calc/deckel';
import { Calculation } from '../../shared/calc/engine';
import { kz } from '../../shared/calc/kennzahlen';
import { ownRows } from '../../shared/calc/rowSelection';
import type { Pruefung } from '../../shared/checks/pruefung';
import { SEVERITIES } from '../../shared/checks/pruefung';
import { runChecks } from '../../shared/checks/runChecks';
import {
  formatCount,
  formatEur,
  formatFigure,
  formatMioEur,
  formatPercent,
} from '../../shared/format/numberFormat';
import { findInstrumentRow } from '../../shared/model/inputs';
import type { Finanzierung, InstrumentRow, Num, Plan, YearColumn } from '../../shared/model/plan';
import { missingCase } from '../../shared/model/plan';
import { SHEET_LABELS } from '../../shared/model/sheets';
import { comparePlans } from '../../shared/storage/comparePlans';
import { planTitle } from '../../shared/storage/records';

export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'right';
/** body: an ordinary line; group: a heading line inside a table; sub/total: sums (bold). */
export type RowKind = 'body' | 'group' | 'subtotal' | 'total' | 'nachrichtlich' | 'reference' | 'note';

export interface PrintCell {
  text: string;
  colSpan?: number;
}

export interface PrintRow {
  kind: RowKind;
  cells: PrintCell[];
  /** Indentation of the first cell (lines under a category, Zuweisungen). */
  level?: 0 | 1;
}

export interface PrintColumn {
  header: string;
  align: Align;
  /** Share of the table width in percent. */
  width: number;
}

export interface PrintTable {
  id: string;
  caption: string;
  columns: PrintColumn[];
  rows: PrintRow[];
  /** Lines printed under the table. */
  notes: string[];
}

export interface WaterfallStep {
  label: string;
  value: number;
  kind: 'zugang' | 'abzug' | 'summe';
}

export interface WaterfallChart {
  kind: 'waterfall';
  id: string;
  title: string;
  steps: WaterfallStep[];
}

export interface AreaBarChart {
  kind: 'areaBars';
  id: string;
  title: string;
  unit: 'eur' | 'count';
  planLabel: string;
  /** null: no Vorjahr known, the chart shows the plan only. */
  vorjahrLabel: string | null;
  /** Names of the Handlungsschwerpunkte beside the bars; off for a chart placed to the right of one that has them. */
  categoryLabels: boolean;
  rows: { label: string; plan: number; vorjahr: number | null }[];
}

export type PackChart = WaterfallChart | AreaBarChart;

export type PrintBlock =
  | { kind: 'table'; table: PrintTable }
  | { kind: 'charts'; charts: PackChart[] }
  | { kind: 'text'; text: string };

export type SectionId =
  | 'eckwerte'
  | 'haushalt'
  | 'portfolio'
  | 'bildung'
  | 'kennzahlen'
  | 'drittmittel'
  | 'pruefungen'
  | 'aenderungen';

export interface PrintSection {
  id: SectionId;
  title: string;
  orientation: Orientation;
  blocks: PrintBlock[];
}

export interface PrintCover {
  title: string;
  jobcenter: string;
  occasion: string;
  facts: { label: string; value: string }[];
  contents: string[];
}

export interface PrintPack {
  /** Document title (HTML title, PDF metadata). */
  title: string;
  /** Left part of every page footer: the plan's name. */
  footerText: string;
  cover: PrintCover;
  sections: PrintSection[];
}

export interface PrintPackOptions {
  /** A saved version to compare with: adds the section "Änderungen seit Version …". */
  vergleich?: { label: string; plan: Plan };
}

const cell = (text: string, colSpan?: number): PrintCell => (colSpan ? { text, colSpan } : { text });

/** "12.11.2015" (the Stand on the cover); an unreadable timestamp is printed as given. */
export function formatStand(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

/** The plan's name as every page footer prints it. */
export function packFooterText(plan: Plan): string {
  return `AMIP ${plan.header.year} · ${planTitle(plan.header)} (${plan.header.status})`;
}

export function finanzierungText(plan: Plan, f: Finanzierung): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel': {
      // The programme without its parenthesised details: the Drittmittel sheet prints them in full.
      const p = plan.drittmittel.find((d) => d.id === f.programmId);
      const name = p?.programm.replace(/\s*\(.*\)\s*$/, '').trim();
      return name ? `Drittmittel: ${name}` : 'Drittmittel';
    }
    case 'enthalten': {
      const r = f.inRowId ? findInstrumentRow(plan, f.inRowId) : undefined;
      return r ? `Betrag enthalten in: ${r.instrument}` : 'Betrag in anderer Position enthalten';
    }
    default:
      return missingCase(f);
  }
}

/** Reads figures and their German labels (without the trailing year) from one calculation. */
class Figures {
  constructor(
    readonly plan: Plan,
    readonly calc: Calculation,
  ) {}

  get(id: string): Num {
    return this.calc.get(id);
  }

  label(id: string): string {
    const label = this.calc.def(id)?.label ?? id;
    const { year, vorjahr } = this.plan.header;
    return label.replace(new RegExp(` (${year}|${vorjahr})$`), '');
  }

  hh(col: YearColumn, name: string): Num {
    return this.get(hh(col, name));
  }
}

/** True when at least one row carries a Vorjahr value of `field` (a sum of empties is not a Vorjahr). */
function vorjahrKnown(plan: Plan, field: 'vorjahrEintritte' | 'vorjahrMittel'): boolean {
  return plan.schwerpunkte.some((a) => ownRows(a).some((r) => r[field] !== null));
}

function haushaltVorjahrKnown(plan: Plan): boolean {
  return plan.haushalt.mittelausstattung.vorjahr !== null;
}

// ---------------------------------------------------------------------------------------------
// Eckwerte

function eckwerteSection(f: Figures): PrintSection {
  const { plan } = f;
  const { year, vorjahr } = plan.header;
  const h = plan.haushalt;
  const zuweisungen = h.zuweisungen.reduce((s, z) => s + (z.betrag.plan ?? 0), 0);
  const steps: WaterfallStep[] = [
    { label: 'Mittelausstattung', value: h.mittelausstattung.plan ?? 0, kind: 'zugang' },
  ];
  if (h.rueckeinnahmen.plan)
    steps.push({ label: 'geschätzte Rückeinnahmen', value: h.rueckeinnahmen.plan, kind: 'zugang' });
  if (zuweisungen) steps.push({ label: 'zusätzliche Zuweisungen', value: zuweisungen, kind: 'zugang' });
  steps.push(
    {
      label: f.label(hh('plan', 'summeEingliederungsmittel')),
      value: f.hh('plan', 'summeEingliederungsmittel') ?? 0,
      kind: 'summe',
    },
    { label: 'Umschichtung in das VWB', value: -(f.hh('plan', 'umschichtung') ?? 0), kind: 'abzug' },
    {
      label: f.label(hh('plan', 'verfuegbaresEgt')),
      value: f.hh('plan', 'verfuegbaresEgt') ?? 0,
      kind: 'summe',
    },
    { label: 'Vorbindungen', value: -(h.vorbindungen.plan ?? 0), kind: 'abzug' },
    {
      label: f.label(hh('plan', 'mittelFuerNeufaelle')),
      value: f.hh('plan', 'mittelFuerNeufaelle') ?? 0,
      kind: 'summe',
    },
    {
      label: f.label(hh('plan', 'geplanterMitteleinsatz')),
      value: f.hh('plan', 'geplanterMitteleinsatz') ?? 0,
      kind: 'summe',
    },
  );

  const vjHaushalt = haushaltVorjahrKnown(plan);
  const vjMittel = vorjahrKnown(plan, 'vorjahrMittel');
  const vjEintritte = vorjahrKnown(plan, 'vorjahrEintritte');
  const mio = (col: YearColumn, name: string, known = true) =>
    col === 'vorjahr' && !known ? '' : formatMioEur(f.hh(col, name));
  const pct = (col: YearColumn, name: string, known = true) =>
    col === 'vorjahr' && !known ? '' : formatPercent(f.hh(col, name));
  const line = (label: string, planText: string, vjText: string, kind: RowKind = 'body'): PrintRow => ({
    kind,
    cells: [cell(label), cell(planText), cell(vjText)],
  });
  const rows: PrintRow[] = [
    line(
      f.label(hh('plan', 'summeEingliederungsmittel')),
      mio('plan', 'summeEingliederungsmittel'),
      mio('vorjahr', 'summeEingliederungsmittel', vjHaushalt),
    ),
    line('Umschichtung in das VWB', mio('plan', 'umschichtung'), mio('vorjahr', 'umschichtung', vjHaushalt)),
    line(
      'Umschichtungsquote',
      pct('plan', 'umschichtungsquote'),
      pct('vorjahr', 'umschichtungsquote', vjHaushalt),
    ),
    line(
      f.label(hh('plan', 'verfuegbaresEgt')),
      mio('plan', 'verfuegbaresEgt'),
      mio('vorjahr', 'verfuegbaresEgt', vjHaushalt),
      'subtotal',
    ),
    line(
      'Vorbindungen',
      formatMioEur(h.vorbindungen.plan),
      vjHaushalt ? formatMioEur(h.vorbindungen.vorjahr) : '',
    ),
    line(
      f.label(hh('plan', 'mittelFuerNeufaelle')),
      mio('plan', 'mittelFuerNeufaelle'),
      mio('vorjahr', 'mittelFuerNeufaelle', vjHaushalt),
      'subtotal',
    ),
    line(
      f.label(hh('plan', 'geplanterMitteleinsatz')),
      mio('plan', 'geplanterMitteleinsatz'),
      mio('vorjahr', 'geplanterMitteleinsatz', vjMittel),
    ),
    line(
      f.label(hh('plan', 'egtAuslastung')),
      pct('plan', 'egtAuslastung'),
      pct('vorjahr', 'egtAuslastung', vjMittel && vjHaushalt),
      'subtotal',
    ),
    line(
      `${f.label(hh('plan', 'restMittelFuerNeufaelle'))} (negativ = Überplanung)`,
      mio('plan', 'restMittelFuerNeufaelle'),
      mio('vorjahr', 'restMittelFuerNeufaelle', vjMittel && vjHaushalt),
    ),
    line(f.label('drittmittel.summe'), formatMioEur(f.get('drittmittel.summe')), ''),
    line(f.label('drittmittel.fuerAmdl'), formatMioEur(f.get('drittmittel.fuerAmdl')), ''),
    line(f.label('mittelAktiveAmp'), formatMioEur(f.get('mittelAktiveAmp')), '', 'total'),
  ];
  if (h.ausserhalbEgt.length)
    rows.push(
      line(
        `nachrichtlich: ${f.label('haushalt.ausserhalbEgt')} (nicht deckungsfähig)`,
        formatMioEur(f.get('haushalt.ausserhalbEgt')),
        '',
        'nachrichtlich',
      ),
    );
  rows.push(
    line(
      'Eintritte gesamt (ohne nachrichtliche Positionen)',
      formatCount(f.get('portfolio.eintritte')),
      vjEintritte ? formatCount(f.get('portfolio.vorjahrEintritte')) : '',
    ),
  );

  const areaRows = (plan: Plan, eur: boolean) =>
    plan.schwerpunkte.map((a) => ({
      label: a.name,
      plan: f.get(`area.${a.id}.${eur ? 'mittelansatzEgt' : 'eintritte'}`) ?? 0,
      vorjahr: (eur ? vjMittel : vjEintritte)
        ? (f.get(`area.${a.id}.${eur ? 'vorjahrMittelEgt' : 'vorjahrEintritte'}`) ?? 0)
        : null,
    }));

  return {
    id: 'eckwerte',
    title: `Eckwerte ${year}`,
    orientation: 'portrait',
    blocks: [
      {
        kind: 'charts',
        charts: [
          {
            kind: 'waterfall',
            id: 'egt-kette',
            title: `Vom Eingliederungstitel zum geplanten Mitteleinsatz ${year} (Mio. €)`,
            steps,
          },
        ],
      },
      {
        kind: 'table',
        table: {
          id: 'eckwerte',
          caption: `Eckwerte ${year} im Vergleich zum Vorjahr ${vorjahr}`,
          columns: [
            { header: 'Eckwert', align: 'left', width: 60 },
            { header: `Plan ${year}`, align: 'right', width: 20 },
            { header: `Vorjahr ${vorjahr}`, align: 'right', width: 20 },
          ],
          rows,
          notes: vjMittel
            ? []
            : [`Der geplante Mitteleinsatz des Vorjahres ${vorjahr} ist im Plan nicht erfasst.`],
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            kind: 'areaBars',
            id: 'mittel-je-hs',
            title: 'Mittelansatz EGT je Schwerpunkt (Mio. €)',
            unit: 'eur',
            categoryLabels: true,
            planLabel: `Plan ${year}`,
            vorjahrLabel: vjMittel ? `Vorjahr ${vorjahr}` : null,
            rows: areaRows(plan, true),
          },
          {
            kind: 'areaBars',
            id: 'eintritte-je-hs',
            title: 'Eintritte je Schwerpunkt',
            unit: 'count',
            categoryLabels: false,
            planLabel: `Plan ${year}`,
            vorjahrLabel: vjEintritte ? `Vorjahr ${vorjahr}` : null,
            rows: areaRows(plan, false),
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Haushalt (EGT)

function haushaltSection(f: Figures): PrintSection {
  const { plan } = f;
  const { year, vorjahr } = plan.header;
  const h = plan.haushalt;
  const vj = haushaltVorjahrKnown(plan);
  const vjMittel = vorjahrKnown(plan, 'vorjahrMittel');
  const eur = (v: Num, known = true) => (known ? formatEur(v) : '');
  const pair = (
    label: string,
    plan: Num,
    vorjahr: Num,
    kind: RowKind = 'body',
    level: 0 | 1 = 0,
    vjKnown = vj,
  ): PrintRow => ({
    kind,
    level,
    cells: [cell(label), cell(formatEur(plan)), cell(eur(vorjahr, vjKnown))],
  });
  const fig = (name: string, kind: RowKind = 'body', vjKnown = vj) =>
    pair(f.label(hh('plan', name)), f.hh('plan', name), f.hh('vorjahr', name), kind, 0, vjKnown);
  const rows: PrintRow[] = [
    pair('Mittelausstattung', h.mittelausstattung.plan, h.mittelausstattung.vorjahr),
    pair('geschätzte Rückeinnahmen', h.rueckeinnahmen.plan, h.rueckeinnahmen.vorjahr),
    ...h.zuweisungen.map((z) =>
      pair(`zusätzliche Zuweisung: ${z.name}`, z.betrag.plan, z.betrag.vorjahr, 'body', 1),
    ),
    fig('summeEingliederungsmittel', 'subtotal'),
    pair(
      `− ${f.label(hh('plan', 'umschichtung'))}`,
      f.hh('plan', 'umschichtung'),
      f.hh('vorjahr', 'umschichtung'),
    ),
    {
      kind: 'body',
      level: 1,
      cells: [
        cell(`${f.label(hh('plan', 'umschichtungsquote'))} (Anteil an der Summe Eingliederungsmittel)`),
        cell(formatPercent(f.hh('plan', 'umschichtungsquote'))),
        cell(vj ? formatPercent(f.hh('vorjahr', 'umschichtungsquote')) : ''),
      ],
    },
    fig('verfuegbaresEgt', 'subtotal'),
    pair('− Vorbindungen', h.vorbindungen.plan, h.vorbindungen.vorjahr),
    fig('mittelFuerNeufaelle', 'subtotal'),
    fig('geplanterMitteleinsatz', 'body', vjMittel),
    {
      kind: 'subtotal',
      cells: [
        cell(f.label(hh('plan', 'egtAuslastung'))),
        cell(formatPercent(f.hh('plan', 'egtAuslastung'))),
        cell(vj && vjMittel ? formatPercent(f.hh('vorjahr', 'egtAuslastung')) : ''),
      ],
    },
    pair(
      `${f.label(hh('plan', 'restMittelFuerNeufaelle'))} (negativ = Überplanung)`,
      f.hh('plan', 'restMittelFuerNeufaelle'),
      f.hh('vorjahr', 'restMittelFuerNeufaelle'),
      'body',
      0,
      vj && vjMittel,
    ),
  ];
  const notes: string[] = [];
  if (plan.header.globalbudget)
    notes.push(
      `Globalbudget (EGT und Verwaltungskostenbudget) laut Planungsdokument: ${formatEur(plan.header.globalbudget)}.`,
    );
  if (!vjMittel) notes.push(`Der geplante Mitteleinsatz des Vorjahres ${vorjahr} ist im Plan nicht erfasst.`);

  const blocks: PrintBlock[] = [
    {
      kind: 'table',
      table: {
        id: 'haushalt',
        caption: `Eingliederungstitel ${year}`,
        columns: [
          { header: 'Position', align: 'left', width: 58 },
          { header: `Plan ${year}`, align: 'right', width: 21 },
          { header: `Vorjahr ${vorjahr}`, align: 'right', width: 21 },
        ],
        rows,
        notes,
      },
    },
  ];
  if (h.ausserhalbEgt.length) {
    blocks.push({
      kind: 'table',
      table: {
        id: 'ausserhalb-egt',
        caption: 'Mittel außerhalb des EGT (nicht deckungsfähig, nicht in den EGT-Summen)',
        columns: [
          { header: 'Position', align: 'left', width: 79 },
          { header: `Betrag ${year}`, align: 'right', width: 21 },
        ],
        rows: [
          ...h.ausserhalbEgt.map((a): PrintRow => ({
            kind: 'body',
            cells: [cell(a.name), cell(formatEur(a.betrag))],
          })),
          {
            kind: 'subtotal',
            cells: [
              cell(f.label('haushalt.ausserhalbEgt')),
              cell(formatEur(f.get('haushalt.ausserhalbEgt'))),
            ],
          },
        ],
        notes: [],
      },
    });
  }
  const rules = deckelInForce(plan);
  if (rules.length) {
    blocks.push({
      kind: 'table',
      table: {
        id: 'deckel',
        caption: `Gesetzliche Obergrenzen ${year}`,
        columns: [
          { header: 'Regel', align: 'left', width: 52 },
          { header: 'Mittelansatz', align: 'right', width: 18 },
          { header: 'Anteil', align: 'right', width: 15 },
          { header: 'höchstens', align: 'right', width: 15 },
        ],
        rows: rules.map((r) => ({
          kind: 'body' as const,
          cells: [
            cell(r.label),
            cell(formatEur(f.get(`deckel.${r.id}.betrag`))),
            cell(formatPercent(f.get(`deckel.${r.id}.anteil`))),
            cell(formatPercent(r.maxAnteil)),
          ],
        })),
        notes: ['Anteil = Mittelansatz der erfassten Förderkategorien ÷ Summe Eingliederungsmittel.'],
      },
    });
  } else {
    blocks.push({
      kind: 'text',
      text: `Für ${year} gilt keine gesetzliche Obergrenze für einzelne Förderkategorien.`,
    });
  }
  return { id: 'haushalt', title: SHEET_LABELS.haushalt, orientation: 'portrait', blocks };
}

// ---------------------------------------------------------------------------------------------
// Maßnahmeportfolio

function portfolioSection(f: Figures): PrintSection {
  const { plan } = f;
  const { year, vorjahr } = plan.header;
  const vjMittel = vorjahrKnown(plan, 'vorjahrMittel');
  const vjEintritte = vorjahrKnown(plan, 'vorjahrEintritte');
  // Vorjahr beside plan where known: without any Vorjahr value the two columns are left out.
  const withVorjahr = vjMittel || vjEintritte;
  const vorjahrColumns: PrintColumn[] = withVorjahr
    ? [
        { header: `Eintritte ${vorjahr}`, align: 'right', width: 6.5 },
        { header: `Mittel ${vorjahr}`, align: 'right', width: 9 },
      ]
    : [];
  const columns: PrintColumn[] = [
    { header: 'Instrument', align: 'left', width: withVorjahr ? 21 : 25 },
    { header: 'Förder­kategorie', align: 'left', width: 6 },
    { header: 'Finanzierung', align: 'left', width: withVorjahr ? 11 : 13 },
    { header: `Eintritte ${year}`, align: 'right', width: 6.5 },
    { header: `Mittelansatz ${year}`, align: 'right', width: 9.5 },
    { header: 'Kosten je Eintritt', align: 'right', width: 7.5 },
    ...vorjahrColumns,
    { header: 'Funktion im Integrationsprozess', align: 'left', width: withVorjahr ? 23 : 32.5 },
  ];
  const n = columns.length;
  /** The Vorjahr cells of a line, or none when the columns are left out. */
  const vj = (eintritte: string, mittel: string): PrintCell[] =>
    withVorjahr ? [cell(eintritte), cell(mittel)] : [];
  const areaOf = new Map<string, string>();
  for (const a of plan.schwerpunkte) for (const r of ownRows(a)) areaOf.set(r.id, a.name);

  const instrumentRow = (r: InstrumentRow, reference?: string): PrintRow => {
    const opts = { nachrichtlich: r.nachrichtlich };
    const enthalten = r.finanzierung.art === 'enthalten';
    const name = reference
      ? `${r.instrument} (Verweis: gezählt unter „${reference}“)`
      : r.nachrichtlich
        ? `${r.instrument} (nachrichtlich)`
        : r.instrument;
    return {
      kind: reference ? 'reference' : r.nachrichtlich ? 'nachrichtlich' : 'body',
      cells: [
        cell(name),
        cell(r.kategorie ?? ''),
        cell(finanzierungText(plan, r.finanzierung)),
        cell(formatCount(r.eintritte, opts)),
        cell(enthalten ? '' : formatEur(r.mittelansatz, opts)),
        cell(formatEur(f.get(`row.${r.id}.kostenJeEintritt`), opts)),
        ...vj(formatCount(r.vorjahrEintritte, opts), formatEur(r.vorjahrMittel, opts)),
        cell(r.funktion),
      ],
    };
  };
  /** A sum line: label over the first three columns, Eintritte, Mittel, Vorjahr, remark. */
  const sumRow = (
    kind: RowKind,
    label: string,
    values: { eintritte?: Num; mittel: Num; vjEintritte?: Num; vjMittel?: Num; remark?: string },
    opts = {},
  ): PrintRow => ({
    kind,
    cells: [
      cell(label, 3),
      cell(values.eintritte === undefined ? '' : formatCount(values.eintritte, opts)),
      cell(formatEur(values.mittel, opts)),
      cell(''),
      ...vj(
        vjEintritte && values.vjEintritte !== undefined ? formatCount(values.vjEintritte) : '',
        vjMittel && values.vjMittel !== undefined ? formatEur(values.vjMittel) : '',
      ),
      cell(values.remark ?? ''),
    ],
  });

  const rows: PrintRow[] = [];
  for (const area of plan.schwerpunkte) {
    const a = (name: string) => f.get(`area.${area.id}.${name}`);
    rows.push({ kind: 'group', cells: [cell(area.name, n)] });
    for (const r of area.rows) {
      if (r.kind === 'instrument') rows.push(instrumentRow(r));
      else {
        const owner = findInstrumentRow(plan, r.ownerRowId);
        if (owner) rows.push(instrumentRow(owner, areaOf.get(owner.id) ?? ''));
      }
    }
    rows.push(
      sumRow('subtotal', `Summe ${area.name}`, {
        eintritte: a('eintritte'),
        mittel: a('mittelansatzEgt'),
        vjEintritte: a('vorjahrEintritte'),
        vjMittel: a('vorjahrMittelEgt'),
        remark: `Anteil am verfügbaren EGT: ${formatPercent(a('anteilEgt'))}`,
      }),
    );
    const dm = a('mittelansatzDrittmittel');
    if (dm) rows.push(sumRow('subtotal', `Drittmittel ${area.name}`, { mittel: dm }));
  }
  const egtShare = shareOf(f.get('portfolio.mittelansatzEgt'), f.hh('plan', 'verfuegbaresEgt'));
  rows.push(
    sumRow('total', 'Summe Maßnahmeportfolio (EGT, ohne nachrichtliche Positionen)', {
      eintritte: f.get('portfolio.eintritte'),
      mittel: f.get('portfolio.mittelansatzEgt'),
      vjEintritte: f.get('portfolio.vorjahrEintritte'),
      vjMittel: f.get('portfolio.vorjahrMittelEgt'),
      remark: `Anteil am verfügbaren EGT: ${formatPercent(egtShare)}`,
    }),
  );
  const dmTotal = f.get('portfolio.mittelansatzDrittmittel');
  if (dmTotal) rows.push(sumRow('total', 'Drittmittel gesamt', { mittel: dmTotal }));
  const nachrichtlich = plan.schwerpunkte.flatMap(ownRows).filter((r) => r.nachrichtlich);
  if (nachrichtlich.length)
    rows.push(
      sumRow(
        'nachrichtlich',
        `nachrichtlich, nicht in der Summe: ${nachrichtlich.map((r) => r.instrument).join(', ')}`,
        {
          eintritte: f.get('portfolio.nachrichtlichEintritte'),
          mittel: f.get('portfolio.nachrichtlichMittel'),
        },
        { nachrichtlich: true },
      ),
    );
  const notes = [
    'Jedes Instrument zählt einmal: Verweise in einem zweiten Handlungsschwerpunkt gehen in dessen Anteil am verfügbaren EGT ein, nicht in die Summen.',
    'Werte in Klammern sind nachrichtlich und in keiner Summe enthalten.',
  ];
  if (!withVorjahr) notes.push(`Vorjahreswerte ${vorjahr} sind für die Instrumente nicht erfasst.`);
  return {
    id: 'portfolio',
    title: SHEET_LABELS.portfolio,
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'portfolio',
          caption: `Maßnahmeportfolio ${year} nach Handlungsschwerpunkten`,
          columns,
          rows,
          notes,
        },
      },
    ],
  };
}

function shareOf(a: Num, b: Num): Num {
  return a === null || b === null || b === 0 ? null : a / b;
}

// ---------------------------------------------------------------------------------------------
// Bildungszielplanung, Kennzahlen, Drittmittel

function bildungSection(f: Figures): PrintSection {
  const { plan } = f;
  const rows: PrintRow[] = plan.bildungsziele.map((b) => ({
    kind: 'body',
    cells: [
      cell(String(b.bereich)),
      cell(plan.stammdaten.berufsbereiche[b.bereich - 1] ?? `Berufsbereich ${b.bereich}`),
      cell(formatCount(b.foerderungBgs)),
      cell(formatCount(b.davonAbschluss)),
      cell(formatPercent(f.get(`bildung.${b.bereich}.anteilAbschluss`))),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      cell('Summe', 2),
      cell(formatCount(f.get('bildung.foerderungBgs'))),
      cell(formatCount(f.get('bildung.davonAbschluss'))),
      cell(formatPercent(f.get('bildung.anteilAbschluss'))),
    ],
  });
  return {
    id: 'bildung',
    title: SHEET_LABELS.bildung,
    orientation: 'portrait',
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'bildung',
          caption: `Bildungszielplanung ${plan.header.year}: Bildungsgutscheine nach Berufsbereichen (KldB 2010)`,
          columns: [
            { header: 'Nr.', align: 'right', width: 6 },
            { header: 'Berufsbereich', align: 'left', width: 52 },
            { header: 'Förderung BGS', align: 'right', width: 14 },
            { header: 'davon abschluss­orientiert', align: 'right', width: 14 },
            { header: 'Anteil abschluss­orientiert', align: 'right', width: 14 },
          ],
          rows,
          notes: [
            `${f.label('bildung.fbwEintritte')}: ${formatCount(f.get('bildung.fbwEintritte'))}; ${f.label('bildung.differenzFbw')}: ${formatCount(f.get('bildung.differenzFbw'))}.`,
          ],
        },
      },
    ],
  };
}

function kennzahlenSection(f: Figures): PrintSection {
  const { plan } = f;
  const { year, vorjahr } = plan.header;
  const ergebnis = (key: string): Num => plan.kennzahlen.find((k) => k.key === key)?.ergebnisVorjahr ?? null;
  const anyErgebnis = plan.kennzahlen.some((k) => k.ergebnisVorjahr !== null);
  const line = (label: string, key: string, kind: RowKind, level: 0 | 1): PrintRow => ({
    kind,
    level,
    cells: [
      cell(label),
      cell(formatCount(f.get(kz(key, 'plaetze')))),
      cell(formatCount(ergebnis(key))),
      cell(formatPercent(f.get(kz(key, 'vergleich')), 0)),
    ],
  });
  const rows: PrintRow[] = [
    {
      kind: 'total',
      cells: [
        cell('Summe aller Förderkategorien'),
        cell(formatCount(f.get('kennzahlen.gesamt.plaetze'))),
        cell(anyErgebnis ? formatCount(f.get('kennzahlen.gesamt.ergebnisVorjahr')) : ''),
        cell(anyErgebnis ? formatPercent(f.get('kennzahlen.gesamt.vergleich'), 0) : ''),
      ],
    },
  ];
  for (const c of plan.stammdaten.foerderkategorien) {
    rows.push(line(`${c.key}. ${c.name}`, c.key, 'subtotal', 0));
    for (const l of c.lines) rows.push(line(l.name, l.key, 'body', 1));
  }
  const notCounted = plan.schwerpunkte.flatMap(ownRows).filter((r) => r.nachrichtlich);
  const notes = notCounted.length
    ? [
        `Nicht enthalten (nachrichtlich): ${notCounted.map((r) => `${r.instrument} ${formatCount(r.eintritte, { nachrichtlich: true })}`).join(', ')}.`,
      ]
    : [];
  notes.push('Vergleich = Plätze Plan ÷ Ergebnis Vorjahr − 1; leer, wenn kein Vorjahresergebnis vorliegt.');
  return {
    id: 'kennzahlen',
    title: SHEET_LABELS.kennzahlen,
    orientation: 'portrait',
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'kennzahlen',
          caption: `Plätze nach Förderkategorien ${year}`,
          columns: [
            { header: 'Förderkategorie', align: 'left', width: 58 },
            { header: `Plätze Plan ${year}`, align: 'right', width: 14 },
            { header: `Ergebnis ${vorjahr}`, align: 'right', width: 14 },
            { header: 'Vergleich', align: 'right', width: 14 },
          ],
          rows,
          notes,
        },
      },
    ],
  };
}

function drittmittelSection(f: Figures): PrintSection {
  const { plan } = f;
  const { year } = plan.header;
  const rows: PrintRow[] = plan.drittmittel.map((d) => ({
    kind: 'body',
    cells: [
      cell(d.programm),
      cell(formatEur(d.bewilligungGesamt)),
      cell(d.zeitraum),
      cell(formatEur(d.betragJahr)),
      cell(formatEur(d.davonPersonal)),
      cell(formatEur(f.get(`drittmittel.${d.id}.fuerAmdl`))),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      cell(f.label('drittmittel.summe'), 3),
      cell(formatEur(f.get('drittmittel.summe'))),
      cell(formatEur(f.get('drittmittel.davonPersonal'))),
      cell(formatEur(f.get('drittmittel.fuerAmdl'))),
    ],
  });
  const amp: PrintRow[] = [
    {
      kind: 'body',
      cells: [cell(f.label(hh('plan', 'verfuegbaresEgt'))), cell(formatEur(f.hh('plan', 'verfuegbaresEgt')))],
    },
    {
      kind: 'body',
      cells: [cell(`+ ${f.label('drittmittel.fuerAmdl')}`), cell(formatEur(f.get('drittmittel.fuerAmdl')))],
    },
    {
      kind: 'total',
      cells: [cell(`= ${f.label('mittelAktiveAmp')}`), cell(formatEur(f.get('mittelAktiveAmp')))],
    },
  ];
  if (plan.haushalt.ausserhalbEgt.length)
    amp.push(
      {
        kind: 'nachrichtlich',
        cells: [
          cell(`nachrichtlich: ${f.label('haushalt.ausserhalbEgt')} (nicht deckungsfähig)`),
          cell(formatEur(f.get('haushalt.ausserhalbEgt'))),
        ],
      },
      {
        kind: 'nachrichtlich',
        cells: [
          cell(f.label('mittelAktiveAmpMitAusserhalbEgt')),
          cell(formatEur(f.get('mittelAktiveAmpMitAusserhalbEgt'))),
        ],
      },
    );
  return {
    id: 'drittmittel',
    title: SHEET_LABELS.drittmittel,
    orientation: 'portrait',
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'drittmittel',
          caption: `Drittmittel ${year} (nicht Teil des EGT)`,
          columns: [
            { header: 'Programm', align: 'left', width: 34 },
            { header: 'Bewilligung gesamt', align: 'right', width: 14 },
            { header: 'Zeitraum', align: 'left', width: 10 },
            { header: `Betrag ${year}`, align: 'right', width: 14 },
            { header: 'davon Personal', align: 'right', width: 14 },
            { header: 'für AMDL', align: 'right', width: 14 },
          ],
          rows,
          notes: ['AMDL = Arbeitsmarktdienstleistungen (Betrag im Planjahr abzüglich Personal).'],
        },
      },
      {
        kind: 'table',
        table: {
          id: 'aktive-amp',
          caption: `Mittel für aktive Arbeitsmarktpolitik ${year}`,
          columns: [
            { header: 'Position', align: 'left', width: 79 },
            { header: `Betrag ${year}`, align: 'right', width: 21 },
          ],
          rows: amp,
          notes: [],
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Prüfungen, Änderungen

function pruefungenSection(plan: Plan, checks: Pruefung[]): PrintSection {
  const counts = SEVERITIES.map((s) => [s, checks.filter((c) => c.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} × ${s}`);
  const blocks: PrintBlock[] = checks.length
    ? [
        { kind: 'text', text: `Stand der Plausibilitätsprüfung: ${counts.join(', ')}.` },
        {
          kind: 'table',
          table: {
            id: 'pruefungen',
            caption: `Offene Prüfungen ${plan.header.year}`,
            columns: [
              { header: 'Schwere', align: 'left', width: 11 },
              { header: 'Blatt', align: 'left', width: 19 },
              { header: 'Meldung', align: 'left', width: 70 },
            ],
            rows: checks.map((c) => ({
              kind: 'body' as const,
              cells: [cell(c.severity), cell(SHEET_LABELS[c.sheet]), cell(c.message)],
            })),
            notes: [],
          },
        },
      ]
    : [{ kind: 'text', text: 'Keine offenen Prüfungen: alle Plausibilitätsprüfungen sind erfüllt.' }];
  return { id: 'pruefungen', title: 'Offene Prüfungen', orientation: 'portrait', blocks };
}

function aenderungenSection(plan: Plan, vergleich: { label: string; plan: Plan }): PrintSection {
  const cmp = comparePlans(vergleich.plan, plan);
  const fmt = (v: Num | undefined, unit: 'eur' | 'count' | 'ratio') =>
    v === undefined ? '–' : formatFigure(v, unit);
  const columns: PrintColumn[] = [
    { header: 'Position', align: 'left', width: 60 },
    { header: `Version ${vergleich.label}`, align: 'right', width: 20 },
    { header: 'aktueller Stand', align: 'right', width: 20 },
  ];
  const blocks: PrintBlock[] = [];
  if (cmp.figures.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-eckwerte',
        caption: 'Geänderte Eckwerte',
        columns,
        rows: cmp.figures.map((d) => ({
          kind: 'body' as const,
          cells: [cell(d.label), cell(fmt(d.before, d.unit)), cell(fmt(d.after, d.unit))],
        })),
        notes: [],
      },
    });
  if (cmp.inputs.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-eingaben',
        caption: 'Geänderte Eingaben',
        columns,
        rows: cmp.inputs.map((d) => ({
          kind: 'body' as const,
          cells: [cell(d.label), cell(fmt(d.before, d.unit)), cell(fmt(d.after, d.unit))],
        })),
        notes: [],
      },
    });
  if (cmp.structure.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'aenderungen-struktur',
        caption: 'Geänderte Struktur',
        columns: [
          { header: 'Änderung', align: 'left', width: 25 },
          { header: 'Zeile oder Bereich', align: 'left', width: 75 },
        ],
        rows: cmp.structure.map((s) => ({ kind: 'body' as const, cells: [cell(s.what), cell(s.label)] })),
        notes: [],
      },
    });
  if (!blocks.length)
    blocks.push({ kind: 'text', text: `Keine Änderungen seit Version ${vergleich.label}.` });
  return {
    id: 'aenderungen',
    title: `Änderungen seit Version ${vergleich.label}`,
    orientation: 'portrait',
    blocks,
  };
}

// ---------------------------------------------------------------------------------------------

/** Builds the whole pack of `plan` (figures computed once, checks run on the same calculation). */
export function buildPrintPack(plan: Plan, options: PrintPackOptions = {}): PrintPack {
  const calc = new Calculation(plan);
  const f = new Figures(plan, calc);
  const checks = runChecks(plan, calc);
  const sections: PrintSection[] = [
    eckwerteSection(f),
    haushaltSection(f),
    portfolioSection(f),
    bildungSection(f),
    kennzahlenSection(f),
    drittmittelSection(f),
    pruefungenSection(plan, checks),
  ];
  if (options.vergleich) sections.push(aenderungenSection(plan, options.vergleich));
  const { header } = plan;
  return {
    title: `AMIP ${header.year} – ${planTitle(header)}`,
    footerText: packFooterText(plan),
    cover: {
      title: `Arbeitsmarkt- und Integrationsprogramm ${header.year}`,
      jobcenter: header.jobcenter,
      occasion: 'Vorlage für die Trägerversammlung',
      facts: [
        { label: 'Jobcenter', value: header.jobcenter },
        { label: 'Planungsjahr', value: String(header.year) },
        { label: 'Variante', value: header.variante },
        { label: 'Status', value: header.status },
        { label: 'Stand', value: formatStand(header.changedAt) },
        { label: 'Verfasst von', value: header.author },
      ],
      contents: sections.map((s) => s.title),
    },
    sections,
  };
}
