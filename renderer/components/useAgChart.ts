/**
 * An ag-charts chart in a host element, updated with its data. `active`: the screen is shown.
 * A hidden chart is destroyed, not kept: ag-charts lays out and redraws its canvas on every
 * keystroke anywhere in the page, even when nobody sees it.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { AgCharts } from 'ag-charts-community';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';

export function useAgChart<T>(
  options: (container: HTMLElement, data: T[]) => AgCartesianChartOptions,
  data: T[],
  active: boolean,
): RefObject<HTMLDivElement | null> {
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
  }, [active, options]);
  useEffect(() => {
    if (chart.current && host.current) void chart.current.update(options(host.current, data));
  }, [data, options]);
  return host;
}
