import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../../shared/consolidate/consolidate';
import { formatFigure } from '../../../../shared/format/numberFormat';
import { buildPrintPack } from '../../../../renderer/print/packModel';
import { generateLand } from '../../../support/generateLand';

describe('print pack: Land-/Regionalansicht section', () => {
  it('one table per group with the Land total from summed bases, the Kategorien, outliers starred', () => {
    const land = generateLand({ count: 14, meanRows: 25, seed: 9 });
    const c = consolidate(land.map((plan) => ({ source: plan.id, plan })));
    const pack = buildPrintPack(land[0]!, { land: c });
    const section = pack.sections.find((s) => s.id === 'land')!;
    expect(pack.cover.contents).toContain('Land-/Regionalansicht');
    const tables = section.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables.map((t) => t.caption)).toEqual([
      'Jobcenter 2016 · gE',
      'Plätze und Mittel nach Förderkategorie, 2016 · gE',
      'Zielplanung, 2016 · gE',
      'Jobcenter 2016 · zkT',
      'Plätze und Mittel nach Förderkategorie, 2016 · zkT',
      'Zielplanung, 2016 · zkT',
    ]);
    const gE = c.groups[0]!;
    const total = tables[0]!.rows.at(-1)!;
    const col = tables[0]!.columns.findIndex((x) => x.header === 'EGT-Auslastung');
    expect(total.kind).toBe('total');
    expect(total.cells[col]!.text).toBe(formatFigure(gE.totals.egtAuslastung!.value, 'ratio'));
    expect(tables[0]!.rows).toHaveLength(gE.jobcenter.length + 1);
    const starred = tables[0]!.rows
      .filter((r) => r.cells[col]!.text.endsWith(' *'))
      .map((r) => r.cells[0]!.text);
    expect(starred).toEqual(gE.outliers.filter((o) => o.figure === 'egtAuslastung').map((o) => o.jobcenter));
    expect(starred.length).toBeGreaterThan(0);
    expect(tables[0]!.notes.join(' ')).toMatch(/Vorbindungsquote: ohne Jobcenter/);
  });

  it('the Zielplanung table prints the Land target rate from summed bases and "n von m erreicht"', () => {
    const land = generateLand({ count: 14, meanRows: 25, seed: 9 });
    const c = consolidate(land.map((plan) => ({ source: plan.id, plan })));
    const section = buildPrintPack(land[0]!, { land: c }).sections.find((s) => s.id === 'land')!;
    const table = (caption: string) =>
      section.blocks.flatMap((b) => (b.kind === 'table' && b.table.caption === caption ? [b.table] : []))[0]!;
    const row = (caption: string, label: string) =>
      table(caption).rows.find((r) => r.cells[0]!.text === label)!.cells;
    const ZIELQUOTE = 'K2 Integrationsquote: Zielquote (Σ Basis × Quote ÷ Σ Basis)';
    const quote = c.groups[0]!.parts[0]!.figures['land.ziele.K2.gesamt.zielwert']!;
    expect(row('Zielplanung, 2016 · gE', ZIELQUOTE)[1]!.text).toBe(
      formatFigure(quote, 'ratio', { digits: 2 }),
    );
    expect(row('Zielplanung, 2016 · gE', 'Meilensteine und Termine')[1]!.text).toMatch(
      /^\d+ von \d+ erreicht/,
    );
    expect(row('Zielplanung, 2016 · gE', 'Jobcenter mit Zielvereinbarung')[2]!.text).toBe(
      'ohne Zielvereinbarung: Jobcenter 005, Jobcenter 011',
    );
    // Jobcenter 006 (zkT) has no planned Ø eLb: named, not guessed.
    expect(row('Zielplanung, 2016 · zkT', ZIELQUOTE)[2]!.text).toBe('ohne Jobcenter 006 (Grundlage fehlt)');
  });
});
