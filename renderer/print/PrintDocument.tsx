/**
 * The pack as printable HTML: a cover, then one section per sheet. Page size, orientation,
 * repeated table headers, unsplit rows and the "Seite x von y" footer come from print.css;
 * charts are placeholders that renderPrintPack fills with the finished chart images.
 */
import type { PackChart, PrintBlock, PrintPack, PrintRow, PrintSection, PrintTable } from './packModel';
import { chartSize } from './packCharts';
import type { ReactNode } from 'react';
import { Fragment } from 'react';
import type { DocBlock, DocInline } from '../../shared/dokument/compose';

/** No line break between a number and its unit: `21.070 €`, `2,1 %`, `37,62 Mio. €`. */
export function keepUnitsTogether(text: string): string {
  return text.replace(/ (?=€|%|Mio\. €)/g, '\u00a0').replace(/Mio\. €/g, 'Mio.\u00a0€');
}

function TableBlock({ table }: { table: PrintTable }) {
  return (
    <div className="pp-table-block">
      <table className="pp-table" data-table={table.id}>
        <caption>{table.caption}</caption>
        <colgroup>
          {table.columns.map((c, i) => (
            <col key={i} style={{ width: `${c.width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c.align === 'right' ? 'pp-num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <Row key={i} row={row} table={table} />
          ))}
        </tbody>
      </table>
      {table.notes.map((note, i) => (
        <p key={i} className="pp-note">
          {keepUnitsTogether(note)}
        </p>
      ))}
    </div>
  );
}

function Row({ row, table }: { row: PrintRow; table: PrintTable }) {
  let col = 0;
  return (
    <tr className={`pp-row-${row.kind}`}>
      {row.cells.map((c, i) => {
        const align = table.columns[col]?.align ?? 'left';
        col += c.colSpan ?? 1;
        const className = [align === 'right' ? 'pp-num' : '', i === 0 && row.level ? 'pp-indent' : '']
          .filter(Boolean)
          .join(' ');
        const Cell = i === 0 && row.kind !== 'body' ? 'th' : 'td';
        return (
          <Cell
            key={i}
            colSpan={c.colSpan}
            className={className || undefined}
            scope={Cell === 'th' ? 'row' : undefined}
          >
            {keepUnitsTogether(c.text)}
          </Cell>
        );
      })}
    </tr>
  );
}

function ChartFigure({ chart }: { chart: PackChart }) {
  const size = chartSize(chart);
  return (
    <figure className={`pp-chart pp-chart-${chart.kind}`} style={{ width: `${size.width}px` }}>
      <figcaption>{chart.title}</figcaption>
      <div
        className="pp-chart-canvas"
        data-chart={chart.id}
        style={{ width: `${size.width}px`, height: `${size.height}px` }}
      />
    </figure>
  );
}

function Block({ block }: { block: PrintBlock }) {
  switch (block.kind) {
    case 'table':
      return <TableBlock table={block.table} />;
    case 'charts':
      return (
        <div className="pp-charts">
          {block.charts.map((c) => (
            <ChartFigure key={c.id} chart={c} />
          ))}
        </div>
      );
    case 'text':
      return <p className="pp-text">{keepUnitsTogether(block.text)}</p>;
    case 'heading':
      return block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case 'rich':
      return <RichText blocks={block.blocks} />;
  }
}

function Inlines({ content }: { content: DocInline[] }) {
  return (
    <>
      {content.map((i, n) => {
        let el: ReactNode = keepUnitsTogether(i.text);
        if (i.bold) el = <strong>{el}</strong>;
        if (i.italic) el = <em>{el}</em>;
        if (i.figure?.missing) el = <mark className="pp-missing">{el}</mark>;
        // Links print as text with their address: paper has nothing to click.
        if (i.href)
          el = (
            <>
              {el} ({i.href})
            </>
          );
        return <Fragment key={n}>{el}</Fragment>;
      })}
    </>
  );
}

function RichText({ blocks }: { blocks: DocBlock[] }) {
  return (
    <div className="pp-rich">
      {blocks.map((b, i) =>
        b.t === 'ul' ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inlines content={item} />
              </li>
            ))}
          </ul>
        ) : b.t === 'h' ? (
          <h4 key={i}>
            <Inlines content={b.content} />
          </h4>
        ) : (
          <p key={i} className="pp-text">
            <Inlines content={b.content} />
          </p>
        ),
      )}
    </div>
  );
}

function Section({ section }: { section: PrintSection }) {
  return (
    <section className={`pp-section pp-${section.orientation}`} data-section={section.id}>
      <h2>{section.title}</h2>
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </section>
  );
}

export function PrintDocument({ pack }: { pack: PrintPack }) {
  const { cover } = pack;
  return (
    <article className="pp-document" lang="de">
      <section className="pp-cover pp-portrait" data-section="deckblatt">
        <p className="pp-cover-jobcenter">{cover.jobcenter}</p>
        <h1>{cover.title}</h1>
        <p className="pp-cover-occasion">{cover.occasion}</p>
        <dl className="pp-cover-facts">
          {cover.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
        <div className="pp-cover-contents">
          <h2>Inhalt</h2>
          <ol>
            {cover.contents.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </div>
      </section>
      {pack.sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
    </article>
  );
}
