/**
 * Haushalt (EGT): the money chain for the plan year and the Vorjahr (fachkonzept §2.1), the
 * money outside the EGT, the Mittel für aktive Arbeitsmarktpolitik and the legal caps in force.
 * One line of the chain is one entry of `chainLines`.
 */
import { deckelInForce } from '../calc/deckel';
import { hh } from '../calc/egtChain';
import type { FigureId } from '../calc/expr';
import { cellKey } from '../model/cellKey';
import type { HaushaltField } from '../model/cellKey';
import { HAUSHALT_FIELD_LABELS } from '../model/inputLabels';
import type { Plan, YearColumn } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { formatPercent } from '../format/numberFormat';
import type { Format, Labels, OutlineCell, OutlineColumn, OutlineRow, OutlineTable } from './types';
import { column } from './types';
import { vorjahrKnown } from './vorjahr';
import { yearColumns, yearOf } from './yearColumns';

/** When the Vorjahr of a line counts as recorded: print leaves it blank otherwise. */
type VorjahrRule = 'haushalt' | 'mittel' | 'both';

/** One line of the EGT chain, for both year columns. */
export type ChainLine =
  | {
      kind: 'input';
      field: Exclude<HaushaltField, 'umschichtung' | 'umschichtungsquote'>;
      /** Taken off the line above ("− Vorbindungen"). */
      minus?: boolean;
    }
  /** Typed as amount or share: the typed side is the input, the other side its figure. */
  | { kind: 'pair'; field: 'umschichtung' | 'umschichtungsquote'; minus?: boolean; level?: 1; note?: string }
  | { kind: 'zuweisungen' }
  | {
      kind: 'figure';
      /** The figure's name in `haushalt.<col>.<name>`. */
      name: string;
      format?: Format;
      sum?: boolean;
      note?: string;
      vorjahr?: VorjahrRule;
      level?: 1;
    };

/** The chain from Mittelausstattung to the verbleibende Mittel für Neufälle, in order. */
export function chainLines(labels: Labels): ChainLine[] {
  return [
    { kind: 'input', field: 'mittelausstattung' },
    { kind: 'input', field: 'rueckeinnahmen' },
    { kind: 'zuweisungen' },
    { kind: 'figure', name: 'summeEingliederungsmittel', sum: true },
    { kind: 'pair', field: 'umschichtung', minus: true },
    { kind: 'pair', field: 'umschichtungsquote', level: 1, note: quoteNote(labels) },
    { kind: 'figure', name: 'verfuegbaresEgt', sum: true },
    { kind: 'input', field: 'vorbindungen', minus: true },
    {
      kind: 'figure',
      name: 'vorbindungsquote',
      format: 'ratio',
      level: 1,
      note: `${HAUSHALT_FIELD_LABELS.vorbindungen} ÷ ${labels.of(hh('plan', 'verfuegbaresEgt'))}`,
    },
    { kind: 'figure', name: 'mittelFuerNeufaelle', sum: true },
    { kind: 'figure', name: 'geplanterMitteleinsatz', note: CHAIN_NOTES.mitteleinsatz, vorjahr: 'mittel' },
    { kind: 'figure', name: 'egtAuslastung', format: 'ratio', sum: true, vorjahr: 'both' },
    { kind: 'figure', name: 'restMittelFuerNeufaelle', note: CHAIN_NOTES.rest, vorjahr: 'both' },
  ];
}

/**
 * What the Umschichtungsquote is a share of (zielplanung.md B.2: the base is a choice, and
 * every output names it): "Anteil an der Summe Eingliederungsmittel", or per year when the
 * plan year and the Vorjahr use different bases.
 */
export function quoteNote(labels: Labels): string {
  const an = (basis: string) =>
    /^(Summe|Zuweisung)/.test(basis) ? `an der ${basis}` : `an der Basis „${basis}“`;
  const plan = labels.of(hh('plan', 'umschichtungsbasis'));
  const vorjahr = labels.of(hh('vorjahr', 'umschichtungsbasis'));
  return plan === vorjahr ? `Anteil ${an(plan)}` : `Anteil ${an(plan)}; im Vorjahr ${an(vorjahr)}`;
}

/** A label with its explanation in parentheses. */
export const withNote = (label: string, note?: string): string => (note ? `${label} (${note})` : label);

/** Explanations that follow a label wherever the line is shown. */
export const CHAIN_NOTES = {
  mitteleinsatz: 'Maßnahmeportfolio, EGT',
  rest: 'negativ = Überplanung',
  ausserhalb: 'nicht deckungsfähig',
} as const;
const minus = (label: string, yes?: boolean) => (yes ? `− ${label}` : label);

/** Lines whose figure may come from elsewhere: the cell shows the figure, typed or not. */
const FOLLOWS = new Set<HaushaltField>(['mittelausstattung', 'vorbindungen']);

/** Where the plan year's figure of a line comes from when not typed, in words; undefined: typed. */
export function elsewhere(plan: Plan, field: HaushaltField): string | undefined {
  const year = plan.header.year;
  if (field === 'mittelausstattung' && plan.globalbudget.mittelausstattungAusGrundlage)
    return `${year} aus der Grundlage des Globalbudgets`;
  if (field === 'vorbindungen' && plan.verpflichtungen.vorbindungenAusRegister)
    return `${year} aus dem Verpflichtungsregister`;
  return undefined;
}

export interface HaushaltOutline {
  /** The EGT chain, plan year beside Vorjahr. */
  chain: OutlineTable;
  ausserhalb: OutlineTable;
  /** verfügbares EGT + Drittmittel für AMDL. */
  aktiveAmp: OutlineTable;
  /** … and beside it the money outside the EGT. */
  aktiveAmpMitAusserhalb: OutlineTable;
  deckel: OutlineTable;
}

export function haushaltOutline(plan: Plan, labels: Labels, lines = chainLines(labels)): HaushaltOutline {
  return {
    chain: chainTable(plan, labels, lines),
    ausserhalb: ausserhalbTable(plan, labels),
    ...aktiveAmpTables(plan, labels),
    deckel: deckelTable(plan, labels),
  };
}

function chainTable(plan: Plan, labels: Labels, lines: readonly ChainLine[]): OutlineTable {
  const known: Record<VorjahrRule, boolean> = {
    haushalt: plan.haushalt.mittelausstattung.vorjahr !== null,
    mittel: vorjahrKnown(plan, 'vorjahrMittel'),
    both: plan.haushalt.mittelausstattung.vorjahr !== null && vorjahrKnown(plan, 'vorjahrMittel'),
  };
  const columns: OutlineColumn[] = [
    {
      id: 'position',
      header: 'Position',
      align: 'left',
      grid: { width: 380, minWidth: 220, flex: 1 },
      excel: { width: 62, wrap: true },
      print: { width: 58 },
    },
    ...yearColumns(plan, 21),
  ];
  const pair = (rule: VorjahrRule, cell: (col: YearColumn) => OutlineCell): OutlineRow['cells'] =>
    Object.fromEntries(
      YEAR_COLUMNS.map((col) => {
        const c = cell(col);
        return [col, col === 'vorjahr' && !known[rule] && c.kind !== 'text' ? { ...c, unrecorded: true } : c];
      }),
    );
  const rows = lines.flatMap((line): OutlineRow[] => {
    switch (line.kind) {
      case 'input': {
        const label = HAUSHALT_FIELD_LABELS[line.field];
        // The plan year's Mittelausstattung and Vorbindungen may come from the Globalbudget sheet
        // or the register (a per-plan option): then the line says so and shows the figure.
        const from = elsewhere(plan, line.field);
        return [
          {
            id: `hh:${line.field}`,
            style: 'data',
            cells: {
              position: { kind: 'text', text: withNote(minus(label, line.minus), from) },
              ...pair('haushalt', (col): OutlineCell => {
                const key = cellKey({ kind: 'haushalt', field: line.field, col });
                const shown = FOLLOWS.has(line.field) ? { figure: hh(col, line.field) } : {};
                if (col === 'plan' && from) return { kind: 'figure', id: hh(col, line.field), format: 'eur' };
                return {
                  kind: 'input',
                  key,
                  label: `${label} ${yearOf(plan, col)}`,
                  format: 'eur',
                  ...shown,
                };
              }),
            },
          },
        ];
      }
      case 'pair': {
        const figure = (col: YearColumn): FigureId => hh(col, line.field);
        return [
          {
            id: `hh:${line.field}`,
            style: 'data',
            ...(line.level ? { level: line.level } : {}),
            cells: {
              position: {
                kind: 'text',
                text: withNote(minus(labels.of(figure('plan')), line.minus), line.note),
              },
              ...pair('haushalt', (col) => ({
                kind: 'input',
                key: cellKey({ kind: 'haushalt', field: line.field, col }),
                figure: figure(col),
                label: `${HAUSHALT_FIELD_LABELS[line.field]} ${yearOf(plan, col)}`,
                format: line.field === 'umschichtungsquote' ? 'ratio' : 'eur',
              })),
            },
          },
        ];
      }
      case 'zuweisungen':
        return plan.haushalt.zuweisungen.map((z) => ({
          id: `zw:${z.id}`,
          style: 'data',
          level: 1,
          planRowId: z.id,
          cells: {
            position: { kind: 'name', target: { kind: 'zuweisung', id: z.id }, text: z.name },
            ...pair('haushalt', (col) => ({
              kind: 'input',
              key: cellKey({ kind: 'zuweisung', id: z.id, col }),
              label: `${z.name} ${yearOf(plan, col)}`,
              format: 'eur',
            })),
          },
        }));
      case 'figure':
        return [
          {
            id: `fig:${line.name}`,
            style: line.sum ? 'subtotal' : 'data',
            ...(line.level ? { level: line.level } : {}),
            cells: {
              position: { kind: 'text', text: withNote(labels.of(hh('plan', line.name)), line.note) },
              ...pair(line.vorjahr ?? 'haushalt', (col) => ({
                kind: 'figure',
                id: hh(col, line.name),
                format: line.format ?? 'eur',
              })),
            },
          },
        ];
    }
  });
  return {
    id: 'haushalt',
    caption: `Eingliederungstitel ${plan.header.year}`,
    columns,
    rows,
  };
}

/** Position and one amount of the plan year: the smaller tables below the chain. */
function amountColumns(plan: Plan, position: OutlineColumn['grid'], id = 'position'): OutlineColumn[] {
  return [
    {
      id,
      header: 'Position',
      align: 'left',
      ...(position ? { grid: position } : {}),
      excel: { width: 62 },
      print: { width: 79 },
    },
    {
      id: 'betrag',
      header: `Betrag ${plan.header.year}`,
      align: 'right',
      ...(position ? { grid: { width: 150 } } : {}),
      excel: { width: 18 },
      print: { width: 21 },
    },
  ];
}

const AUSSERHALB_NOTE = CHAIN_NOTES.ausserhalb;

function ausserhalbTable(plan: Plan, labels: Labels): OutlineTable {
  const sum = labels.of('haushalt.ausserhalbEgt');
  const columns = amountColumns(
    plan,
    {
      width: 520,
      minWidth: 240,
      flex: 1,
      header: withNote(sum, AUSSERHALB_NOTE),
    },
    'name',
  );
  return {
    id: 'ausserhalb-egt',
    caption: withNote(sum, `${AUSSERHALB_NOTE}, nicht in den EGT-Summen`),
    columns,
    rows: [
      ...plan.haushalt.ausserhalbEgt.map((a): OutlineRow => ({
        id: `ae:${a.id}`,
        style: 'data',
        planRowId: a.id,
        cells: {
          name: { kind: 'name', target: { kind: 'ausserhalb', id: a.id }, text: a.name },
          betrag: {
            kind: 'input',
            key: cellKey({ kind: 'ausserhalb', id: a.id }),
            label: a.name,
            format: 'eur',
          },
        },
      })),
      {
        id: 'fig:ausserhalbEgt',
        style: 'subtotal',
        pinned: true,
        cells: {
          name: { kind: 'text', text: withNote(sum, AUSSERHALB_NOTE) },
          betrag: { kind: 'figure', id: 'haushalt.ausserhalbEgt', format: 'eur' },
        },
      },
    ],
  };
}

function aktiveAmpTables(
  plan: Plan,
  labels: Labels,
): Pick<HaushaltOutline, 'aktiveAmp' | 'aktiveAmpMitAusserhalb'> {
  const columns = amountColumns(plan, undefined);
  const line = (id: string, style: OutlineRow['style'], text: string, cell: OutlineCell): OutlineRow => ({
    id,
    style,
    cells: { position: { kind: 'text', text }, betrag: cell },
  });
  const amp = labels.of('mittelAktiveAmp');
  return {
    aktiveAmp: {
      id: 'aktive-amp',
      caption: `${amp} ${plan.header.year}`,
      columns,
      rows: [
        line('amp:verfuegbaresEgt', 'data', labels.of(hh('plan', 'verfuegbaresEgt')), {
          kind: 'view',
          ref: { fig: hh('plan', 'verfuegbaresEgt') },
          format: 'eur',
        }),
        line('fig:drittmittelAmdl', 'data', `+ ${labels.of('drittmittel.fuerAmdl')}`, {
          kind: 'view',
          ref: { fig: 'drittmittel.fuerAmdl' },
          format: 'eur',
        }),
        line('fig:mittelAktiveAmp', 'total', `= ${amp}`, {
          kind: 'figure',
          id: 'mittelAktiveAmp',
          format: 'eur',
        }),
      ],
    },
    aktiveAmpMitAusserhalb: {
      id: 'aktive-amp-ausserhalb',
      caption: labels.of('mittelAktiveAmpMitAusserhalbEgt'),
      columns,
      rows: [
        {
          ...line(
            'amp:ausserhalbEgt',
            'nachrichtlich',
            `nachrichtlich: ${withNote(labels.of('haushalt.ausserhalbEgt'), AUSSERHALB_NOTE)}`,
            { kind: 'view', ref: { fig: 'haushalt.ausserhalbEgt' }, format: 'eur' },
          ),
          only: ['print'],
        },
        line('fig:mittelAktiveAmpMitAusserhalbEgt', 'total', labels.of('mittelAktiveAmpMitAusserhalbEgt'), {
          kind: 'figure',
          id: 'mittelAktiveAmpMitAusserhalbEgt',
          format: 'eur',
        }),
      ],
    },
  };
}

/** The legal caps in force: print puts the share beside the amount, the workbook below it. */
function deckelTable(plan: Plan, labels: Labels): OutlineTable {
  const summe = labels.of(hh('plan', 'summeEingliederungsmittel'));
  return {
    id: 'deckel',
    caption: `Gesetzliche Obergrenzen ${plan.header.year}`,
    columns: [
      column('regel', 'Regel', 'left', { excel: 62, print: 52 }),
      column('betrag', 'Mittelansatz', 'right', { excel: 18, print: 18 }),
      column('anteil', 'Anteil', 'right', { print: 15 }),
      column('hoechstens', 'höchstens', 'right', { print: 15 }),
    ],
    rows: deckelInForce(plan).flatMap((rule): OutlineRow[] => {
      const anteil: OutlineCell = { kind: 'figure', id: `deckel.${rule.id}.anteil`, format: 'ratio' };
      return [
        {
          id: `deckel:${rule.id}`,
          style: 'data',
          cells: {
            regel: { kind: 'text', text: rule.label },
            betrag: { kind: 'figure', id: `deckel.${rule.id}.betrag`, format: 'eur' },
            anteil,
            hoechstens: { kind: 'text', text: formatPercent(rule.maxAnteil) },
          },
        },
        {
          id: `deckelAnteil:${rule.id}`,
          style: 'subtotal',
          only: ['excel'],
          cells: {
            regel: {
              kind: 'text',
              text: `Anteil an der ${summe} (höchstens ${formatPercent(rule.maxAnteil)})`,
            },
            betrag: anteil,
          },
        },
      ];
    }),
    notes: [`Anteil = Mittelansatz der erfassten Förderkategorien ÷ ${summe}.`],
  };
}
