/**
 * The load of this year's commitments on the next four years (Folgejahresbelastung) beside the
 * Vorbindungen already known for those years, as bars (ag-charts). A canvas is invisible to
 * screen readers, so the same figures are in the table below it.
 */
import { useEffect, useRef } from 'react';
import { AgCharts } from 'ag-charts-community';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import { formatEur, formatMioEur } from '../../shared/format/numberFormat';

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

/** `active`: the screen is shown (a hidden chart is destroyed, see EntriesChart). */
export function FolgejahreChart({ data, active = true }: { data: FolgejahrDatum[]; active?: boolean }) {
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
      <div ref={host} className="chart-host" aria-hidden="true" data-testid="folgejahre-chart" />
      <table className="chart-table" data-testid="folgejahre-table">
        <caption>{FOLGEJAHR_LABEL} und Vorbindungen der Folgejahre</caption>
        <thead>
          <tr>
            <th scope="col">Jahr</th>
            <th scope="col" className="num">
              {FOLGEJAHR_LABEL}
            </th>
            <th scope="col" className="num">
              {GEBUNDEN_LABEL}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.jahr}>
              <th scope="row">{d.jahr}</th>
              <td className="num">{formatEur(d.folgejahr)}</td>
              <td className="num">{formatEur(d.gebunden)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
