/**
 * Reading a PDF back with poppler-utils (pdfinfo, pdftotext, pdftoppm, pdfimages), for the
 * print tests. Fails (never skips) with the Debian package name when poppler is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const POPPLER_DIR = process.env.POPPLER_DIR ?? '/usr/bin';

function tool(name: 'pdfinfo' | 'pdftotext' | 'pdftoppm' | 'pdfimages'): string {
  const path = join(POPPLER_DIR, name);
  if (!existsSync(path))
    throw new Error(
      `${name} fehlt unter ${POPPLER_DIR}. Bitte das Debian-Paket \`poppler-utils\` installieren (apt-get install poppler-utils).`,
    );
  return path;
}

function run(name: Parameters<typeof tool>[0], args: string[]): string {
  return execFileSync(tool(name), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfPageSize {
  page: number;
  width: number;
  height: number;
}

/** Page sizes in PostScript points, from `pdfinfo -f 1 -l N`. */
export function pdfPageSizes(file: string): PdfPageSize[] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? 0);
  const out = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
}

/** The PDF's document title from its metadata. */
export function pdfTitle(file: string): string {
  return /^Title:\s+(.*)$/m.exec(run('pdfinfo', [file]))?.[1]?.trim() ?? '';
}

/**
 * The text of every page (pdftotext in reading order, pages split at form feeds), whitespace
 * collapsed to single spaces so wrapped table cells read as one line.
 */
export function pdfPageTexts(file: string): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim());
}

/** Renders pages to PNG files `<prefix>-<n>.png` (n without zero padding); returns their paths in order. */
export function pdfToPngs(
  file: string,
  dir: string,
  opts: { dpi?: number; first?: number; last?: number } = {},
): string[] {
  const args = ['-png', '-r', String(opts.dpi ?? 60)];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  run('pdftoppm', [...args, file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => join(dir, f));
}

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} ist keine PNG-Datei.`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface PdfImage {
  page: number;
  width: number;
  height: number;
}

/** Raster images embedded in the PDF (`pdfimages -list`). */
export function pdfImages(file: string): PdfImage[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/**
 * Share of dark pixels (< 128 of 255) in every image of one page, extracted as PPM/PGM by
 * `pdfimages`: a chart that was printed before it was drawn is (almost) all white.
 */
export function pageImageInk(file: string, page: number, dir: string): number[] {
  run('pdfimages', ['-f', String(page), '-l', String(page), file, join(dir, 'img')]);
  return readdirSync(dir)
    .filter((f) => /^img-\d+\.p[gp]m$/.test(f))
    .sort()
    .map((f) => darkShare(readFileSync(join(dir, f))));
}

function darkShare(pnm: Buffer): number {
  // Header: magic, width, height, maxval, each separated by whitespace, then raw samples.
  const header = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pnm.toString('latin1', 0, 64));
  if (!header) throw new Error('Unbekanntes Bildformat von pdfimages.');
  const channels = header[1] === 'P6' ? 3 : 1;
  const samples = pnm.subarray(header[0].length);
  let dark = 0;
  const pixels = Number(header[2]) * Number(header[3]);
  for (let i = 0; i < pixels; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += samples[i * channels + c] ?? 255;
    if (sum / channels < 128) dark++;
  }
  return dark / pixels;
}
