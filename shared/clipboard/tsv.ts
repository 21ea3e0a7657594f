/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: rows end in CRLF or LF,
 * the last line break is optional, and a cell holding a tab, line break or quote is quoted
 * with doubled quotes inside ("Zeile 1\nZeile 2" → `"Zeile 1` … `Zeile 2"`).
 */

/** A rectangular block of cell texts; rows may differ in length (short rows are padded on use). */
export type CellBlock = string[][];

export function parseTsv(text: string): CellBlock {
  if (text === '') return [];
  const rows: CellBlock = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // Quoted cell: runs to the next lone quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += text[j];
        j += 1;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: keep the quote as text.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quoteCell(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serialises a block the way Excel writes it: tabs between cells, CRLF after every row. */
export function serializeTsv(block: CellBlock): string {
  return block.map((row) => row.map(quoteCell).join('\t') + '\r\n').join('');
}

/** Width of the widest row. */
export function blockWidth(block: CellBlock): number {
  return block.reduce((w, row) => Math.max(w, row.length), 0);
}
