/**
 * The print pack's Zielgruppen section and the kommunal ranges (issue 15 A, B): one table per
 * evaluated group across all Handlungsschwerpunkte with the core's sums, ranges printed
 * "von–bis"; a plan that evaluates no group has no such section.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../../shared/calc/engine';
import { zg } from '../../../../shared/calc/zielgruppen';
import { formatCount, formatEur, formatPercent } from '../../../../shared/format/numberFormat';
import type { PrintPack, PrintRow, PrintTable } from '../../../../renderer/print/packModel';
import { buildPrintPack } from '../../../../renderer/print/packModel';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../../shared/sample/zielgruppenBeispiel';

const tables = (pack: PrintPack, sectionId: string): PrintTable[] =>
  (pack.sections.find((s) => s.id === sectionId)?.blocks ?? []).flatMap((b) =>
    b.kind === 'table' ? [b.table] : [],
  );
const texts = (row: PrintRow) => row.cells.map((c) => c.text);
const rowStarting = (t: PrintTable, start: string): string[] => {
  const row = t.rows.find((r) => r.cells[0]?.text.startsWith(start));
  if (!row) throw new Error(`Zeile „${start}“ fehlt in ${t.id}`);
  return texts(row);
};

describe('print pack: Zielgruppen and kommunale Leistungen', () => {
  it('a table per evaluated group, in the plan’s order, after the Drittmittel and before the checks', () => {
    const pack = buildPrintPack(zielgruppenBeispiel());
    const ids = pack.sections.map((s) => s.id);
    expect(ids.indexOf('zielgruppen')).toBeGreaterThan(ids.indexOf('drittmittel'));
    expect(ids.indexOf('zielgruppen')).toBeLessThan(ids.indexOf('pruefungen'));
    expect(tables(pack, 'zielgruppen').map((t) => t.id)).toEqual([
      'zielgruppe:u25',
      'zielgruppe:alleinerziehende',
      'zielgruppe:gefluechtete',
    ]);
    expect(pack.cover.contents).toContain('Zielgruppen');
    expect(buildPrintPack(beispielplan()).sections.map((s) => s.id)).not.toContain('zielgruppen');
  });

  it('U25: every share’s part from all areas, the sums, Anteil EGT of the plan year and Faktor from the core', () => {
    const plan = zielgruppenBeispiel();
    const calc = new Calculation(plan);
    const u25 = tables(buildPrintPack(plan), 'zielgruppen')[0]!;
    // Parts: Teil 200 of MAG, 60 of EGZ; ganz EQ (50); 30 % of mia (850 → 255); 10 % of FbW;
    // ganz BaE, AsA, abH (no money: "enthalten in"); 20 % of AGH; OPTIMA by amount; TEP (Drittmittel)
    expect(rowStarting(u25, 'Maßnahmen beim Arbeitgeber')).toEqual([
      'Maßnahmen beim Arbeitgeber (MAG)',
      'EGT',
      'Teil',
      '',
      '200',
      '',
      '200',
      '16.000 €',
      '',
    ]);
    expect(rowStarting(u25, 'mia')).toEqual(
      expect.arrayContaining(['Prozent', '30,0 %', '255', '255.000 €']),
    );
    expect(rowStarting(u25, 'Ausbildungsbegleitende Hilfen').slice(2, 9)).toEqual([
      'ganz',
      '',
      '',
      '',
      '34',
      '',
      '',
    ]);
    const eintritte = 200 + 60 + 50 + 255 + 170 + 116 + 18 + 34 + 284 + 177 + 10;
    const mittel = 16_000 + 240_000 + 100_000 + 255_000 + 850_000 + 2_750_000 + 50_000 + 680_000 + 200_000;
    expect(calc.get(zg('u25', 'eintritte'))).toBe(eintritte);
    expect(calc.get(zg('u25', 'mittelEgt'))).toBe(mittel);
    expect(rowStarting(u25, 'Zielgruppe „U25“ gesamt')).toEqual(
      expect.arrayContaining([formatCount(eintritte), formatEur(mittel)]),
    );
    expect(rowStarting(u25, 'Anteil am verfügbaren EGT 2016')).toContain(
      formatPercent(calc.get(zg('u25', 'anteilEgt'))),
    );
    expect(rowStarting(u25, 'Faktor')).toContain('2,6');
    // Area headings in plan order; the U25 table of references adds no row (each instrument once)
    expect(
      u25.rows.filter((r) => r.cells.slice(1).every((c) => c.text === '')).map((r) => r.cells[0]!.text),
    ).toEqual([
      'Integration',
      'Qualifizierung Geringqualifizierter',
      'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
      'Beschäftigungsmöglichkeiten für Alleinerziehende nutzen',
    ]);
  });

  it('kommunal: ranges "von–bis" per row, for the group and in the portfolio, beside the EGT', () => {
    const plan = zielgruppenBeispiel();
    const pack = buildPrintPack(plan);
    const ae = tables(pack, 'zielgruppen')[1]!;
    expect(ae.columns.map((c) => c.header)).toContain('Mittel kommunal (§ 16a)');
    expect(rowStarting(ae, 'Kinderbetreuung')).toEqual(
      expect.arrayContaining(['kommunal (§ 16a)', 'ganz', '800–1.200', '1.900.000 €']),
    );
    // 20 % of 600–900 cases is 120–180, of 420.000 € is 84.000 €
    expect(rowStarting(ae, 'Schuldnerberatung')).toEqual(
      expect.arrayContaining(['20,0 %', '120–180', '84.000 €']),
    );
    expect(rowStarting(ae, 'Kommunale Leistungen')).toContain('920–1.380');
    const portfolio = tables(pack, 'portfolio')[0]!;
    expect(rowStarting(portfolio, 'Suchtberatung')).toContain('120');
    expect(rowStarting(portfolio, 'Kommunale Leistungen gesamt')).toEqual(
      expect.arrayContaining(['1.670–2.470', formatEur(1_900_000 + 420_000 + 180_000 + 95_000)]),
    );
    // The EGT grand total is the Beispielplan's: kommunal money is not in it
    const egt = (p: PrintPack) => rowStarting(tables(p, 'portfolio')[0]!, 'Gesamt (ohne nachrichtlich)');
    expect(egt(pack)).toEqual(egt(buildPrintPack(beispielplan())));
  });
});
