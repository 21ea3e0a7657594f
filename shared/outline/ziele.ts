/**
 * Ziele: the targets of the Zielvereinbarung (zielplanung.md A) as tables for the grid, the
 * workbook and the print pack: the targets, the Integrationsquote by segment (F2, F3, F5, F6),
 * the Vorjahr's target and result with the back-calculation (F12, F4), further figures (F11,
 * F14), one table per Zielsteuerungsdialog (Ist, F13, F12, erreicht), and the agreement's
 * header and parties. Numbers by input key and figure id; labels from the definitions.
 */
import type { ZielFigure } from '../calc/ziele';
import { IQ, f11Partner, isComputedTotal, zdf, zf, zielStructure } from '../calc/ziele';
import type { ZielStructure } from '../calc/ziele';
import { cellKey } from '../model/cellKey';
import { ZIEL_FIELD_LABELS, ZIEL_IST_FIELD_LABELS } from '../model/inputLabels';
import type { Plan } from '../model/plan';
import { istField, levelField, segmentText, vorjahrField, zielName, zielTitle } from '../model/zielRules';
import type { Ziel, ZielField, ZielIstField, Zieldialog } from '../model/ziele';
import {
  GEKOPPELT_IQ_GESAMT,
  PARTEI_ROLLE_LABELS,
  RECHENBASIS_LABELS,
  TRAEGERFORM_LABELS,
  VORJAHR_QUELLE_LABELS,
  ZIELART_LABELS,
  ZIELBEREICHE,
  ZIELBEREICH_LABELS,
  isJudged,
  isRelChange,
} from '../model/ziele';
import { formatDate } from '../format/dateFormat';
import { dialogTitle } from '../format/dialogTitle';
import type {
  Format,
  Labels,
  OutlineCell,
  OutlineColumn,
  OutlineRow,
  OutlineTable,
  ZielChoiceField,
} from './types';
import { column } from './types';

type Num = { format: Format; digits?: number };

/** How a target's level is shown: a rate with its decimals, a count, euros, a factor. */
export function levelFormat(z: Pick<Ziel, 'einheit' | 'stellen'>): Num {
  switch (z.einheit) {
    case 'quote':
      return { format: 'ratio', digits: z.stellen };
    case 'anzahl':
      return { format: 'count' };
    case 'betrag':
      return { format: 'eur' };
    case 'faktor':
      return { format: 'factor', digits: 1 };
  }
}

/** Typed changes show two decimals ("+2,00 %"): the documents print 2,00 % and 0,5 % alike. */
const CHANGE: Num = { format: 'change', digits: 2 };
const PP = (z: Pick<Ziel, 'stellen'>): Num => ({ format: 'pp', digits: Math.max(1, z.stellen) });

const zielInput = (plan: Plan, z: Ziel, field: ZielField, num: Num, figure?: string): OutlineCell => ({
  kind: 'input',
  key: cellKey({ kind: 'ziel', id: z.id, field }),
  label: `${ZIEL_FIELD_LABELS[field]} „${zielTitle(z, plan.header.year)}“`,
  ...num,
  ...(figure !== undefined ? { figure } : {}),
});
const zielFig = (z: Ziel, name: ZielFigure, num: Num): OutlineCell => ({
  kind: 'figure',
  id: zf(z.id, name),
  ...num,
});
const figView = (id: string, num: Num): OutlineCell => ({ kind: 'view', ref: { fig: id }, ...num });
const text = (t: string): OutlineCell => ({ kind: 'text', text: t });
const choice = (z: Ziel, field: ZielChoiceField, shown: string, short?: string): OutlineCell => ({
  kind: 'choice',
  rowId: z.id,
  field,
  text: shown,
  ...(short !== undefined ? { short } : {}),
});

/** The pinned first column naming each line (target, segment), as wide in every table. */
const labelColumn = (id: string, header: string, printWidth: number): OutlineColumn => ({
  id,
  header,
  align: 'left',
  grid: { width: 300, minWidth: 200, pinned: 'left', wrap: false },
  excel: { width: 44, wrap: true },
  print: { width: printWidth },
});

/** Digits of a relative change derived from a count (F10: 16,67 %) or a level (F9: 4,4 %). */
const relDigits = (z: Ziel): number => (z.zielart === 'countMin' ? 2 : Math.max(1, z.stellen));

function zielRow(plan: Plan, z: Ziel, s: ZielStructure): OutlineRow {
  const cells: OutlineRow['cells'] = {
    bezeichnung: {
      kind: 'name',
      target: { kind: 'ziel', id: z.id, field: 'bezeichnung' },
      text: zielName(z, plan.header.year),
    },
    bereich: choice(z, 'zielbereich', z.zielbereich),
    kennzahl: choice(z, 'kennzahl', z.kennzahl ?? '–'),
    segment: choice(z, 'segment', segmentText(z)),
    zielart: choice(z, 'zielart', ZIELART_LABELS[z.zielart]),
    quelle: choice(z, 'vorjahrQuelle', z.vorjahrQuelle ? VORJAHR_QUELLE_LABELS[z.vorjahrQuelle] : ''),
    erreichtWenn: {
      kind: 'name',
      target: { kind: 'ziel', id: z.id, field: 'erreichtWenn' },
      text: z.erreichtWenn,
      multiline: true,
    },
  };
  const level = levelFormat(z);
  const vj = vorjahrField(z);
  const computed = isComputedTotal(z, s);
  if (vj) cells.vorjahr = computed ? figView(IQ.quoteVorjahr, level) : zielInput(plan, z, vj, level);
  if (isRelChange(z.zielart) && vj) {
    const follows = computed || z.gekoppeltAn !== null;
    // A linked target and the computed total show the agreed change beside the one they use.
    cells.vorgabe = follows
      ? zielInput(plan, z, 'aenderung', CHANGE)
      : zielInput(plan, z, 'aenderung', CHANGE, zf(z.id, 'veraenderung'));
    if (follows) cells.prozent = zielFig(z, 'veraenderung', CHANGE);
    cells.zielwert = zielFig(z, 'zielwert', level);
    if (z.einheit === 'quote') cells.pp = zielFig(z, 'aenderungPp', PP(z));
    cells.gedruckt = zielInput(plan, z, levelField(z)!, level);
  } else if (z.zielart === 'levelMin' || z.zielart === 'countMin' || z.zielart === 'absoluteMax') {
    cells.vorgabe = zielInput(plan, z, levelField(z)!, level, zf(z.id, 'zielwert'));
    if (vj) {
      if (z.einheit === 'quote') cells.pp = zielFig(z, 'aenderungPp', PP(z));
      cells.prozent = zielFig(z, 'aenderungRel', { format: 'change', digits: relDigits(z) });
    }
  } else if (z.einheit === 'faktor') {
    cells.zielwert = figView(zf(z.id, 'faktor'), level);
  }
  return { id: `zl:${z.id}`, style: 'data', planRowId: z.id, cells };
}

const ZIEL_COLUMNS = (plan: Plan): OutlineColumn[] => [
  labelColumn('bezeichnung', 'Ziel', 18),
  column('bereich', 'Bereich', 'left', { grid: 80, excel: 12, print: 5 }),
  column('kennzahl', 'Kennzahl', 'left', { grid: 90, excel: 12, print: 6 }),
  column('segment', 'Segment', 'left', { grid: 150, excel: 16, print: 8 }),
  column('zielart', 'Zielart', 'left', { grid: 190, excel: 22, print: 9 }),
  column('vorjahr', `Vorjahr ${plan.header.vorjahr}`, 'right', { grid: 110, excel: 13, print: 7 }),
  column('quelle', 'Quelle', 'left', { grid: 100, excel: 12, print: 6 }),
  column('vorgabe', 'vereinbart', 'right', { grid: 110, excel: 13, print: 7 }),
  column('zielwert', `Zielwert ${plan.header.year}`, 'right', { grid: 110, excel: 13, print: 7 }),
  column('pp', 'Veränderung in Pp.', 'right', { grid: 120, excel: 13, print: 6 }),
  column('prozent', 'Veränderung in %', 'right', { grid: 120, excel: 13, print: 6 }),
  column('gedruckt', 'gedruckter Zielwert', 'right', { grid: 120, excel: 13, print: 6 }),
  {
    id: 'erreichtWenn',
    header: 'Erreicht, wenn …',
    align: 'left',
    grid: { width: 280, wrap: false },
    excel: { width: 40, wrap: true },
    print: { width: 9 },
  },
];

/** The targets, under the heading of their Zielbereich (in the order of § 48b and the seeds). */
export function zieleOutline(plan: Plan): OutlineTable {
  const s = zielStructure(plan);
  const ziele = plan.zielvereinbarung.ziele;
  const rows: OutlineRow[] = [];
  for (const bereich of ZIELBEREICHE) {
    const inArea = ziele.filter((z) => z.zielbereich === bereich);
    if (inArea.length === 0) continue;
    rows.push({
      id: `bereich:${bereich}`,
      style: 'group',
      cells: { bezeichnung: text(ZIELBEREICH_LABELS[bereich]) },
    });
    for (const z of inArea) rows.push(zielRow(plan, z, s));
  }
  const rb = plan.zielvereinbarung.rechenbasis;
  return {
    id: 'ziele',
    caption: `Ziele ${plan.header.year}`,
    columns: ZIEL_COLUMNS(plan),
    rows,
    notes: [
      `Rechenbasis: ${RECHENBASIS_LABELS[rb]}${rb === 'gedruckt' ? ' (berechnete Zielwerte werden auf die gezeigten Stellen kaufmännisch gerundet, bevor sie weiterverwendet werden)' : ''}.`,
      'Veränderung in % = relative Veränderung; Veränderung in Pp. = Differenz zweier Quoten in Prozentpunkten.',
    ],
  };
}

/** The segments of the Integrationsquote and their total (F2, F3, F5, F6); null without segments. */
export function segmenteOutline(plan: Plan, labels: Labels): OutlineTable | null {
  const s = zielStructure(plan);
  if (!s.hasSegments) return null;
  const { year, vorjahr } = plan.header;
  const rows: OutlineRow[] = s.segments.map((z) => {
    const rate = levelFormat(z);
    return {
      id: `seg:${z.id}`,
      style: 'data',
      cells: {
        segment: text(segmentText(z)),
        elbVorjahr: zielInput(plan, z, 'elbVorjahr', { format: 'count' }),
        iqVorjahr: {
          kind: 'view',
          ref: { input: cellKey({ kind: 'ziel', id: z.id, field: 'vorjahrQuote' }) },
          ...rate,
        },
        intVorjahr: zielFig(z, 'integrationenVorjahr', { format: 'count' }),
        elb: zielInput(plan, z, 'elb', { format: 'count' }),
        elbAbgeleitet: zielFig(z, 'elbAbgeleitet', { format: 'count' }),
        iq: zielFig(z, 'zielBasis', rate),
        integrationen: zielFig(z, 'integrationen', { format: 'count' }),
        intGedruckt: zielInput(plan, z, 'anzahl', { format: 'count' }),
        elbBasis: zielFig(z, 'elbBasis', { format: 'count' }),
        intBasis: zielFig(z, 'integrationenBasis', { format: 'count' }),
      },
    };
  });
  const two: Num = { format: 'ratio', digits: 2 };
  rows.push({
    id: 'seg:gesamt',
    style: 'total',
    cells: {
      segment: text(labels.of(IQ.quote)),
      elbVorjahr: { kind: 'figure', id: IQ.elbVorjahr, format: 'count' },
      iqVorjahr: { kind: 'figure', id: IQ.quoteVorjahr, ...two },
      intVorjahr: { kind: 'figure', id: IQ.integrationenVorjahr, format: 'count' },
      iq: { kind: 'figure', id: IQ.quote, ...two },
      elbBasis: { kind: 'figure', id: IQ.elb, format: 'count' },
      intBasis: { kind: 'figure', id: IQ.integrationen, format: 'count' },
    },
  });
  const typed = s.gesamt;
  if (typed)
    rows.push({
      id: 'seg:gesamt-vereinbart',
      style: 'data',
      cells: {
        segment: text('Integrationsquote gesamt laut Vereinbarung (nur zur Prüfung)'),
        iq: { kind: 'view', ref: { input: cellKey({ kind: 'ziel', id: typed.id, field: 'quote' }) }, ...two },
      },
    });
  rows.push({
    id: 'seg:aenderung',
    style: 'subtotal',
    cells: {
      segment: text(labels.of(IQ.aenderung)),
      iq: { kind: 'figure', id: IQ.aenderung, ...CHANGE },
    },
  });
  if (typed)
    rows.push({
      id: 'seg:aenderung-vereinbart',
      style: 'data',
      cells: {
        segment: text('Veränderung laut Vereinbarung (nur zur Prüfung)'),
        iq: {
          kind: 'view',
          ref: { input: cellKey({ kind: 'ziel', id: typed.id, field: 'aenderung' }) },
          ...CHANGE,
        },
      },
    });
  const n = (id: string, header: string, widths: { grid: number; excel?: number; print: number }) =>
    column(id, header, 'right', { grid: widths.grid, excel: widths.excel ?? 13, print: widths.print });
  return {
    id: 'ziele-segmente',
    caption: `Integrationsquote nach Segmenten ${year}`,
    columns: [
      labelColumn('segment', 'Segment', 19),
      n('elbVorjahr', `Ø eLb ${vorjahr}`, { grid: 110, print: 8 }),
      n('iqVorjahr', `IQ ${vorjahr}`, { grid: 100, print: 7 }),
      n('intVorjahr', `Integrationen ${vorjahr}`, { grid: 130, print: 8 }),
      n('elb', `Ø eLb ${year}`, { grid: 110, print: 8 }),
      n('elbAbgeleitet', 'Ø eLb abgeleitet', { grid: 130, print: 8 }),
      n('iq', `IQ ${year}`, { grid: 100, print: 7 }),
      n('integrationen', 'Integrationen berechnet', { grid: 150, print: 8 }),
      n('intGedruckt', 'Integrationen gedruckt', { grid: 150, print: 8 }),
      n('elbBasis', 'Ø eLb (Summenbasis)', { grid: 150, print: 9 }),
      n('intBasis', 'Integrationen (Summenbasis)', { grid: 170, print: 10 }),
    ],
    rows,
    notes: [
      'Integrationsquote gesamt = Σ Integrationen ÷ Σ Ø eLb der Segmente, nie der Mittelwert der Segmentquoten; ihre Veränderung folgt aus den Segmentzielen (Mischeffekt).',
      'Integrationen berechnet = Ø eLb × IQ, kaufmännisch gerundet; Ø eLb abgeleitet = gedruckte Integrationen ÷ IQ. Die Summenbasis nimmt den eingegebenen Wert, sonst den abgeleiteten.',
    ],
  };
}

/** The Vorjahr's target and result of each relative change (F12) and the back-calculation (F4). */
export function vorjahrOutline(plan: Plan): OutlineTable | null {
  const s = zielStructure(plan);
  const ziele = plan.zielvereinbarung.ziele.filter((z) => isRelChange(z.zielart) && vorjahrField(z));
  if (ziele.length === 0) return null;
  const { vorjahr } = plan.header;
  const rows = ziele.map((z): OutlineRow => {
    const back = levelFormat(z);
    const fine: Num = back.format === 'ratio' ? { format: 'ratio', digits: z.stellen + 2 } : back;
    const cells: OutlineRow['cells'] = {
      ziel: text(zielTitle(z, plan.header.year)),
      vorjahrZiel: zielInput(plan, z, 'vorjahrZiel', { format: 'change', digits: 1 }),
      vorjahrIst: zielInput(plan, z, 'vorjahrIst', { format: 'change', digits: 1 }),
      abweichung: zielFig(z, 'vorjahrAbweichung', { format: 'pp', digits: 1 }),
    };
    if (!isComputedTotal(z, s)) {
      cells.abgeleitet = zielFig(z, 'vorjahrAbgeleitet', fine);
      cells.von = zielFig(z, 'vorjahrVon', fine);
      cells.bis = zielFig(z, 'vorjahrBis', fine);
    }
    return { id: `vj:${z.id}`, style: 'data', cells };
  });
  return {
    id: 'ziele-vorjahr',
    caption: `Vorjahr ${vorjahr}: Ziel und Ergebnis, Rückrechnung aus dem gedruckten Zielwert`,
    columns: [
      labelColumn('ziel', 'Ziel', 34),
      column('vorjahrZiel', `Ziel ${vorjahr}`, 'right', { grid: 110, excel: 13, print: 10 }),
      column('vorjahrIst', `Ergebnis ${vorjahr}`, 'right', { grid: 120, excel: 13, print: 10 }),
      column('abweichung', 'Abweichung in Pp.', 'right', { grid: 130, excel: 13, print: 10 }),
      column('abgeleitet', `Vorjahr aus gedrucktem Zielwert`, 'right', { grid: 200, excel: 13, print: 12 }),
      column('von', 'ab', 'right', { grid: 100, excel: 13, print: 12 }),
      column('bis', 'bis unter', 'right', { grid: 100, excel: 13, print: 12 }),
    ],
    rows,
    notes: [
      'Abweichung = Ergebnis − Ziel der Veränderung, in Prozentpunkten; bei Kennzahlen, für die niedriger besser ist (K3), ist eine negative Abweichung gut.',
      'Vorjahr aus gedrucktem Zielwert = gedruckter Zielwert ÷ (1 + vereinbarte Veränderung); ab … bis unter: was die Rundung des gedruckten Werts zulässt.',
    ],
  };
}

/** F11 (implied change of the eLb) and F14 (share of EGT against share of clients). */
export function weitereOutline(plan: Plan): OutlineTable | null {
  const rows: OutlineRow[] = [];
  for (const z of plan.zielvereinbarung.ziele) {
    const title = text(zielTitle(z, plan.header.year));
    const partner = f11Partner(plan, z);
    if (partner)
      rows.push({
        id: `f11:${z.id}`,
        style: 'data',
        cells: {
          ziel: title,
          a: figView(zf(z.id, 'veraenderung'), CHANGE),
          b: figView(zf(partner.id, 'veraenderung'), CHANGE),
          ergebnis: zielFig(z, 'elbAenderungImpliziert', CHANGE),
          berechnung: text(
            'implizite Veränderung der eLb = (1 + Veränderung der Integrationen) ÷ (1 + Veränderung der IQ) − 1',
          ),
        },
      });
    if (z.einheit === 'faktor')
      rows.push({
        id: `f14:${z.id}`,
        style: 'data',
        cells: {
          ziel: title,
          a: zielInput(plan, z, 'anteilEgt', { format: 'ratio', digits: 1 }),
          b: zielInput(plan, z, 'anteilKunden', { format: 'ratio', digits: 1 }),
          ergebnis: zielFig(z, 'faktor', { format: 'factor', digits: 1 }),
          berechnung: text('Faktor = Anteil an den Eingliederungsmitteln ÷ Anteil am Kundenbestand'),
        },
      });
  }
  if (rows.length === 0) return null;
  return {
    id: 'ziele-weitere',
    caption: 'Weitere Kennziffern',
    columns: [
      labelColumn('ziel', 'Ziel', 30),
      column('a', 'Größe 1', 'right', { grid: 110, excel: 12, print: 10 }),
      column('b', 'Größe 2', 'right', { grid: 110, excel: 12, print: 10 }),
      column('ergebnis', 'Ergebnis', 'right', { grid: 110, excel: 16, print: 10 }),
      {
        id: 'berechnung',
        header: 'Berechnung',
        align: 'left',
        grid: { width: 420, wrap: false },
        excel: { width: 22, wrap: true },
        print: { width: 40 },
      },
    ],
    rows,
  };
}

const IST_FORMATS: Record<ZielIstField, Num> = {
  istAenderung: { format: 'change', digits: 2 },
  istQuote: { format: 'ratio', digits: 1 },
  istAnzahl: { format: 'count' },
  istBetrag: { format: 'eur' },
  zaehler: { format: 'count' },
  nenner: { format: 'count' },
};

/** One Zielsteuerungsdialog: per target the Ist value, F13, the Abweichung (F12) and whether it is reached. */
export function dialogOutline(plan: Plan, d: Zieldialog, index: number): OutlineTable {
  const year = plan.header.year;
  const title = dialogTitle(d, index);
  const istInput = (z: Ziel, field: ZielIstField, num: Num = IST_FORMATS[field]): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'zielIst', dialogId: d.id, zielId: z.id, field }),
    label: `${title} › ${ZIEL_IST_FIELD_LABELS[field]} „${zielTitle(z, year)}“`,
    ...num,
  });
  const rows = plan.zielvereinbarung.ziele.map((z): OutlineRow => {
    const cells: OutlineRow['cells'] = { ziel: text(zielTitle(z, year)) };
    const field = istField(z);
    const level = levelFormat(z);
    if (isRelChange(z.zielart) && field) {
      cells.ziel_ = figView(zf(z.id, 'veraenderung'), CHANGE);
      cells.ist = istInput(z, field);
      cells.istWert = { kind: 'figure', id: zdf(d.id, z.id, 'istNiveau'), ...level };
      cells.abweichung = { kind: 'figure', id: zdf(d.id, z.id, 'abweichung'), ...PP(z) };
      cells.erreicht = { kind: 'figure', id: zdf(d.id, z.id, 'erreicht'), format: 'flag' };
    } else if (field) {
      if (z.zielart !== 'monitoring') cells.ziel_ = figView(zf(z.id, 'zielwert'), level);
      cells.ist = istInput(z, field, field === 'istQuote' ? level : IST_FORMATS[field]);
      if (z.einheit === 'quote') {
        cells.zaehler = istInput(z, 'zaehler');
        cells.nenner = istInput(z, 'nenner');
        cells.istWert = { kind: 'figure', id: zdf(d.id, z.id, 'istWert'), ...level };
      }
      if (z.zielart !== 'monitoring') {
        cells.abweichung = {
          kind: 'figure',
          id: zdf(d.id, z.id, 'abweichung'),
          ...(z.einheit === 'quote' ? PP(z) : level),
        };
        cells.erreicht = { kind: 'figure', id: zdf(d.id, z.id, 'erreicht'), format: 'flag' };
      }
    } else if (isJudged(z.zielart)) {
      const judged = d.werte.find((w) => w.zielId === z.id)?.erreicht ?? null;
      cells.erreicht = {
        kind: 'choice',
        rowId: z.id,
        dialogId: d.id,
        field: 'erreicht',
        text: judged === null ? '' : judged ? 'erreicht' : 'nicht erreicht',
      };
    }
    return { id: `zi:${d.id}.${z.id}`, style: 'data', cells };
  });
  return {
    id: `ziele-dialog-${d.id}`,
    caption: `${title}${d.datenstand ? ` (Datenstand ${d.datenstand})` : ''}`,
    columns: [
      labelColumn('ziel', 'Ziel', 30),
      column('ziel_', 'Ziel (Wert)', 'right', { grid: 110, excel: 12, print: 9 }),
      column('ist', 'Ist', 'right', { grid: 110, excel: 12, print: 9 }),
      column('zaehler', 'Zähler', 'right', { grid: 90, excel: 12, print: 8 }),
      column('nenner', 'Nenner', 'right', { grid: 90, excel: 16, print: 8 }),
      column('istWert', 'Ist-Niveau / Ist-Quote', 'right', { grid: 160, excel: 22, print: 12 }),
      column('abweichung', 'Abweichung vom Ziel', 'right', { grid: 150, excel: 13, print: 12 }),
      column('erreicht', 'erreicht', 'left', { grid: 120, excel: 13, print: 12 }),
    ],
    rows,
    notes: [
      'Ist: bei einer relativen Veränderung die Ist-Veränderung (Jahresfortschrittswert), sonst der Ist-Wert; eine Quote kann auch als Zähler ÷ Nenner gezählt werden.',
      'Abweichung vom Ziel = Ist − Ziel; bei Quoten und Veränderungen in Prozentpunkten.',
      ...(d.notizen ? [`Veränderte Rahmenbedingungen: ${d.notizen}`] : []),
      ...(d.massnahmen ? [`Vereinbarte Maßnahmen: ${d.massnahmen}`] : []),
    ],
  };
}

/** The agreement's header as lines of text (workbook and print). */
export function kopfOutline(plan: Plan): OutlineTable {
  const zv = plan.zielvereinbarung;
  const line = (id: string, angabe: string, wert: string): OutlineRow => ({
    id,
    style: 'data',
    cells: { angabe: text(angabe), wert: text(wert) },
  });
  const linked = zv.ziele.filter((z) => z.gekoppeltAn !== null);
  return {
    id: 'ziele-kopf',
    caption: `Zielvereinbarung ${plan.header.year}`,
    columns: [
      {
        id: 'angabe',
        header: 'Angabe',
        align: 'left',
        excel: { width: 44, wrap: true },
        print: { width: 30 },
      },
      { id: 'wert', header: 'Inhalt', align: 'left', excel: { width: 12 }, print: { width: 70 } },
    ],
    rows: [
      line('kopf:traegerform', 'Trägerform', TRAEGERFORM_LABELS[zv.traegerform]),
      line('kopf:rechtsgrundlage', 'Rechtsgrundlage', zv.rechtsgrundlage),
      line('kopf:rechenbasis', 'Rechenbasis', RECHENBASIS_LABELS[zv.rechenbasis]),
      line(
        'kopf:dialoge',
        'Zielsteuerungsdialoge pro Jahr',
        zv.dialogeProJahr === null ? '' : String(zv.dialogeProJahr),
      ),
      line('kopf:anlagen', 'Anlagen', zv.anlagen.join('; ')),
      ...zv.landesschwerpunkte.map((t, i) =>
        line(`kopf:land:${i}`, i === 0 ? 'Schwerpunkte des Landes' : '', `${i + 1}. ${t}`),
      ),
      ...linked.map((z) =>
        line(
          `kopf:kopplung:${z.id}`,
          'Gekoppeltes Ziel',
          `${zielTitle(z, plan.header.year)} folgt ${
            z.gekoppeltAn === GEKOPPELT_IQ_GESAMT
              ? 'der Veränderung der Integrationsquote gesamt'
              : `„${zielTitle(
                  zv.ziele.find((x) => x.id === z.gekoppeltAn)!,
                  plan.header.year,
                )}“`
          }`,
        ),
      ),
      ...zv.ziele
        .filter((z) => z.notiz.trim() || z.stichtage.length)
        .map((z) =>
          line(
            `kopf:notiz:${z.id}`,
            zielTitle(z, plan.header.year),
            [z.notiz.trim(), z.stichtage.length ? `Stichtage: ${z.stichtage.map(formatDate).join(', ')}` : '']
              .filter(Boolean)
              .join(' · '),
          ),
        ),
    ],
  };
}

/** The parties with their signature (workbook and print). */
export function parteienOutline(plan: Plan): OutlineTable | null {
  const parteien = plan.zielvereinbarung.parteien;
  if (parteien.length === 0) return null;
  return {
    id: 'ziele-parteien',
    caption: 'Vereinbarungspartner',
    columns: [
      { id: 'name', header: 'Partei', align: 'left', excel: { width: 44, wrap: true }, print: { width: 30 } },
      { id: 'rolle', header: 'Rolle', align: 'left', excel: { width: 12, wrap: true }, print: { width: 20 } },
      {
        id: 'vertreter',
        header: 'vertreten durch',
        align: 'left',
        excel: { width: 12, wrap: true },
        print: { width: 24 },
      },
      { id: 'ort', header: 'Ort', align: 'left', excel: { width: 16 }, print: { width: 13 } },
      { id: 'datum', header: 'Datum', align: 'left', excel: { width: 22 }, print: { width: 13 } },
    ],
    rows: parteien.map((p) => ({
      id: `partei:${p.id}`,
      style: 'data',
      cells: {
        name: text(p.name),
        rolle: text(PARTEI_ROLLE_LABELS[p.rolle]),
        vertreter: text(p.vertreter),
        ort: text(p.ort),
        // An unsigned agreement leaves the date open, as the documents print "Düsseldorf, den".
        datum: text(p.datum ? formatDate(p.datum) : ''),
      },
    })),
  };
}

/** Every table of the Ziele sheet in the order the workbook and the print pack show them. */
export function zieleTables(plan: Plan, labels: Labels): OutlineTable[] {
  return [
    zieleOutline(plan),
    segmenteOutline(plan, labels),
    vorjahrOutline(plan),
    weitereOutline(plan),
    ...plan.zielvereinbarung.dialoge.map((d, i) => dialogOutline(plan, d, i)),
    kopfOutline(plan),
    parteienOutline(plan),
  ].filter((t): t is OutlineTable => t !== null);
}
