/**
 * Globalbudget (zielplanung.md B): the dated estimates of Verwaltungsbudget and
 * Eingliederungsmittel with their Differenz, the Grundlage, the Umschichtung the Verwaltungs-
 * budget needs, and the staff it pays for (Soll- and Projekt-VZÄ, caseloads).
 */
import { hh } from '../calc/egtChain';
import { gb, gs, ps } from '../calc/globalbudget';
import { formatMonat } from '../format/monthFormat';
import { cellKey } from '../model/cellKey';
import type { GlobalbudgetField, PersonalField } from '../model/cellKey';
import { grundlageGrund, grundlageSchaetzung, schaetzungLabel } from '../model/grundlage';
import {
  GLOBALBUDGET_FIELD_LABELS,
  GRUPPE_FIELD_LABELS,
  HAUSHALT_FIELD_LABELS,
  PERSONAL_FIELD_LABELS,
  PROJEKT_VZAE_LABEL,
  SCHAETZUNG_FIELD_LABELS,
} from '../model/inputLabels';
import type { Plan, YearColumn } from '../model/plan';
import { YEAR_COLUMNS } from '../model/plan';
import { quoteNote, withNote } from './haushalt';
import type { Format, Labels, OutlineCell, OutlineColumn, OutlineRow, OutlineTable } from './types';
import { column } from './types';
import { choice, fig, view } from './budgetCells';
import { yearColumns, yearOf } from './yearColumns';

export interface GlobalbudgetOutline {
  schaetzungen: OutlineTable;
  grundlage: OutlineTable;
  umschichtung: OutlineTable;
  personal: OutlineTable;
  projekte: OutlineTable;
  betreuung: OutlineTable;
}

function schaetzungenTable(plan: Plan): OutlineTable {
  const g = grundlageSchaetzung(plan);
  const list = plan.globalbudget.schaetzungen;
  const rows = list.map((s, i): OutlineRow => {
    const input = (field: 'vwb' | 'egm'): OutlineCell => ({
      kind: 'input',
      key: cellKey({ kind: 'schaetzung', id: s.id, field }),
      label: `${SCHAETZUNG_FIELD_LABELS[field]} (${schaetzungLabel(s)})`,
      format: 'eur',
    });
    const diff = i > 0;
    return {
      id: `gs:${s.id}`,
      style: 'data',
      planRowId: s.id,
      cells: {
        art: choice(plan, 'schaetzungArt', s.id),
        stand: {
          kind: 'name',
          target: { kind: 'schaetzung', id: s.id, field: 'stand' },
          text: formatMonat(s.stand),
        },
        vwb: input('vwb'),
        egm: input('egm'),
        gesamt: fig(gs(s.id, 'gesamt')),
        vwbAnteil: fig(gs(s.id, 'vwbAnteil'), 'ratio'),
        ...(diff
          ? {
              diffVwb: fig(gs(s.id, 'diffVwb')),
              diffEgm: fig(gs(s.id, 'diffEgm')),
              diffGesamt: fig(gs(s.id, 'diffGesamt')),
              diffProbe: fig(gs(s.id, 'diffProbe')),
            }
          : {}),
        rolle: { kind: 'text', text: g?.id === s.id ? 'Grundlage' : '' },
      },
    };
  });
  const columns: OutlineColumn[] = [
    {
      id: 'art',
      header: 'Schätzung',
      align: 'left',
      grid: { width: 300, minWidth: 200, flex: 1 },
      excel: { width: 44, wrap: true },
      print: { width: 22 },
    },
    column('stand', 'Stand', 'left', { grid: 90, excel: 10, print: 8 }),
    column('vwb', SCHAETZUNG_FIELD_LABELS.vwb, 'right', { grid: 150, excel: 16, print: 11 }),
    column('egm', SCHAETZUNG_FIELD_LABELS.egm, 'right', { grid: 150, excel: 16, print: 11 }),
    column('gesamt', 'Gesamt', 'right', { grid: 150, excel: 16, print: 11 }),
    {
      id: 'vwbAnteil',
      header: 'Anteil VWB',
      align: 'right',
      grid: { width: 90, tooltip: 'Anteil des Verwaltungsbudgets am Gesamt' },
      excel: { width: 11 },
      print: { width: 7 },
    },
    column('diffVwb', 'Differenz VWB', 'right', { grid: 130, excel: 15, print: 10 }),
    column('diffEgm', 'Differenz EGM', 'right', { grid: 130, excel: 15, print: 10 }),
    column('diffGesamt', 'Differenz Gesamt', 'right', { grid: 130, excel: 15, print: 10 }),
    // The workbook checks the total both ways: Σ of the lines' Differenz beside the Gesamt's.
    column('diffProbe', 'Probe: Differenz VWB + EGM', 'right', { excel: 15 }),
    column('rolle', 'Rolle', 'left', { grid: 90, excel: 11 }),
  ];
  return {
    id: 'schaetzungen',
    caption: `Globalbudget ${plan.header.year}: Schätzungen`,
    columns,
    rows,
    notes: [
      'Differenz = Wert der Schätzung − Wert der Schätzung davor (negativ: niedriger).',
      `VWB = Verwaltungsbudget, EGM = Eingliederungsmittel. Grundlage: ${g ? `${schaetzungLabel(g)} (${grundlageGrund(plan)})` : 'keine'}.`,
    ],
  };
}

/** Position and one value: the smaller tables of the sheet. */
function amountColumns(value = 'Betrag'): OutlineColumn[] {
  return [
    {
      id: 'position',
      header: 'Position',
      align: 'left',
      grid: { width: 440, minWidth: 240, flex: 1 },
      excel: { width: 62, wrap: true },
      print: { width: 70 },
    },
    {
      id: 'wert',
      header: value,
      align: 'right',
      grid: { width: 320, wrap: true },
      excel: { width: 22, wrap: true },
      print: { width: 30 },
    },
  ];
}

const line = (
  id: string,
  text: string,
  wert: OutlineCell,
  style: OutlineRow['style'] = 'data',
): OutlineRow => ({
  id,
  style,
  cells: { position: { kind: 'text', text }, wert },
});

function grundlageTable(plan: Plan, labels: Labels): OutlineTable {
  return {
    id: 'grundlage',
    caption: `Grundlage ${plan.header.year}`,
    columns: amountColumns('Wert'),
    rows: [
      line(
        'gl:wahl',
        'Grundlage (gewählte Schätzung; der endgültige Wert der Verordnung ersetzt sie)',
        choice(plan, 'grundlage', ''),
      ),
      line('gl:vwb', labels.of(gb('grundlage.vwb')), fig(gb('grundlage.vwb'))),
      line('gl:egm', labels.of(gb('grundlage.egm')), fig(gb('grundlage.egm'))),
      line('gl:gesamt', labels.of(gb('grundlage.gesamt')), fig(gb('grundlage.gesamt')), 'subtotal'),
      line('gl:anteil', labels.of(gb('grundlage.vwbAnteil')), fig(gb('grundlage.vwbAnteil'), 'ratio')),
      line(
        'gl:mittelausstattung',
        `${HAUSHALT_FIELD_LABELS.mittelausstattung} ${plan.header.year} im Haushalt (EGT) aus der Grundlage`,
        choice(plan, 'mittelausstattungAusGrundlage', ''),
      ),
    ],
  };
}

function umschichtungTable(plan: Plan, labels: Labels): OutlineTable {
  const gbInput = (field: GlobalbudgetField, format: Format = 'eur'): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'globalbudget', field }),
    label: GLOBALBUDGET_FIELD_LABELS[field],
    format,
  });
  const planOnly = (
    id: string,
    text: string,
    cell: OutlineCell,
    style: OutlineRow['style'] = 'data',
  ): OutlineRow => ({
    id,
    style,
    cells: { position: { kind: 'text', text }, plan: cell },
  });
  const both = (
    id: string,
    text: string,
    cell: (col: YearColumn) => OutlineCell,
    extra: Partial<OutlineRow> = {},
  ): OutlineRow => ({
    id,
    style: 'data',
    ...extra,
    cells: { position: { kind: 'text', text }, ...Object.fromEntries(YEAR_COLUMNS.map((c) => [c, cell(c)])) },
  });
  const pair = (field: 'umschichtung' | 'umschichtungsquote'): OutlineCell[] =>
    YEAR_COLUMNS.map((col) => ({
      kind: 'input',
      key: cellKey({ kind: 'haushalt', field, col }),
      figure: hh(col, field),
      label: `${HAUSHALT_FIELD_LABELS[field]} ${yearOf(plan, col)}`,
      format: field === 'umschichtung' ? 'eur' : 'ratio',
    }));
  const [betragPlan, betragVj] = pair('umschichtung');
  const [quotePlan, quoteVj] = pair('umschichtungsquote');
  const vj = plan.header.vorjahr;
  return {
    id: 'umschichtung',
    caption: `Umschichtung ${plan.header.year} in das Verwaltungsbudget`,
    columns: [
      {
        id: 'position',
        header: 'Position',
        align: 'left',
        grid: { width: 440, minWidth: 240, flex: 1 },
        excel: { width: 62, wrap: true },
        print: { width: 58 },
      },
      ...yearColumns(plan, 21).map((c) => ({ ...c, grid: { width: 260, wrap: true } })),
    ],
    rows: [
      planOnly('us:personal', labels.of(ps('personalkosten')), view(ps('personalkosten'))),
      planOnly('us:sach', `+ ${GLOBALBUDGET_FIELD_LABELS.sachkosten}`, gbInput('sachkosten')),
      planOnly(
        'us:ausgaben',
        `= ${labels.of(gb('verwaltungsausgaben'))}`,
        fig(gb('verwaltungsausgaben')),
        'subtotal',
      ),
      planOnly('us:vwb', `− ${labels.of(gb('grundlage.vwb'))}`, view(gb('grundlage.vwb'))),
      planOnly(
        'us:brutto',
        `= ${labels.of(gb('umschichtungBrutto'))}`,
        fig(gb('umschichtungBrutto')),
        'subtotal',
      ),
      planOnly('us:einmal', `− ${GLOBALBUDGET_FIELD_LABELS.einmaleffekte}`, gbInput('einmaleffekte')),
      planOnly('us:netto', `= ${labels.of(gb('umschichtungNetto'))}`, fig(gb('umschichtungNetto')), 'total'),
      {
        id: 'us:basiswahl',
        style: 'data',
        cells: {
          position: { kind: 'text', text: 'Basis der Umschichtungsquote' },
          plan: choice(plan, 'umschichtungsbasis', ''),
          vorjahr: choice(plan, 'umschichtungsbasisVorjahr', ''),
        },
      },
      both('us:basis', 'Betrag der Basis', (col) => fig(hh(col, 'umschichtungsbasis'))),
      planOnly(
        'us:bedarfsquote',
        withNote(labels.of(gb('bedarfsquote')), quoteNote(labels).replace(/;.*$/, '')),
        fig(gb('bedarfsquote'), 'ratio'),
      ),
      // The pair is typed here or in the Haushalt: the grid and the print show it here too,
      // the workbook keeps its one cell in the Haushalt and shows it here as a copy.
      {
        ...both('us:betrag', HAUSHALT_FIELD_LABELS.umschichtung, (c) =>
          c === 'plan' ? betragPlan! : betragVj!,
        ),
        only: ['grid', 'print'],
      },
      {
        ...both('us:quote', withNote(HAUSHALT_FIELD_LABELS.umschichtungsquote, quoteNote(labels)), (c) =>
          c === 'plan' ? quotePlan! : quoteVj!,
        ),
        level: 1,
        only: ['grid', 'print'],
      },
      {
        ...both('us:betragKopie', HAUSHALT_FIELD_LABELS.umschichtung, (c) => view(hh(c, 'umschichtung'))),
        only: ['excel'],
      },
      {
        ...both('us:quoteKopie', withNote(HAUSHALT_FIELD_LABELS.umschichtungsquote, quoteNote(labels)), (c) =>
          view(hh(c, 'umschichtungsquote'), 'ratio'),
        ),
        level: 1,
        only: ['excel'],
      },
      planOnly('us:abweichung', labels.of(gb('abweichungBedarf')), fig(gb('abweichungBedarf'))),
      planOnly(
        'us:egmNach',
        withNote(
          labels.of(gb('egmNachUmschichtung')),
          `Basis „${labels.of(hh('plan', 'umschichtungsbasis'))}“`,
        ),
        fig(gb('egmNachUmschichtung')),
      ),
      {
        id: 'us:obergrenze',
        style: 'data',
        cells: {
          position: {
            kind: 'text',
            text: `${GLOBALBUDGET_FIELD_LABELS.obergrenzeVorjahr} (geplant für ${vj})`,
          },
          vorjahr: gbInput('obergrenzeVorjahr', 'ratio'),
        },
      },
      {
        id: 'us:obergrenzeBasis',
        style: 'data',
        level: 1,
        cells: {
          position: { kind: 'text', text: GLOBALBUDGET_FIELD_LABELS.obergrenzeVorjahrBasis },
          vorjahr: gbInput('obergrenzeVorjahrBasis'),
        },
      },
      {
        id: 'us:obergrenzeBetrag',
        style: 'data',
        level: 1,
        cells: {
          position: { kind: 'text', text: labels.of(gb('obergrenzeVorjahrBetrag')) },
          vorjahr: fig(gb('obergrenzeVorjahrBetrag')),
        },
      },
    ],
    notes: [
      'Umschichtungsbedarf = geplante Verwaltungsausgaben − Verwaltungsbudget laut Grundlage, netto nach Einmaleffekten.',
      'Betrag oder Anteil der Umschichtung: die zuletzt eingegebene Angabe gilt, die andere folgt.',
    ],
  };
}

function personalTable(plan: Plan, labels: Labels): OutlineTable {
  const input = (field: PersonalField, format: Format): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'personal', field }),
    label: PERSONAL_FIELD_LABELS[field],
    format,
  });
  return {
    id: 'personal',
    caption: `Personal ${plan.header.year}`,
    columns: amountColumns('Wert'),
    rows: [
      line('ps:soll', PERSONAL_FIELD_LABELS.sollVzae, input('sollVzae', 'decimal')),
      line('ps:projekt', `+ ${labels.of(ps('projektVzae'))}`, fig(ps('projektVzae'), 'decimal')),
      line('ps:gesamt', `= ${labels.of(ps('vzaeGesamt'))}`, fig(ps('vzaeGesamt'), 'decimal'), 'subtotal'),
      line(
        'ps:vwb',
        withNote(labels.of(ps('vzaeVwb')), 'Soll und Projekte des VWB'),
        fig(ps('vzaeVwb'), 'decimal'),
      ),
      line('ps:kosten', PERSONAL_FIELD_LABELS.kostenJeVzae, input('kostenJeVzae', 'eur')),
      line(
        'ps:personalkosten',
        withNote(labels.of(ps('personalkosten')), 'VZÄ aus dem VWB × Kosten je VZÄ'),
        fig(ps('personalkosten')),
        'subtotal',
      ),
      line(
        'ps:planstellen',
        `${PERSONAL_FIELD_LABELS.planstellenBeantragt} für ${plan.header.year + 1}`,
        input('planstellenBeantragt', 'decimal'),
      ),
      line(
        'ps:gespraecheWoche',
        PERSONAL_FIELD_LABELS.gespraecheProWoche,
        input('gespraecheProWoche', 'decimal'),
      ),
      line('ps:wochen', PERSONAL_FIELD_LABELS.arbeitswochen, input('arbeitswochen', 'count')),
      line('ps:gespraecheIfk', labels.of(ps('gespraecheJeIfk')), fig(ps('gespraecheJeIfk'), 'decimal')),
    ],
  };
}

function projekteTable(plan: Plan, labels: Labels): OutlineTable {
  const rows = plan.personal.projekte.map((p): OutlineRow => ({
    id: `pj:${p.id}`,
    style: 'data',
    planRowId: p.id,
    cells: {
      bezeichnung: {
        kind: 'name',
        target: { kind: 'projekt', id: p.id, field: 'bezeichnung' },
        text: p.bezeichnung,
      },
      finanzierung: choice(plan, 'projektFinanzierung', p.id),
      vzae: {
        kind: 'input',
        key: cellKey({ kind: 'projekt', id: p.id }),
        label: `${PROJEKT_VZAE_LABEL} „${p.bezeichnung}“`,
        format: 'decimal',
      },
    },
  }));
  rows.push({
    id: 'pj:summe',
    style: 'total',
    pinned: true,
    cells: {
      bezeichnung: { kind: 'text', text: labels.of(ps('projektVzae')), span: 2 },
      vzae: view(ps('projektVzae'), 'decimal'),
    },
  });
  return {
    id: 'projekte',
    caption: `Projekt-VZÄ ${plan.header.year}`,
    columns: [
      {
        id: 'bezeichnung',
        header: 'Projekt',
        align: 'left',
        grid: { width: 360, minWidth: 200, flex: 1 },
        excel: { width: 50, wrap: true },
        print: { width: 50 },
      },
      column('finanzierung', 'Finanzierung', 'left', { grid: 260, excel: 34, print: 35 }),
      column('vzae', PROJEKT_VZAE_LABEL, 'right', { grid: 110, excel: 12, print: 15 }),
    ],
    rows,
  };
}

function betreuungTable(plan: Plan, labels: Labels): OutlineTable {
  const rows = plan.personal.gruppen.map((g): OutlineRow => {
    const input = (field: 'kunden' | 'vzae'): OutlineCell => ({
      kind: 'input',
      key: cellKey({ kind: 'gruppe', id: g.id, field }),
      label: `${GRUPPE_FIELD_LABELS[field]} „${g.name}“`,
      format: field === 'kunden' ? 'count' : 'decimal',
    });
    return {
      id: `kg:${g.id}`,
      style: 'data',
      planRowId: g.id,
      cells: {
        name: { kind: 'name', target: { kind: 'gruppe', id: g.id, field: 'name' }, text: g.name },
        kunden: input('kunden'),
        vzae: input('vzae'),
        schluessel: fig(ps(`${g.id}.schluessel`), 'schluessel'),
        gespraeche: fig(ps(`${g.id}.gespraeche`), 'decimal'),
        kontakte: fig(ps(`${g.id}.kontakteJeKunde`), 'decimal'),
      },
    };
  });
  rows.push({
    id: 'kg:summe',
    style: 'total',
    pinned: true,
    cells: {
      name: { kind: 'text', text: 'Gesamt' },
      kunden: fig(ps('kunden'), 'count'),
      vzae: fig(ps('ifkVzae'), 'decimal'),
      schluessel: fig(ps('schluessel'), 'schluessel'),
      gespraeche: fig(ps('gespraeche'), 'decimal'),
    },
  });
  return {
    id: 'betreuung',
    caption: `Betreuungsschlüssel und Kontaktdichte ${plan.header.year}`,
    columns: [
      {
        id: 'name',
        header: 'Kundengruppe',
        align: 'left',
        grid: { width: 300, minWidth: 180, flex: 1 },
        excel: { width: 40, wrap: true },
        print: { width: 30 },
      },
      column('kunden', GRUPPE_FIELD_LABELS.kunden, 'right', { grid: 110, excel: 12, print: 12 }),
      column('vzae', GRUPPE_FIELD_LABELS.vzae, 'right', { grid: 130, excel: 14, print: 14 }),
      column('schluessel', 'Betreuungs\u00ADschlüssel', 'right', { grid: 120, excel: 14, print: 14 }),
      column('gespraeche', 'Gespräche je Jahr', 'right', { grid: 130, excel: 14, print: 15 }),
      column('kontakte', 'Gespräche je Kunde', 'right', { grid: 130, excel: 14, print: 15 }),
    ],
    rows,
    notes: [
      `Betreuungsschlüssel = Kunden ÷ VZÄ, als 1:n. Gespräche je Jahr = ${labels.of(ps('gespraecheJeIfk'))} × VZÄ.`,
    ],
  };
}

export function globalbudgetOutline(plan: Plan, labels: Labels): GlobalbudgetOutline {
  return {
    schaetzungen: schaetzungenTable(plan),
    grundlage: grundlageTable(plan, labels),
    umschichtung: umschichtungTable(plan, labels),
    personal: personalTable(plan, labels),
    projekte: projekteTable(plan, labels),
    betreuung: betreuungTable(plan, labels),
  };
}
