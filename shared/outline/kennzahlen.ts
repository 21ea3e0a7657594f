/**
 * Kennzahlen: planned places by Förderkategorie against last year's result (fachkonzept §2.4),
 * the Vergleich with one decimal like every other percentage. The first line sums all
 * categories; its Vergleich stays empty while a category with places has no result.
 */
import { allOwnRows, countsKommunal } from '../calc/rowSelection';
import { formatRange } from '../format/rangeFormat';
import { kz } from '../calc/kennzahlen';
import { cellKey } from '../model/cellKey';
import { KENNZAHL_FIELD_LABELS } from '../model/inputLabels';
import type { Plan } from '../model/plan';
import { formatCount } from '../format/numberFormat';
import type { OutlineCell, OutlineRow, OutlineTable } from './types';
import { column } from './types';

/** The portfolio rows no category counts: nachrichtlich, named with their Eintritte. */
export function nachrichtlichNote(plan: Plan): string | null {
  const rows = allOwnRows(plan).filter((r) => r.nachrichtlich);
  if (rows.length === 0) return null;
  const list = rows.map((r) => `${r.instrument} ${formatCount(r.eintritte, { nachrichtlich: true })}`);
  return `Nicht enthalten (nachrichtlich): ${list.join(', ')}.`;
}

/**
 * Kommunale Leistungen (§ 16a SGB II) count as no place of a Förderkategorie: named below the
 * table with their cases ("Kinderbetreuung 800–1.200").
 */
export function kommunalNote(plan: Plan): string | null {
  const rows = allOwnRows(plan).filter(countsKommunal);
  if (rows.length === 0) return null;
  const list = rows.map((r) => `${r.instrument} ${formatRange(r.eintritte, r.eintritteBis ?? null)}`.trim());
  return `Nicht enthalten (kommunale Leistungen nach § 16a SGB II, Fälle): ${list.join(', ')}.`;
}

export function kennzahlenOutline(plan: Plan): OutlineTable {
  const { year, vorjahr } = plan.header;
  const anyErgebnis = plan.kennzahlen.some((k) => k.ergebnisVorjahr !== null);
  const ergebnis = (key: string, label: string): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'kennzahl', key, field: 'ergebnisVorjahr' }),
    label: `${KENNZAHL_FIELD_LABELS.ergebnisVorjahr} ${label}`,
    format: 'count',
  });
  const vergleich = (key: string): OutlineCell => ({
    kind: 'figure',
    id: kz(key, 'vergleich'),
    format: 'ratio',
  });
  const unrecorded = anyErgebnis ? {} : { unrecorded: true };
  const rows: OutlineRow[] = [
    {
      id: 'gesamt',
      style: 'total',
      cells: {
        kategorie: { kind: 'text', text: 'Summe aller Förderkategorien' },
        plaetze: { kind: 'figure', id: 'kennzahlen.gesamt.plaetze', format: 'count' },
        ergebnis: { kind: 'figure', id: 'kennzahlen.gesamt.ergebnisVorjahr', format: 'count', ...unrecorded },
        vergleich: { kind: 'figure', id: 'kennzahlen.gesamt.vergleich', format: 'ratio', ...unrecorded },
      },
    },
    {
      id: 'ohneErgebnis',
      style: 'data',
      level: 1,
      cells: {
        kategorie: {
          kind: 'text',
          text: `Förderkategorien mit Plätzen, aber ohne Ergebnis ${vorjahr} (solange es welche gibt, bleibt der Vergleich der Summe leer)`,
        },
        ergebnis: { kind: 'figure', id: 'kennzahlen.gesamt.ohneErgebnis', format: 'count' },
      },
    },
  ];
  for (const c of plan.stammdaten.foerderkategorien) {
    const label = `${c.key}. ${c.name}`;
    rows.push({
      id: `kz:${c.key}`,
      style: 'subtotal',
      cells: {
        kategorie: { kind: 'text', text: label },
        plaetze: { kind: 'figure', id: kz(c.key, 'plaetze'), format: 'count' },
        ergebnis: ergebnis(c.key, label),
        vergleich: vergleich(c.key),
      },
    });
    for (const l of c.lines)
      rows.push({
        id: `kz:${l.key}`,
        style: 'data',
        level: 1,
        cells: {
          kategorie: { kind: 'text', text: l.name },
          // A "darunter" line's places are typed in: the input is its figure.
          plaetze:
            l.kind === 'darunter'
              ? {
                  kind: 'input',
                  key: cellKey({ kind: 'kennzahl', key: l.key, field: 'plaetzePlan' }),
                  figure: kz(l.key, 'plaetze'),
                  label: `${KENNZAHL_FIELD_LABELS.plaetzePlan} ${l.name}`,
                  format: 'count',
                }
              : { kind: 'figure', id: kz(l.key, 'plaetze'), format: 'count' },
          ergebnis: ergebnis(l.key, l.name),
          vergleich: vergleich(l.key),
        },
      });
  }
  rows.push({
    id: 'nachrichtlich',
    style: 'note',
    pinned: true,
    only: ['grid'],
    cells: {
      kategorie: { kind: 'text', text: 'nicht enthalten: nachrichtliche Zeilen (z. B. Vermittlungsbudget)' },
      plaetze: {
        kind: 'figure',
        id: 'portfolio.nachrichtlichEintritte',
        format: 'count',
        nachrichtlich: true,
      },
    },
  });
  const note = nachrichtlichNote(plan);
  const kommunal = kommunalNote(plan);
  return {
    id: 'kennzahlen',
    caption: `Plätze nach Förderkategorien ${year}`,
    columns: [
      {
        id: 'kategorie',
        header: 'Förderkategorie',
        align: 'left',
        grid: { width: 520, minWidth: 260, flex: 1 },
        excel: { width: 66, wrap: true },
        print: { width: 58 },
      },
      column('plaetze', `Plätze Plan ${year}`, 'right', { grid: 150, excel: 14, print: 14 }),
      column('ergebnis', `Ergebnis ${vorjahr}`, 'right', { grid: 150, excel: 14, print: 14 }),
      column('vergleich', 'Vergleich', 'right', { grid: 110, excel: 12, print: 14 }),
    ],
    rows,
    notes: [
      ...(note ? [note] : []),
      ...(kommunal ? [kommunal] : []),
      'Vergleich = Plätze Plan ÷ Ergebnis Vorjahr − 1; leer, wenn kein Vorjahresergebnis vorliegt. Die Summe vergleicht nur, wenn jede Förderkategorie mit Plätzen ein Ergebnis hat.',
    ],
  };
}
