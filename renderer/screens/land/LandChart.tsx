/**
 * EGT-Auslastung and Umschichtungsquote per Jobcenter (ag-charts), drawn once the grid is on
 * screen. The canvas is hidden from screen readers: the same figures are in the grid beside it.
 */
import { useEffect, useRef } from 'react';
import { AgCharts } from 'ag-charts-community';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import type { LandGroup } from '../../../shared/consolidate/types';
import { formatPercent } from '../../../shared/format/numberFormat';

function options(
  container: HTMLElement,
  group: LandGroup,
  labels: Record<string, string>,
): AgCartesianChartOptions {
  const data = group.jobcenter.map((e) => ({
    jobcenter: e.jobcenter,
    auslastung: e.values.egtAuslastung ?? null,
    umschichtung: e.values.umschichtungsquote ?? null,
  }));
  return {
    container,
    data,
    background: { fill: 'transparent' },
    legend: { position: 'top' },
    keyboard: { enabled: false },
    animation: { enabled: false },
    series: [
      {
        type: 'bar',
        xKey: 'jobcenter',
        yKey: 'auslastung',
        yName: labels.egtAuslastung ?? 'EGT-Auslastung',
        fill: '#5b8fd1',
        tooltip: { enabled: false },
      },
      {
        type: 'bar',
        xKey: 'jobcenter',
        yKey: 'umschichtung',
        yName: labels.umschichtungsquote ?? 'Umschichtungsquote',
        fill: '#c2571a',
        tooltip: { enabled: false },
      },
    ],
    axes: [
      { type: 'category', position: 'bottom', label: { fontSize: 10, rotation: -60 } },
      {
        type: 'number',
        position: 'left',
        label: { formatter: ({ value }) => formatPercent(Number(value), 0) },
      },
    ],
  };
}

export function LandChart({
  group,
  labels,
  active,
}: {
  group: LandGroup;
  labels: Record<string, string>;
  active: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<AgChartInstance | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!active || !el) return undefined;
    // Drawn when the page is idle: the chart lies below the grid, and 400 Jobcenters' bars
    // should not hold back the grid's first paint.
    const draw = () => {
      chart.current = AgCharts.create(options(el, group, labels));
    };
    const idle = typeof requestIdleCallback === 'function';
    const handle = idle ? requestIdleCallback(draw, { timeout: 1000 }) : setTimeout(draw, 50);
    return () => {
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle);
      chart.current?.destroy();
      chart.current = null;
    };
  }, [active, group, labels]);
  return (
    <figure className="land-chart">
      {/* A picture of the table beside it: inert, so nothing in the aria-hidden part is focusable. */}
      <div ref={host} className="chart-host" aria-hidden="true" inert data-testid="land-chart" />
      <figcaption>
        {labels.egtAuslastung} und {labels.umschichtungsquote} je Jobcenter (die Werte stehen in der Tabelle)
      </figcaption>
    </figure>
  );
}
