/**
 * Reads a .docx back the plain way: unzip (Debian's `unzip`) and the WordprocessingML text,
 * independent of the library that wrote it. Tables as rows of cells with their grid column.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function docxPart(bytes: Uint8Array, part: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amip-docx-'));
  try {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, bytes);
    // unzip reads the name as a pattern: brackets and wildcards are escaped.
    return execFileSync('unzip', ['-p', file, part.replace(/[[\]*?]/g, '\\$&')], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('unzip fehlt: apt-get install unzip', { cause: e });
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an XML fragment: all w:t runs joined. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

export interface DocxCell {
  col: number;
  span: number;
  text: string;
}

/** Every table of document.xml (not nested), rows of cells with their first grid column. */
export function docxTables(documentXml: string): DocxCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => {
      let col = 0;
      return [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(c[1]!)?.[1] ?? 1);
        const cell = { col, span, text: xmlText(c[1]!) };
        col += span;
        return cell;
      });
    }),
  );
}

/** Paragraph texts of document.xml in order. */
export function docxParagraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => xmlText(p[0]));
}

/** A German number as the document prints it: `1.234.567 €`, `(1.000 €)`, `23,6 %`, `37,62 Mio. €`. */
export function parseGermanShown(text: string): number | null {
  const t = text.replace(/[()]/g, '').trim();
  if (t === '' || t === '–') return null;
  const m = /^(-?[\d.]+(?:,\d+)?)\s*(Mio\. €|€|%)?$/.exec(t);
  if (!m) throw new Error(`keine Zahl: ${JSON.stringify(text)}`);
  const n = Number(m[1]!.replace(/\./g, '').replace(',', '.'));
  if (m[2] === 'Mio. €') return n * 1_000_000;
  if (m[2] === '%') return n / 100;
  return n;
}
