/**
 * The checks of the plan as a whole (fachkonzept §3): the EGT chain, the legal caps, "davon"
 * lines larger than their total, Bildungszielplanung against the Maßnahmeportfolio and the
 * Kennzahlen. Every figure comes from the calculation core; the checks only compare.
 */
import { hh } from '../calc/egtChain';
import { deckelInForce } from '../calc/deckel';
import { kz } from '../calc/kennzahlen';
import { KENNZAHL_FBW } from '../calc/bildungsziele';
import { cellKey } from '../model/cellKey';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { formatCount, formatEur, formatPercent } from '../format/numberFormat';
import type { PlanRule } from './checkRule';
import type { Pruefung } from './pruefung';

const HH = SHEET_LABELS.haushalt;
const PF = SHEET_LABELS.portfolio;
const BZ = SHEET_LABELS.bildung;
const KZ = SHEET_LABELS.kennzahlen;
const DM = SHEET_LABELS.drittmittel;

/** EGT-Auslastung above the Warnung threshold or below the Hinweis threshold. */
const auslastung: PlanRule = {
  scope: 'plan',
  name: 'EGT-Auslastung',
  reads: () => ({ figures: [hh('plan', 'egtAuslastung'), hh('plan', 'restMittelFuerNeufaelle')] }),
  run({ plan, calc, title }) {
    const t = plan.stammdaten.toleranzen;
    const value = calc.get(hh('plan', 'egtAuslastung'));
    const rest = calc.get(hh('plan', 'restMittelFuerNeufaelle'));
    if (value !== null && value > t.auslastungWarnungUeber)
      return [
        {
          id: 'auslastung-ueber',
          severity: 'Warnung',
          sheet: 'haushalt',
          message: `${HH} › ${title(hh('plan', 'egtAuslastung'))}: ${formatPercent(value)} liegt über ${formatPercent(t.auslastungWarnungUeber)} (Überplanung ${formatEur(-(rest ?? 0))}).`,
          location: { sheet: 'haushalt', figureId: hh('plan', 'egtAuslastung') },
        },
      ];
    if (value !== null && value < t.auslastungHinweisUnter)
      return [
        {
          id: 'auslastung-unter',
          severity: 'Hinweis',
          sheet: 'haushalt',
          message: `${HH} › ${title(hh('plan', 'egtAuslastung'))}: ${formatPercent(value)} liegt unter ${formatPercent(t.auslastungHinweisUnter)} (nicht verplant ${formatEur(rest ?? 0)}).`,
          location: { sheet: 'haushalt', figureId: hh('plan', 'egtAuslastung') },
        },
      ];
    return [];
  },
};

const COLUMNS = ['plan', 'vorjahr'] as const;

/** Mittel für Neufälle negative (Fehler). */
const neufaelleNegativ: PlanRule = {
  scope: 'plan',
  name: 'Mittel für Neufälle negativ',
  reads: () => ({ figures: COLUMNS.map((col) => hh(col, 'mittelFuerNeufaelle')) }),
  run({ calc, title }) {
    const out: Pruefung[] = [];
    for (const col of COLUMNS) {
      const neufaelle = calc.get(hh(col, 'mittelFuerNeufaelle'));
      if (neufaelle !== null && neufaelle < 0) {
        out.push({
          id: `neufaelle-negativ:${col}`,
          severity: 'Fehler',
          sheet: 'haushalt',
          message: `${HH} › ${title(hh(col, 'mittelFuerNeufaelle'))}: ${formatEur(neufaelle)} ist negativ; die Vorbindungen übersteigen das verfügbare EGT.`,
          location: {
            sheet: 'haushalt',
            figureId: hh(col, 'mittelFuerNeufaelle'),
            cellKey: cellKey({ kind: 'haushalt', field: 'vorbindungen', col }),
          },
        });
      }
    }
    return out;
  },
};

/** Legal cap of the plan year exceeded (Fehler). */
const deckel: PlanRule = {
  scope: 'plan',
  name: 'Gesetzliche Obergrenze',
  reads: (plan) => ({
    figures: deckelInForce(plan).flatMap((rule) => [`deckel.${rule.id}.anteil`, `deckel.${rule.id}.betrag`]),
  }),
  run({ plan, calc }) {
    const out: Pruefung[] = [];
    for (const rule of deckelInForce(plan)) {
      const anteil = calc.get(`deckel.${rule.id}.anteil`);
      if (anteil !== null && anteil > rule.maxAnteil) {
        out.push({
          id: `deckel:${rule.id}`,
          severity: 'Fehler',
          sheet: 'haushalt',
          message: `${HH} › Gesetzliche Obergrenze ${plan.header.year}: ${formatEur(calc.get(`deckel.${rule.id}.betrag`))} sind ${formatPercent(anteil)} der Eingliederungsmittel, erlaubt sind höchstens ${formatPercent(rule.maxAnteil)} (${rule.label}).`,
          location: { sheet: 'haushalt', figureId: `deckel.${rule.id}.anteil` },
        });
      }
    }
    return out;
  },
};

/** Bildungszielplanung: davon abschlussorientiert > Förderung BGS (Fehler). */
const bildungDavon: PlanRule = {
  scope: 'plan',
  name: 'Bildungszielplanung davon',
  reads: (plan) => ({
    keys: plan.bildungsziele.flatMap((b) => [
      cellKey({ kind: 'bildung', bereich: b.bereich, field: 'davonAbschluss' }),
      cellKey({ kind: 'bildung', bereich: b.bereich, field: 'foerderungBgs' }),
    ]),
  }),
  run({ plan }) {
    const out: Pruefung[] = [];
    for (const b of plan.bildungsziele) {
      if ((b.davonAbschluss ?? 0) > (b.foerderungBgs ?? 0)) {
        out.push({
          id: `bildung-davon:${b.bereich}`,
          severity: 'Fehler',
          sheet: 'bildung',
          message: `${BZ} › ${plan.stammdaten.berufsbereiche[b.bereich - 1] ?? `Berufsbereich ${b.bereich}`}: davon abschlussorientiert (${formatCount(b.davonAbschluss)}) ist größer als Förderung BGS (${formatCount(b.foerderungBgs ?? 0)}).`,
          location: {
            sheet: 'bildung',
            cellKey: cellKey({ kind: 'bildung', bereich: b.bereich, field: 'davonAbschluss' }),
          },
        });
      }
    }
    return out;
  },
};

/** Kennzahlen: a "darunter" line with more Plätze than its Förderkategorie (Fehler). */
const kennzahlDavon: PlanRule = {
  scope: 'plan',
  name: 'Kennzahlen darunter',
  reads: (plan) => ({
    figures: plan.stammdaten.foerderkategorien.flatMap((c) =>
      c.lines.some((l) => l.kind === 'darunter')
        ? [
            kz(c.key, 'plaetze'),
            ...c.lines.filter((l) => l.kind === 'darunter').map((l) => kz(l.key, 'plaetze')),
          ]
        : [],
    ),
  }),
  run({ plan, calc }) {
    const out: Pruefung[] = [];
    for (const c of plan.stammdaten.foerderkategorien) {
      for (const l of c.lines.filter((x) => x.kind === 'darunter')) {
        const davon = calc.get(kz(l.key, 'plaetze')) ?? 0;
        const total = calc.get(kz(c.key, 'plaetze')) ?? 0;
        if (davon > total) {
          out.push({
            id: `kennzahl-davon:${l.key}`,
            severity: 'Fehler',
            sheet: 'kennzahlen',
            message: `${KZ} › ${c.key}. ${c.name}, ${l.name}: ${formatCount(davon)} Plätze sind mehr als die ${formatCount(total)} Plätze der Kategorie.`,
            location: {
              sheet: 'kennzahlen',
              cellKey: cellKey({ kind: 'kennzahl', key: l.key, field: 'plaetzePlan' }),
            },
          });
        }
      }
    }
    return out;
  },
};

/** Drittmittel: davon Personal > Betrag of the year (Fehler). */
const drittmittelDavon: PlanRule = {
  scope: 'plan',
  name: 'Drittmittel davon Personal',
  reads: (plan) => ({
    keys: plan.drittmittel.flatMap((d) => [
      cellKey({ kind: 'drittmittel', id: d.id, field: 'davonPersonal' }),
      cellKey({ kind: 'drittmittel', id: d.id, field: 'betragJahr' }),
    ]),
  }),
  run({ plan }) {
    const out: Pruefung[] = [];
    for (const d of plan.drittmittel) {
      if ((d.davonPersonal ?? 0) > (d.betragJahr ?? 0)) {
        out.push({
          id: `drittmittel-davon:${d.id}`,
          severity: 'Fehler',
          sheet: 'drittmittel',
          message: `${DM} › ${d.programm}: davon Personal (${formatEur(d.davonPersonal)}) ist größer als der Betrag ${plan.header.year} (${formatEur(d.betragJahr ?? 0)}).`,
          location: {
            sheet: 'drittmittel',
            rowId: d.id,
            cellKey: cellKey({ kind: 'drittmittel', id: d.id, field: 'davonPersonal' }),
          },
        });
      }
    }
    return out;
  },
};

/** Bildungszielplanung total ≠ FbW Eintritte (Warnung), or planned without any FbW row (Hinweis). */
const bildungFbw: PlanRule = {
  scope: 'plan',
  name: 'Bildungszielplanung und FbW-Eintritte',
  reads: () => ({ figures: ['bildung.foerderungBgs', 'bildung.differenzFbw', 'bildung.fbwEintritte'] }),
  run({ plan, calc, title }) {
    // Which rows are FbW rows is structure (patchRow), so this scan runs only after such a change.
    const hasFbw = plan.schwerpunkte.some((s) =>
      s.rows.some((r) => r.kind === 'instrument' && r.fbw && !r.nachrichtlich),
    );
    const bgs = calc.get('bildung.foerderungBgs') ?? 0;
    if (!hasFbw && bgs > 0)
      return [
        {
          id: 'bildung-fbw-fehlt',
          severity: 'Hinweis',
          sheet: 'bildung',
          message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} geplant, aber keine Zeile im ${PF} ist als FbW-Zeile markiert.`,
          location: { sheet: 'bildung', figureId: 'bildung.foerderungBgs' },
        },
      ];
    if (hasFbw && calc.get('bildung.differenzFbw') !== 0)
      return [
        {
          id: 'bildung-fbw',
          severity: 'Warnung',
          sheet: 'bildung',
          message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} entspricht nicht den ${formatCount(calc.get('bildung.fbwEintritte'))} Eintritten der FbW-Zeile im ${PF}.`,
          location: { sheet: 'bildung', figureId: 'bildung.foerderungBgs' },
        },
      ];
    return [];
  },
};

/** Bildungsgutscheine are places of Kennzahl II (every row of the category, not only the FbW row) (Warnung). */
const bildungKennzahlII: PlanRule = {
  scope: 'plan',
  name: 'Bildungszielplanung und Kennzahl II',
  reads: () => ({
    figures: ['bildung.differenzKennzahlII', 'bildung.foerderungBgs', kz(KENNZAHL_FBW, 'plaetze')],
  }),
  run({ plan, calc, title }) {
    const differenzII = calc.get('bildung.differenzKennzahlII');
    if (differenzII === null || differenzII === 0) return [];
    const bgs = calc.get('bildung.foerderungBgs') ?? 0;
    const plaetzeII = calc.get(kz(KENNZAHL_FBW, 'plaetze')) ?? 0;
    const cat = plan.stammdaten.foerderkategorien.find((c) => c.key === KENNZAHL_FBW);
    return [
      {
        id: 'bildung-kennzahl-ii',
        severity: 'Warnung',
        sheet: 'bildung',
        message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} Bildungsgutscheine, aber ${formatCount(plaetzeII)} Plätze in ${KZ} › ${KENNZAHL_FBW}. ${cat?.name ?? ''} (${title('bildung.differenzKennzahlII')}: ${formatCount(differenzII)}).`,
        location: { sheet: 'bildung', figureId: 'bildung.differenzKennzahlII' },
      },
    ];
  },
};

const darunterLine = (plan: Plan) =>
  plan.stammdaten.foerderkategorien.flatMap((c) => c.lines).find((l) => l.kind === 'darunter');

/** Σ davon abschlussorientiert equals the "darunter abschlussorientiert" line of the Kennzahlen (Warnung). */
const bildungKennzahlAbschluss: PlanRule = {
  scope: 'plan',
  name: 'Bildungszielplanung und Kennzahlen',
  reads: (plan) => {
    const darunter = darunterLine(plan);
    return { figures: darunter ? ['bildung.davonAbschluss', kz(darunter.key, 'plaetze')] : [] };
  },
  run({ plan, calc, title }) {
    const darunter = darunterLine(plan);
    if (!darunter) return [];
    const bzAbschluss = calc.get('bildung.davonAbschluss') ?? 0;
    const kzAbschluss = calc.get(kz(darunter.key, 'plaetze')) ?? 0;
    if (bzAbschluss === kzAbschluss) return [];
    return [
      {
        id: 'bildung-kennzahl-abschluss',
        severity: 'Warnung',
        sheet: 'bildung',
        message: `${BZ} › ${title('bildung.davonAbschluss')}: ${formatCount(bzAbschluss)} entspricht nicht der Zeile „${darunter.name}“ der ${KZ} (${formatCount(kzAbschluss)}).`,
        location: { sheet: 'bildung', figureId: 'bildung.davonAbschluss' },
      },
    ];
  },
};

/** The checks of the plan as a whole, in the order the Prüfungen list shows them within a severity. */
export const PLAN_RULES: readonly PlanRule[] = [
  auslastung,
  neufaelleNegativ,
  deckel,
  bildungDavon,
  kennzahlDavon,
  drittmittelDavon,
  bildungFbw,
  bildungKennzahlII,
  bildungKennzahlAbschluss,
];
