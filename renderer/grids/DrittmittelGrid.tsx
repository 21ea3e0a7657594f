/**
 * Drittmittel (third-party money, not part of the EGT) and the money outside the EGT, each
 * with a pinned sum row.
 */
import { memo, useMemo, useSyncExternalStore } from 'react';
import { cellKey } from '../../shared/model/cellKey';
import type { SheetColumn, SheetRow } from '../sheet/cellSpec';
import { planStore } from '../state/planStore';
import type { GridHandle } from './SheetGrid';
import { SheetGrid } from './SheetGrid';

const structureOf = () => planStore.getState().structureVersion;

interface Props {
  onCurrentRow: (r: SheetRow | null) => void;
  handleRef: { current: GridHandle | null };
}

function DrittmittelGridInner(props: Props) {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const { year } = planStore.getState().plan.header;
  const columns = useMemo<SheetColumn[]>(
    () => [
      { id: 'programm', header: 'Programm', width: 320, minWidth: 200, flex: 1, align: 'left', wrap: false },
      { id: 'bewilligungGesamt', header: 'Bewilligung gesamt', width: 150, align: 'right' },
      { id: 'zeitraum', header: 'Zeitraum', width: 100, align: 'left' },
      { id: 'betragJahr', header: `Betrag ${year}`, width: 140, align: 'right' },
      { id: 'davonPersonal', header: 'davon Personal', width: 130, align: 'right' },
      {
        id: 'fuerAmdl',
        header: 'für AMDL',
        headerTooltip: 'für Arbeitsmarktdienstleistungen',
        width: 130,
        align: 'right',
      },
    ],
    [year],
  );
  const rows = useMemo<SheetRow[]>(
    () =>
      planStore.getState().plan.drittmittel.map((d) => ({
        id: `dm:${d.id}`,
        kind: 'data',
        planRowId: d.id,
        cells: {
          programm: { kind: 'text', target: { kind: 'drittmittel', id: d.id, field: 'programm' } },
          bewilligungGesamt: {
            kind: 'input',
            key: cellKey({ kind: 'drittmittel', id: d.id, field: 'bewilligungGesamt' }),
            unit: 'eur',
          },
          zeitraum: { kind: 'text', target: { kind: 'drittmittel', id: d.id, field: 'zeitraum' } },
          betragJahr: {
            kind: 'input',
            key: cellKey({ kind: 'drittmittel', id: d.id, field: 'betragJahr' }),
            unit: 'eur',
          },
          davonPersonal: {
            kind: 'input',
            key: cellKey({ kind: 'drittmittel', id: d.id, field: 'davonPersonal' }),
            unit: 'eur',
          },
          fuerAmdl: { kind: 'figure', id: `drittmittel.${d.id}.fuerAmdl`, unit: 'eur' },
        },
      })),
    [structure],
  );
  const pinned = useMemo<SheetRow[]>(
    () => [
      {
        id: 'dm-summe',
        kind: 'total',
        cells: {
          programm: { kind: 'label', text: 'Drittmittel gesamt', strong: true },
          betragJahr: { kind: 'figure', id: 'drittmittel.summe', unit: 'eur' },
          davonPersonal: { kind: 'figure', id: 'drittmittel.davonPersonal', unit: 'eur' },
          fuerAmdl: { kind: 'figure', id: 'drittmittel.fuerAmdl', unit: 'eur' },
        },
      },
    ],
    [],
  );
  return (
    <SheetGrid
      id="drittmittel"
      sheets={['drittmittel']}
      label="Drittmittel"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
    />
  );
}

export const DrittmittelGrid = memo(DrittmittelGridInner);

function AusserhalbGridInner(props: Props) {
  const structure = useSyncExternalStore(planStore.subscribe, structureOf, structureOf);
  const { year } = planStore.getState().plan.header;
  const columns = useMemo<SheetColumn[]>(
    () => [
      {
        id: 'name',
        header: 'Mittel außerhalb des EGT (nicht deckungsfähig)',
        width: 520,
        minWidth: 240,
        flex: 1,
        align: 'left',
      },
      { id: 'betrag', header: `Betrag ${year}`, width: 150, align: 'right' },
    ],
    [year],
  );
  const rows = useMemo<SheetRow[]>(
    () =>
      planStore.getState().plan.haushalt.ausserhalbEgt.map((a) => ({
        id: `ae:${a.id}`,
        kind: 'data',
        planRowId: a.id,
        cells: {
          name: { kind: 'text', target: { kind: 'ausserhalb', id: a.id } },
          betrag: { kind: 'input', key: cellKey({ kind: 'ausserhalb', id: a.id }), unit: 'eur' },
        },
      })),
    [structure],
  );
  const pinned = useMemo<SheetRow[]>(
    () => [
      {
        id: 'ae-summe',
        kind: 'total',
        cells: {
          name: { kind: 'label', text: 'Summe außerhalb des EGT', strong: true },
          betrag: { kind: 'figure', id: 'haushalt.ausserhalbEgt', unit: 'eur' },
        },
      },
    ],
    [],
  );
  return (
    <SheetGrid
      id="ausserhalb"
      sheets={['haushalt']}
      label="Mittel außerhalb des EGT"
      columns={columns}
      rows={rows}
      pinnedBottom={pinned}
      autoHeight
      onCurrentRow={props.onCurrentRow}
      handleRef={props.handleRef}
    />
  );
}

export const AusserhalbGrid = memo(AusserhalbGridInner);
