/**
 * Bildungszielplanung: Bildungsgutscheine by Berufsbereich (fachkonzept §2.3), the sums and
 * below them the comparison with the portfolio's FbW row.
 */
import { KENNZAHL_FBW } from '../calc/bildungsziele';
import { kz } from '../calc/kennzahlen';
import { cellKey } from '../model/cellKey';
import { BILDUNG_FIELD_LABELS } from '../model/inputLabels';
import type { BildungField } from '../model/cellKey';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import type { Labels, OutlineCell, OutlineRow, OutlineTable } from './types';
import { column } from './types';

/** The Berufsbereich's name from the master data. */
export const berufsbereich = (plan: Plan, bereich: number): string =>
  plan.stammdaten.berufsbereiche[bereich - 1] ?? `Berufsbereich ${bereich}`;

export function bildungOutline(plan: Plan, labels: Labels): OutlineTable {
  const count = (id: string): OutlineCell => ({ kind: 'figure', id, format: 'count' });
  const input = (bereich: number, field: BildungField): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'bildung', bereich, field }),
    label: `${BILDUNG_FIELD_LABELS[field]}, Berufsbereich ${bereich}`,
    format: 'count',
  });
  // The Kennzahlen line "darunter abschlussorientiert" must match the davon column's sum.
  const darunter = plan.stammdaten.foerderkategorien
    .flatMap((c) => c.lines)
    .find((l) => l.kind === 'darunter');
  const fbw = labels.of('bildung.fbwEintritte');
  // A difference to the portfolio that should be 0 (grid and workbook; print shows the checks).
  const differenz = (name: 'differenzFbw' | 'differenzKennzahlII'): OutlineRow => ({
    id: name,
    style: 'subtotal',
    pinned: true,
    only: ['grid', 'excel'],
    cells: {
      bereich: { kind: 'text', text: `${labels.of(`bildung.${name}`)} (soll 0 sein)` },
      foerderungBgs: count(`bildung.${name}`),
    },
  });
  const rows: OutlineRow[] = [
    ...plan.bildungsziele.map((b): OutlineRow => ({
      id: `bz:${b.bereich}`,
      style: 'data',
      cells: {
        nr: { kind: 'text', text: String(b.bereich) },
        bereich: { kind: 'text', text: berufsbereich(plan, b.bereich) },
        foerderungBgs: input(b.bereich, 'foerderungBgs'),
        davonAbschluss: input(b.bereich, 'davonAbschluss'),
        anteil: { kind: 'figure', id: `bildung.${b.bereich}.anteilAbschluss`, format: 'ratio' },
      },
    })),
    {
      id: 'sum',
      style: 'total',
      pinned: true,
      cells: {
        bereich: { kind: 'text', text: 'Summe' },
        foerderungBgs: count('bildung.foerderungBgs'),
        davonAbschluss: count('bildung.davonAbschluss'),
        anteil: { kind: 'figure', id: 'bildung.anteilAbschluss', format: 'ratio' },
      },
    },
    // Print says the comparison in a sentence under the table (`bildungNote`).
    {
      id: 'fbw',
      style: 'data',
      pinned: true,
      only: ['grid', 'excel'],
      cells: {
        bereich: {
          kind: 'text',
          text: darunter ? `${fbw} / ${SHEET_LABELS.kennzahlen} „${darunter.name}“` : fbw,
        },
        foerderungBgs: count('bildung.fbwEintritte'),
        ...(darunter
          ? { davonAbschluss: { kind: 'view', ref: { fig: kz(darunter.key, 'plaetze') }, format: 'count' } }
          : {}),
      },
    },
    differenz('differenzFbw'),
  ];
  // The Bildungsgutscheine are places of Kennzahl II too, counted over all its rows.
  const kategorieFbw = plan.stammdaten.foerderkategorien.find((c) => c.key === KENNZAHL_FBW);
  if (kategorieFbw)
    rows.push(
      {
        id: 'kennzahlII',
        style: 'data',
        pinned: true,
        only: ['grid', 'excel'],
        cells: {
          bereich: {
            kind: 'text',
            text: `${SHEET_LABELS.kennzahlen}: Plätze ${kategorieFbw.key}. ${kategorieFbw.name}`,
          },
          foerderungBgs: { kind: 'view', ref: { fig: kz(KENNZAHL_FBW, 'plaetze') }, format: 'count' },
        },
      },
      differenz('differenzKennzahlII'),
    );
  return {
    id: 'bildung',
    caption: `Bildungszielplanung ${plan.header.year}: Bildungsgutscheine nach Berufsbereichen (KldB 2010)`,
    columns: [
      column('nr', 'Nr.', 'right', { grid: 56, print: 6 }),
      {
        id: 'bereich',
        header: 'Berufsbereich (KldB 2010)',
        align: 'left',
        grid: { width: 520, minWidth: 260, flex: 1 },
        excel: { width: 70, wrap: true, joinFrom: 'nr' },
        print: { width: 52, header: 'Berufsbereich' },
      },
      column('foerderungBgs', BILDUNG_FIELD_LABELS.foerderungBgs, 'right', {
        grid: 140,
        excel: 14,
        print: 14,
      }),
      column('davonAbschluss', 'davon abschluss\u00ADorientiert', 'right', {
        grid: 190,
        excel: 16,
        print: 14,
      }),
      column('anteil', 'Anteil abschluss\u00ADorientiert', 'right', { grid: 190, excel: 16, print: 14 }),
    ],
    rows,
  };
}
