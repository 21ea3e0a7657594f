/**
 * The load of this year's commitments on the next four years (Folgejahresbelastung) beside the
 * Vorbindungen already known for those years, as bars (ag-charts). A canvas is invisible to
 * screen readers, so the same figures are in the table below it.
 */
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { formatEur, formatMioEur } from '../../shared/format/numberFormat';
import { ChartWithTable } from './ChartWithTable';

export interface FolgejahrDatum {
  jahr: string;
  folgejahr: number;
  gebunden: number;
}

export const FOLGEJAHR_LABEL = 'Folgejahresbelastung';
export const GEBUNDEN_LABEL = 'Vorbindungen nach heutigem Stand';

function options(container: HTMLElement, data: FolgejahrDatum[]): AgCartesianChartOptions {
  return {
    container,
    data,
    background: { fill: 'transparent' },
    padding: { top: 8, right: 8, bottom: 4, left: 4 },
    legend: { position: 'top' },
    keyboard: { enabled: false },
    series: [
      {
        type: 'bar',
        xKey: 'jahr',
        yKey: 'folgejahr',
        yName: FOLGEJAHR_LABEL,
        fill: '#c2571a',
        tooltip: { enabled: false },
      },
      {
        type: 'bar',
        xKey: 'jahr',
        yKey: 'gebunden',
        yName: GEBUNDEN_LABEL,
        fill: '#5b8fd1',
        tooltip: { enabled: false },
      },
    ],
    axes: [
      { type: 'category', position: 'bottom' },
      {
        type: 'number',
        position: 'left',
        title: { text: 'Mio. €' },
        label: { formatter: ({ value }) => formatMioEur(Number(value), 1).replace(' Mio. €', '') },
      },
    ],
  };
}

/** `active`: the screen is shown (a hidden chart is destroyed, see useAgChart). */
export function FolgejahreChart({ data, active = true }: { data: FolgejahrDatum[]; active?: boolean }) {
  return (
    <ChartWithTable
      options={options}
      data={data}
      active={active}
      chartTestId="folgejahre-chart"
      tableTestId="folgejahre-table"
      caption={`${FOLGEJAHR_LABEL} und Vorbindungen der Folgejahre`}
      headers={['Jahr', FOLGEJAHR_LABEL, GEBUNDEN_LABEL]}
      row={(d) => [d.jahr, formatEur(d.folgejahr), formatEur(d.gebunden)]}
    />
  );
}
