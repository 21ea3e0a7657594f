/**
 * Haushalt (EGT): the money chain of fachkonzept §2.1 for plan year and Vorjahr side by side.
 * Umschichtung can be typed as amount or as share; the other one follows (shown in italics).
 */
import { memo, useMemo, useSyncExternalStore } from 'react';
import { hh } from '../../shared/calc/egtChain';
import { cellKey } from '../../shared/model/cellKey';
import type { HaushaltField } from '../../shared/model/cellKey';
import type { Plan, YearColumn } from '../../shared/model/plan';
import type { CellSpec, SheetColumn, SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import type { GridHandle } from './SheetGrid';
import { SheetGrid } from './SheetGrid';

const COLS: YearColumn[] = ['plan', 'vorjahr'];

function inputRow(label: string, field: HaushaltField, strong = false): SheetRow {
  const cells: SheetRow['cells'] = { position: { kind: 'label', text: label, strong } };
  for (const col of COLS) {
    const unit = field === 'umschichtungsquote' ? 'ratio' : 'eur';
    const spec: CellSpec = {
      kind: 'input',
      key: cellKey({ kind: 'haushalt', field, col }),
      unit,
      ...(field === 'umschichtung' || field === 'umschichtungsquote' ? { figure: hh(col, field) } : {}),
    };
    cells[col] = spec;
  }
  return { id: `hh:${field}`, kind: 'data', cells };
}

function figureRow(id: string, label: string, name: string, unit: 'eur' | 'ratio', strong = false): SheetRow {
  const cells: SheetRow['cells'] = { position: { kind: 'label', text: label, strong } };
  for (const col of COLS) cells[col] = { kind: 'figure', id: hh(col, name), unit };
  return { id: `hh:${id}`, kind: strong ? 'subtotal' : 'data', cells };
}

export function haushaltRows(plan: Plan): SheetRow[] {
  return [
    inputRow('Mittelausstattung', 'mittelausstattung'),
    inputRow('geschätzte Rückeinnahmen', 'rueckeinnahmen'),
    ...plan.haushalt.zuweisungen.map((z): SheetRow => ({
      id: `zw:${z.id}`,
      kind: 'data',
      planRowId: z.id,
      cells: {
        position: { kind: 'text', target: { kind: 'zuweisung', id: z.id } },
        plan: { kind: 'input', key: cellKey({ kind: 'zuweisung', id: z.id, col: 'plan' }), unit: 'eur' },
        vorjahr: {
          kind: 'input',
          key: cellKey({ kind: 'zuweisung', id: z.id, col: 'vorjahr' }),
          unit: 'eur',
        },
      },
    })),
    figureRow('summe', 'Summe Eingliederungsmittel', 'summeEingliederungsmittel', 'eur', true),
    inputRow('− Umschichtung in das VWB (Betrag)', 'umschichtung'),
    inputRow('   Umschichtungsquote (Anteil)', 'umschichtungsquote'),
    figureRow('verfuegbar', 'verfügbares EGT', 'verfuegbaresEgt', 'eur', true),
    inputRow('− Vorbindungen', 'vorbindungen'),
    figureRow('neufaelle', 'Mittel für Neufälle', 'mittelFuerNeufaelle', 'eur', true),
    figureRow(
      'mitteleinsatz',
      'geplanter Mitteleinsatz (Maßnahmeportfolio)',
      'geplanterMitteleinsatz',
      'eur',
    ),
    figureRow('auslastung', 'EGT-Auslastung', 'egtAuslastung', 'ratio'),
    figureRow('rest', 'verbleibende Mittel für Neufälle (− = Überplanung)', 'restMittelFuerNeufaelle', 'eur'),
  ];
}

const structureOf = () => planStore.getState().structureVersion;

function HaushaltGridInner(props: {
  onCurrentRow: (r: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
}) {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const { year, vorjahr } = planStore.getState().plan.header;
  const columns = useMemo<SheetColumn[]>(
    () => [
      { id: 'position', header: 'Position', width: 380, minWidth: 220, flex: 1, align: 'left' },
      { id: 'plan', header: `Plan ${year}`, width: 170, align: 'right' },
      { id: 'vorjahr', header: `Vorjahr ${vorjahr}`, width: 170, align: 'right' },
    ],
    [year, vorjahr],
  );
  const rows = useMemo(() => haushaltRows(planStore.getState().plan), [structure]);
  return (
    <SheetGrid
      id="haushalt"
      sheets={['haushalt']}
      label="Haushalt (EGT): Mittelkette"
      columns={columns}
      rows={rows}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
    />
  );
}

export const HaushaltGrid = memo(HaushaltGridInner);
