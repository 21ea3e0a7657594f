/**
 * Eckwerte: the key figures the board reads first, plan year beside Vorjahr. The workbook's
 * Deckblatt shows the plan year (each a formula on the figure's own cell), the print pack's
 * Eckwerte page both years.
 */
import { hh } from '../calc/egtChain';
import type { FigureId } from '../calc/expr';
import { HAUSHALT_FIELD_LABELS } from '../model/inputLabels';
import type { Plan } from '../model/plan';
import { CHAIN_NOTES, elsewhere, withNote } from './haushalt';
import type { Format, Labels, LineStyle, OutlineRow, OutlineTable, Renderer, ValueRef } from './types';
import { column } from './types';
import { vorjahrKnown } from './vorjahr';

interface KeyFigure {
  /** The plan year's value; the Vorjahr's where it has one. */
  plan: ValueRef;
  vorjahr?: ValueRef;
  /** The Vorjahr counts as recorded (print leaves it blank otherwise). */
  vorjahrKnown?: boolean;
  label: string;
  format: Format;
  style?: LineStyle;
  only?: readonly Renderer[];
}

export function eckwerteOutline(plan: Plan, labels: Labels): OutlineTable {
  const { year, vorjahr } = plan.header;
  const vjHaushalt = plan.haushalt.mittelausstattung.vorjahr !== null;
  const vjMittel = vorjahrKnown(plan, 'vorjahrMittel');
  const chain = (
    name: string,
    format: Format,
    known: boolean,
    extra: Partial<KeyFigure> = {},
  ): KeyFigure => ({
    plan: { fig: hh('plan', name) },
    vorjahr: { fig: hh('vorjahr', name) },
    vorjahrKnown: known,
    label: withNote(labels.of(hh('plan', name)), extra.label),
    format,
    ...(extra.style ? { style: extra.style } : {}),
  });
  const one = (id: FigureId, format: Format, extra: Partial<KeyFigure> = {}): KeyFigure => ({
    plan: { fig: id },
    format,
    ...extra,
    label: withNote(labels.of(id), extra.label),
  });
  const figures: KeyFigure[] = [
    chain('summeEingliederungsmittel', 'eur', vjHaushalt),
    chain('umschichtung', 'eur', vjHaushalt),
    chain('umschichtungsquote', 'ratio', vjHaushalt),
    chain('verfuegbaresEgt', 'eur', vjHaushalt, { style: 'subtotal' }),
    {
      plan: { fig: hh('plan', 'vorbindungen') },
      vorjahr: { fig: hh('vorjahr', 'vorbindungen') },
      vorjahrKnown: vjHaushalt,
      label: withNote(HAUSHALT_FIELD_LABELS.vorbindungen, elsewhere(plan, 'vorbindungen')),
      format: 'eur',
      only: ['print'],
    },
    { ...chain('vorbindungsquote', 'ratio', vjHaushalt), only: ['print'] },
    chain('mittelFuerNeufaelle', 'eur', vjHaushalt, { style: 'subtotal' }),
    chain('geplanterMitteleinsatz', 'eur', vjMittel),
    chain('egtAuslastung', 'ratio', vjMittel && vjHaushalt, { style: 'subtotal' }),
    chain('restMittelFuerNeufaelle', 'eur', vjMittel && vjHaushalt, { label: CHAIN_NOTES.rest }),
    one('drittmittel.summe', 'eur'),
    one('drittmittel.fuerAmdl', 'eur', { only: ['print'] }),
    one('mittelAktiveAmp', 'eur', { style: 'total' }),
  ];
  if (plan.haushalt.ausserhalbEgt.length)
    figures.push({
      plan: { fig: 'haushalt.ausserhalbEgt' },
      label: `nachrichtlich: ${withNote(labels.of('haushalt.ausserhalbEgt'), CHAIN_NOTES.ausserhalb)}`,
      format: 'eur',
      style: 'nachrichtlich',
      only: ['print'],
    });
  figures.push(
    {
      plan: { fig: 'portfolio.eintritte' },
      vorjahr: { fig: 'portfolio.vorjahrEintritte' },
      vorjahrKnown: vorjahrKnown(plan, 'vorjahrEintritte'),
      label: withNote(labels.of('portfolio.eintritte'), 'ohne nachrichtliche Positionen'),
      format: 'count',
    },
    one('kennzahlen.gesamt.plaetze', 'count', { label: 'Kennzahlen', only: ['excel'] }),
    one('bildung.foerderungBgs', 'count', { label: 'Bildungsgutscheine', only: ['excel'] }),
  );
  const value = (ref: ValueRef, format: Format, unrecorded = false) =>
    ({ kind: 'view', ref, format, ...(unrecorded ? { unrecorded } : {}) }) as const;
  return {
    id: 'eckwerte',
    caption: `Eckwerte ${year} im Vergleich zum Vorjahr ${vorjahr}`,
    columns: [
      {
        id: 'eckwert',
        header: 'Eckwert',
        align: 'left',
        excel: { width: 60, wrap: true },
        print: { width: 60 },
      },
      {
        id: 'plan',
        header: `Plan ${year}`,
        align: 'right',
        excel: { width: 34, wrap: true },
        print: { width: 20 },
      },
      column('vorjahr', `Vorjahr ${vorjahr}`, 'right', { print: 20 }),
    ],
    rows: figures.map((k): OutlineRow => ({
      id: `key:${'fig' in k.plan ? k.plan.fig : k.plan.input}`,
      style: k.style ?? 'data',
      ...(k.only ? { only: k.only } : {}),
      cells: {
        eckwert: { kind: 'text', text: k.label },
        plan: value(k.plan, k.format),
        ...(k.vorjahr ? { vorjahr: value(k.vorjahr, k.format, !k.vorjahrKnown) } : {}),
      },
    })),
    mio: ['excel', 'print'],
  };
}
