/**
 * Eintritte and Mittel per Handlungsschwerpunkt (ag-charts). A canvas is invisible to screen
 * readers, so the same figures are in the table beside it.
 */
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { formatCount, formatEur, formatMioEur } from '../../shared/format/numberFormat';
import { wrapLabel } from '../print/packCharts';
import { ChartWithTable } from './ChartWithTable';

export interface AreaDatum {
  area: string;
  eintritte: number;
  mittel: number;
}

function options(container: HTMLElement, data: AreaDatum[]): AgCartesianChartOptions {
  return {
    container,
    data,
    background: { fill: 'transparent' },
    padding: { top: 8, right: 8, bottom: 4, left: 4 },
    legend: { position: 'top' },
    // The figures are in the table beside the chart; the canvas stays out of the tab order.
    keyboard: { enabled: false },
    series: [
      {
        type: 'bar',
        xKey: 'area',
        yKey: 'eintritte',
        yName: 'Eintritte',
        fill: '#5b8fd1',
        tooltip: { enabled: false },
      },
      {
        type: 'line',
        xKey: 'area',
        yKey: 'mittel',
        yName: 'Mittel (EGT)',
        stroke: '#c2571a',
        marker: { fill: '#c2571a', stroke: '#c2571a' },
        tooltip: { enabled: false },
      },
    ],
    axes: [
      {
        type: 'category',
        position: 'bottom',
        label: {
          fontSize: 11,
          // Horizontal, on several lines: rotated names ran into each other and were cut.
          autoRotate: false,
          rotation: 0,
          // Names on several lines instead of cut (the chart has the card's width up to 1700 px).
          formatter: ({ value }) => shortLabel(String(value)),
        },
      },
      {
        type: 'number',
        position: 'left',
        keys: ['eintritte'],
        title: { text: 'Eintritte' },
        label: { formatter: ({ value }) => formatCount(Number(value)) },
      },
      {
        type: 'number',
        position: 'right',
        keys: ['mittel'],
        title: { text: 'Mio. €' },
        label: { formatter: ({ value }) => formatMioEur(Number(value), 1).replace(' Mio. €', '') },
      },
    ],
  };
}

/** `active`: the screen is shown (a hidden chart is destroyed, see useAgChart). */

/** A Handlungsschwerpunkt's name on lines of about 18 characters, never cut. */
export function shortLabel(name: string): string {
  return wrapLabel(name, 18);
}

export function EntriesChart({ data, active = true }: { data: AreaDatum[]; active?: boolean }) {
  return (
    <ChartWithTable
      options={options}
      data={data}
      active={active}
      chartTestId="chart"
      tableTestId="chart-table"
      caption="Eintritte und Mittel je Handlungsschwerpunkt"
      headers={['Handlungsschwerpunkt', 'Eintritte', 'Mittel (EGT)']}
      row={(d) => [d.area, formatCount(d.eintritte), formatEur(d.mittel)]}
    />
  );
}
