/**
 * The checks of the Globalbudget and Verpflichtungen sheets (zielplanung.md B and C): the
 * Differenz checked both ways, an Umschichtung above the Eingliederungsmittel, the rounding pair
 * of amount and share, a quota without its base, payments above a commitment's total, a run
 * that ends before it begins, a Verpflichtungsermächtigung exceeded, a grant overspent.
 */
import type { Calculation } from '../calc/engine';
import { hh } from '../calc/egtChain';
import type { FigureId } from '../calc/expr';
import { gb, gs } from '../calc/globalbudget';
import { vp } from '../calc/verpflichtungen';
import { rowLauf, verpflichtungLauf } from '../calc/zahlungsplan';
import { registerJahre } from '../model/budgetInputs';
import { cellKey } from '../model/cellKey';
import { grundlageSchaetzung, schaetzungLabel } from '../model/grundlage';
import { monatParts } from '../model/monat';
import type { Plan, YearColumn } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { formatMonat } from '../format/monthFormat';
import { formatEur, formatPercent } from '../format/numberFormat';
import { roundHalfAwayFromZero } from '../number/rounding';
import type { CheckRule, PlanRule, RowRule } from './checkRule';
import { ONLY_ITS_ROW, runRules } from './checkRule';
import type { Pruefung } from './pruefung';
import { textCellKey } from './pruefung';

const GB = SHEET_LABELS.globalbudget;
const HH = SHEET_LABELS.haushalt;
const VP = SHEET_LABELS.verpflichtungen;
const DM = SHEET_LABELS.drittmittel;
const PF = SHEET_LABELS.portfolio;

const cents = (v: number): number => Math.round(v * 100);

/** The rules of these sheets in runChecks' order: the multi-year rows come before the Drittmittel grants. */
export function budgetChecks(plan: Plan, calc: Calculation): Pruefung[] {
  return runRules(BUDGET_RULES, plan, calc);
}

type Title = (id: FigureId) => string;

const globalbudget: PlanRule = {
  scope: 'plan',
  name: 'Globalbudget',
  reads: (plan) => ({
    parts: ['globalbudget'],
    figures: plan.globalbudget.schaetzungen.flatMap((s) => [gs(s.id, 'diffGesamt'), gs(s.id, 'diffProbe')]),
  }),
  run: ({ plan, calc, title }) => globalbudgetChecks(plan, calc, title),
};

function globalbudgetChecks(plan: Plan, calc: Calculation, title: Title): Pruefung[] {
  const out: Pruefung[] = [];
  const gl = plan.globalbudget;
  // Differenz Gesamt checked both ways: Gesamt − Gesamt davor = Σ Differenz of the lines
  for (const s of gl.schaetzungen) {
    const a = calc.get(gs(s.id, 'diffGesamt'));
    const b = calc.get(gs(s.id, 'diffProbe'));
    if (a !== null && b !== null && cents(a) !== cents(b))
      out.push({
        id: `gb-differenz:${s.id}`,
        severity: 'Fehler',
        sheet: 'globalbudget',
        message: `${GB} › ${title(gs(s.id, 'diffGesamt'))}: ${formatEur(a)} entspricht nicht der Summe der Differenzen von Verwaltungsbudget und Eingliederungsmitteln (${formatEur(b)}).`,
        location: { sheet: 'globalbudget', rowId: s.id, figureId: gs(s.id, 'diffGesamt') },
      });
  }
  const g = grundlageSchaetzung(plan);
  const needs = gl.mittelausstattungAusGrundlage || gl.umschichtungsbasis === 'egmSchaetzung';
  if (needs && !g)
    out.push({
      id: 'gb-ohne-grundlage',
      severity: 'Warnung',
      sheet: 'globalbudget',
      message: `${GB} › Grundlage: keine Schätzung gewählt, aber ${gl.mittelausstattungAusGrundlage ? 'die Mittelausstattung' : 'die Umschichtungsquote'} ${plan.header.year} soll auf ihr beruhen.`,
      location: { sheet: 'globalbudget', figureId: gb('grundlage.egm') },
    });
  else if (g && gl.mittelausstattungAusGrundlage && g.egm === null)
    out.push({
      id: 'gb-grundlage-ohne-egm',
      severity: 'Warnung',
      sheet: 'globalbudget',
      message: `${GB} › ${schaetzungLabel(g)}: keine Eingliederungsmittel eingegeben, die Mittelausstattung ${plan.header.year} im ${HH} bleibt leer.`,
      location: {
        sheet: 'globalbudget',
        rowId: g.id,
        cellKey: cellKey({ kind: 'schaetzung', id: g.id, field: 'egm' }),
      },
    });
  return out;
}

const umschichtung: PlanRule = {
  scope: 'plan',
  name: 'Umschichtung',
  reads: () => ({
    parts: ['haushalt', 'globalbudget'],
    figures: [
      ...YEAR_COLUMNS.flatMap((col) => [
        hh(col, 'umschichtung'),
        hh(col, 'summeEingliederungsmittel'),
        hh(col, 'umschichtungsbasis'),
      ]),
      gb('obergrenzeVorjahrBetrag'),
    ],
  }),
  run: ({ plan, calc, title }) => umschichtungChecks(plan, calc, title),
};

function umschichtungChecks(plan: Plan, calc: Calculation, title: Title): Pruefung[] {
  const out: Pruefung[] = [];
  for (const col of YEAR_COLUMNS) {
    const u = plan.haushalt.umschichtung[col];
    const betrag = calc.get(hh(col, 'umschichtung'));
    const summe = calc.get(hh(col, 'summeEingliederungsmittel'));
    const basis = calc.get(hh(col, 'umschichtungsbasis'));
    const amountKey = cellKey({ kind: 'haushalt', field: 'umschichtung', col });
    const quoteKey = cellKey({ kind: 'haushalt', field: 'umschichtungsquote', col });
    const at = { sheet: 'haushalt' as const, figureId: hh(col, 'umschichtung'), cellKey: amountKey };
    // The base by its name (a year in it would read as part of the name)
    const basisName = calc.def(hh(col, 'umschichtungsbasis'))?.label ?? '';
    // An Umschichtung above the Eingliederungsmittel (the Summe, and the quota's own base)
    const limits: [FigureId, number | null][] = [[hh(col, 'summeEingliederungsmittel'), summe]];
    if (basis !== summe) limits.push([hh(col, 'umschichtungsbasis'), basis]);
    for (const [id, limit] of limits) {
      if (betrag === null || limit === null || betrag <= limit || (limit === 0 && betrag === 0)) continue;
      out.push({
        id: `umschichtung-ueber:${col}:${id}`,
        severity: 'Fehler',
        sheet: 'haushalt',
        message: `${HH} › ${title(hh(col, 'umschichtung'))}: ${formatEur(betrag)} ist mehr als ${title(id)} (${formatEur(limit)}).`,
        location: at,
      });
    }
    // A quota typed without its base: the amount would silently be 0 €
    if (u.mode === 'quote' && (u.quote ?? 0) > 0 && !basis)
      out.push({
        id: `umschichtung-ohne-basis:${col}`,
        severity: 'Warnung',
        sheet: 'haushalt',
        message: `${HH} › ${title(hh(col, 'umschichtungsquote'))}: ${formatPercent(u.quote)} eingegeben, aber die Basis „${basisName}“ ${yearOfCol(plan, col)} fehlt; der Betrag ergibt so 0 €. Bitte die Basis oder den Betrag eingeben.`,
        location: { sheet: 'haushalt', figureId: hh(col, 'umschichtungsquote'), cellKey: quoteKey },
      });
    // The rounding pair (zielplanung.md B.2): both typed, amount ÷ base rounded to 0,1 % ≠ the share
    const typedBetrag = u.mode === 'betrag' ? u.betrag : (u.betrag ?? null);
    const typedQuote = u.mode === 'quote' ? u.quote : (u.quote ?? null);
    if (typedBetrag !== null && typedQuote !== null && basis) {
      const aus = roundHalfAwayFromZero(typedBetrag / basis, 3);
      if (aus !== roundHalfAwayFromZero(typedQuote, 3)) {
        const other = u.mode === 'betrag' ? quoteKey : amountKey;
        out.push({
          id: `umschichtung-paar:${col}`,
          severity: 'Warnung',
          sheet: 'haushalt',
          message: `${HH} › Umschichtung ${yearOfCol(plan, col)}: eingegeben sind ${formatEur(typedBetrag)} und ${formatPercent(typedQuote)}; ${formatEur(typedBetrag)} sind ${formatPercent(aus)} der Basis „${basisName}“. Es gilt ${u.mode === 'betrag' ? 'der Betrag' : 'der Anteil'} (zuletzt eingegeben); Entf im anderen Feld verwirft die frühere Angabe.`,
          location: {
            sheet: 'haushalt',
            figureId: u.mode === 'betrag' ? hh(col, 'umschichtungsquote') : hh(col, 'umschichtung'),
            cellKey: other,
          },
        });
      }
    }
  }
  // The Vorjahr's Umschichtung above its planned ceiling "bis zu x %"
  const vj = calc.get(hh('vorjahr', 'umschichtung'));
  const ceiling = calc.get(gb('obergrenzeVorjahrBetrag'));
  if (vj !== null && ceiling !== null && vj > ceiling)
    out.push({
      id: 'umschichtung-obergrenze-vorjahr',
      severity: 'Hinweis',
      sheet: 'globalbudget',
      message: `${GB} › ${title(gb('obergrenzeVorjahrBetrag'))}: die Umschichtung ${plan.header.vorjahr} (${formatEur(vj)}) liegt über der geplanten Obergrenze von ${formatPercent(plan.globalbudget.obergrenzeVorjahr)} (${formatEur(ceiling)}).`,
      location: { sheet: 'globalbudget', figureId: gb('obergrenzeVorjahrBetrag') },
    });
  return out;
}

const yearOfCol = (plan: Plan, col: YearColumn): number =>
  col === 'plan' ? plan.header.year : plan.header.vorjahr;

const personal: PlanRule = {
  scope: 'plan',
  name: 'Personal',
  reads: () => ({ parts: ['personal'] }),
  run: ({ plan }) => personalChecks(plan),
};

function personalChecks(plan: Plan): Pruefung[] {
  const out: Pruefung[] = [];
  for (const p of plan.personal.projekte) {
    const f = p.finanzierung;
    if (f.art === 'Drittmittel' && (!f.programmId || !plan.drittmittel.some((d) => d.id === f.programmId)))
      out.push({
        id: `projekt-ohne-programm:${p.id}`,
        severity: 'Hinweis',
        sheet: 'globalbudget',
        message: `${GB} › Projekt-VZÄ › ${p.bezeichnung}: aus Drittmitteln bezahlt, aber kein Programm der Drittmittel-Tabelle zugeordnet.`,
        location: { sheet: 'globalbudget', rowId: p.id, cellKey: cellKey({ kind: 'projekt', id: p.id }) },
      });
  }
  for (const g of plan.personal.gruppen) {
    if ((g.kunden ?? 0) > 0 && !g.vzae)
      out.push({
        id: `gruppe-ohne-vzae:${g.id}`,
        severity: 'Hinweis',
        sheet: 'globalbudget',
        message: `${GB} › Betreuungsschlüssel › ${g.name}: Kunden ohne VZÄ, der Schlüssel lässt sich nicht berechnen.`,
        location: {
          sheet: 'globalbudget',
          rowId: g.id,
          cellKey: cellKey({ kind: 'gruppe', id: g.id, field: 'vzae' }),
        },
      });
  }
  return out;
}

const verpflichtungen: PlanRule = {
  scope: 'plan',
  name: 'Verpflichtungen',
  reads: (plan) => ({
    parts: ['verpflichtungen'],
    figures: plan.verpflichtungen.ermaechtigungen.map((ve) => vp(`folgejahr.${ve.jahr}`)),
  }),
  run: ({ plan, calc, title }) => verpflichtungChecks(plan, calc, title),
};

function verpflichtungChecks(plan: Plan, calc: Calculation, title: Title): Pruefung[] {
  const out: Pruefung[] = [];
  const t = plan.header.year;
  const jahre = registerJahre(plan);
  for (const v of plan.verpflichtungen.eintraege) {
    const where = `${VP} › ${v.bezeichnung}`;
    const gesamtKey = cellKey({ kind: 'verpflichtung', id: v.id });
    const text = (field: 'beginn' | 'ende') => textCellKey({ kind: 'verpflichtung', id: v.id, field });
    // An end before the start (a file can hold one; typing refuses it)
    if (v.beginn && v.ende && v.ende < v.beginn)
      out.push({
        id: `vp-ende-vor-beginn:${v.id}`,
        severity: 'Fehler',
        sheet: 'verpflichtungen',
        message: `${where}: das Ende ${formatMonat(v.ende)} liegt vor dem Beginn ${formatMonat(v.beginn)}; die Verpflichtung zahlt so nichts.`,
        location: { sheet: 'verpflichtungen', rowId: v.id, column: 'ende', textKey: text('ende') },
      });
    else if (v.profil === 'monatlich' && v.gesamt !== null && !verpflichtungLauf(v))
      out.push({
        id: `vp-ohne-laufzeit:${v.id}`,
        severity: 'Hinweis',
        sheet: 'verpflichtungen',
        message: `${where}: Beginn und Ende fehlen; ohne Laufzeit wird keine Kasse je Jahr berechnet.`,
        location: {
          sheet: 'verpflichtungen',
          rowId: v.id,
          column: v.beginn ? 'ende' : 'beginn',
          textKey: text(v.beginn ? 'ende' : 'beginn'),
        },
      });
    if (v.profil === 'jahresbetraege') {
      // Payments above the total
      const summe = v.jahresbetraege.reduce((s, j) => s + cents(j.betrag ?? 0), 0) / 100;
      if (v.gesamt !== null && summe > v.gesamt)
        out.push({
          id: `vp-ueber-gesamt:${v.id}`,
          severity: 'Fehler',
          sheet: 'verpflichtungen',
          message: `${where}: die Jahresbeträge (${formatEur(summe)}) übersteigen den Gesamtbetrag (${formatEur(v.gesamt)}).`,
          location: { sheet: 'verpflichtungen', rowId: v.id, cellKey: gesamtKey },
        });
      const lauf = verpflichtungLauf(v);
      if (lauf)
        for (const j of v.jahresbetraege) {
          const inside = j.jahr >= Math.floor(lauf.start / 12) && j.jahr <= Math.floor(lauf.end / 12);
          if (!inside && (j.betrag ?? 0) > 0 && jahre.includes(j.jahr))
            out.push({
              id: `vp-ausserhalb:${v.id}:${j.jahr}`,
              severity: 'Warnung',
              sheet: 'verpflichtungen',
              message: `${where}: ${formatEur(j.betrag)} im Jahr ${j.jahr}, außerhalb der Laufzeit ${formatMonat(v.beginn)} bis ${formatMonat(v.ende)}.`,
              location: {
                sheet: 'verpflichtungen',
                rowId: v.id,
                cellKey: cellKey({ kind: 'vpJahr', id: v.id, jahr: j.jahr }),
              },
            });
        }
    }
    const jahr = v.jahr ?? monatParts(v.beginn)?.jahr;
    if (jahr !== undefined && jahr > t)
      out.push({
        id: `vp-spaeter:${v.id}`,
        severity: 'Hinweis',
        sheet: 'verpflichtungen',
        message: `${where}: eingegangen ${jahr}, nach dem Planjahr ${t}; sie zählt weder zu den Vorbindungen noch zur Folgejahresbelastung ${t}.`,
        location: { sheet: 'verpflichtungen', rowId: v.id, column: 'jahr' },
      });
  }
  // Verpflichtungsermächtigung exceeded (C.2: a Hinweis only)
  for (const ve of plan.verpflichtungen.ermaechtigungen) {
    const load = calc.get(vp(`folgejahr.${ve.jahr}`));
    if (ve.betrag !== null && load !== null && load > ve.betrag)
      out.push({
        id: `ve-ueberschritten:${ve.jahr}`,
        severity: 'Hinweis',
        sheet: 'verpflichtungen',
        message: `${VP} › ${title(vp(`folgejahr.${ve.jahr}`))}: ${formatEur(load)} übersteigen die Verpflichtungsermächtigung ${ve.jahr} (${formatEur(ve.betrag)}).`,
        location: {
          sheet: 'verpflichtungen',
          figureId: vp(`folgejahr.${ve.jahr}`),
          cellKey: cellKey({ kind: 'ermaechtigung', jahr: ve.jahr }),
        },
      });
  }
  if (plan.verpflichtungen.vorbindungenAusRegister && plan.verpflichtungen.eintraege.length === 0)
    out.push({
      id: 'vp-register-leer',
      severity: 'Hinweis',
      sheet: 'verpflichtungen',
      message: `${VP}: die Vorbindungen ${t} kommen aus dem Verpflichtungsregister, das noch leer ist (0 €).`,
      location: { sheet: 'verpflichtungen', figureId: vp('vorbindungen') },
    });
  return out;
}

/** Beginn and Laufzeit on a row that ties up no EGT money (Hinweis). */
const mehrjahrOhneEgt: RowRule = {
  scope: 'row',
  name: 'Mehrjährige Zeile ohne EGT',
  reads: ONLY_ITS_ROW,
  run({ plan }, row, area) {
    if (row.beginn === undefined || row.laufzeit === undefined || rowLauf(plan, row)) return [];
    return [
      {
        id: `mj-nicht-egt:${row.id}`,
        severity: 'Hinweis',
        sheet: 'portfolio',
        message: `${PF} › ${area.name} › ${row.instrument}: Beginn und Laufzeit zählen nur für Zeilen aus dem EGT, die nicht nachrichtlich sind; diese Zeile bindet keine Folgejahre.`,
        location: { sheet: 'portfolio', rowId: row.id, areaId: area.id, column: 'laufzeit' },
      },
    ];
  },
};

const drittmittelRest: PlanRule = {
  scope: 'plan',
  name: 'Drittmittel Gesamtbewilligung',
  reads: (plan) => ({
    parts: ['drittmittel'],
    figures: plan.drittmittel.map((d) => `drittmittel.${d.id}.rest`),
  }),
  run: ({ plan, calc }) => drittmittelChecks(plan, calc),
};

function drittmittelChecks(plan: Plan, calc: Calculation): Pruefung[] {
  const out: Pruefung[] = [];
  for (const d of plan.drittmittel) {
    const rest = calc.get(`drittmittel.${d.id}.rest`);
    if (rest !== null && rest < 0)
      out.push({
        id: `drittmittel-rest:${d.id}`,
        severity: 'Fehler',
        sheet: 'drittmittel',
        message: `${DM} › ${d.programm}: Vorjahre und Planjahr zusammen übersteigen die Gesamtbewilligung (${formatEur(d.bewilligungGesamt)}) um ${formatEur(-rest)}.`,
        location: {
          sheet: 'drittmittel',
          rowId: d.id,
          figureId: `drittmittel.${d.id}.rest`,
          cellKey: cellKey({ kind: 'drittmittel', id: d.id, field: 'betragJahr' }),
        },
      });
  }
  return out;
}

/** In runChecks' order: after the checks of the plan as a whole, before the portfolio rows. */
export const BUDGET_RULES: readonly CheckRule[] = [
  globalbudget,
  umschichtung,
  personal,
  verpflichtungen,
  mehrjahrOhneEgt,
  drittmittelRest,
];
