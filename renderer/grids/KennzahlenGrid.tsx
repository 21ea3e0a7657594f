/**
 * Kennzahlen: planned places by Förderkategorie (a pivot of the portfolio) against the
 * Ergebnis Vorjahr (input), Vergleich as whole %. The first row sums all categories.
 */
import { memo, useMemo, useSyncExternalStore } from 'react';
import { kz } from '../../shared/calc/kennzahlen';
import { cellKey } from '../../shared/model/cellKey';
import type { SheetColumn, SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { SheetGrid } from './SheetGrid';

const structureOf = () => planStore.getState().structureVersion;

function KennzahlenGridInner() {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const { year, vorjahr } = planStore.getState().plan.header;
  const columns = useMemo<SheetColumn[]>(
    () => [
      { id: 'kategorie', header: 'Förderkategorie', width: 520, minWidth: 260, flex: 1, align: 'left' },
      { id: 'plaetze', header: `Plätze Plan ${year}`, width: 150, align: 'right' },
      { id: 'ergebnis', header: `Ergebnis ${vorjahr}`, width: 150, align: 'right' },
      { id: 'vergleich', header: 'Vergleich', width: 110, align: 'right' },
    ],
    [year, vorjahr],
  );
  const rows = useMemo<SheetRow[]>(() => {
    const plan = planStore.getState().plan;
    const out: SheetRow[] = [
      {
        id: 'kz:gesamt',
        kind: 'subtotal',
        cells: {
          kategorie: { kind: 'label', text: 'Summe aller Förderkategorien', strong: true },
          plaetze: { kind: 'figure', id: 'kennzahlen.gesamt.plaetze', unit: 'count' },
          ergebnis: { kind: 'figure', id: 'kennzahlen.gesamt.ergebnisVorjahr', unit: 'count' },
          vergleich: { kind: 'figure', id: 'kennzahlen.gesamt.vergleich', unit: 'ratio', percentDigits: 0 },
        },
      },
    ];
    for (const c of plan.stammdaten.foerderkategorien) {
      out.push({
        id: `kz:${c.key}`,
        kind: 'group',
        cells: {
          kategorie: { kind: 'label', text: `${c.key}. ${c.name}`, strong: true },
          plaetze: { kind: 'figure', id: kz(c.key, 'plaetze'), unit: 'count' },
          ergebnis: {
            kind: 'input',
            key: cellKey({ kind: 'kennzahl', key: c.key, field: 'ergebnisVorjahr' }),
            unit: 'count',
          },
          vergleich: { kind: 'figure', id: kz(c.key, 'vergleich'), unit: 'ratio', percentDigits: 0 },
        },
      });
      for (const l of c.lines)
        out.push({
          id: `kz:${l.key}`,
          kind: 'data',
          cells: {
            kategorie: { kind: 'label', text: `    ${l.name}` },
            plaetze:
              l.kind === 'darunter'
                ? {
                    kind: 'input',
                    key: cellKey({ kind: 'kennzahl', key: l.key, field: 'plaetzePlan' }),
                    unit: 'count',
                  }
                : { kind: 'figure', id: kz(l.key, 'plaetze'), unit: 'count' },
            ergebnis: {
              kind: 'input',
              key: cellKey({ kind: 'kennzahl', key: l.key, field: 'ergebnisVorjahr' }),
              unit: 'count',
            },
            vergleich: { kind: 'figure', id: kz(l.key, 'vergleich'), unit: 'ratio', percentDigits: 0 },
          },
        });
    }
    return out;
  }, [structure]);
  const pinned = useMemo<SheetRow[]>(
    () => [
      {
        id: 'kz-nachrichtlich',
        kind: 'note',
        nachrichtlich: true,
        cells: {
          kategorie: {
            kind: 'label',
            text: 'nicht enthalten: nachrichtliche Zeilen (z. B. Vermittlungsbudget)',
          },
          plaetze: {
            kind: 'figure',
            id: 'portfolio.nachrichtlichEintritte',
            unit: 'count',
            nachrichtlich: true,
          },
        },
      },
    ],
    [],
  );
  return (
    <SheetGrid
      id="kennzahlen"
      sheets={['kennzahlen']}
      label="Kennzahlen"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
    />
  );
}

export const KennzahlenGrid = memo(KennzahlenGridInner);
