/**
 * The Programm as a Word document (issue 17): title page, table of contents, the chapters with
 * the sheet tables in place (shared/dokument/compose.ts), A4, page numbers. Everything a Word
 * user restyles is a named style: Überschrift 1–3 (Heading1–3), the table style
 * "Programmtabelle", the paragraph styles of table text, captions and notes. Numbers are the
 * same German texts the print pack shows.
 *
 * Why `docx`: it writes real WordprocessingML (styles, numbering, fields, tables of contents
 * with entries filled in, so the file reads right before Word updates it), in pure JavaScript,
 * in the browser and in Node alike, without a template file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  SoftHyphen,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import { Calculation } from '../calc/engine';
import type { ComposedDocument, DocBlock, DocInline } from '../dokument/compose';
import { composeDocument } from '../dokument/compose';
import { formatDate } from '../format/dateFormat';
import type { Plan } from '../model/plan';
import type { PrintRow, PrintTable } from '../outline/printTable';
import { planTitle } from '../storage/records';

/** A4 in twentieths of a point; 2 cm margins leave 17 cm for text and tables (25,7 cm across). */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const TEXT_WIDTH_LANDSCAPE = PAGE.height - 2 * PAGE.margin;
/**
 * A table with more columns goes on landscape pages of its own (the portfolio, the register of
 * commitments): in 17 cm its numbers would break into two lines per cell.
 */
export const PORTRAIT_MAX_COLUMNS = 7;
const isWide = (t: PrintTable) => t.columns.length > PORTRAIT_MAX_COLUMNS;
const FONT = 'Arial';

export const STYLE = {
  table: 'Programmtabelle',
  cell: 'Tabelleninhalt',
  cellHead: 'Tabellenkopf',
  caption: 'Tabellenueberschrift',
  note: 'Tabellenhinweis',
} as const;

const tableStyleXml = `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="${STYLE.table}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="2" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7ECF3"/></w:tcPr></w:tblStylePr></w:style>`;

function inlineRuns(content: DocInline[]): ParagraphChild[] {
  return content.map((i): ParagraphChild => {
    if (i.figure?.missing)
      return new TextRun({ text: i.text, color: 'C00000', highlight: 'yellow', bold: true });
    const run = new TextRun({
      text: i.text,
      ...(i.bold ? { bold: true } : {}),
      ...(i.italic ? { italics: true } : {}),
      ...(i.href ? { style: 'Hyperlink' } : {}),
    });
    return i.href ? new ExternalHyperlink({ link: i.href, children: [run] }) : run;
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockParagraphs(b: DocBlock): Paragraph[] {
  switch (b.t) {
    case 'h':
      return [new Paragraph({ heading: HEADINGS[b.level], children: inlineRuns(b.content) })];
    case 'p':
      return [new Paragraph({ children: inlineRuns(b.content) })];
    case 'ul':
      return b.items.map(
        (item) =>
          new Paragraph({ numbering: { reference: 'aufzaehlung', level: 0 }, children: inlineRuns(item) }),
      );
  }
}

const BOLD_ROWS = new Set<PrintRow['kind']>(['group', 'subtotal', 'total']);

function tableOf(t: PrintTable, textWidth: number): (Paragraph | Table)[] {
  const totalWidth = t.columns.reduce((s, c) => s + c.width, 0) || 1;
  const widths = t.columns.map((c) => Math.round((c.width / totalWidth) * textWidth));
  const cellOf = (
    text: string,
    col: number,
    span: number,
    head: boolean,
    kind: PrintRow['kind'],
    level = 0,
  ) => {
    const align = t.columns[col]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(kind === 'group' ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
      ...(kind === 'total'
        ? { borders: { top: { style: BorderStyle.SINGLE, size: 6, color: '404040' } } }
        : {}),
      children: [
        new Paragraph({
          style: head ? STYLE.cellHead : STYLE.cell,
          alignment: align,
          ...(level ? { indent: { left: 200 } } : {}),
          children: [
            new TextRun({
              // Soft hyphens of long headings ("Förder­kategorie") as Word's own, so a narrow
              // column breaks there and nowhere else.
              children: text
                .split('\u00AD')
                .flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part])),
              ...(BOLD_ROWS.has(kind) && !head ? { bold: true } : {}),
              ...(kind === 'nachrichtlich' || kind === 'note' ? { italics: true } : {}),
            }),
          ],
        }),
      ],
    });
  };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cellOf(c.header, i, 1, true, 'body')),
  });
  const rows = t.rows.map((r) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const span = c.colSpan ?? 1;
      const cell = cellOf(c.text, col, span, false, r.kind, col === 0 ? r.level : 0);
      col += span;
      return cell;
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return [
    new Paragraph({ style: STYLE.caption, keepNext: true, children: [new TextRun(t.caption)] }),
    new Table({
      style: STYLE.table,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [header, ...rows],
    }),
    ...t.notes.map((n) => new Paragraph({ style: STYLE.note, children: [new TextRun(n)] })),
  ];
}

function titlePage(plan: Plan): Paragraph[] {
  const h = plan.header;
  const fact = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(`Arbeitsmarkt- und Integrationsprogramm ${h.year}`)],
    }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(h.jobcenter)] }),
    new Paragraph({ children: [new TextRun('Vorlage für die Trägerversammlung')] }),
    fact('Variante', h.variante),
    fact('Status', h.status),
    fact('Stand', formatDate(h.changedAt)),
    fact('Verfasst von', h.author),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

type Block = Paragraph | Table | TableOfContents;

/** The body in runs of one orientation: wide tables get landscape sections of their own. */
function bodySections(plan: Plan, composed: ComposedDocument): { landscape: boolean; children: Block[] }[] {
  const sections: { landscape: boolean; children: Block[] }[] = [
    {
      landscape: false,
      children: [
        ...titlePage(plan),
        new Paragraph({ style: 'TOCHeading', children: [new TextRun('Inhalt')] }),
        new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ children: [new PageBreak()] }),
      ],
    },
  ];
  // A wide table takes the headings and texts just before it (up to its area's heading) along,
  // so an area's text and its table share a page instead of a portrait page of their own.
  const nodes = composed.nodes;
  const landscape = nodes.map((n) => n.kind === 'table' && isWide(n.table));
  for (let i = 0; i < nodes.length; i++) {
    if (!landscape[i] || nodes[i]!.kind !== 'table') continue;
    for (let j = i - 1; j >= 0; j--) {
      const n = nodes[j]!;
      if (n.kind === 'table' || (n.kind === 'heading' && n.level === 1)) break;
      landscape[j] = true;
      if (n.kind === 'heading' && n.level === 2) break;
    }
  }
  nodes.forEach((node, i) => {
    const wide = landscape[i]!;
    let last = sections[sections.length - 1]!;
    if (last.landscape !== wide) sections.push((last = { landscape: wide, children: [] }));
    if (node.kind === 'heading')
      last.children.push(
        new Paragraph({ heading: HEADINGS[node.level], children: [new TextRun(node.text)] }),
      );
    else if (node.kind === 'text') last.children.push(...node.blocks.flatMap(blockParagraphs));
    else last.children.push(...tableOf(node.table, wide ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH));
  });
  return sections;
}

/** The document object for a composed Programm (exported for tests of its structure). */
export function buildDocx(plan: Plan, composed: ComposedDocument): Document {
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({ text: `AMIP ${plan.header.year} · ${planTitle(plan.header)} · Seite `, size: 16 }),
            new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
            new TextRun({ text: ' von ', size: 16 }),
            new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
          ],
        }),
      ],
    });
  const run = { font: FONT, size: 21, language: { value: 'de-DE' } };
  return new Document({
    title: `AMIP ${plan.header.year} – ${planTitle(plan.header)}`,
    creator: 'AMIP-Planer',
    // The table style as a styles part of its own: docx keeps its default styles (Title,
    // Heading 1–3, document defaults) beside external styles, but `importedStyles` would replace them.
    externalStyles: `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableStyleXml}</w:styles>`,
    description: 'Arbeitsmarkt- und Integrationsprogramm',
    styles: {
      default: {
        document: { run, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 44, bold: true, color: '1F3864' } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
        hyperlink: { run: { color: '0563C1', underline: {} } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 32, color: '404040' } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', run: { size: 28, bold: true } },
        {
          id: STYLE.cell,
          name: STYLE.cell,
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 16 },
          paragraph: { spacing: { before: 20, after: 20, line: 240 } },
        },
        {
          id: STYLE.cellHead,
          name: STYLE.cellHead,
          basedOn: STYLE.cell,
          quickFormat: true,
          run: { bold: true },
        },
        {
          id: STYLE.caption,
          name: STYLE.caption,
          basedOn: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
        {
          id: STYLE.note,
          name: STYLE.note,
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 16, italics: true },
          paragraph: { spacing: { before: 40, after: 160 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'aufzaehlung',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: bodySections(plan, composed).map(({ landscape, children }, i) => ({
      properties: {
        ...(i === 0 ? { titlePage: true } : {}),
        page: {
          // docx swaps width and height for landscape itself
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      footers: i === 0 ? { first: new Footer({ children: [] }), default: footer() } : { default: footer() },
      children,
    })),
  });
}

/** The Programm of `plan` as a .docx file. */
export async function exportDocx(plan: Plan, calc: Calculation = new Calculation(plan)): Promise<Uint8Array> {
  return Packer.pack(buildDocx(plan, composeDocument(plan, calc)), 'uint8array');
}
