/**
 * Eintritte and Mittel per Handlungsschwerpunkt (ag-charts). A canvas is invisible to screen
 * readers, so the same figures are in the table beside it.
 */
import { useEffect, useRef } from 'react';
import { AgCharts } from 'ag-charts-community';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import { formatCount, formatEur, formatMioEur } from '../../shared/format/numberFormat';
import { wrapLabel } from '../print/packCharts';

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

/**
 * `active`: the screen is shown. A hidden chart is destroyed, not kept: ag-charts lays out
 * and redraws its canvas on every keystroke anywhere in the page, even when nobody sees it.
 */
/** A Handlungsschwerpunkt's name on lines of about 18 characters, never cut. */
export function shortLabel(name: string): string {
  return wrapLabel(name, 18);
}

export function EntriesChart({ data, active = true }: { data: AreaDatum[]; active?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<AgChartInstance | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  useEffect(() => {
    if (!active || !host.current) return undefined;
    chart.current = AgCharts.create(options(host.current, dataRef.current));
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [active]);
  useEffect(() => {
    if (chart.current && host.current) void chart.current.update(options(host.current, data));
  }, [data]);
  return (
    <div className="chart-block">
      <div ref={host} className="chart-host" aria-hidden="true" data-testid="chart" />
      <table className="chart-table" data-testid="chart-table">
        <caption>Eintritte und Mittel je Handlungsschwerpunkt</caption>
        <thead>
          <tr>
            <th scope="col">Handlungsschwerpunkt</th>
            <th scope="col" className="num">
              Eintritte
            </th>
            <th scope="col" className="num">
              Mittel (EGT)
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.area}</th>
              <td className="num">{formatCount(d.eintritte)}</td>
              <td className="num">{formatEur(d.mittel)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
