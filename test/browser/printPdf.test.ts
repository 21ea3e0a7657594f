/**
 * The Trägerversammlung pack as PDF: the Beispielplan rendered by the built print view in
 * headless Chromium (the path of `amip pdf`), read back with poppler-utils.
 *
 * Needs `npm run build:web` (test:browser runs it), Debian `chromium` and `poppler-utils`.
 * With AMIP_UPDATE_DOCS=1 the first three pages are also written to docs/pdf/page-1..3.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../electron/cli/pdfCommand';
import { Calculation } from '../../shared/calc/engine';
import { runChecks } from '../../shared/checks/runChecks';
import { serializePlanFile } from '../../shared/file/planFile';
import { formatCount, formatEur, formatMioEur, formatPercent } from '../../shared/format/numberFormat';
import { beispielplan } from '../../shared/sample/beispielplan';
import { packFooterText } from '../../renderer/print/packModel';
import { finanzierungText } from '../../shared/model/finanzierungText';
import { CHROMIUM_PATH, DIST_DIR } from './support/app';
import {
  pageImageInk,
  pdfImages,
  pdfPageSizes,
  pdfPageTexts,
  pdfTitle,
  pdfToPngs,
  pngSize,
} from './support/pdfTools';

const ROOT = resolve(import.meta.dirname, '../..');
const A4 = { short: 595, long: 842 };
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
/** Text as pdftotext gives it back: the print view keeps units on the number's line (no-break space). */
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

const plan = beispielplan();
const calc = new Calculation(plan);
const v = (id: string) => calc.get(id);

let dir: string;
let pdfFile: string;
let pages: string[];
let all: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'amip-pdf-'));
  pdfFile = join(dir, 'beispielplan.pdf');
  const bytes = await renderPlanPdf(plan, { printViewDir: DIST_DIR, chromiumPath: CHROMIUM_PATH });
  writeFileSync(pdfFile, bytes);
  pages = pdfPageTexts(pdfFile);
  all = pages.join(' ');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('PDF der Vorlage für die Trägerversammlung (Beispielplan)', () => {
  it('has a plausible number of A4 pages, none wider than A4, wide tables in landscape', () => {
    const sizes = pdfPageSizes(pdfFile);
    expect(sizes.length).toBe(pages.length);
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    // Deckblatt to Prüfungen with the Programm texts, Globalbudget and Verpflichtungen: about 15.
    expect(sizes.length).toBeLessThanOrEqual(18);
    for (const s of sizes) {
      const portrait = near(s.width, A4.short) && near(s.height, A4.long);
      const landscape = near(s.width, A4.long) && near(s.height, A4.short);
      expect(portrait || landscape, `Seite ${s.page}: ${s.width} × ${s.height} pt`).toBe(true);
    }
    const landscapePages = sizes.filter((s) => s.width > s.height).map((s) => s.page);
    expect(landscapePages.length).toBeGreaterThanOrEqual(1);
    // Landscape: the portfolio and the wide tables of the Globalbudget and Verpflichtungen.
    for (const p of landscapePages)
      expect(pages[p - 1], `Seite ${p}`).toMatch(
        /Instrument|Globalbudget|Personal|Betreuungsschlüssel|Verpflichtung|Mehrjährige|Folgejahresbelastung/,
      );
    expect(landscapePages.some((p) => pages[p - 1]!.includes('Instrument'))).toBe(true);
    expect(sizes[0]!.width).toBeLessThan(sizes[0]!.height); // Deckblatt portrait
    expect(pdfTitle(pdfFile)).toContain(plan.header.jobcenter);
  });

  it('Deckblatt: Jobcenter, Planungsjahr, Variante, Status, Stand, author', () => {
    const cover = pages[0]!;
    for (const text of [
      plan.header.jobcenter,
      `Arbeitsmarkt- und Integrationsprogramm ${plan.header.year}`,
      plan.header.variante,
      plan.header.status,
      '12.11.2015',
      plan.header.author,
    ])
      expect(cover).toContain(text);
  });

  it('footer on every page: plan name and "Seite x von y"', () => {
    const footer = squash(packFooterText(plan));
    pages.forEach((text, i) => {
      expect(text).toContain(`Seite ${i + 1} von ${pages.length}`);
      expect(text).toContain(footer);
    });
  });

  it('every key figure is printed, formatted as in the app', () => {
    const expected = [
      // Eckwerte in Mio. € as the documents print them
      formatMioEur(v('haushalt.plan.summeEingliederungsmittel')),
      formatMioEur(v('haushalt.plan.verfuegbaresEgt')),
      formatMioEur(v('haushalt.plan.mittelFuerNeufaelle')),
      formatMioEur(v('haushalt.plan.geplanterMitteleinsatz')),
      formatMioEur(v('mittelAktiveAmp')),
      formatMioEur(v('drittmittel.summe')),
      formatMioEur(v('haushalt.vorjahr.verfuegbaresEgt')),
      formatPercent(v('haushalt.plan.egtAuslastung')),
      formatPercent(v('haushalt.plan.umschichtungsquote')),
      formatPercent(v('haushalt.vorjahr.umschichtungsquote')),
      // Haushalt in Euro
      formatEur(v('haushalt.plan.summeEingliederungsmittel')),
      formatEur(v('haushalt.plan.umschichtung')),
      formatEur(v('haushalt.plan.verfuegbaresEgt')),
      formatEur(v('haushalt.plan.mittelFuerNeufaelle')),
      formatEur(v('haushalt.plan.geplanterMitteleinsatz')),
      formatEur(v('haushalt.plan.restMittelFuerNeufaelle')),
      formatEur(v('haushalt.ausserhalbEgt')),
      // Maßnahmeportfolio: grand total, nachrichtlich in parentheses
      formatCount(v('portfolio.eintritte')),
      formatEur(v('portfolio.mittelansatzEgt')),
      formatCount(v('portfolio.nachrichtlichEintritte'), { nachrichtlich: true }),
      formatEur(v('portfolio.nachrichtlichMittel'), { nachrichtlich: true }),
      // Bildungszielplanung, Kennzahlen, Drittmittel
      formatCount(v('bildung.foerderungBgs')),
      formatCount(v('bildung.davonAbschluss')),
      formatPercent(v('bildung.anteilAbschluss')),
      formatCount(v('kennzahlen.gesamt.plaetze')),
      formatEur(v('drittmittel.summe')),
      formatEur(v('drittmittel.fuerAmdl')),
      formatEur(v('mittelAktiveAmp')),
    ];
    for (const area of plan.schwerpunkte) {
      expected.push(
        formatEur(v(`area.${area.id}.mittelansatzEgt`)),
        formatCount(v(`area.${area.id}.eintritte`)),
      );
      expect(all).toContain(`Summe ${area.name}`);
      expect(all).toContain(squash(formatPercent(v(`area.${area.id}.anteilEgt`))));
    }
    expect(all).toContain(squash(formatPercent(v('portfolio.anteilEgt'))));
    for (const text of expected) expect(all, text).toContain(squash(text));
  });

  it('open checks are listed with their messages', () => {
    const checks = runChecks(plan, calc);
    expect(checks.length).toBeGreaterThan(0);
    const page = pages.find((p) => p.includes('Offene Prüfungen') && p.includes('Meldung'));
    expect(page).toBeDefined();
    for (const c of checks) expect(page!).toContain(squash(c.message));
  });

  it('Maßnahmeportfolio: header on every page, every row on exactly one page', () => {
    const portfolioPages = pages.filter((p) => p.includes('Funktion im Integrationsprozess'));
    // The Beispielplan's portfolio does not fit one landscape page: the check is not vacuous.
    expect(portfolioPages.length).toBeGreaterThanOrEqual(2);
    for (const p of portfolioPages) {
      expect(p).toContain(`Eintritte ${plan.header.year}`);
      expect(p).toContain(`Mittelansatz ${plan.header.year}`);
      expect(p).toContain('Kosten je Eintritt');
    }
    // Every instrument name as its row prints it, found whole on exactly one page (a row split
    // across pages would cut it). A name inside another printed text ("Fit for Job II")
    // or in another row's Finanzierung is counted without those occurrences.
    const rows = plan.schwerpunkte.flatMap((a) => a.rows).filter((r) => r.kind === 'instrument');
    const names = rows.map((r) => squash(r.instrument));
    // Other printed texts that contain a name: longer names, "enthalten in: …".
    const printed = [...names, ...rows.map((r) => squash(finanzierungText(plan, r.finanzierung, true)))];
    const occurrences = (text: string, name: string) => text.split(name).length - 1;
    const count = (text: string, name: string) =>
      occurrences(text, name) -
      printed.filter((o) => o !== name && o.includes(name)).reduce((n, o) => n + occurrences(text, o), 0);
    rows.forEach((row, i) => {
      const name = names[i]!;
      const counts = portfolioPages.map((p) => count(p, name));
      expect(
        counts.reduce((a, b) => a + b, 0),
        name,
      ).toBe(1);
      const page = portfolioPages[counts.findIndex((c) => c === 1)]!;
      if (row.funktion) expect(page, row.funktion).toContain(squash(row.funktion));
    });
  });

  it('charts are embedded as drawn images on the Eckwerte page', () => {
    const eckwerte =
      pages.findIndex(
        (p) => p.includes(`Eckwerte ${plan.header.year}`) && p.includes('Vom Eingliederungstitel'),
      ) + 1;
    expect(eckwerte).toBeGreaterThan(1);
    expect(pages[eckwerte - 1]).toContain('Mittelansatz EGT je Schwerpunkt');
    const images = pdfImages(pdfFile).filter((i) => i.page === eckwerte);
    expect(images.length).toBeGreaterThanOrEqual(3);
    const inkDir = join(dir, 'ink');
    mkdirSync(inkDir);
    const ink = pageImageInk(pdfFile, eckwerte, inkDir);
    expect(ink.length).toBeGreaterThanOrEqual(3);
    // Bars, axes and labels in black and grey: a blank canvas would be (almost) pure white.
    for (const share of ink) expect(share).toBeGreaterThan(0.02);
  });

  it('pages convert to PNG in their orientation (first three go to docs/pdf with AMIP_UPDATE_DOCS=1)', () => {
    const pngDir = join(dir, 'png');
    mkdirSync(pngDir);
    const pngs = pdfToPngs(pdfFile, pngDir, { dpi: 50 });
    const sizes = pdfPageSizes(pdfFile);
    expect(pngs.length).toBe(sizes.length);
    pngs.forEach((png, i) => {
      const { width, height } = pngSize(png);
      expect(width > height, png).toBe(sizes[i]!.width > sizes[i]!.height);
    });
    if (process.env.AMIP_UPDATE_DOCS === '1') {
      const docs = join(ROOT, 'docs/pdf');
      mkdirSync(docs, { recursive: true });
      const hi = join(dir, 'docs');
      mkdirSync(hi);
      pdfToPngs(pdfFile, hi, { dpi: 100, first: 1, last: 3 }).forEach((png, i) =>
        copyFileSync(png, join(docs, `page-${i + 1}.png`)),
      );
    }
  });
});

describe('amip pdf (Kommandozeile)', () => {
  it('writes the PDF of a plan file', () => {
    const input = join(dir, 'plan.amip.json');
    const output = join(dir, 'cli.pdf');
    writeFileSync(input, serializePlanFile(plan));
    const stdout = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli.ts', 'pdf', input, output],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, AMIP_CHROMIUM: CHROMIUM_PATH, AMIP_PRINT_VIEW_DIR: DIST_DIR },
      },
    );
    expect(stdout).toContain(`PDF geschrieben: ${output}`);
    const cli = pdfPageTexts(output);
    expect(cli.length).toBe(pages.length);
    expect(cli[cli.length - 1]).toContain(`Seite ${cli.length} von ${cli.length}`);
  }, 120_000);
});
