/**
 * Chart options for the pack, built with AG Charts Community (MIT, canvas, the charting sibling
 * of the AG Grid the app already uses). Its waterfall series is an Enterprise feature, so the
 * EGT chain uses the community pattern for waterfalls: stacked bars on an invisible base.
 *
 * Print-friendly: greys with black outlines and a value label on every bar, so the charts read
 * in black and white; no tooltips or anything else that needs a pointer.
 */
import type { AgBarSeriesOptions, AgCartesianChartOptions } from 'ag-charts-community';
import { formatCount, formatMioEur, formatNumber } from '../../shared/format/numberFormat';
import type { AreaBarChart, PackChart, WaterfallChart, WaterfallStep } from './packModel';

/** CSS pixel size a chart is drawn at (its image in the document gets the same size). */
export function chartSize(chart: PackChart): { width: number; height: number } {
  switch (chart.kind) {
    case 'waterfall':
      return { width: 660, height: 240 };
    case 'areaBars':
      // The first chart of a row carries the category names, the one beside it only bars; both
      // grow with the number of Handlungsschwerpunkte so their rows stay level and legible.
      return {
        width: chart.categoryLabels ? 390 : 250,
        height: Math.max(150, 60 + chart.rows.length * (chart.vorjahrLabel ? 44 : 36)),
      };
  }
}

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const INK = '#000000';
const FILL: Record<WaterfallStep['kind'] | 'vorjahr', string> = {
  summe: '#3a3a3a',
  zugang: '#9a9a9a',
  abzug: '#ffffff',
  vorjahr: '#d0d0d0',
};
const KIND_LABEL: Record<WaterfallStep['kind'], string> = {
  zugang: 'Zugang',
  abzug: 'Abzug',
  summe: 'Zwischensumme',
};

/** A long German name broken on spaces into lines of at most `max` characters (longer words stay whole). */
export function wrapLabel(text: string, max: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.join('\n');
}

export interface WaterfallBar {
  label: string;
  kind: WaterfallStep['kind'];
  value: number;
  /** Where the bar starts and how long it is: sums stand on zero, changes float on the running total. */
  base: number;
  size: number;
}

export function waterfallBars(steps: readonly WaterfallStep[]): WaterfallBar[] {
  let running = 0;
  return steps.map((s) => {
    if (s.kind === 'summe') {
      running = s.value;
      return { label: s.label, kind: s.kind, value: s.value, base: 0, size: s.value };
    }
    const start = running;
    running += s.value;
    return {
      label: s.label,
      kind: s.kind,
      value: s.value,
      base: Math.min(start, running),
      size: Math.abs(s.value),
    };
  });
}

const axisFont = { fontFamily: FONT, color: INK };
const gridLine = { style: [{ stroke: '#c8c8c8', lineDash: [3, 3] }] };

function frame(
  width: number,
  height: number,
): Pick<AgCartesianChartOptions, 'width' | 'height' | 'background' | 'padding'> {
  return {
    width,
    height,
    background: { fill: '#ffffff' },
    padding: { top: 4, right: 16, bottom: 2, left: 2 },
  };
}

function waterfallOptions(chart: WaterfallChart): AgCartesianChartOptions {
  const { width, height } = chartSize(chart);
  const data = waterfallBars(chart.steps).map((b) => ({
    label: wrapLabel(b.label, 30),
    base: b.base / 1_000_000,
    [b.kind]: b.size / 1_000_000,
    text:
      b.kind === 'summe'
        ? formatMioEur(b.value)
        : `${b.value < 0 ? '−' : '+'} ${formatMioEur(Math.abs(b.value))}`,
  }));
  const part = (kind: WaterfallStep['kind']): AgBarSeriesOptions => ({
    type: 'bar',
    direction: 'horizontal',
    xKey: 'label',
    yKey: kind,
    yName: KIND_LABEL[kind],
    stacked: true,
    fill: FILL[kind],
    stroke: INK,
    strokeWidth: 1,
    tooltip: { enabled: false },
    label: {
      enabled: true,
      placement: 'outside-end',
      fontFamily: FONT,
      fontSize: 10,
      color: INK,
      formatter: ({ datum }) => String((datum as { text: string }).text),
    },
  });
  return {
    ...frame(width, height),
    data,
    series: [
      {
        type: 'bar',
        direction: 'horizontal',
        xKey: 'label',
        yKey: 'base',
        stacked: true,
        fill: 'transparent',
        strokeWidth: 0,
        showInLegend: false,
        tooltip: { enabled: false },
      },
      part('zugang'),
      part('abzug'),
      part('summe'),
    ],
    axes: [
      { type: 'category', position: 'left', label: { ...axisFont, fontSize: 9.5, avoidCollisions: false } },
      {
        type: 'number',
        position: 'bottom',
        nice: true,
        label: {
          ...axisFont,
          fontSize: 9,
          formatter: ({ value, fractionDigits }) => formatNumber(Number(value), fractionDigits ?? 0),
        },
        gridLine,
      },
    ],
    legend: {
      enabled: true,
      position: 'bottom',
      item: { label: { fontFamily: FONT, fontSize: 9.5, color: INK } },
    },
  };
}

function areaBarOptions(chart: AreaBarChart): AgCartesianChartOptions {
  const { width, height } = chartSize(chart);
  const scale = chart.unit === 'eur' ? 1_000_000 : 1;
  const format = (v: number) => (chart.unit === 'eur' ? formatMioEur(v * scale) : formatCount(v));
  const data = chart.rows.map((r) => ({
    label: wrapLabel(r.label, 28),
    plan: r.plan / scale,
    vorjahr: r.vorjahr === null ? undefined : r.vorjahr / scale,
  }));
  const bar = (key: 'plan' | 'vorjahr', name: string, fill: string): AgBarSeriesOptions => ({
    type: 'bar',
    direction: 'horizontal',
    xKey: 'label',
    yKey: key,
    yName: name,
    fill,
    stroke: INK,
    strokeWidth: 1,
    tooltip: { enabled: false },
    label: {
      enabled: true,
      placement: 'outside-end',
      fontFamily: FONT,
      fontSize: 9,
      color: INK,
      formatter: ({ value }) => format(Number(value)),
    },
  });
  const series = [bar('plan', chart.planLabel, FILL.summe)];
  if (chart.vorjahrLabel) series.push(bar('vorjahr', chart.vorjahrLabel, FILL.vorjahr));
  return {
    ...frame(width, height),
    data,
    series,
    axes: [
      {
        type: 'category',
        position: 'left',
        // Room for the long names (default is 30 % of the chart width).
        maxThicknessRatio: 0.5,
        label: { ...axisFont, fontSize: 9, avoidCollisions: false, enabled: chart.categoryLabels },
      },
      {
        type: 'number',
        position: 'bottom',
        nice: true,
        label: {
          ...axisFont,
          fontSize: 9,
          formatter: ({ value, fractionDigits }) => formatNumber(Number(value), fractionDigits ?? 0),
        },
        gridLine,
      },
    ],
    legend: {
      enabled: series.length > 1,
      position: 'bottom',
      item: { label: { fontFamily: FONT, fontSize: 9, color: INK } },
    },
  };
}

/** AG Charts options for one chart of the pack (the caller adds the container). */
export function chartOptions(chart: PackChart): AgCartesianChartOptions {
  switch (chart.kind) {
    case 'waterfall':
      return waterfallOptions(chart);
    case 'areaBars':
      return areaBarOptions(chart);
  }
}
