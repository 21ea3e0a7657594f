/**
 * Every screen: an axe-core scan (no serious or critical violation) and a screenshot at
 * 1366×768 into docs/screenshots/<screen>.png (the README shows them).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appErrors, withApp } from './support/app';
import { axeScan } from './support/axe';
import { cell, showScreen } from './support/grid';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SCREENS = [
  'uebersicht',
  'haushalt',
  'portfolio',
  'bildung',
  'kennzahlen',
  'zielgruppen',
  'programm',
  'pruefungen',
];

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
