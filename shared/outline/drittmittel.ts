/** Drittmittel: third-party money beside the EGT (fachkonzept §2.1, second table). */
import { cellKey } from '../model/cellKey';
import type { DrittmittelField } from '../model/cellKey';
import { DRITTMITTEL_FIELD_LABELS } from '../model/inputLabels';
import type { Plan } from '../model/plan';
import type { Labels, OutlineCell, OutlineRow, OutlineTable } from './types';
import { column } from './types';

export function drittmittelOutline(plan: Plan, labels: Labels): OutlineTable {
  const { year } = plan.header;
  const rows = plan.drittmittel.map((d): OutlineRow => {
    const input = (field: DrittmittelField): OutlineCell => ({
      kind: 'input',
      key: cellKey({ kind: 'drittmittel', id: d.id, field }),
      label: `${DRITTMITTEL_FIELD_LABELS[field]} „${d.programm}“`,
      format: 'eur',
    });
    return {
      id: `dm:${d.id}`,
      style: 'data',
      planRowId: d.id,
      cells: {
        programm: {
          kind: 'name',
          target: { kind: 'drittmittel', id: d.id, field: 'programm' },
          text: d.programm,
        },
        bewilligungGesamt: input('bewilligungGesamt'),
        zeitraum: {
          kind: 'name',
          target: { kind: 'drittmittel', id: d.id, field: 'zeitraum' },
          text: d.zeitraum,
        },
        verwendetVorjahre: input('verwendetVorjahre'),
        betragJahr: input('betragJahr'),
        davonPersonal: input('davonPersonal'),
        fuerAmdl: { kind: 'figure', id: `drittmittel.${d.id}.fuerAmdl`, format: 'eur' },
        rest: { kind: 'figure', id: `drittmittel.${d.id}.rest`, format: 'eur' },
      },
    };
  });
  rows.push({
    id: 'sum',
    style: 'total',
    pinned: true,
    cells: {
      programm: { kind: 'text', text: labels.of('drittmittel.summe'), span: 3 },
      betragJahr: { kind: 'figure', id: 'drittmittel.summe', format: 'eur' },
      davonPersonal: { kind: 'figure', id: 'drittmittel.davonPersonal', format: 'eur' },
      fuerAmdl: { kind: 'figure', id: 'drittmittel.fuerAmdl', format: 'eur' },
      rest: { kind: 'figure', id: 'drittmittel.rest', format: 'eur' },
    },
  });
  return {
    id: 'drittmittel',
    caption: `Drittmittel ${year} (nicht Teil des EGT)`,
    columns: [
      {
        id: 'programm',
        header: 'Programm',
        align: 'left',
        grid: { width: 320, minWidth: 200, flex: 1, wrap: false },
        excel: { width: 56, wrap: true },
        print: { width: 25 },
      },
      column('bewilligungGesamt', DRITTMITTEL_FIELD_LABELS.bewilligungGesamt, 'right', {
        grid: 150,
        excel: 16,
        print: 12,
      }),
      column('zeitraum', 'Zeitraum', 'left', { grid: 100, excel: 12, print: 8 }),
      {
        id: 'verwendetVorjahre',
        header: `verwendet bis ${plan.header.vorjahr}`,
        align: 'right',
        grid: { width: 130, tooltip: 'in den Jahren vor dem Planjahr verwendet' },
        excel: { width: 16 },
        print: { width: 11 },
      },
      column('betragJahr', `Betrag ${year}`, 'right', { grid: 140, excel: 16, print: 11 }),
      column('davonPersonal', DRITTMITTEL_FIELD_LABELS.davonPersonal, 'right', {
        grid: 130,
        excel: 16,
        print: 11,
      }),
      {
        id: 'fuerAmdl',
        header: 'für Arbeitsmarkt\u00ADdienstleistungen',
        align: 'right',
        grid: { width: 130, header: 'für AMDL', tooltip: 'für Arbeitsmarktdienstleistungen' },
        excel: { width: 18 },
        print: { width: 11, header: 'für AMDL' },
      },
      {
        id: 'rest',
        header: `Rest nach ${year}`,
        align: 'right',
        grid: { width: 130, tooltip: 'Gesamtbewilligung abzüglich der Vorjahre und des Planjahres' },
        excel: { width: 16 },
        print: { width: 11 },
      },
    ],
    order: {
      // New columns at the end: the workbook's earlier columns keep their letters.
      excel: [
        'programm',
        'zeitraum',
        'bewilligungGesamt',
        'betragJahr',
        'davonPersonal',
        'fuerAmdl',
        'verwendetVorjahre',
        'rest',
      ],
    },
    rows,
    notes: [
      'AMDL = Arbeitsmarktdienstleistungen (Betrag im Planjahr abzüglich Personal).',
      `Rest nach ${year} = Gesamtbewilligung − verwendet bis ${plan.header.vorjahr} − Betrag ${year} (leer, solange eine der beiden ersten Angaben fehlt).`,
    ],
  };
}
