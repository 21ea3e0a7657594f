/**
 * The grid editors in a real browser (Debian Chromium) against the built UI, with the
 * Beispielplan Düsseldorf 2016. Expected figures are worked out from fachkonzept §2.1/2.2:
 * Summe Eingliederungsmittel 37.620.000 + 40.000 + 1.690.000 + 1.010.000 = 40.360.000 €,
 * verfügbares EGT 40.360.000 − 830.000 = 39.530.000 €, Mittel für Neufälle − 13.430.000 = 26.100.000 €,
 * geplanter Mitteleinsatz 26.121.070 € (Integration 3.935.840 €, without the nachrichtlich VB).
 */
import { describe, expect, it } from 'vitest';
import { appErrors, withApp } from './support/app';
import { cell, copySelection, expectCellText, pasteInto, showScreen, typeInto } from './support/grid';

describe('Maßnahmeportfolio: editing with live recalculation', () => {
  it('2.500.000 typed into the EGZ Mittelansatz updates subtotal, grand total, Auslastung and the Übersicht', async () => {
    await withApp(
      async ({ page }) => {
        await expectCellText(page, 'portfolio', 'sum:hs-integration', 'mittelansatz', '3.935.840 €');
        await expectCellText(page, 'portfolio', 'total', 'mittelansatz', '26.121.070 €');
        await typeInto(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000');
        await expectCellText(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000 €');
        // +300.000 € in the area and the grand total
        await expectCellText(page, 'portfolio', 'sum:hs-integration', 'mittelansatz', '4.235.840 €');
        await expectCellText(page, 'portfolio', 'total', 'mittelansatz', '26.421.070 €');
        // 26.421.070 ÷ 26.100.000 = 101,23 %
        expect(await page.getByTestId('fig-haushalt.plan.egtAuslastung').textContent()).toBe('101,2 %');
        // Kosten je Eintritt 2.500.000 ÷ 550
        await expectCellText(page, 'portfolio', 'r-egz', 'kje', '4.545,45 €');
        // Enter moved the cursor down (Excel habit)
        expect(await page.locator('.ag-cell-focus').getAttribute('col-id')).toBe('mittelansatz');
        expect(await page.locator('.ag-row-focus').getAttribute('row-id')).toBe('r-esg');
        await showScreen(page, 'uebersicht');
        expect(await page.getByTestId('kpi-geplanterMitteleinsatz-value').textContent()).toBe('26,42 Mio. €');
        expect(await page.getByTestId('kpi-geplanterMitteleinsatz').textContent()).toContain('26.421.070 €');
        expect(await page.getByTestId('kpi-egtAuslastung-value').textContent()).toBe('101,2 %');
        expect(await page.getByTestId('kpi-egtAuslastung').getAttribute('data-tone')).toBe('amber');
        expect(await page.getByTestId('kpi-rest').textContent()).toBe('Überplanung 321.070 €');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('=120*2400 shows 288.000 €; editing again shows the formula text', async () => {
    await withApp(
      async ({ page }) => {
        await typeInto(page, 'portfolio', 'r-mag', 'mittelansatz', '=120*2400');
        await expectCellText(page, 'portfolio', 'r-mag', 'mittelansatz', '288.000 €');
        await cell(page, 'portfolio', 'r-mag', 'mittelansatz').click();
        await page.keyboard.press('F2');
        await expect.poll(() => page.getByTestId('cell-editor').inputValue()).toBe('=120*2400');
        await page.keyboard.press('Escape');
        await expectCellText(page, 'portfolio', 'r-mag', 'mittelansatz', '288.000 €');
        // A plain number replaces the formula
        await typeInto(page, 'portfolio', 'r-mag', 'mittelansatz', '2,2 Mio');
        await expectCellText(page, 'portfolio', 'r-mag', 'mittelansatz', '2.200.000 €');
        await cell(page, 'portfolio', 'r-mag', 'mittelansatz').click();
        await page.keyboard.press('F2');
        await expect.poll(() => page.getByTestId('cell-editor').inputValue()).toBe('2200000');
        await page.keyboard.press('Escape');
      },
      { query: '?screen=portfolio' },
    );
  });

  it('abc: German message beside the cell, editor stays open, stored value unchanged', async () => {
    await withApp(
      async ({ page }) => {
        await typeInto(page, 'portfolio', 'r-esg', 'eintritte', 'abc');
        const error = page.getByTestId('cell-error');
        await error.waitFor();
        const message = (await error.textContent()) ?? '';
        expect(message).toMatch(/[äöüß]|Zahl|keine|nicht/i);
        expect(message).toContain('abc');
        // still editing, with the wrong text kept for correction
        expect(await page.getByTestId('cell-editor').inputValue()).toBe('abc');
        await page.keyboard.press('Tab');
        expect(await page.getByTestId('cell-editor').count()).toBe(1);
        await page.keyboard.press('Escape');
        await expectCellText(page, 'portfolio', 'r-esg', 'eintritte', '80');
        const stored = await page.evaluate(
          () =>
            (
              globalThis as unknown as {
                __amip: {
                  planStore: {
                    getState(): { plan: { schwerpunkte: { rows: { id: string; eintritte: number }[] }[] } };
                  };
                };
              }
            ).__amip.planStore
              .getState()
              .plan.schwerpunkte[0]!.rows.find((r) => r.id === 'r-esg')!.eintritte,
        );
        expect(stored).toBe(80);
        expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('a pasted 3×2 block of tab-separated text changes 6 cells; one undo restores all 6', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-mag', 'eintritte').click();
        await pasteInto(page, '1.100\t90.000\r\n600\t2.500.000\r\n90\t160.000,50\r\n');
        const after = [
          ['r-mag', '1.100', '90.000 €'],
          ['r-egz', '600', '2.500.000 €'],
          ['r-esg', '90', '160.000,50 €'],
        ];
        for (const [row, e, m] of after) {
          await expectCellText(page, 'portfolio', row!, 'eintritte', e!);
          await expectCellText(page, 'portfolio', row!, 'mittelansatz', m!);
        }
        // The pasted range is selected: the status line sums it (1.100 + 600 + 90 + money)
        await expect.poll(() => page.getByTestId('stat-anzahl').textContent()).toBe('6');
        expect(await page.getByTestId('undo-button').textContent()).toContain('6 Zellen einfügen');
        await page.keyboard.press('Control+z');
        const before = [
          ['r-mag', '1.000', '80.000 €'],
          ['r-egz', '550', '2.200.000 €'],
          ['r-esg', '80', '150.000 €'],
        ];
        for (const [row, e, m] of before) {
          await expectCellText(page, 'portfolio', row!, 'eintritte', e!);
          await expectCellText(page, 'portfolio', row!, 'mittelansatz', m!);
        }
        await expectCellText(page, 'portfolio', 'total', 'mittelansatz', '26.121.070 €');
        // Undo brought the cursor back to the changed cells
        expect(await page.locator('.ag-row-focus').getAttribute('row-id')).toBe('r-mag');
        await page.keyboard.press('Control+y');
        await expectCellText(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000 €');
      },
      { query: '?screen=portfolio' },
    );
  });

  it('an Excel HTML table with German decimal commas pastes right; copy gives TSV and HTML', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'mittelansatz').click();
        const html =
          '<html><body><table><tr><td x:num="1234.5">1.234,50</td></tr><tr><td>2.000,25</td></tr></table></body></html>';
        await pasteInto(page, 'ignored\r\n', html);
        await expectCellText(page, 'portfolio', 'r-egz', 'mittelansatz', '1.234,50 €');
        await expectCellText(page, 'portfolio', 'r-esg', 'mittelansatz', '2.000,25 €');
        await cell(page, 'portfolio', 'r-mag', 'eintritte').click();
        await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Shift+ArrowRight');
        await expect.poll(() => page.getByTestId('stat-anzahl').textContent()).toBe('4');
        const copied = await copySelection(page);
        expect(copied.text).toBe('1000\t80000\r\n550\t1234,5\r\n');
        expect(copied.html).toContain('<td>1234,5</td>');
      },
      { query: '?screen=portfolio' },
    );
  });

  it('a paste of many rows into the portfolio creates the missing rows, as one undo step', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-ftec', 'instrument').click();
        await pasteInto(page, 'FTEC neu\tI\t500\r\nVB\tI\t2500\r\nNeu A\tI\t10\r\nNeu B\tIII.2\t20\r\n');
        await expectCellText(page, 'portfolio', 'r-ftec', 'instrument', 'FTEC neu');
        const rows = await page.evaluate(() =>
          (
            globalThis as unknown as {
              __amip: {
                planStore: {
                  getState(): {
                    plan: {
                      schwerpunkte: {
                        rows: { instrument?: string; eintritte?: number; kategorie?: string }[];
                      }[];
                    };
                  };
                };
              };
            }
          ).__amip.planStore
            .getState()
            .plan.schwerpunkte[0]!.rows.map((r) => [r.instrument, r.eintritte, r.kategorie]),
        );
        expect(rows.slice(-2)).toEqual([
          ['Neu A', 10, 'I'],
          ['Neu B', 20, 'III.2'],
        ]);
        await page.keyboard.press('Control+z');
        await expect
          .poll(() => page.locator('[data-testid="grid-portfolio"] .ag-row[row-id^="r-"]').count())
          .toBeGreaterThan(0);
        const count = await page.evaluate(
          () =>
            (
              globalThis as unknown as {
                __amip: { planStore: { getState(): { plan: { schwerpunkte: { rows: unknown[] }[] } } } };
              }
            ).__amip.planStore.getState().plan.schwerpunkte[0]!.rows.length,
        );
        expect(count).toBe(7);
        await expectCellText(
          page,
          'portfolio',
          'r-ftec',
          'instrument',
          'FTEC – Förder- und Erprobungscenter',
        );
      },
      { query: '?screen=portfolio' },
    );
  });

  it('add a row, move it to another area, undo twice', async () => {
    await withApp(
      async ({ page }) => {
        const areaRows = (areaIndex: number) =>
          page.evaluate(
            (i) =>
              (
                globalThis as unknown as {
                  __amip: {
                    planStore: { getState(): { plan: { schwerpunkte: { rows: { id: string }[] }[] } } };
                  };
                }
              ).__amip.planStore
                .getState()
                .plan.schwerpunkte[i]!.rows.map((r) => r.id),
            areaIndex,
          );
        const before0 = await areaRows(0);
        const before1 = await areaRows(1);
        await cell(page, 'portfolio', 'r-egz', 'instrument').click();
        await page.getByTestId('row-insert').click();
        // the new row's name is open for typing (selected: typing replaces it); Escape keeps it
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.press('Escape');
        const after0 = await areaRows(0);
        expect(after0).toHaveLength(before0.length + 1);
        const newId = after0[2]!;
        await expectCellText(page, 'portfolio', newId, 'instrument', 'Neue Maßnahme');
        await cell(page, 'portfolio', newId, 'instrument').click();
        await page.getByTestId('target-area').selectOption('hs-qualifizierung');
        await page.getByTestId('row-move-area').click();
        await expect.poll(() => areaRows(1)).toEqual([...before1, newId]);
        expect(await areaRows(0)).toEqual(before0);
        expect(await page.getByTestId('undo-button').textContent()).toContain(
          'Qualifizierung Geringqualifizierter',
        );
        await page.getByTestId('undo-button').click();
        await expect.poll(() => areaRows(0)).toEqual(after0);
        expect(await areaRows(1)).toEqual(before1);
        await page.getByTestId('undo-button').click();
        await expect.poll(() => areaRows(0)).toEqual(before0);
        expect(await page.locator(`[data-testid="grid-portfolio"] .ag-row[row-id="${newId}"]`).count()).toBe(
          0,
        );
        expect(await page.getByTestId('redo-button').textContent()).toContain('Wiederholen: Zeile einfügen');
      },
      { query: '?screen=portfolio' },
    );
  });
});

describe('Haushalt (EGT)', () => {
  it('Umschichtung typed as 5 % updates the amount and the whole chain', async () => {
    await withApp(
      async ({ page }) => {
        await expectCellText(page, 'haushalt', 'fig:summeEingliederungsmittel', 'plan', '40.360.000 €');
        await typeInto(page, 'haushalt', 'hh:umschichtungsquote', 'plan', '5 %');
        await expectCellText(page, 'haushalt', 'hh:umschichtungsquote', 'plan', '5,0 %');
        // 5 % of 40.360.000 €
        await expectCellText(page, 'haushalt', 'hh:umschichtung', 'plan', '2.018.000 €');
        await expectCellText(page, 'haushalt', 'fig:verfuegbaresEgt', 'plan', '38.342.000 €');
        await expectCellText(page, 'haushalt', 'fig:mittelFuerNeufaelle', 'plan', '24.912.000 €');
        // the amount now follows the share: shown in italics as derived
        expect(await cell(page, 'haushalt', 'hh:umschichtung', 'plan').getAttribute('class')).toContain(
          'cell-follows',
        );
        // typing the amount switches back: 830.000 € is 2,1 % of 40.360.000 €
        await typeInto(page, 'haushalt', 'hh:umschichtung', 'plan', '830.000');
        await expectCellText(page, 'haushalt', 'hh:umschichtungsquote', 'plan', '2,1 %');
        await expectCellText(page, 'haushalt', 'fig:verfuegbaresEgt', 'plan', '39.530.000 €');
        // Vorjahr column untouched: 36.100.000 + 50.000 − 4.230.000
        await expectCellText(page, 'haushalt', 'fig:verfuegbaresEgt', 'vorjahr', '31.920.000 €');
      },
      { query: '?screen=haushalt' },
    );
  });

  it('extra allocation lines can be added (into the sum) and removed', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByTestId('zuweisung-add').click();
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.type('Dritte Tranche');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        const row = page.locator('[data-testid="grid-haushalt"] .ag-row[row-id^="zw:zw-"]').last();
        const rowId = (await row.getAttribute('row-id'))!;
        await typeInto(page, 'haushalt', rowId, 'plan', '1 Mio');
        await expectCellText(page, 'haushalt', 'fig:summeEingliederungsmittel', 'plan', '41.360.000 €');
        await cell(page, 'haushalt', rowId, 'position').click();
        await page.getByTestId('zuweisung-remove').click();
        // deleting asks first
        await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Zeile löschen' }).click();
        await expectCellText(page, 'haushalt', 'fig:summeEingliederungsmittel', 'plan', '40.360.000 €');
      },
      { query: '?screen=haushalt' },
    );
  });
});

describe('Maßnahmeportfolio: FbW row and references', () => {
  it('the FbW flag decides which row the Bildungszielplanung compares with', async () => {
    await withApp(
      async ({ page }) => {
        await expectCellText(page, 'portfolio', 'r-fbw', 'fbw', 'ja');
        await expectCellText(page, 'portfolio', 'r-egz', 'fbw', '');
        // the flag moves from the FbW row (1.700 Eintritte) to the EGZ row (550 Eintritte)
        await cell(page, 'portfolio', 'r-fbw', 'fbw').click();
        await pasteInto(page, 'nein');
        await expectCellText(page, 'portfolio', 'r-fbw', 'fbw', '');
        await cell(page, 'portfolio', 'r-egz', 'fbw').click();
        await pasteInto(page, 'ja');
        await expectCellText(page, 'portfolio', 'r-egz', 'fbw', 'ja');
        await showScreen(page, 'bildung');
        await expectCellText(page, 'bildung', 'fbw', 'foerderungBgs', '550');
        // Σ Förderung BGS 1.700 − 550
        await expectCellText(page, 'bildung', 'differenzFbw', 'foerderungBgs', '1.150');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('"Als Verweis zeigen": the row appears greyed in the other area, names its owner and jumps there', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'instrument').click();
        await page.getByTestId('target-area').selectOption('hs-qualifizierung');
        await page.getByTestId('row-reference').click();
        const ref = page.locator('[data-testid="grid-portfolio"] .ag-row.row-reference').first();
        await ref.waitFor();
        const refId = (await ref.getAttribute('row-id'))!;
        const label = cell(page, 'portfolio', refId, 'instrument');
        expect(await label.textContent()).toContain('Verweis auf');
        expect(await label.textContent()).toContain('(Schwerpunkt Integration)');
        expect(
          await page
            .locator(`[data-testid="grid-portfolio"] .ag-row[row-id="${refId}"]`)
            .first()
            .getAttribute('class'),
        ).toContain('row-reference');
        // shows the owner's figures, but the grand total counts them once
        await expectCellText(page, 'portfolio', refId, 'mittelansatz', '2.200.000 €');
        await expectCellText(page, 'portfolio', 'total', 'mittelansatz', '26.121.070 €');
        // the link jumps to the owner row
        await label.getByTestId('reference-jump').click();
        await expect
          .poll(() => page.locator('[data-testid="grid-portfolio"] .ag-row-focus').getAttribute('row-id'))
          .toBe('r-egz');
        // keyboard: Enter on the reference's Instrument cell jumps as well
        await cell(page, 'portfolio', refId, 'kategorie').click();
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.locator('[data-testid="grid-portfolio"] .ag-row-focus').getAttribute('row-id'))
          .toBe('r-egz');
        expect(
          await page.locator('[data-testid="grid-portfolio"] .ag-cell-focus').getAttribute('col-id'),
        ).toBe('instrument');
      },
      { query: '?screen=portfolio' },
    );
  });
});

describe('Kennzahlen', () => {
  it('Ergebnis Vorjahr typed for a category without a stored entry: Vergleich with one decimal (1.520 Plätze vs 1.600 → -5,0 %)', async () => {
    await withApp(
      async ({ page }) => {
        // VI. Öffentlich geförderte Beschäftigung: 1.420 AGH + 100 FAV planned, no Ergebnis stored
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'plaetze', '1.520');
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'ergebnis', '');
        expect(await cell(page, 'kennzahlen', 'kz:VI', 'ergebnis').getAttribute('class')).toContain(
          'cell-input',
        );
        await typeInto(page, 'kennzahlen', 'kz:VI', 'ergebnis', '1.600');
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'ergebnis', '1.600');
        // 1.520 ÷ 1.600 − 1 = −5,0 % (one decimal, like every percentage)
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'vergleich', '-5,0 %');
        expect(await page.getByTestId('undo-button').textContent()).toContain('Ergebnis');
        await page.keyboard.press('Control+z');
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'ergebnis', '');
        await expectCellText(page, 'kennzahlen', 'kz:VI', 'vergleich', '');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=kennzahlen' },
    );
  });
});

describe('keyboard-only use', () => {
  it('opening a menu by keyboard puts the focus on its first item within the same keystroke', async () => {
    await withApp(async ({ page }) => {
      // Read after the keystroke's microtasks (where React commits a discrete event) but before
      // any frame or further task: a focus moved a frame later would not be seen here.
      const focused = await page.evaluate(async () => {
        const top = document.querySelector<HTMLButtonElement>('[data-testid="menu-bearbeiten"]')!;
        top.focus();
        top.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
        return document.activeElement?.getAttribute('data-testid');
      });
      expect(focused).toBe('menuitem-bearbeiten.undo');
    });
  });

  it('walks a sheet with the keyboard: tabs, grid navigation, typing, F2, Escape, Delete, Ctrl+D, Ctrl+Home', async () => {
    await withApp(async ({ page }) => {
      // From the page start: Tab to the sheet tabs, arrows to Bildungszielplanung, Enter
      await page.getByTestId('tab-uebersicht').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-bildung');
      await page.getByTestId('screen-bildung').waitFor({ state: 'visible' });
      // Tab into the grid: AG Grid takes the focus to its first cell
      let guard = 0;
      while (
        !(await page.evaluate(
          () => !!document.activeElement?.closest('[data-testid="grid-bildung"] .ag-cell'),
        )) &&
        guard++ < 30
      ) {
        const inHeader = await page.evaluate(
          () => !!document.activeElement?.closest('[data-testid="grid-bildung"] .ag-header'),
        );
        await page.keyboard.press(inHeader ? 'ArrowDown' : 'Tab');
      }
      expect(guard).toBeLessThan(30);
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      // Berufsbereich 2, Förderung BGS: type replaces, Enter moves down
      await page.keyboard.type('150');
      await page.keyboard.press('Enter');
      await expectCellText(page, 'bildung', 'bz:2', 'foerderungBgs', '150');
      await expectCellText(page, 'bildung', 'sum', 'foerderungBgs', '1.710');
      // Shift+Enter goes back up; Tab right; F2 edits in place, Escape cancels
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('F2');
      await page.keyboard.type('9');
      await page.keyboard.press('Escape');
      await expectCellText(page, 'bildung', 'bz:2', 'davonAbschluss', '45');
      // Shift+Tab back, Shift+ArrowDown ×2 selects three cells: status line sums them (150 + 60 + 150)
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(() => page.getByTestId('stat-summe').textContent()).toBe('360');
      expect(await page.getByTestId('stat-mittelwert').textContent()).toBe('120');
      // Ctrl+D fills the first row's value down
      await page.keyboard.press('Control+d');
      await expectCellText(page, 'bildung', 'bz:4', 'foerderungBgs', '150');
      await expectCellText(page, 'bildung', 'bz:3', 'foerderungBgs', '150');
      // Delete clears the selection, one undo step restores it
      await page.keyboard.press('Delete');
      await expectCellText(page, 'bildung', 'bz:3', 'foerderungBgs', '');
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'bildung', 'bz:3', 'foerderungBgs', '150');
      // Ctrl+End jumps to the last cell
      await page.keyboard.press('Control+End');
      expect(await page.locator('[data-testid="grid-bildung"] .ag-row-focus').getAttribute('row-id')).toBe(
        'bz:10',
      );
      // Ctrl+PageDown switches to the next sheet
      await page.keyboard.press('Control+PageDown');
      await page.getByTestId('screen-kennzahlen').waitFor({ state: 'visible' });
      // F10 opens the menu bar, arrows and Enter run "Bearbeiten › Rückgängig"
      await page.keyboard.press('F10');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      // No waiting: the first item has the focus as soon as the menu has opened.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'menuitem-bearbeiten.undo',
      );
      await page.keyboard.press('Enter');
      await page.getByTestId('screen-bildung').waitFor({ state: 'visible' });
      await expectCellText(page, 'bildung', 'bz:3', 'foerderungBgs', '60');
    });
  });
});

describe('keys faster than the grid’s own events (AG Grid hands them on a task later)', () => {
  it('Escape cancels before the next key, Shift+arrows extend from the cursor, Enter commits before Ctrl+Z', async () => {
    await withApp(
      async ({ page }) => {
        // Berufsbereich 2: Förderung BGS 140, davon abschlussorientiert 45; 3: 60; 4: 150; 5: 660
        await cell(page, 'bildung', 'bz:2', 'davonAbschluss').click();
        await page.keyboard.press('F2');
        await page.keyboard.type('9');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Shift+ArrowDown');
        await expect.poll(() => page.getByTestId('stat-summe').textContent()).toBe('350');
        expect(await page.getByTestId('stat-anzahl').textContent()).toBe('3');
        await expectCellText(page, 'bildung', 'bz:2', 'davonAbschluss', '45');
        expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
        // The edit is stored in its keystroke: Ctrl+Z right after Enter takes it back
        await page.keyboard.press('ArrowDown');
        await page.keyboard.type('7');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+z');
        await expectCellText(page, 'bildung', 'bz:5', 'foerderungBgs', '660');
        expect(await page.getByTestId('redo-button').textContent()).toContain('Förderung BGS');
        expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=bildung' },
    );
  });

  it('Shift+click and a mouse drag select rectangles the status line sums', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'bildung', 'bz:1', 'foerderungBgs').click();
        await cell(page, 'bildung', 'bz:3', 'davonAbschluss').click({ modifiers: ['Shift'] });
        // 0 + 0 + 140 + 45 + 60 + 5
        await expect.poll(() => page.getByTestId('stat-summe').textContent()).toBe('250');
        expect(await page.getByTestId('stat-anzahl').textContent()).toBe('6');
        const from = await cell(page, 'bildung', 'bz:5', 'foerderungBgs').boundingBox();
        const to = await cell(page, 'bildung', 'bz:6', 'davonAbschluss').boundingBox();
        await page.mouse.move(from!.x + 10, from!.y + 5);
        await page.mouse.down();
        await page.mouse.move(to!.x + 10, to!.y + 5, { steps: 5 });
        await page.mouse.up();
        // 660 + 55 + 100 + 60
        await expect.poll(() => page.getByTestId('stat-summe').textContent()).toBe('875');
        expect(await page.getByTestId('stat-anzahl').textContent()).toBe('4');
        expect(await page.locator('[data-testid="grid-bildung"] .cell-selected').count()).toBe(4);
      },
      { query: '?screen=bildung' },
    );
  });
});

describe('screens keep their state; checks jump to the cell', () => {
  it('switching screens keeps unsaved edit text and the selection', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-esg', 'eintritte').click();
        await page.keyboard.type('12');
        await showScreen(page, 'haushalt');
        await showScreen(page, 'portfolio');
        expect(await page.getByTestId('cell-editor').inputValue()).toBe('12');
        await page.getByTestId('cell-editor').press('Enter');
        await expectCellText(page, 'portfolio', 'r-esg', 'eintritte', '12');
      },
      { query: '?screen=portfolio' },
    );
  });

  it('a problem shows in the cell and in Prüfungen; clicking it jumps to the cell', async () => {
    await withApp(
      async ({ page }) => {
        // Mittelansatz without Eintritte is a Warnung on the Eintritte cell
        await typeInto(page, 'portfolio', 'r-esg', 'eintritte', '0');
        await expect
          .poll(() => cell(page, 'portfolio', 'r-esg', 'eintritte').getAttribute('class'))
          .toContain('cell-check-warnung');
        await showScreen(page, 'pruefungen');
        const row = page.getByTestId('check-row').filter({ hasText: 'Einstiegsgeld' });
        expect(await row.textContent()).toContain('keine Eintritte');
        await showScreen(page, 'uebersicht');
        await showScreen(page, 'pruefungen');
        await row.click();
        await page.getByTestId('screen-portfolio').waitFor({ state: 'visible' });
        await expect
          .poll(() => page.locator('[data-testid="grid-portfolio"] .ag-row-focus').getAttribute('row-id'))
          .toBe('r-esg');
        expect(
          await page.locator('[data-testid="grid-portfolio"] .ag-cell-focus').getAttribute('col-id'),
        ).toBe('eintritte');
      },
      { query: '?screen=portfolio' },
    );
  });
});
