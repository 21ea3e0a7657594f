/**
 * The first <table> of clipboard HTML (Excel, LibreOffice, browsers) as a block of cell texts,
 * and a block as a minimal HTML table. Written without a DOM so it runs in Node tests and the
 * renderer alike; it reads only tables, never runs or keeps markup.
 */
import type { CellBlock } from './tsv';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  szlig: 'ß',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  sect: '§',
  ndash: '–',
  bdquo: '„',
  ldquo: '“',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function cellText(inner: string): string {
  const text = inner
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Source formatting inside a cell is not content (Excel wraps long cells in its HTML).
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Cells of the first table, honouring colspan (rowspan is rare in plans and read as one cell). */
export function parseHtmlTable(html: string): CellBlock | null {
  const start = html.search(/<table\b/i);
  if (start < 0) return null;
  const end = html.search(/<\/table\s*>/i);
  const table = html.slice(start, end > start ? end : undefined);
  const rows: CellBlock = [];
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody|<\/thead|<\/tfoot|$)/gi;
  for (const rowMatch of table.matchAll(rowRe)) {
    const cells: string[] = [];
    const cellRe = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr|$)/gi;
    for (const cellMatch of (rowMatch[1] ?? '').matchAll(cellRe)) {
      const attrs = cellMatch[2] ?? '';
      const inner = (cellMatch[3] ?? '').replace(/<\/t[dh]\s*>[\s\S]*$/i, '');
      cells.push(cellText(inner));
      const span = /colspan\s*=\s*["']?(\d+)/i.exec(attrs);
      const extra = span ? Math.min(Number(span[1]) - 1, 50) : 0;
      for (let k = 0; k < extra; k++) cells.push('');
    }
    rows.push(cells);
  }
  return rows.length > 0 ? rows : null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain table Excel and LibreOffice paste as cells (line breaks inside a cell as <br>). */
export function serializeHtmlTable(block: CellBlock): string {
  const body = block
    .map(
      (row) => `<tr>${row.map((c) => `<td>${escapeHtml(c).replace(/\r?\n/g, '<br>')}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<meta charset="utf-8"><table>${body}</table>`;
}
