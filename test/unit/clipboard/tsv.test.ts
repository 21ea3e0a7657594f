import { describe, expect, it } from 'vitest';
import { blockWidth, parseTsv, serializeTsv } from '../../../shared/clipboard/tsv';
import { parseHtmlTable, serializeHtmlTable } from '../../../shared/clipboard/htmlTable';

describe('parseTsv (Excel/LibreOffice clipboard text)', () => {
  it('reads rows separated by CRLF with a trailing line break', () => {
    expect(parseTsv('1.000\t80.000\r\n550\t2.200.000\r\n')).toEqual([
      ['1.000', '80.000'],
      ['550', '2.200.000'],
    ]);
  });
  it('reads LF line breaks and a missing final line break', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('keeps empty cells, also at the end of a row', () => {
    expect(parseTsv('\t5\t\r\n')).toEqual([['', '5', '']]);
  });
  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    expect(parseTsv('"Zeile 1\nZeile 2"\t"sagt ""ja"""\t"a\tb"\r\n')).toEqual([
      ['Zeile 1\nZeile 2', 'sagt "ja"', 'a\tb'],
    ]);
  });
  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseTsv('12" Rohr\t3')).toEqual([['12" Rohr', '3']]);
  });
  it('gives an empty block for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });
  it('round-trips through serializeTsv', () => {
    const block = [
      ['Instrument', 'Funktion'],
      ['EGZ', 'mit\nZeilenumbruch und "Zitat"'],
    ];
    expect(parseTsv(serializeTsv(block))).toEqual(block);
    expect(serializeTsv([['1', '2']])).toBe('1\t2\r\n');
  });
  it('blockWidth is the widest row', () => {
    expect(blockWidth([['a'], ['b', 'c', 'd']])).toBe(3);
  });
});

describe('parseHtmlTable (Excel/LibreOffice clipboard HTML)', () => {
  it('reads an Excel fragment with German decimal commas, styles and entities', () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><style>td {mso-number-format:General}</style></head>
<body><table border=0 cellpadding=0 cellspacing=0 width=200>
<!--StartFragment-->
 <tr height=20 style='height:15.0pt'>
  <td height=20 class=xl65 align=right width=100 style='height:15.0pt;width:75pt' x:num="1234.56">1.234,56</td>
  <td class=xl66 width=100 style='width:75pt'>Ma&szlig;nahme &amp; Co</td>
 </tr>
 <tr height=20>
  <td height=20 align=right x:num>2.500.000</td>
  <td>Zeile&nbsp;2</td>
 </tr>
<!--EndFragment-->
</table></body></html>`;
    expect(parseHtmlTable(html)).toEqual([
      ['1.234,56', 'Maßnahme & Co'],
      ['2.500.000', 'Zeile 2'],
    ]);
  });
  it('reads LibreOffice cells with nested markup and line breaks', () => {
    const html =
      '<table><tbody><tr><td sdval="5" sdnum="1031;"><font face="Arial">5 %</font></td><td>a<br>b</td></tr></tbody></table>';
    expect(parseHtmlTable(html)).toEqual([['5 %', 'a\nb']]);
  });
  it('expands colspan into empty cells', () => {
    expect(parseHtmlTable('<table><tr><td colspan="2">x</td><td>y</td></tr></table>')).toEqual([
      ['x', '', 'y'],
    ]);
  });
  it('returns null without a table', () => {
    expect(parseHtmlTable('<p>kein Tisch</p>')).toBeNull();
  });
  it('round-trips through serializeHtmlTable, escaping markup', () => {
    const block = [
      ['<b>', 'a & b'],
      ['1,5', 'x\ny'],
    ];
    expect(parseHtmlTable(serializeHtmlTable(block))).toEqual(block);
  });
});
