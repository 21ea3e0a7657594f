/**
 * Programmtext in Debian Chromium against the built UI: typing into a chapter, undo with Strg+Z,
 * a paste of hostile HTML cleaned to the supported formatting, a figure placeholder that follows
 * an edit of the plan, and the text after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from './support/app';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import { showScreen } from './support/grid';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server.close();
});

/** The plan's text of a chapter section, as JSON, from the store. */
function planText(page: Page, kapitelId: string, abschnittId = 'text'): Promise<string> {
  return page.evaluate(
    ([k, a]) => {
      const amip = (
        window as unknown as {
          __amip: {
            planStore: {
              getState(): {
                plan: {
                  dokument: { kapitel: { id: string; abschnitte: { id: string; text: unknown }[] }[] };
                };
              };
            };
          };
        }
      ).__amip;
      const kap = amip.planStore.getState().plan.dokument.kapitel.find((x) => x.id === k);
      return JSON.stringify(kap?.abschnitte.find((x) => x.id === a)?.text ?? null);
    },
    [kapitelId, abschnittId] as const,
  );
}

const editor = (page: Page, label: string) => page.locator(`[role="textbox"][aria-label="${label}"]`);

async function chapter(page: Page, titel: string): Promise<void> {
  await page.locator('.programm-chapters').getByRole('button', { name: titel, exact: true }).click();
  await page.locator('#programm-titel', { hasText: titel }).waitFor();
}

describe('Programmtext', () => {
  it('typing reaches the plan as one command, Strg+Z takes it back, the text survives a reload', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=programm`);
      await showScreen(page, 'programm');
      await chapter(page, 'Mittelfristige Ausrichtung');
      const box = editor(page, 'Mittelfristige Ausrichtung');
      const before = await planText(page, 'ausrichtung');
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Neuer Satz zur Ausrichtung.');
      await expect
        .poll(() => planText(page, 'ausrichtung'), { timeout: 5000 })
        .toContain('Neuer Satz zur Ausrichtung.');
      expect(await page.getByTestId('undo-button').textContent()).toContain(
        'Text „Mittelfristige Ausrichtung“ ändern',
      );
      await page.keyboard.press('Control+z');
      await expect.poll(() => planText(page, 'ausrichtung')).toBe(before);
      await expect.poll(() => box.textContent()).not.toContain('Neuer Satz');
      await page.keyboard.press('Control+y');
      await expect.poll(() => box.textContent()).toContain('Neuer Satz zur Ausrichtung.');
      // Autosave, then the app opened again shows the text.
      await expect
        .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 8000 })
        .toBe('saved');
      await page.reload();
      await page.getByTestId('status-line').waitFor();
      await showScreen(page, 'programm');
      await chapter(page, 'Mittelfristige Ausrichtung');
      await expect
        .poll(() => editor(page, 'Mittelfristige Ausrichtung').textContent())
        .toContain('Neuer Satz zur Ausrichtung.');
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });

  it('a paste from Word or a browser keeps bold, lists and safe links, drops scripts, images and javascript: links', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=programm`);
      await showScreen(page, 'programm');
      await chapter(page, 'Einleitung');
      const box = editor(page, 'Einleitung');
      await box.click();
      await page.keyboard.press('Control+a');
      await box.evaluate((el) => {
        const html =
          '<meta charset="utf-8"><style>p{color:red}</style><p style="color:red">Hallo <b>fett</b> <i>schräg</i>' +
          '<img src="http://example.invalid/x.png"> <a href="javascript:alert(1)">böse</a> <a href="https://www.arbeitsagentur.de">BA</a></p>' +
          '<script>window.__pwned = true</script><ul><li>eins</li><li>zwei</li></ul><table><tr><td>Zelle</td></tr></table>';
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Hallo fett');
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      });
      await box.blur();
      await expect.poll(() => planText(page, 'einleitung'), { timeout: 5000 }).toContain('Hallo');
      const text = JSON.parse(await planText(page, 'einleitung')) as unknown[];
      const json = JSON.stringify(text);
      expect(json).toContain('{"t":"text","text":"fett","bold":true}');
      expect(json).toContain('{"t":"text","text":"schräg","italic":true}');
      expect(json).toContain('"href":"https://www.arbeitsagentur.de"');
      expect(json).not.toContain('javascript:');
      expect(json).not.toContain('example.invalid');
      expect(json).toContain(
        '{"t":"ul","items":[[{"t":"text","text":"eins"}],[{"t":"text","text":"zwei"}]]}',
      );
      expect(json).toContain('Zelle');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
      expect(await box.locator('img, script, table').count()).toBe(0);
    } finally {
      await launched.close();
    }
  });

  it('a placeholder shows the current value, follows an edit, and can be inserted from the list', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=programm`);
      await showScreen(page, 'programm');
      await chapter(page, 'Ressourcen');
      const figur = editor(page, 'Ressourcen').locator('span[data-figur="haushalt.plan.verfuegbaresEgt"]');
      await expect.poll(() => figur.textContent()).toBe('39.530.000 €');
      await page.evaluate(() => {
        const amip = (window as unknown as { __amip: { planStore: { execute(c: unknown): unknown } } })
          .__amip;
        amip.planStore.execute({
          type: 'setInputs',
          changes: [{ key: 'hh.mittelausstattung.plan', value: 38_620_000 }],
        });
      });
      await expect.poll(() => figur.textContent()).toBe('40.530.000 €');
      // Insert "Eintritte" of the whole portfolio at the end of the text.
      await editor(page, 'Ressourcen').click();
      await page.keyboard.press('Control+End');
      await page.getByLabel('Kennzahl für „Ressourcen“').selectOption('portfolio.eintritte');
      await page.getByRole('button', { name: 'Kennzahl einfügen' }).click();
      await editor(page, 'Ressourcen').blur();
      await expect
        .poll(() => planText(page, 'ressourcen'), { timeout: 5000 })
        .toContain('{"t":"figur","id":"portfolio.eintritte"}');
      await expect
        .poll(() =>
          editor(page, 'Ressourcen').locator('span[data-figur="portfolio.eintritte"]').textContent(),
        )
        .toBe('8.761');
    } finally {
      await launched.close();
    }
  });

  it('the Übersicht card counts the written sections, names a placeholder whose figure is gone, and leads to the text', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=uebersicht`);
      const value = page.getByTestId('kpi-programm-value');
      await expect.poll(() => value.textContent()).toMatch(/^\d+ von \d+ Abschnitten$/);
      const [written, all] = ((await value.textContent()) ?? '').match(/\d+/g)!.map(Number);
      expect(all).toBeGreaterThan(written!);
      expect(await page.getByTestId('kpi-programm-fehlend').count()).toBe(0);
      // A text in an empty section with a placeholder of a figure the plan does not have.
      const where = await page.evaluate(() => {
        type Text = unknown[];
        const amip = (
          window as unknown as {
            __amip: {
              planStore: {
                execute(c: unknown): unknown;
                getState(): {
                  plan: {
                    schwerpunkte: { id: string; name: string }[];
                    dokument: { schwerpunkte: ({ schwerpunktId: string } & Record<string, Text>)[] };
                  };
                };
              };
            };
          }
        ).__amip;
        const { plan } = amip.planStore.getState();
        const felder = [
          ['ausgangslage', 'Ausgangslage'],
          ['ziele', 'Ziele'],
          ['strategie', 'Strategie'],
          ['massnahmen', 'Maßnahmen'],
        ] as const;
        for (const area of plan.schwerpunkte)
          for (const [feld, titel] of felder) {
            const texts = plan.dokument.schwerpunkte.find((t) => t.schwerpunktId === area.id);
            if ((texts?.[feld] ?? []).length > 0) continue;
            amip.planStore.execute({
              type: 'setDokumentText',
              ref: { kind: 'schwerpunkt', schwerpunktId: area.id, feld },
              text: [
                {
                  t: 'p',
                  content: [
                    { t: 'text', text: 'Wir bauen aus: ' },
                    { t: 'figur', id: 'portfolio.gibtEsNicht' },
                  ],
                },
              ],
            });
            return `${area.name} › ${titel}`;
          }
        return null;
      });
      expect(where).not.toBeNull();
      await expect.poll(() => value.textContent()).toBe(`${written! + 1} von ${all} Abschnitten`);
      await expect
        .poll(() => page.getByTestId('kpi-programm-fehlend').textContent())
        .toBe(`1 Platzhalter ohne Kennzahl: ${where}`);
      expect(await page.getByTestId('undo-button').textContent()).toContain('ändern');
      await page.getByTestId('undo-button').click();
      // undo shows where it changed: the Programmtext; back on the Übersicht the warning is gone
      await page.getByTestId('screen-programm').waitFor();
      await showScreen(page, 'uebersicht');
      await expect.poll(() => page.getByTestId('kpi-programm-fehlend').count()).toBe(0);
      await expect.poll(() => value.textContent()).toBe(`${written} von ${all} Abschnitten`);
      // keyboard: the card's button opens the Programmtext
      await page.getByRole('button', { name: 'Zum Programmtext' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('screen-programm').waitFor();
      expect(appErrors(page)).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});
