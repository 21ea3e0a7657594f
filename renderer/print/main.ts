/**
 * Entry of print.html, the stand-alone print view. Three ways in:
 * - CLI and tests: `await window.amipPrint.render(plan)` (playwright evaluate), then page.pdf.
 * - The app in the browser: `window.open('print.html')`, then post
 *   `{ type: 'amip-print', plan, autoPrint: true }` (same origin only); the page renders and
 *   opens the print dialog.
 * - Preview: `print.html?beispiel` shows the Beispielplan.
 */
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';
import type { PrintPackOptions } from './packModel';
import type { PrintPackHandle } from './renderPrintPack';
import { renderPrintPack } from './renderPrintPack';

export interface PrintViewResult {
  title: string;
  sections: string[];
}

export interface AmipPrintApi {
  render(plan: Plan, options?: PrintPackOptions): Promise<PrintViewResult>;
}

declare global {
  interface Window {
    amipPrint?: AmipPrintApi;
  }
}

const container = document.getElementById('print-root');
if (!container) throw new Error('print.html: Element #print-root fehlt.');
let current: PrintPackHandle | undefined;

async function render(plan: Plan, options: PrintPackOptions = {}): Promise<PrintViewResult> {
  current?.destroy();
  current = undefined;
  delete document.documentElement.dataset.printReady;
  current = await renderPrintPack(container!, plan, options);
  document.title = current.pack.title;
  document.documentElement.dataset.printReady = 'true';
  return { title: current.pack.title, sections: current.pack.sections.map((s) => s.title) };
}

window.amipPrint = { render };

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin) return;
  const data = event.data as { type?: unknown; plan?: Plan; autoPrint?: unknown } | null;
  if (!data || data.type !== 'amip-print' || !data.plan) return;
  void render(data.plan).then(() => {
    if (data.autoPrint === true) window.print();
  });
});

if (new URLSearchParams(window.location.search).has('beispiel')) void render(beispielplan());
