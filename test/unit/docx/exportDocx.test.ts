import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { composeDocument } from '../../../shared/dokument/compose';
import { PORTRAIT_MAX_COLUMNS, exportDocx } from '../../../shared/docx/exportDocx';
import type { Plan } from '../../../shared/model/plan';
import { columnsFor, drawnBy } from '../../../shared/outline/types';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { docxCommand } from '../../../electron/cli/docxCommand';
import { computeCommand } from '../../../electron/cli/computeCommand';
import { docxPart, docxParagraphs, docxTables, parseGermanShown } from '../../support/docxRead';
import { convertToPdf } from '../../support/libreOfficeConvert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realIo } from '../../support/realIo';

/** `amip compute FILE` and `amip docx FILE OUT` through the CLI commands, on real files. */
async function viaCli(plan: Plan): Promise<{ figures: Record<string, number | null>; docx: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), 'amip-docx-cli-'));
  try {
    const file = join(dir, 'plan.amip.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'amip-planer-plan',
        schemaVersion: plan.schemaVersion,
        savedAt: new Date().toISOString(),
        plan,
      }),
    );
    const c = realIo();
    expect(await computeCommand.run([file], c.io)).toBe(0);
    const d = realIo();
    expect(await docxCommand.run([file, join(dir, 'out.docx')], d.io)).toBe(0);
    expect(d.out()).toMatch(/^Word-Dokument geschrieben: .*out\.docx \(\d+ KB\)\n$/);
    return {
      figures: (JSON.parse(c.out()) as { figures: Record<string, number | null> }).figures,
      docx: new Uint8Array(readFileSync(join(dir, 'out.docx'))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How far a shown number may be from the exact figure: its rounding in the print format. */
function tolerance(format: string, mio: boolean): number {
  if (format === 'eur') return mio ? 5_000 : 0.5;
  if (format === 'ratio') return 0.0005;
  if (format === 'ratioWhole') return 0.005;
  return 0;
}

describe('Word export: the figures in the document are the plan’s', () => {
  it('every table cell of the Beispielplan read back from the DOCX equals `compute` (numbers) or the outline (texts)', async () => {
    const plan = beispielplan();
    const { figures, docx } = await viaCli(plan);
    const xml = docxPart(docx, 'word/document.xml');
    const tables = docxTables(xml);
    const composed = composeDocument(plan, new Calculation(plan));
    const expected = composed.nodes.flatMap((n) => (n.kind === 'table' ? [n] : []));
    expect(tables).toHaveLength(expected.length);
    let numbers = 0;
    expected.forEach(({ outline }, t) => {
      const rows = tables[t]!;
      const columns = columnsFor(outline, 'print');
      expect(rows[0]!.map((c) => c.text)).toEqual(
        columns.map((c) => (c.print!.header ?? c.header).replace(/\u00AD/g, '')),
      );
      const lines = outline.rows.filter((r) => drawnBy(r, 'print'));
      expect(rows.length - 1).toBe(lines.length);
      const mio = outline.mio?.includes('print') ?? false;
      lines.forEach((line, i) => {
        const docRow = rows[i + 1]!;
        columns.forEach((col, ci) => {
          const cell = line.cells[col.id];
          const shown = docRow.find((c) => c.col === ci);
          if (!cell) return;
          if (cell.kind === 'text' || cell.kind === 'name') {
            // A text spanning several columns covers the next ones; those have no cell of their own.
            if (shown) expect(shown.text, `${outline.id}/${line.id}/${col.id}`).toBe(cell.text);
            return;
          }
          if (cell.kind !== 'figure' && !(cell.kind === 'view' && 'fig' in cell.ref)) return;
          if (cell.unrecorded) return;
          const id = cell.kind === 'figure' ? cell.id : (cell.ref as { fig: string }).fig;
          expect(id in figures, `${id} in compute`).toBe(true);
          const value = figures[id]!;
          const where = `${outline.id}/${line.id}/${col.id} (${id})`;
          expect(shown, where).toBeDefined();
          const read = parseGermanShown(shown!.text);
          if (value === null) expect(read, where).toBeNull();
          else {
            expect(read, where).not.toBeNull();
            expect(Math.abs(read! - value), `${where}: ${shown!.text} vs ${value}`).toBeLessThanOrEqual(
              tolerance(cell.format, mio),
            );
          }
          numbers++;
        });
      });
    });
    // Haushalt, each area's sum, Bildung and Kennzahlen: many figures, not a handful.
    expect(numbers).toBeGreaterThan(60);
  });

  it('placeholders show the current value; a missing figure is marked, not dropped', async () => {
    const plan = beispielplan();
    const einleitung = plan.dokument.kapitel.find((k) => k.id === 'einleitung')!;
    einleitung.abschnitte[0]!.text = [
      {
        t: 'p',
        content: [
          { t: 'text', text: 'Eintritte: ' },
          { t: 'figur', id: 'portfolio.eintritte' },
        ],
      },
      {
        t: 'p',
        content: [
          { t: 'text', text: 'Alt: ' },
          { t: 'figur', id: 'area.gibt-es-nicht.eintritte' },
        ],
      },
    ];
    const { figures, docx } = await viaCli(plan);
    const paragraphs = docxParagraphs(docxPart(docx, 'word/document.xml'));
    const eintritte = figures['portfolio.eintritte']!;
    expect(paragraphs).toContain(`Eintritte: ${eintritte.toLocaleString('de-DE')}`);
    expect(paragraphs).toContain('Alt: [Kennzahl fehlt: area.gibt-es-nicht.eintritte]');
    // Changing the plan changes the text.
    const changed = structuredClone(plan);
    const row = changed.schwerpunkte[0]!.rows[0]!;
    if (row.kind === 'instrument') row.eintritte = (row.eintritte ?? 0) + 1_000;
    const again = docxParagraphs(docxPart(await exportDocx(changed), 'word/document.xml'));
    expect(again).toContain(`Eintritte: ${(eintritte + 1_000).toLocaleString('de-DE')}`);
  });

  it('has the structure a Word user expects: A4, Heading 1–3, the table style, page numbers, a table of contents', async () => {
    const docx = await exportDocx(beispielplan());
    const xml = docxPart(docx, 'word/document.xml');
    const styles = docxPart(docx, 'word/styles.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
    expect(xml).toContain('<w:tblStyle w:val="Programmtabelle"/>');
    expect(styles).toContain('w:styleId="Programmtabelle"');
    // the headings and the document defaults are defined, not only used (Word and LibreOffice
    // would draw unstyled body text otherwise)
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Hyperlink'])
      expect(styles, id).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<\/w:docDefaults>/);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC /);
    const types = docxPart(docx, '[Content_Types].xml');
    const footers = [...types.matchAll(/PartName="\/(word\/footer\d+\.xml)"/g)].map((m) =>
      docxPart(docx, m[1]!),
    );
    expect(footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*</.test(f) && f.includes('NUMPAGES'))).toBe(true);
    const chapters = docxParagraphs(xml);
    const order = [
      'Einleitung',
      'Rahmenbedingungen',
      'Ressourcen',
      'Handlungsschwerpunkte',
      'Bildungszielplanung',
      'Kennzahlen',
      'Mittelfristige Ausrichtung',
    ];
    const positions = order.map((t) => chapters.lastIndexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('wide tables (the portfolio) stand on landscape pages, the text and narrow tables on portrait pages', async () => {
    const plan = beispielplan();
    const composed = composeDocument(plan, new Calculation(plan));
    const tables = composed.nodes.flatMap((n) => (n.kind === 'table' ? [n.table] : []));
    const wide = tables.filter((t) => t.columns.length > PORTRAIT_MAX_COLUMNS);
    const narrow = tables.filter((t) => t.columns.length <= PORTRAIT_MAX_COLUMNS);
    expect(wide.length).toBeGreaterThan(0);
    expect(narrow.length).toBeGreaterThan(0);
    const xml = docxPart(await exportDocx(plan), 'word/document.xml');
    // A section's properties stand after its content: the first sectPr after a caption is its page.
    const pageOf = (caption: string) => {
      const at = xml.indexOf(`<w:t xml:space="preserve">${caption}</w:t>`);
      expect(at, caption).toBeGreaterThan(0);
      const sect = xml.slice(at).match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
      const size = sect.match(/<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="(\w+)")?/)!;
      return { landscape: size[3] === 'landscape', wider: Number(size[1]) > Number(size[2]) };
    };
    for (const t of wide) expect(pageOf(t.caption), t.caption).toEqual({ landscape: true, wider: true });
    for (const t of narrow) expect(pageOf(t.caption), t.caption).toEqual({ landscape: false, wider: false });
    // every section carries the page number footer
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections.length).toBeGreaterThan(2);
    expect(sections.every((x) => x.includes('w:footerReference'))).toBe(true);
  });

  it('LibreOffice opens it and converts it to PDF without warnings; the PDF has the chapters and figures', async () => {
    const plan = beispielplan();
    const { pdf, warnings } = await convertToPdf(await exportDocx(plan));
    expect(warnings).toEqual([]);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    // the title in its large style may wrap before the year
    expect(text).toMatch(/Arbeitsmarkt- und Integrationsprogramm\s+2016/);
    expect(text).toContain('Mittelfristige Ausrichtung');
    expect(text).toContain('Summe Eingliederungsmittel');
    expect(text).toContain('40.360.000 €');
    expect(text).toMatch(/Seite 2 von \d+/);
    // the portfolio's landscape pages: wider than high in the PDF LibreOffice made
    const sizes = [
      ...execFileSync('pdfinfo', ['-f', '1', '-l', '999', '-'], { input: pdf, encoding: 'utf8' }).matchAll(
        /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g,
      ),
    ].map((m) => Number(m[1]) > Number(m[2]));
    expect(sizes.filter((wide) => wide).length).toBeGreaterThan(0);
    expect(sizes[0]).toBe(false);
  }, 200_000);
});
