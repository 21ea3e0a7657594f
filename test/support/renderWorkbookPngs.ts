/**
 * Renders every sheet of the Beispielplan's workbook as LibreOffice prints it (A4 landscape,
 * German locale) to docs/excel/*.png, to look at what the board receives:
 *
 *   npx tsx test/support/renderWorkbookPngs.ts [PLAN.amip.json] [AUSGABEVERZEICHNIS]
 *
 * Needs LibreOffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils). Each sheet is
 * printed from a copy of the workbook in which the other sheets are hidden; LibreOffice runs
 * with a throwaway profile (German locale, recalculation on load) in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import { decodeXml } from '../../shared/excel/packageParts';
import { parsePlanFile } from '../../shared/file/planFile';
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';
import { REPO_ROOT, requireLibreOffice } from './xlsxcheck';
import { readZip, writeZip } from './zipWriter';

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>de-DE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>de-DE</value></prop></item>
</oor:items>
`;

const fileName = (i: number, sheet: string) =>
  `${i + 1}-${sheet
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '')}`;

export async function renderWorkbookPngs(plan: Plan, outDir: string): Promise<string[]> {
  requireLibreOffice();
  const work = mkdtempSync(join(tmpdir(), 'amip-render-'));
  const written: string[] = [];
  try {
    mkdirSync(join(work, 'profile', 'user'), { recursive: true });
    writeFileSync(join(work, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
    mkdirSync(outDir, { recursive: true });
    // Pictures of an earlier run (a sheet may now fit on fewer pages).
    for (const old of readdirSync(outDir)) if (/^\d+-.*\.png$/.test(old)) rmSync(join(outDir, old));
    const bytes = await exportWorkbook(plan, { now: new Date(plan.header.changedAt) });
    // The sheets are hidden in the package's own workbook.xml: a round trip through ExcelJS
    // would drop what the export set for print (manual page breaks, fit to page).
    const entries = readZip(bytes);
    const book = entries.find((e) => e.name === 'xl/workbook.xml')!;
    const bookXml = new TextDecoder().decode(book.data);
    const sheetTags: string[] = bookXml.match(/<sheet [^>]*\/>/g) ?? [];
    const visible = sheetTags.filter((t) => t.includes('state="visible"'));
    const names = visible.map((t) => decodeXml(/ name="([^"]*)"/.exec(t)![1]!));
    for (const [i, sheet] of names.entries()) {
      let xml = bookXml;
      for (const [k, tag] of visible.entries())
        if (k !== i) xml = xml.replace(tag, tag.replace('state="visible"', 'state="hidden"'));
      // A sheet can be hidden only when another is active: the printed one.
      const active = sheetTags.indexOf(visible[i]!);
      xml = xml.replace(
        /<bookViews>.*?<\/bookViews>|(?=<sheets>)/,
        `<bookViews><workbookView activeTab="${active}"/></bookViews>`,
      );
      const own = entries.map((e) =>
        e === book ? { name: e.name, data: new TextEncoder().encode(xml) } : e,
      );
      const base = fileName(i, sheet);
      const xlsx = join(work, `${base}.xlsx`);
      writeFileSync(xlsx, writeZip(own));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          xlsx,
        ],
        {
          env: { ...process.env, HOME: work, SAL_USE_VCLPLUGIN: 'svp', DISPLAY: '' },
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      execFileSync('pdftoppm', ['-png', '-r', '110', '-l', '2', join(work, `${base}.pdf`), join(work, base)]);
      for (const png of readdirSync(work)
        .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
        .sort()) {
        const page = Number(/-(\d+)\.png$/.exec(png)?.[1] ?? 1);
        const target = join(outDir, page === 1 ? `${base}.png` : `${base}-seite-${page}.png`);
        renameSync(join(work, png), target);
        written.push(target);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [planPath, outDir = join(REPO_ROOT, 'docs', 'excel')] = process.argv.slice(2);
  let plan = beispielplan();
  if (planPath) {
    const parsed = parsePlanFile(readFileSync(planPath, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    plan = parsed.plan;
  }
  for (const f of await renderWorkbookPngs(plan, outDir)) console.log(f);
}
