/**
 * Bildungszielplanung: the ten Berufsbereiche with Förderung BGS and davon abschlussorientiert,
 * sums and shares, and right below the comparison with the portfolio's FbW row and the
 * Kennzahlen line "darunter abschlussorientiert".
 */
import { memo, useMemo, useSyncExternalStore } from 'react';
import { kz } from '../../shared/calc/kennzahlen';
import { cellKey } from '../../shared/model/cellKey';
import type { SheetColumn, SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import { SheetGrid } from './SheetGrid';

const structureOf = () => planStore.getState().structureVersion;

const COLUMNS: SheetColumn[] = [
  { id: 'nr', header: 'Nr.', width: 56, align: 'right' },
  { id: 'bereich', header: 'Berufsbereich (KldB 2010)', width: 520, minWidth: 260, flex: 1, align: 'left' },
  { id: 'foerderungBgs', header: 'Förderung BGS', width: 140, align: 'right' },
  { id: 'davonAbschluss', header: 'davon abschlussorientiert', width: 190, align: 'right' },
  { id: 'anteil', header: 'Anteil abschlussorientiert', width: 190, align: 'right' },
];

function BildungGridInner() {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const rows = useMemo<SheetRow[]>(() => {
    const plan = planStore.getState().plan;
    return plan.bildungsziele.map((b) => ({
      id: `bz:${b.bereich}`,
      kind: 'data',
      cells: {
        nr: { kind: 'label', text: String(b.bereich) },
        bereich: {
          kind: 'label',
          text: plan.stammdaten.berufsbereiche[b.bereich - 1] ?? `Berufsbereich ${b.bereich}`,
        },
        foerderungBgs: {
          kind: 'input',
          key: cellKey({ kind: 'bildung', bereich: b.bereich, field: 'foerderungBgs' }),
          unit: 'count',
        },
        davonAbschluss: {
          kind: 'input',
          key: cellKey({ kind: 'bildung', bereich: b.bereich, field: 'davonAbschluss' }),
          unit: 'count',
        },
        anteil: { kind: 'figure', id: `bildung.${b.bereich}.anteilAbschluss`, unit: 'ratio' },
      },
    }));
  }, [structure]);
  const pinned = useMemo<SheetRow[]>(() => {
    const darunter = planStore
      .getState()
      .plan.stammdaten.foerderkategorien.flatMap((c) => c.lines)
      .find((l) => l.kind === 'darunter');
    return [
      {
        id: 'bz-summe',
        kind: 'total',
        cells: {
          bereich: { kind: 'label', text: 'Summe', strong: true },
          foerderungBgs: { kind: 'figure', id: 'bildung.foerderungBgs', unit: 'count' },
          davonAbschluss: { kind: 'figure', id: 'bildung.davonAbschluss', unit: 'count' },
          anteil: { kind: 'figure', id: 'bildung.anteilAbschluss', unit: 'ratio' },
        },
      },
      {
        id: 'bz-fbw',
        kind: 'note',
        cells: {
          bereich: {
            kind: 'label',
            text: 'Vergleich: Eintritte FbW laut Maßnahmeportfolio / Kennzahlen „darunter abschlussorientiert“',
          },
          foerderungBgs: { kind: 'figure', id: 'bildung.fbwEintritte', unit: 'count' },
          ...(darunter
            ? { davonAbschluss: { kind: 'figure', id: kz(darunter.key, 'plaetze'), unit: 'count' } as const }
            : {}),
        },
      },
      {
        id: 'bz-diff',
        kind: 'note',
        cells: {
          bereich: { kind: 'label', text: 'Differenz Förderung BGS − Eintritte FbW' },
          foerderungBgs: { kind: 'figure', id: 'bildung.differenzFbw', unit: 'count' },
        },
      },
    ];
  }, [structure]);
  return (
    <SheetGrid
      id="bildung"
      sheets={['bildung']}
      label="Bildungszielplanung"
      columns={COLUMNS}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
    />
  );
}

export const BildungGrid = memo(BildungGridInner);
