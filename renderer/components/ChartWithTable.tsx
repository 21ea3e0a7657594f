/**
 * A bar chart (ag-charts) with the same figures in a table below it: a canvas is invisible to
 * screen readers, so the table carries them. The Übersicht's charts are built from this.
 */
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useAgChart } from './useAgChart';

interface Props<T> {
  options: (container: HTMLElement, data: T[]) => AgCartesianChartOptions;
  data: T[];
  /** The screen is shown (a hidden chart is destroyed, see useAgChart). */
  active: boolean;
  chartTestId: string;
  tableTestId: string;
  caption: string;
  /** The first column's header (the row names), then the headers of the figures. */
  headers: readonly [string, ...string[]];
  /** One datum's row: its name, then its figures as shown. */
  row: (d: T) => readonly [string, ...string[]];
}

export function ChartWithTable<T>(props: Props<T>) {
  const host = useAgChart(props.options, props.data, props.active);
  const [first, ...figures] = props.headers;
  return (
    <div className="chart-block">
      {/* A picture of the table below (no tooltips, no keys): inert, so the chart library's legend
          buttons and canvas are not focusable inside the aria-hidden part either. */}
      <div ref={host} className="chart-host" aria-hidden="true" inert data-testid={props.chartTestId} />
      <table className="chart-table" data-testid={props.tableTestId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {figures.map((h) => (
              <th key={h} scope="col" className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.data.map((d, i) => {
            const [name, ...cells] = props.row(d);
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                {cells.map((c, j) => (
                  <td key={j} className="num">
                    {c}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
