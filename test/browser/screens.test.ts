/**
 * Every screen: an axe-core scan (no serious or critical violation) and a screenshot at
 * 1366×768 into docs/screenshots/<screen>.png (the README shows them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { cell, showScreen } from './support/grid';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SCREENS = ['uebersicht', 'haushalt', 'portfolio', 'bildung', 'kennzahlen', 'pruefungen'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axeScan(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs through the DevTools protocol, so the app's CSP stays on for the scan.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
}

describe('every screen', () => {
  it('passes an axe-core scan without serious or critical violations and is photographed at 1366×768', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await withApp(async ({ page }) => {
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await showScreen(page, screen);
        if (screen === 'portfolio') {
          // a selection and a check marker in the picture
          await cell(page, 'portfolio', 'r-egz', 'mittelansatz').click();
          await page.keyboard.press('Shift+ArrowDown');
          await page.keyboard.press('Shift+ArrowDown');
        }
        await page.waitForTimeout(screen === 'uebersicht' ? 900 : 400);
        await page.screenshot({ path: resolve(SHOTS, `${screen}.png`) });
        const violations = await axeScan(page);
        for (const v of violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(
              `${screen}: ${v.id} (${v.impact}) ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`,
            );
      }
      expect(problems).toEqual([]);
      expect(appErrors(page)).toEqual([]);
    });
  });
});
