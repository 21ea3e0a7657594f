/**
 * Verpflichtungen (zielplanung.md C): the register of commitments with their cash per year,
 * this year's multi-year portfolio rows, the Vorbindungen the register gives the plan year and
 * the load on the next four years (Folgejahresbelastung) beside the Verpflichtungsermächtigung.
 */
import { hh } from '../calc/egtChain';
import { mjKasse, vp, vpKasse } from '../calc/verpflichtungen';
import { mehrjaehrigeRows } from '../calc/zahlungsplan';
import { formatMonat } from '../format/monthFormat';
import { registerJahre } from '../model/budgetInputs';
import { cellKey } from '../model/cellKey';
import { ERMAECHTIGUNG_LABEL, HAUSHALT_FIELD_LABELS, VERPFLICHTUNG_GESAMT_LABEL } from '../model/inputLabels';
import type { Plan } from '../model/plan';
import { withNote } from './haushalt';
import type { Labels, OutlineCell, OutlineColumn, OutlineRow, OutlineTable } from './types';
import { column } from './types';
import { choice, fig, view } from './budgetCells';

export interface VerpflichtungenOutline {
  register: OutlineTable;
  mehrjaehrig: OutlineTable;
  verwendung: OutlineTable;
  belastung: OutlineTable;
}

/** The register's year columns: `j<year>`. */
const jahrCol = (jahr: number): string => `j${jahr}`;

function yearCols(jahre: readonly number[], print: number): OutlineColumn[] {
  return jahre.map((jahr) => column(jahrCol(jahr), String(jahr), 'right', { grid: 120, excel: 14, print }));
}

function registerTable(plan: Plan, labels: Labels): OutlineTable {
  const jahre = registerJahre(plan);
  const rows = plan.verpflichtungen.eintraege.map((v): OutlineRow => {
    const name = v.bezeichnung;
    const jahresbetraege = v.profil === 'jahresbetraege';
    return {
      id: `vp:${v.id}`,
      style: 'data',
      planRowId: v.id,
      cells: {
        bezeichnung: {
          kind: 'name',
          target: { kind: 'verpflichtung', id: v.id, field: 'bezeichnung' },
          text: name,
        },
        massnahme: choice(plan, 'vpRow', v.id),
        jahr: choice(plan, 'vpJahr', v.id),
        beginn: {
          kind: 'name',
          target: { kind: 'verpflichtung', id: v.id, field: 'beginn' },
          text: formatMonat(v.beginn),
        },
        ende: {
          kind: 'name',
          target: { kind: 'verpflichtung', id: v.id, field: 'ende' },
          text: formatMonat(v.ende),
        },
        gesamt: {
          kind: 'input',
          key: cellKey({ kind: 'verpflichtung', id: v.id }),
          label: `${VERPFLICHTUNG_GESAMT_LABEL} „${name}“`,
          format: 'eur',
        },
        profil: choice(plan, 'vpProfil', v.id),
        // Explicit yearly amounts are typed in the year columns; a monthly run computes them.
        ...Object.fromEntries(
          jahre.map((jahr): [string, OutlineCell] => [
            jahrCol(jahr),
            jahresbetraege
              ? {
                  kind: 'input',
                  key: cellKey({ kind: 'vpJahr', id: v.id, jahr }),
                  figure: vpKasse(v.id, jahr),
                  label: `Betrag ${jahr} „${name}“`,
                  format: 'eur',
                }
              : fig(vpKasse(v.id, jahr)),
          ]),
        ),
        uebrige: fig(vp(`${v.id}.uebrige`)),
      },
    };
  });
  rows.push({
    id: 'vp:summe',
    style: 'total',
    pinned: true,
    cells: {
      bezeichnung: { kind: 'text', text: labels.of(vp(`kasse.${plan.header.year}`)), span: 7 },
      ...Object.fromEntries(jahre.map((jahr) => [jahrCol(jahr), fig(vp(`kasse.${jahr}`))])),
    },
  });
  return {
    id: 'register',
    caption: `Verpflichtungsregister: Kasse je Jahr ab ${plan.header.year}`,
    columns: [
      {
        id: 'bezeichnung',
        header: 'Verpflichtung',
        align: 'left',
        grid: { width: 260, minWidth: 180, flex: 1, pinned: 'left' },
        excel: { width: 36, wrap: true },
        print: { width: 14 },
      },
      column('massnahme', 'Maßnahme', 'left', { grid: 220, excel: 30, print: 11 }),
      {
        id: 'jahr',
        header: 'eingegangen',
        align: 'left',
        grid: { width: 110, tooltip: 'Jahr, in dem die Verpflichtung eingegangen wurde' },
        excel: { width: 12 },
        print: { width: 6 },
      },
      column('beginn', 'Beginn', 'left', { grid: 90, excel: 10, print: 6 }),
      column('ende', 'Ende', 'left', { grid: 90, excel: 10, print: 6 }),
      column('gesamt', VERPFLICHTUNG_GESAMT_LABEL, 'right', { grid: 140, excel: 16, print: 9 }),
      column('profil', 'Zahlungsprofil', 'left', { grid: 170, excel: 20, print: 8 }),
      ...yearCols(jahre, 6.5),
      column('uebrige', 'übrige Jahre', 'right', { grid: 120, excel: 14, print: 7.5 }),
    ],
    rows,
    notes: [
      'Gleichmäßig monatlich: Gesamtbetrag × Monate im Jahr ÷ Monate der Laufzeit (die Jahre ergeben auf den Cent den Gesamtbetrag). Jahresbeträge werden in den Jahresspalten eingegeben.',
      `Vorbindungen ${plan.header.year} = Kasse ${plan.header.year} der Verpflichtungen, die vor ${plan.header.year} eingegangen wurden.`,
    ],
  };
}

function mehrjaehrigTable(plan: Plan, labels: Labels): OutlineTable {
  const t = plan.header.year;
  const later = registerJahre(plan).slice(1);
  const rows = mehrjaehrigeRows(plan).map(({ row }): OutlineRow => ({
    id: `mj:${row.id}`,
    style: 'data',
    planRowId: row.id,
    cells: {
      instrument: { kind: 'text', text: row.instrument },
      beginn: choice(plan, 'beginn', row.id),
      laufzeit: choice(plan, 'laufzeit', row.id),
      [jahrCol(t)]: {
        kind: 'view',
        ref: { input: cellKey({ kind: 'row', id: row.id, field: 'mittelansatz' }) },
        format: 'eur',
      },
      ...Object.fromEntries(later.map((jahr) => [jahrCol(jahr), fig(mjKasse(row.id, jahr))])),
    },
  }));
  rows.push({
    id: 'mj:summe',
    style: 'total',
    pinned: true,
    cells: {
      instrument: { kind: 'text', text: labels.of(vp(`mehrjaehrig.${later[0]}`)), span: 3 },
      ...Object.fromEntries(later.map((jahr) => [jahrCol(jahr), view(vp(`mehrjaehrig.${jahr}`))])),
    },
  });
  return {
    id: 'mehrjaehrig',
    caption: `Mehrjährige Maßnahmen ${t}: Eintritte mit Beginn und Laufzeit`,
    columns: [
      {
        id: 'instrument',
        header: 'Maßnahme',
        align: 'left',
        grid: { width: 300, minWidth: 180, flex: 1 },
        excel: { width: 40, wrap: true },
        print: { width: 30 },
      },
      column('beginn', 'Beginn', 'left', { grid: 100, excel: 10, print: 9 }),
      column('laufzeit', 'Laufzeit', 'left', { grid: 110, excel: 12, print: 11 }),
      { ...column(jahrCol(t), `Mittelansatz ${t}`, 'right', { grid: 140, excel: 16, print: 10 }) },
      ...yearCols(later, 10),
    ],
    rows,
    notes: [
      `Der Mittelansatz ${t} ist die Kasse der Eintritte ${t}; die Folgejahre tragen je Monat denselben Betrag (Mittelansatz ÷ Monate in ${t} × Monate im Jahr). Beginn und Laufzeit werden im Maßnahmeportfolio oder hier gewählt; es zählen Zeilen aus dem EGT, die nicht nachrichtlich sind.`,
    ],
  };
}

function verwendungTable(plan: Plan, labels: Labels): OutlineTable {
  const t = plan.header.year;
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
  const herkunft = plan.verpflichtungen.herkunft;
  return {
    id: 'verwendung',
    caption: `Vorbindungen ${t}`,
    columns: [
      {
        id: 'position',
        header: 'Position',
        align: 'left',
        grid: { width: 440, minWidth: 240, flex: 1 },
        excel: { width: 62, wrap: true },
        print: { width: 65 },
      },
      {
        id: 'wert',
        header: `Wert ${t}`,
        align: 'right',
        grid: { width: 320, wrap: true },
        excel: { width: 22, wrap: true },
        print: { width: 35 },
      },
    ],
    rows: [
      line(
        'vw:wahl',
        `${HAUSHALT_FIELD_LABELS.vorbindungen} ${t} im Haushalt (EGT)`,
        choice(plan, 'vorbindungenAusRegister', ''),
      ),
      line('vw:register', labels.of(vp('vorbindungen')), fig(vp('vorbindungen'))),
      {
        // The typed figure has no cell of its own in the workbook while the register is used.
        ...line('vw:eingabe', `${HAUSHALT_FIELD_LABELS.vorbindungen} laut Eingabe im Haushalt`, {
          kind: 'view',
          ref: { input: cellKey({ kind: 'haushalt', field: 'vorbindungen', col: 'plan' }) },
          format: 'eur',
        }),
        only: ['grid', 'print'],
      },
      line(
        'vw:verwendet',
        withNote(
          `verwendet: ${labels.of(hh('plan', 'vorbindungen'))}`,
          plan.verpflichtungen.vorbindungenAusRegister ? 'aus dem Register' : 'eingegeben',
        ),
        view(hh('plan', 'vorbindungen')),
        'subtotal',
      ),
      line(
        'vw:quote',
        withNote(
          labels.of(hh('plan', 'vorbindungsquote')),
          `${HAUSHALT_FIELD_LABELS.vorbindungen} ÷ ${labels.of(hh('plan', 'verfuegbaresEgt'))}`,
        ),
        view(hh('plan', 'vorbindungsquote'), 'ratio'),
      ),
      ...(herkunft
        ? [
            {
              id: 'vw:herkunft',
              style: 'note' as const,
              cells: { position: { kind: 'text' as const, text: herkunft, span: 2 } },
            },
          ]
        : []),
    ],
  };
}

function belastungTable(plan: Plan, labels: Labels): OutlineTable {
  const later = registerJahre(plan).slice(1);
  const perYear = (
    id: string,
    text: string,
    cell: (jahr: number) => OutlineCell,
    style: OutlineRow['style'] = 'data',
  ): OutlineRow => ({
    id,
    style,
    cells: {
      position: { kind: 'text', text },
      ...Object.fromEntries(later.map((jahr) => [jahrCol(jahr), cell(jahr)])),
    },
  });
  const first = later[0]!;
  return {
    id: 'belastung',
    caption: `Folgejahresbelastung der Verpflichtungen ${plan.header.year}`,
    columns: [
      {
        id: 'position',
        header: 'Position',
        align: 'left',
        grid: { width: 400, minWidth: 240, flex: 1 },
        excel: { width: 62, wrap: true },
        print: { width: 40 },
      },
      ...yearCols(later, 15),
    ],
    rows: [
      perYear('fb:mehrjaehrig', labels.of(vp(`mehrjaehrig.${first}`)), (j) => fig(vp(`mehrjaehrig.${j}`))),
      perYear(
        'fb:folgejahr',
        withNote(
          labels.of(vp(`folgejahr.${first}`)),
          `neue Verpflichtungen und mehrjährige Maßnahmen ${plan.header.year}`,
        ),
        (j) => fig(vp(`folgejahr.${j}`)),
        'total',
      ),
      perYear('fb:ve', `${ERMAECHTIGUNG_LABEL} (optional)`, (jahr) => ({
        kind: 'input',
        key: cellKey({ kind: 'ermaechtigung', jahr }),
        label: `${ERMAECHTIGUNG_LABEL} ${jahr}`,
        format: 'eur',
      })),
      perYear(
        'fb:gebunden',
        withNote(labels.of(vp(`gebunden.${first}`)), 'alle laufenden Verpflichtungen'),
        (j) => fig(vp(`gebunden.${j}`)),
        'subtotal',
      ),
    ],
    notes: [
      'Folgejahresbelastung: was die im Planjahr eingegangenen Verpflichtungen und die mehrjährigen Eintritte des Planjahres in den Folgejahren binden. Die Vorbindungen nach heutigem Stand übernimmt die Fortschreibung in das nächste Jahr.',
    ],
  };
}

export function verpflichtungenOutline(plan: Plan, labels: Labels): VerpflichtungenOutline {
  return {
    register: registerTable(plan, labels),
    mehrjaehrig: mehrjaehrigTable(plan, labels),
    verwendung: verwendungTable(plan, labels),
    belastung: belastungTable(plan, labels),
  };
}
