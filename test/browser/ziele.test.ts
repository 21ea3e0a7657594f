/**
 * The Ziele sheet in Debian's Chromium, on the sample `zielvereinbarung-duesseldorf-2018` opened
 * through Datei → Öffnen…: typing with German messages at the cell, derived figures that follow
 * (F2, F5, F12), paste, undo, the header form, the dialogue's Ist values, the Übersicht card,
 * reload from storage, an axe-core scan and the screenshot docs/screenshots/ziele.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../shared/file/planFile';
import { zielvereinbarungDuesseldorf2018 } from '../../shared/sample/zielvereinbarungDuesseldorf2018';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';
import { cell, expectCellText, pasteInto, showScreen, typeInto } from './support/grid';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PLAN_ID = zielvereinbarungDuesseldorf2018().id;

let server: StaticServer;
let dir: string;
beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-ziele-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A value of the plan in the page's store, by input key. */
function storeValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => {
    const amip = (
      window as unknown as {
        __amip: {
          planStore: {
            getState(): {
              plan: {
                id: string;
                zielvereinbarung: {
                  ziele: { id: string; werte: Record<string, number | null> }[];
                  parteien: { id: string; name: string }[];
                };
              };
            };
          };
        };
      }
    ).__amip;
    const plan = amip.planStore.getState().plan;
    if (k === 'id') return plan.id;
    const [kind, id, field] = k.split('.');
    if (kind === 'partei') return plan.zielvereinbarung.parteien.find((p) => p.id === id)?.name;
    return plan.zielvereinbarung.ziele.find((z) => z.id === id)?.werte[field!];
  }, key);
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved');
}

/** Opens the Düsseldorf 2018 sample as a plan file, as a user would. */
async function openSample(page: Page): Promise<void> {
  const path = join(dir, 'Zielvereinbarung.amip.json');
  writeFileSync(path, serializePlanFile(zielvereinbarungDuesseldorf2018()));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.oeffnen').click();
    })(),
  ]);
  await chooser.setFiles(path);
  await expect.poll(() => storeValue(page, 'id')).toBe(PLAN_ID);
}

async function expectCellError(page: Page, text: string): Promise<void> {
  const error = page.getByTestId('cell-error');
  await error.waitFor();
  expect(await error.textContent()).toContain(text);
  await page.keyboard.press('Escape');
  await error.waitFor({ state: 'detached' });
}

/** The agreement's header is a <details> closed once targets exist: open it as a keyboard user. */
async function openKopf(page: Page): Promise<void> {
  const kopf = page.getByTestId('zv-kopf');
  await kopf.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => kopf.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
}

describe('Ziele', () => {
  it('edits, pastes, undoes and reloads the targets; bad input gets a German message at the cell', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await openSample(page);
      await showScreen(page, 'ziele');

      // F2, F5: 9.000 eLb Asyl/Flucht × 17,2 % = 1.548; total 9.812 ÷ 47.259 = 20,76 %
      await expectCellText(page, 'ziele-segmente', 'seg:zl-iq-af', 'integrationen', '1.548');
      await expectCellText(page, 'ziele-segmente', 'seg:gesamt', 'iq', '20,76 %');
      await typeInto(page, 'ziele-segmente', 'seg:zl-iq-af', 'elb', '10.000');
      await expectCellText(page, 'ziele-segmente', 'seg:zl-iq-af', 'integrationen', '1.720');
      // (8.264 + 1.720) ÷ (38.259 + 10.000) = 9.984 ÷ 48.259
      await expectCellText(page, 'ziele-segmente', 'seg:gesamt', 'iq', '20,69 %');
      expect(await storeValue(page, 'ziel.zl-iq-af.elb')).toBe(10_000);
      await page.getByTestId('undo-button').click();
      await expectCellText(page, 'ziele-segmente', 'seg:zl-iq-af', 'integrationen', '1.548');
      expect(await storeValue(page, 'ziel.zl-iq-af.elb')).toBe(9_000);

      // a percentage where a count belongs, a negative eLb: message at the cell, nothing stored
      await typeInto(page, 'ziele-segmente', 'seg:zl-iq-af', 'elb', '17 %');
      await expectCellError(page, 'hier wird eine Anzahl erwartet, kein Prozentwert');
      await typeInto(page, 'ziele-segmente', 'seg:zl-iq-af', 'elb', '-5');
      await expectCellError(page, 'darf nicht negativ sein');
      expect(await storeValue(page, 'ziel.zl-iq-af.elb')).toBe(9_000);

      // F12 of the Vorjahr: a pasted pair of changes (Ziel, Ergebnis), one undo for both
      await expectCellText(page, 'ziele-vorjahr', 'vj:zl-iq-oaf', 'abweichung', '+2,1 Pp.');
      await cell(page, 'ziele-vorjahr', 'vj:zl-iq-oaf', 'vorjahrZiel').click();
      await pasteInto(page, '1,0 %\t4,5 %');
      await expectCellText(page, 'ziele-vorjahr', 'vj:zl-iq-oaf', 'abweichung', '+3,5 Pp.');
      expect(await storeValue(page, 'ziel.zl-iq-oaf.vorjahrZiel')).toBe(0.01);
      expect(await storeValue(page, 'ziel.zl-iq-oaf.vorjahrIst')).toBe(0.045);
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'ziele-vorjahr', 'vj:zl-iq-oaf', 'abweichung', '+2,1 Pp.');
      expect(await storeValue(page, 'ziel.zl-iq-oaf.vorjahrZiel')).toBe(0.015);

      // Ctrl+D fills down (one undo step); the status line sums a selection
      await cell(page, 'ziele-vorjahr', 'vj:zl-iq-oaf', 'vorjahrZiel').click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+d');
      await expectCellText(page, 'ziele-vorjahr', 'vj:zl-iq-gesamt', 'vorjahrZiel', '+1,5 %');
      expect(await storeValue(page, 'ziel.zl-iq-gesamt.vorjahrZiel')).toBe(0.015);
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'ziele-vorjahr', 'vj:zl-iq-gesamt', 'vorjahrZiel', '');
      await cell(page, 'ziele-segmente', 'seg:zl-iq-oaf', 'intBasis').click();
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(() => page.getByTestId('stat-summe').textContent()).toContain('9.812');

      // a relative change typed in the targets' grid: F1 follows (21,176 % × 1,03 = 21,8 %)
      await typeInto(page, 'ziele', 'zl:zl-iq-oaf', 'vorgabe', '3 %');
      await expectCellText(page, 'ziele', 'zl:zl-iq-oaf', 'vorgabe', '+3,00 %');
      await expectCellText(page, 'ziele', 'zl:zl-iq-oaf', 'zielwert', '21,8 %');

      // the header form, opened by keyboard: a party's name
      await openKopf(page);
      const name = page.getByLabel('Name der Partei 1', { exact: true });
      await name.fill('Landeshauptstadt Düsseldorf (Stadtverwaltung)');
      await name.press('Tab');
      await expect
        .poll(() => storeValue(page, 'partei.p-stadt'))
        .toBe('Landeshauptstadt Düsseldorf (Stadtverwaltung)');

      await saved(page);
      await page.reload();
      await page.getByTestId('status-line').waitFor();
      await showScreen(page, 'ziele');
      await expectCellText(page, 'ziele', 'zl:zl-iq-oaf', 'vorgabe', '+3,00 %');
      await expectCellText(page, 'ziele', 'zl:zl-iq-oaf', 'zielwert', '21,8 %');
      await openKopf(page);
      expect(await page.getByLabel('Name der Partei 1', { exact: true }).inputValue()).toBe(
        'Landeshauptstadt Düsseldorf (Stadtverwaltung)',
      );
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });

  it('a dialogue’s Ist values give the Abweichung vom Ziel; the Übersicht card shows each target’s status and jumps to it', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await openSample(page);
      await showScreen(page, 'ziele');

      // F13: 48 ÷ 100 counted by hand = 48 %, target 60 %: −12,0 Pp., not reached
      const row = 'zi:zd-2018-1.zl-akq-fluechtlinge';
      await expectCellText(page, 'ziele-dialog', row, 'istWert', '48,0 %');
      await expectCellText(page, 'ziele-dialog', row, 'abweichung', '-12,0 Pp.');
      await typeInto(page, 'ziele-dialog', row, 'zaehler', '66');
      await expectCellText(page, 'ziele-dialog', row, 'istWert', '66,0 %');
      await expectCellText(page, 'ziele-dialog', row, 'abweichung', '+6,0 Pp.');
      // F12 in the dialogue: Ist change +1,4 % against the agreed +2,00 %
      await typeInto(page, 'ziele-dialog', 'zi:zd-2018-1.zl-iq-oaf', 'ist', '1,4 %');
      await expectCellText(page, 'ziele-dialog', 'zi:zd-2018-1.zl-iq-oaf', 'abweichung', '-0,6 Pp.');

      await showScreen(page, 'uebersicht');
      const card = page.getByTestId('ziele-card');
      await card.waitFor();
      const item = card
        .getByTestId('ziel-status')
        .filter({ hasText: 'Aktivierungsquote Geflüchtete' })
        .first();
      expect(await item.locator('[data-status]').getAttribute('data-status')).toBe('erreicht');
      const iq = card.getByTestId('ziel-status').filter({ hasText: 'ohne Asyl/Flucht' }).first();
      expect(await iq.locator('[data-status]').getAttribute('data-status')).toBe('nichtErreicht');
      await iq.getByRole('button').click();
      await page.getByTestId('screen-ziele').waitFor({ state: 'visible' });
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? ''),
        )
        .toBe('zl:zl-iq-oaf');
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });

  it('passes an axe-core scan without serious or critical violations and is photographed at 1366×768', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await openSample(page);
      await showScreen(page, 'ziele');
      await cell(page, 'ziele', 'zl:zl-iq-oaf', 'vorgabe').click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: resolve(SHOTS, 'ziele.png') });
      const problems = (await axeScan(page))
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      expect(problems).toEqual([]);
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});
