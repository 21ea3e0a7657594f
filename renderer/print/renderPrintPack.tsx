/**
 * Renders the Trägerversammlung pack into a DOM element and resolves once it is ready to print:
 * tables laid out, fonts loaded, every chart drawn and turned into an image (a canvas that is
 * still drawing, or redraws on the print layout's resize, would print blank).
 *
 * Used by print.html (CLI and browser preview) and by the app for Datei → Drucken… and
 * Datei → Als PDF exportieren… through {@link printPlanInThisWindow}.
 */
import './print.css';
import { AgCharts } from 'ag-charts-community';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Plan } from '../../shared/model/plan';
import { PrintDocument } from './PrintDocument';
import { chartOptions, chartSize } from './packCharts';
import type { PackChart, PrintPack, PrintPackOptions } from './packModel';
import { buildPrintPack } from './packModel';
import { footerCss } from './pageFooter';

export interface PrintPackHandle {
  pack: PrintPack;
  /** Removes the pack, its footer rule and any chart resources. */
  destroy(): void;
}

/** Charts are drawn at this device pixel ratio, so their images stay sharp on paper (≈ 290 dpi). */
const CHART_PIXEL_RATIO = 3;

function allCharts(pack: PrintPack): PackChart[] {
  return pack.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'charts' ? b.charts : [])));
}

async function drawChart(placeholder: HTMLElement, chart: PackChart): Promise<void> {
  const { width, height } = chartSize(chart);
  const target = document.createElement('div');
  target.style.width = `${width}px`;
  target.style.height = `${height}px`;
  placeholder.replaceChildren(target);
  const options = {
    ...chartOptions(chart),
    container: target,
    // Accepted by AG Charts but not in its public typings: the canvas resolution.
    overrideDevicePixelRatio: CHART_PIXEL_RATIO,
  } as AgCartesianChartOptions;
  const instance = AgCharts.create(options);
  try {
    await instance.waitForUpdate();
    const canvas = target.querySelector('canvas');
    if (!canvas) throw new Error(`Diagramm „${chart.title}“ wurde nicht gezeichnet.`);
    const img = document.createElement('img');
    img.alt = chart.title;
    img.width = width;
    img.height = height;
    img.src = canvas.toDataURL('image/png');
    await img.decode();
    placeholder.replaceChildren(img);
  } finally {
    instance.destroy();
  }
}

/**
 * Renders the pack of `plan` into `container` and resolves when it can be printed.
 * Side effect: adds one `<style>` with the page footer to `document.head` (removed by destroy).
 */
export async function renderPrintPack(
  container: HTMLElement,
  plan: Plan,
  options: PrintPackOptions = {},
): Promise<PrintPackHandle> {
  const pack = buildPrintPack(plan, options);
  const footer = document.createElement('style');
  footer.dataset.amipPrintFooter = '';
  footer.textContent = footerCss(pack.footerText);
  document.head.append(footer);
  const root = createRoot(container);
  flushSync(() => root.render(<PrintDocument pack={pack} />));
  const destroy = () => {
    root.unmount();
    footer.remove();
  };
  try {
    for (const chart of allCharts(pack)) {
      const placeholder = container.querySelector<HTMLElement>(`[data-chart="${chart.id}"]`);
      if (placeholder) await drawChart(placeholder, chart);
    }
    await document.fonts.ready;
  } catch (error) {
    destroy();
    throw error;
  }
  return { pack, destroy };
}

/**
 * Prints the pack from the app's own window: renders it off-screen, hides the app for print
 * media, calls `print` (window.print() for Datei → Drucken…, or the desktop bridge that runs
 * Electron's printToPDF for Datei → Als PDF exportieren…), then restores the app.
 */
export async function printPlanInThisWindow(
  plan: Plan,
  print: (pack: PrintPack) => void | Promise<void>,
  options: PrintPackOptions = {},
): Promise<void> {
  const host = document.createElement('div');
  host.className = 'pp-host pp-host-offscreen';
  document.body.append(host);
  const html = document.documentElement;
  const title = document.title;
  let handle: PrintPackHandle | undefined;
  try {
    handle = await renderPrintPack(host, plan, options);
    html.classList.add('pp-printing');
    document.title = handle.pack.title;
    await print(handle.pack);
  } finally {
    html.classList.remove('pp-printing');
    document.title = title;
    handle?.destroy();
    host.remove();
  }
}
