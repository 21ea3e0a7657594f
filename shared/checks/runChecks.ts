/**
 * The checks a budget officer expects (fachkonzept §3). Every figure comes from the
 * calculation core; the checks only compare.
 */
import { Calculation } from '../calc/engine';
import { hh } from '../calc/egtChain';
import { deckelInForce } from '../calc/deckel';
import { figureTitle } from '../calc/figureDef';
import type { FigureId } from '../calc/expr';
import { kz } from '../calc/kennzahlen';
import { KENNZAHL_FBW } from '../calc/bildungsziele';
import { cellKey } from '../model/cellKey';
import { enthaltenMessage, enthaltenProblem } from '../model/enthaltenIn';
import type { InstrumentRow, Plan } from '../model/plan';
import { kategorieIndex } from '../model/stammdaten';
import { SHEET_LABELS } from '../model/sheets';
import { formatCount, formatEur, formatPercent } from '../format/numberFormat';
import { budgetChecks } from './budgetChecks';
import type { Pruefung } from './pruefung';
import { severityRank } from './pruefung';
import { zielChecks } from './zielChecks';
import { maxZielgruppenChecks, zielgruppenChecks } from './zielgruppenChecks';

const HH = SHEET_LABELS.haushalt;
const PF = SHEET_LABELS.portfolio;
const BZ = SHEET_LABELS.bildung;
const KZ = SHEET_LABELS.kennzahlen;
const DM = SHEET_LABELS.drittmittel;

/** Checks one instrument row can raise at most (see rowChecks; some exclude each other). */
const CHECKS_PER_ROW = 4;

/**
 * The most checks runChecks can report for `plan`, without calculating it: one per rule for the
 * whole plan, per Deckel, Bildungsziel, "darunter" line and Drittmittel programme,
 * CHECKS_PER_ROW per instrument row, those of the target groups (maxZielgruppenChecks) and a
 * generous bound for the Ziele and budget sheets (maxFeatureChecks). The import bounds the
 * Prüfungen sheet with it.
 */
export function maxChecks(plan: Plan): number {
  let rows = 0;
  for (const area of plan.schwerpunkte) for (const r of area.rows) if (r.kind === 'instrument') rows++;
  let darunter = 0;
  for (const c of plan.stammdaten.foerderkategorien)
    for (const l of c.lines) if (l.kind === 'darunter') darunter++;
  const wholePlan = 6; // Auslastung, Neufälle (plan, Vorjahr), FbW, Kennzahl II, Abschluss
  return (
    wholePlan +
    maxZielgruppenChecks(plan) +
    maxFeatureChecks(plan) +
    deckelInForce(plan).length +
    plan.bildungsziele.length +
    darunter +
    plan.drittmittel.length +
    CHECKS_PER_ROW * rows
  );
}

/**
 * At most what zielChecks and budgetChecks report: a bound, not a count (each rule once per
 * target, per target and dialogue, per budget line, commitment year and row, plus the sheet-wide
 * rules), so a plan's own workbook always fits.
 */
function maxFeatureChecks(plan: Plan): number {
  const zv = plan.zielvereinbarung;
  const vp = plan.verpflichtungen;
  let rows = 0;
  for (const area of plan.schwerpunkte) rows += area.rows.length;
  const vpJahre = vp.eintraege.reduce((n, v) => n + 5 + v.jahresbetraege.length, 0);
  return (
    12 * (zv.ziele.length + 1) +
    2 * zv.ziele.length * zv.dialoge.length +
    20 +
    plan.globalbudget.schaetzungen.length +
    plan.personal.projekte.length +
    plan.personal.gruppen.length +
    vpJahre +
    vp.ermaechtigungen.length +
    rows +
    plan.drittmittel.length
  );
}

export function runChecks(plan: Plan, calc: Calculation = new Calculation(plan)): Pruefung[] {
  const out: Pruefung[] = [];
  const t = plan.stammdaten.toleranzen;
  const year = plan.header.year;
  /** A figure as its definition names it, with its year ("EGT-Auslastung 2016"). */
  const title = (id: FigureId): string => {
    const def = calc.def(id);
    return def ? figureTitle(def) : id;
  };

  // EGT-Auslastung above 100 % (Warnung) or below 90 % (Hinweis)
  const auslastung = calc.get(hh('plan', 'egtAuslastung'));
  const rest = calc.get(hh('plan', 'restMittelFuerNeufaelle'));
  if (auslastung !== null && auslastung > t.auslastungWarnungUeber) {
    out.push({
      id: 'auslastung-ueber',
      severity: 'Warnung',
      sheet: 'haushalt',
      message: `${HH} › ${title(hh('plan', 'egtAuslastung'))}: ${formatPercent(auslastung)} liegt über ${formatPercent(t.auslastungWarnungUeber)} (Überplanung ${formatEur(-(rest ?? 0))}).`,
      location: { sheet: 'haushalt', figureId: hh('plan', 'egtAuslastung') },
    });
  } else if (auslastung !== null && auslastung < t.auslastungHinweisUnter) {
    out.push({
      id: 'auslastung-unter',
      severity: 'Hinweis',
      sheet: 'haushalt',
      message: `${HH} › ${title(hh('plan', 'egtAuslastung'))}: ${formatPercent(auslastung)} liegt unter ${formatPercent(t.auslastungHinweisUnter)} (nicht verplant ${formatEur(rest ?? 0)}).`,
      location: { sheet: 'haushalt', figureId: hh('plan', 'egtAuslastung') },
    });
  }

  // Mittel für Neufälle negative (Fehler)
  for (const col of ['plan', 'vorjahr'] as const) {
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

  // Legal cap of the plan year exceeded (Fehler)
  for (const rule of deckelInForce(plan)) {
    const anteil = calc.get(`deckel.${rule.id}.anteil`);
    if (anteil !== null && anteil > rule.maxAnteil) {
      out.push({
        id: `deckel:${rule.id}`,
        severity: 'Fehler',
        sheet: 'haushalt',
        message: `${HH} › Gesetzliche Obergrenze ${year}: ${formatEur(calc.get(`deckel.${rule.id}.betrag`))} sind ${formatPercent(anteil)} der Eingliederungsmittel, erlaubt sind höchstens ${formatPercent(rule.maxAnteil)} (${rule.label}).`,
        location: { sheet: 'haushalt', figureId: `deckel.${rule.id}.anteil` },
      });
    }
  }

  // davon > total (Fehler): Bildungszielplanung rows, Kennzahlen darunter lines, Drittmittel Personal
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
  for (const d of plan.drittmittel) {
    if ((d.davonPersonal ?? 0) > (d.betragJahr ?? 0)) {
      out.push({
        id: `drittmittel-davon:${d.id}`,
        severity: 'Fehler',
        sheet: 'drittmittel',
        message: `${DM} › ${d.programm}: davon Personal (${formatEur(d.davonPersonal)}) ist größer als der Betrag ${year} (${formatEur(d.betragJahr ?? 0)}).`,
        location: {
          sheet: 'drittmittel',
          rowId: d.id,
          cellKey: cellKey({ kind: 'drittmittel', id: d.id, field: 'davonPersonal' }),
        },
      });
    }
  }

  // Bildungszielplanung total ≠ FbW Eintritte (Warnung)
  const hasFbw = plan.schwerpunkte.some((s) =>
    s.rows.some((r) => r.kind === 'instrument' && r.fbw && !r.nachrichtlich),
  );
  const bgs = calc.get('bildung.foerderungBgs') ?? 0;
  if (!hasFbw && bgs > 0) {
    out.push({
      id: 'bildung-fbw-fehlt',
      severity: 'Hinweis',
      sheet: 'bildung',
      message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} geplant, aber keine Zeile im ${PF} ist als FbW-Zeile markiert.`,
      location: { sheet: 'bildung', figureId: 'bildung.foerderungBgs' },
    });
  } else if (hasFbw && calc.get('bildung.differenzFbw') !== 0) {
    out.push({
      id: 'bildung-fbw',
      severity: 'Warnung',
      sheet: 'bildung',
      message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} entspricht nicht den ${formatCount(calc.get('bildung.fbwEintritte'))} Eintritten der FbW-Zeile im ${PF}.`,
      location: { sheet: 'bildung', figureId: 'bildung.foerderungBgs' },
    });
  }
  // Bildungsgutscheine are places of Kennzahl II (every row of the category, not only the FbW row)
  const differenzII = calc.get('bildung.differenzKennzahlII');
  if (differenzII !== null && differenzII !== 0) {
    const plaetzeII = calc.get(kz(KENNZAHL_FBW, 'plaetze')) ?? 0;
    const cat = plan.stammdaten.foerderkategorien.find((c) => c.key === KENNZAHL_FBW);
    out.push({
      id: 'bildung-kennzahl-ii',
      severity: 'Warnung',
      sheet: 'bildung',
      message: `${BZ} › ${title('bildung.foerderungBgs')}: ${formatCount(bgs)} Bildungsgutscheine, aber ${formatCount(plaetzeII)} Plätze in ${KZ} › ${KENNZAHL_FBW}. ${cat?.name ?? ''} (${title('bildung.differenzKennzahlII')}: ${formatCount(differenzII)}).`,
      location: { sheet: 'bildung', figureId: 'bildung.differenzKennzahlII' },
    });
  }
  // Σ davon abschlussorientiert equals the "darunter abschlussorientiert" line of Kennzahlen
  const darunter = plan.stammdaten.foerderkategorien
    .flatMap((c) => c.lines)
    .find((l) => l.kind === 'darunter');
  if (darunter) {
    const bzAbschluss = calc.get('bildung.davonAbschluss') ?? 0;
    const kzAbschluss = calc.get(kz(darunter.key, 'plaetze')) ?? 0;
    if (bzAbschluss !== kzAbschluss) {
      out.push({
        id: 'bildung-kennzahl-abschluss',
        severity: 'Warnung',
        sheet: 'bildung',
        message: `${BZ} › ${title('bildung.davonAbschluss')}: ${formatCount(bzAbschluss)} entspricht nicht der Zeile „${darunter.name}“ der ${KZ} (${formatCount(kzAbschluss)}).`,
        location: { sheet: 'bildung', figureId: 'bildung.davonAbschluss' },
      });
    }
  }

  out.push(...budgetChecks(plan, calc));

  const kategorien = kategorieIndex(plan.stammdaten);
  for (const area of plan.schwerpunkte) {
    for (const row of area.rows) {
      if (row.kind === 'instrument') out.push(...rowChecks(plan, row, area.name, area.id, calc, kategorien));
    }
  }

  out.push(...zielChecks(plan, calc));
  out.push(...zielgruppenChecks(plan, calc));

  return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

function rowChecks(
  plan: Plan,
  row: InstrumentRow,
  areaName: string,
  areaId: string,
  calc: Calculation,
  kategorien: ReturnType<typeof kategorieIndex>,
): Pruefung[] {
  const out: Pruefung[] = [];
  const where = `${PF} › ${areaName} › ${row.instrument}`;
  const at = (field: 'eintritte' | 'mittelansatz' | 'vorjahrMittel') => ({
    sheet: 'portfolio' as const,
    rowId: row.id,
    areaId,
    cellKey: cellKey({ kind: 'row', id: row.id, field }),
  });
  // A row with Mittelansatz but no Eintritte (Warnung)
  if ((row.mittelansatz ?? 0) > 0 && !(row.eintritte ?? 0)) {
    out.push({
      id: `row-mittel-ohne-eintritte:${row.id}`,
      severity: 'Warnung',
      sheet: 'portfolio',
      message: `${where}: Mittelansatz ${formatEur(row.mittelansatz)}, aber keine Eintritte geplant.`,
      location: at('eintritte'),
    });
  }
  // EGT financing without a category (Warnung); a category the master data does not know
  if (row.finanzierung.art === 'EGT' && !row.kategorie && !row.nachrichtlich) {
    out.push({
      id: `row-ohne-kategorie:${row.id}`,
      severity: 'Warnung',
      sheet: 'portfolio',
      message: `${where}: aus dem EGT finanziert, aber keine Förderkategorie zugeordnet.`,
      location: { ...at('eintritte') },
    });
  } else if (row.kategorie && !kategorien.has(row.kategorie)) {
    out.push({
      id: `row-kategorie-unbekannt:${row.id}`,
      severity: 'Warnung',
      sheet: 'portfolio',
      message: `${where}: Förderkategorie „${row.kategorie}“ ist in den Stammdaten nicht vorhanden.`,
      location: at('eintritte'),
    });
  }
  // "enthalten in" a row whose money is not counted (a cycle, a chain, nachrichtlich): plans
  // stored before the rule of model/enthaltenIn.ts still open, so the checks report it (Fehler)
  if (row.finanzierung.art === 'enthalten' && row.finanzierung.inRowId !== null) {
    const problem = enthaltenProblem(plan, row, row.finanzierung.inRowId);
    if (problem) {
      out.push({
        id: `row-enthalten:${row.id}`,
        severity: 'Fehler',
        sheet: 'portfolio',
        message: `${where}: ${enthaltenMessage(problem)}.`,
        location: at('eintritte'),
      });
    }
  }
  if (row.finanzierung.art === 'Drittmittel') {
    const id = row.finanzierung.programmId;
    if (!id || !plan.drittmittel.some((d) => d.id === id)) {
      out.push({
        id: `row-drittmittel-ohne-programm:${row.id}`,
        severity: 'Hinweis',
        sheet: 'portfolio',
        message: `${where}: Finanzierung aus Drittmitteln, aber kein Programm der Drittmittel-Tabelle zugeordnet.`,
        location: at('mittelansatz'),
      });
    }
  }
  // Kosten je Eintritt far from the Vorjahr (Hinweis)
  const kje = calc.get(`row.${row.id}.kostenJeEintritt`);
  const kjeVj = calc.get(`row.${row.id}.vorjahrKostenJeEintritt`);
  const limit = plan.stammdaten.toleranzen.kostenJeEintrittAbweichung;
  if (kje !== null && kjeVj !== null && kjeVj > 0 && Math.abs(kje / kjeVj - 1) > limit) {
    out.push({
      id: `row-kje-abweichung:${row.id}`,
      severity: 'Hinweis',
      sheet: 'portfolio',
      message: `${where}: Kosten je Eintritt ${formatEur(kje)} weichen um ${formatPercent(kje / kjeVj - 1)} vom Vorjahr (${formatEur(kjeVj)}) ab (Schwelle ${formatPercent(limit)}).`,
      location: at('mittelansatz'),
    });
  }
  return out;
}
