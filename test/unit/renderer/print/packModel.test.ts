import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../../shared/calc/engine';
import { runChecks } from '../../../../shared/checks/runChecks';
import { formatCount, formatEur, formatMioEur, formatPercent } from '../../../../shared/format/numberFormat';
import type { Plan } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { keepUnitsTogether } from '../../../../renderer/print/PrintDocument';
import { chartOptions, waterfallBars, wrapLabel } from '../../../../renderer/print/packCharts';
import type {
  PrintPack,
  PrintRow,
  PrintSection,
  PrintTable,
  WaterfallChart,
} from '../../../../renderer/print/packModel';
import { buildPrintPack, packFooterText } from '../../../../renderer/print/packModel';
import { formatDate } from '../../../../shared/format/dateFormat';
import { cssString, footerCss } from '../../../../renderer/print/pageFooter';

const section = (pack: PrintPack, id: PrintSection['id']): PrintSection => {
  const s = pack.sections.find((x) => x.id === id);
  if (!s) throw new Error(`Abschnitt ${id} fehlt`);
  return s;
};
const table = (pack: PrintPack, id: string): PrintTable => {
  for (const s of pack.sections)
    for (const b of s.blocks) if (b.kind === 'table' && b.table.id === id) return b.table;
  throw new Error(`Tabelle ${id} fehlt`);
};
const texts = (row: PrintRow) => row.cells.map((c) => c.text);
const rowStarting = (t: PrintTable, start: string): PrintRow => {
  const row = t.rows.find((r) => r.cells[0]?.text.startsWith(start));
  if (!row) throw new Error(`Zeile „${start}“ fehlt in ${t.id}`);
  return row;
};
const waterfall = (pack: PrintPack): WaterfallChart => {
  const charts = section(pack, 'eckwerte').blocks.flatMap((b) => (b.kind === 'charts' ? b.charts : []));
  const w = charts.find((c) => c.kind === 'waterfall');
  if (!w || w.kind !== 'waterfall') throw new Error('Wasserfall fehlt');
  return w;
};

/** The Beispielplan with BaE shown again (as a reference) under Alleinerziehende. */
function planWithReference(): Plan {
  const plan = beispielplan();
  plan.schwerpunkte[3]!.rows.push({ kind: 'reference', id: 'ref-bae', ownerRowId: 'r-bae' });
  return plan;
}

describe('Deckblatt and footer', () => {
  it('shows Jobcenter, Planungsjahr, Variante, Status, Stand and author', () => {
    const plan = beispielplan();
    const pack = buildPrintPack(plan);
    expect(pack.cover.facts).toEqual([
      { label: 'Jobcenter', value: 'Jobcenter Düsseldorf' },
      { label: 'Planungsjahr', value: '2016' },
      { label: 'Variante', value: 'Beispielplan Düsseldorf 2016' },
      { label: 'Status', value: 'Entwurf' },
      { label: 'Stand', value: '12.11.2015' },
      { label: 'Verfasst von', value: 'AMIP-Planer (Beispiel)' },
    ]);
    expect(pack.cover.contents).toEqual(pack.sections.map((s) => s.title));
    expect(pack.footerText).toBe(packFooterText(plan));
    expect(pack.footerText).toContain('Jobcenter Düsseldorf 2016 – Beispielplan Düsseldorf 2016');
  });

  it('Stand is the date in Germany, an unreadable timestamp is printed as given', () => {
    expect(formatDate('2015-12-31T23:30:00.000Z')).toBe('01.01.2016');
    expect(formatDate('gestern')).toBe('gestern');
  });

  it('the footer rule quotes the plan name safely and counts pages', () => {
    expect(cssString('A "B" \\ C\nD')).toBe('"A \\"B\\" \\\\ C D"');
    const css = footerCss('Plan "X"');
    expect(css).toContain('content: "Plan \\"X\\""');
    expect(css).toContain('"Seite " counter(page) " von " counter(pages)');
  });
});

describe('Eckwerte', () => {
  it('the EGT chain runs from Mittelausstattung to geplanter Mitteleinsatz and every Zwischensumme adds up', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const { steps } = waterfall(buildPrintPack(plan));
    expect(steps[0]).toMatchObject({ label: 'Mittelausstattung', value: 37_620_000, kind: 'zugang' });
    expect(steps.at(-1)).toMatchObject({ label: 'geplanter Mitteleinsatz', kind: 'summe' });
    expect(steps.at(-1)!.value).toBe(calc.get('haushalt.plan.geplanterMitteleinsatz'));
    const sums = steps.filter((s) => s.kind === 'summe').map((s) => s.value);
    expect(sums.slice(0, 3)).toEqual([
      calc.get('haushalt.plan.summeEingliederungsmittel'),
      calc.get('haushalt.plan.verfuegbaresEgt'),
      calc.get('haushalt.plan.mittelFuerNeufaelle'),
    ]);
    let running = 0;
    for (const s of steps.slice(0, -1)) {
      if (s.kind === 'summe') expect(s.value).toBeCloseTo(running, 2);
      running = s.kind === 'summe' ? s.value : running + s.value;
    }
  });

  it('waterfall bars: sums stand on zero, an Abzug hangs from the running total', () => {
    const bars = waterfallBars([
      { label: 'a', value: 100, kind: 'zugang' },
      { label: 'b', value: 20, kind: 'zugang' },
      { label: 'S', value: 120, kind: 'summe' },
      { label: 'c', value: -30, kind: 'abzug' },
      { label: 'T', value: 90, kind: 'summe' },
    ]);
    expect(bars.map((b) => [b.base, b.size])).toEqual([
      [0, 100],
      [100, 20],
      [0, 120],
      [90, 30],
      [0, 90],
    ]);
  });

  it('key figures with Vorjahr beside the plan where the Vorjahr is known', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const t = table(buildPrintPack(plan), 'eckwerte');
    expect(texts(rowStarting(t, 'verfügbares EGT'))).toEqual([
      'verfügbares EGT',
      formatMioEur(calc.get('haushalt.plan.verfuegbaresEgt')),
      formatMioEur(calc.get('haushalt.vorjahr.verfuegbaresEgt')),
    ]);
    expect(texts(rowStarting(t, 'EGT-Auslastung'))).toEqual([
      'EGT-Auslastung',
      formatPercent(calc.get('haushalt.plan.egtAuslastung')),
      '', // no Vorjahr Mittel in the Beispielplan: no Vorjahr Auslastung
    ]);
    expect(texts(rowStarting(t, 'Umschichtungsquote'))[2]).toBe(
      formatPercent(calc.get('haushalt.vorjahr.umschichtungsquote')),
    );
    expect(texts(rowStarting(t, 'Mittel für aktive Arbeitsmarktpolitik'))[1]).toBe(
      formatMioEur(calc.get('mittelAktiveAmp')),
    );
  });

  it('bar charts per Handlungsschwerpunkt carry the area sums, with Vorjahr only when known', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const charts = section(buildPrintPack(plan), 'eckwerte').blocks.flatMap((b) =>
      b.kind === 'charts' ? b.charts : [],
    );
    const mittel = charts.find((c) => c.id === 'mittel-je-hs');
    const eintritte = charts.find((c) => c.id === 'eintritte-je-hs');
    if (mittel?.kind !== 'areaBars' || eintritte?.kind !== 'areaBars')
      throw new Error('Balkendiagramme fehlen');
    expect(mittel.rows.map((r) => r.plan)).toEqual(
      plan.schwerpunkte.map((a) => calc.get(`area.${a.id}.mittelansatzEgt`)),
    );
    expect(eintritte.rows.map((r) => r.plan)).toEqual(
      plan.schwerpunkte.map((a) => calc.get(`area.${a.id}.eintritte`)),
    );
    expect(mittel.vorjahrLabel).toBeNull();
    expect(chartOptions(mittel).series).toHaveLength(1);

    const withVj = beispielplan();
    const egz = withVj.schwerpunkte[0]!.rows[1]!;
    if (egz.kind !== 'instrument') throw new Error('EGZ fehlt');
    egz.vorjahrMittel = 2_000_000;
    const chartsVj = section(buildPrintPack(withVj), 'eckwerte').blocks.flatMap((b) =>
      b.kind === 'charts' ? b.charts : [],
    );
    const mittelVj = chartsVj.find((c) => c.id === 'mittel-je-hs');
    if (mittelVj?.kind !== 'areaBars') throw new Error('Balkendiagramm fehlt');
    expect(mittelVj.vorjahrLabel).toBe('Vorjahr 2015');
    expect(mittelVj.rows[0]!.vorjahr).toBe(2_000_000);
    expect(chartOptions(mittelVj).series).toHaveLength(2);
  });
});

describe('Maßnahmeportfolio table', () => {
  it('every row spans exactly the table columns (all tables of the pack)', () => {
    for (const plan of [beispielplan(), planWithReference()])
      for (const s of buildPrintPack(plan).sections)
        for (const b of s.blocks) {
          if (b.kind !== 'table') continue;
          for (const row of b.table.rows)
            expect(
              row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0),
              `${b.table.id}: ${row.cells[0]?.text}`,
            ).toBe(b.table.columns.length);
        }
  });

  it('nachrichtlich rows in parentheses, "enthalten in" without an amount, Funktion text printed', () => {
    const t = table(buildPrintPack(beispielplan()), 'portfolio');
    const vb = rowStarting(t, 'Vermittlungsbudget (VB)');
    expect(vb.kind).toBe('nachrichtlich');
    expect(texts(vb).slice(3, 5)).toEqual(['(2.500)', '(610.000 €)']);
    expect(texts(vb).at(-1)).toContain('Summe ohne VB');
    const abh = rowStarting(t, 'Ausbildungsbegleitende Hilfen (abH)');
    expect(texts(abh).slice(2, 5)).toEqual([
      'enthalten in: Außerbetriebliche Berufsausbildung (BaE)',
      '34',
      '',
    ]);
    const tep = rowStarting(t, 'TEP-Projekt');
    expect(texts(tep)[2]).toBe('Drittmittel: Land NRW und ESF');
  });

  it('area subtotals and the grand total come from the calculation core', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const t = table(buildPrintPack(plan), 'portfolio');
    for (const area of plan.schwerpunkte) {
      const sum = rowStarting(t, `Summe ${area.name}`);
      expect(sum.kind).toBe('subtotal');
      expect(texts(sum).slice(1, 3)).toEqual([
        formatCount(calc.get(`area.${area.id}.eintritte`)),
        formatEur(calc.get(`area.${area.id}.mittelansatzEgt`)),
      ]);
      // The share of the verfügbares EGT has a column of its own (it was cut off in Funktion).
      expect(texts(sum)).toContain(formatPercent(calc.get(`area.${area.id}.anteilEgt`)));
      expect(texts(sum).join(' ')).not.toContain('des verfügbaren EGT');
    }
    const total = rowStarting(t, 'Gesamt (ohne nachrichtlich)');
    expect(texts(total).slice(1, 3)).toEqual(['8.761', formatEur(calc.get('portfolio.mittelansatzEgt'))]);
    expect(texts(total)).toContain(formatPercent(calc.get('portfolio.anteilEgt')));
    expect(t.columns.map((c) => c.header)).toContain('Anteil verf. EGT');
    expect(calc.get('portfolio.anteilEgt')).toBeCloseTo(26_121_070 / 39_530_000, 12);
    expect(texts(rowStarting(t, 'nachrichtlich (nicht in den Summen)')).slice(1, 3)).toEqual([
      '(2.500)',
      '(610.000 €)',
    ]);
  });

  it('a reference is shown in the second area and never adds to a sum', () => {
    const plan = planWithReference();
    const calc = new Calculation(plan);
    const t = table(buildPrintPack(plan), 'portfolio');
    const refs = t.rows.filter((r) => r.kind === 'reference');
    expect(refs.map((r) => texts(r).slice(0, 3))).toEqual([
      [
        'Verweis auf Außerbetriebliche Berufsausbildung (BaE) (Schwerpunkt Qualifizierung Geringqualifizierter)',
        'IV.1',
        'Verweis',
      ],
    ]);
    const area = plan.schwerpunkte[3]!;
    const sum = rowStarting(t, `Summe ${area.name}`);
    expect(texts(sum)[2]).toBe(formatEur(calc.get(`area.${area.id}.mittelansatzEgt`)));
    expect(texts(sum)[2]).toBe(
      texts(rowStarting(table(buildPrintPack(beispielplan()), 'portfolio'), `Summe ${area.name}`))[2],
    );
    // … but the area's share of the verfügbares EGT counts it
    expect(texts(sum)).toContain(formatPercent(calc.get(`area.${area.id}.anteilEgt`)));
    expect(texts(rowStarting(t, 'Gesamt (ohne nachrichtlich)'))[2]).toBe('26.121.070 €');
  });

  it('Vorjahr columns only when the plan has Vorjahr values', () => {
    const none = table(buildPrintPack(beispielplan()), 'portfolio');
    expect(none.columns.map((c) => c.header)).not.toContain('Mittel 2015');
    expect(none.notes).toContain('Vorjahreswerte 2015 sind für die Instrumente nicht erfasst.');

    const plan = beispielplan();
    const egz = plan.schwerpunkte[0]!.rows[1]!;
    if (egz.kind !== 'instrument') throw new Error('EGZ fehlt');
    egz.vorjahrEintritte = 500;
    egz.vorjahrMittel = 2_000_000;
    const t = table(buildPrintPack(plan), 'portfolio');
    const headers = t.columns.map((c) => c.header);
    expect(headers).toContain('Eintritte 2015');
    expect(headers).toContain('Mittel 2015');
    const row = texts(rowStarting(t, 'Eingliederungszuschüsse (EGZ)'));
    expect(row[headers.indexOf('Eintritte 2015')]).toBe('500');
    expect(row[headers.indexOf('Mittel 2015')]).toBe('2.000.000 €');
  });
});

describe('further sections', () => {
  it('Haushalt lists every Zuweisung and the legal cap of the plan year', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const pack = buildPrintPack(plan);
    const hh = table(pack, 'haushalt');
    const zuweisung = rowStarting(hh, 'Erste Tranche');
    expect(texts(zuweisung)).toEqual(['Erste Tranche Mittel Flüchtlinge', '1.690.000 €', '0 €']);
    expect(zuweisung.level).toBe(1);
    expect(texts(rowStarting(hh, 'Mittel für Neufälle'))).toEqual([
      'Mittel für Neufälle',
      '26.100.000 €',
      '16.120.000 €',
    ]);
    const deckel = table(pack, 'deckel');
    expect(deckel.rows).toHaveLength(1);
    expect(texts(deckel.rows[0]!).slice(1)).toEqual([
      formatEur(calc.get('deckel.deckel-16e-16f-2012-2018.betrag')),
      formatPercent(calc.get('deckel.deckel-16e-16f-2012-2018.anteil')),
      '20,0 %',
    ]);

    const later = beispielplan();
    later.header.year = 2019;
    later.header.vorjahr = 2018;
    const blocks = section(buildPrintPack(later), 'haushalt').blocks;
    expect(blocks.some((b) => b.kind === 'table' && b.table.id === 'deckel')).toBe(false);
    expect(blocks).toContainEqual({
      kind: 'text',
      text: 'Für 2019 gilt keine gesetzliche Obergrenze für einzelne Förderkategorien.',
    });
  });

  it('Bildungszielplanung, Kennzahlen and Drittmittel carry their sums', () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    const pack = buildPrintPack(plan);
    expect(texts(table(pack, 'bildung').rows.at(-1)!)).toEqual([
      'Summe',
      '1.700',
      '275',
      formatPercent(calc.get('bildung.anteilAbschluss')),
    ]);
    const kz = table(pack, 'kennzahlen');
    expect(texts(kz.rows[0]!)).toEqual(['Summe aller Förderkategorien', '8.761', '', '']);
    expect(kz.rows.find((r) => r.cells[0]!.text === 'darunter abschlussorientiert')?.level).toBe(1);
    expect(kz.notes[0]).toBe('Nicht enthalten (nachrichtlich): Vermittlungsbudget (VB) (2.500).');
    const dm = table(pack, 'drittmittel');
    // The rest of a grant is known only where the earlier years' use is (zielplanung.md C.3: 3,2 Mio. €).
    expect(texts(dm.rows.at(-1)!)).toEqual([
      'Drittmittel gesamt',
      '',
      '5.400.000 €',
      '400.000 €',
      '5.000.000 €',
      '3.200.000 €',
    ]);
    expect(texts(rowStarting(table(pack, 'aktive-amp'), '= Mittel für aktive Arbeitsmarktpolitik'))[1]).toBe(
      formatEur(calc.get('mittelAktiveAmp')),
    );
  });

  it('Offene Prüfungen: one row per check; none left → a sentence instead of a table', () => {
    const plan = beispielplan();
    const checks = runChecks(plan);
    const t = table(buildPrintPack(plan), 'pruefungen');
    expect(t.rows.map(texts)).toEqual(checks.map((c) => [c.severity, expect.any(String), c.message]));

    const clean = beispielplan();
    const egz = clean.schwerpunkte[0]!.rows[1]!;
    if (egz.kind !== 'instrument') throw new Error('EGZ fehlt');
    egz.mittelansatz = 2_150_000; // Auslastung just under 100 %
    expect(runChecks(clean)).toEqual([]);
    expect(section(buildPrintPack(clean), 'pruefungen').blocks).toEqual([
      { kind: 'text', text: 'Keine offenen Prüfungen: alle Plausibilitätsprüfungen sind erfüllt.' },
    ]);
  });

  it('Änderungen seit Version: only with a version to compare, listing changed figures and inputs', () => {
    expect(buildPrintPack(beispielplan()).sections.map((s) => s.id)).not.toContain('aenderungen');
    const before = beispielplan();
    const after = beispielplan();
    const egz = after.schwerpunkte[0]!.rows[1]!;
    if (egz.kind !== 'instrument') throw new Error('EGZ fehlt');
    egz.mittelansatz = 2_500_000;
    const pack = buildPrintPack(after, { vergleich: { label: 'Entwurf 1', plan: before } });
    expect(section(pack, 'aenderungen').title).toBe('Änderungen seit Version Entwurf 1');
    const inputs = table(pack, 'aenderungen-eingaben');
    expect(inputs.rows.map(texts)).toEqual([
      [
        'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
        '2.200.000 €',
        '2.500.000 €',
      ],
    ]);
    expect(table(pack, 'aenderungen-eckwerte').rows.length).toBeGreaterThan(0);
  });
});

describe('print helpers', () => {
  it('keeps units on the number’s line', () => {
    expect(keepUnitsTogether('Überplanung 21.070 €, 2,1 %, 37,62 Mio. €')).toBe(
      'Überplanung 21.070\u00a0€, 2,1\u00a0%, 37,62\u00a0Mio.\u00a0€',
    );
  });

  it('wraps long chart labels on spaces', () => {
    expect(wrapLabel('Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit', 28)).toBe(
      'Abbau Langzeitleistungsbezug\nund Langzeitarbeitslosigkeit',
    );
    expect(wrapLabel('Integration', 28)).toBe('Integration');
  });
});

describe('Bemerkungen', () => {
  it('lists every note with where it stands, after the Prüfungen; no section without notes', () => {
    expect(buildPrintPack(beispielplan()).sections.map((s) => s.id)).not.toContain('bemerkungen');
    const plan: Plan = {
      ...beispielplan(),
      notizen: { 'row.r-egz.mittelansatz': 'Tarifsteigerung eingerechnet', 'zeile:r-mag': 'Vergabe Q2' },
    };
    const pack = buildPrintPack(plan);
    const ids = pack.sections.map((s) => s.id);
    expect(ids.indexOf('bemerkungen')).toBe(ids.indexOf('pruefungen') + 1);
    expect(pack.cover.contents).toContain('Bemerkungen');
    expect(table(pack, 'bemerkungen').rows.map(texts)).toEqual([
      [
        'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
        'Tarifsteigerung eingerechnet',
      ],
      ['Maßnahmeportfolio › Integration › Maßnahmen beim Arbeitgeber (MAG)', 'Vergabe Q2'],
    ]);
  });
});

describe('Programmtext in the pack', () => {
  it('prints the chapters with text, in the plan’s order, with placeholders as current values', () => {
    const plan = beispielplan();
    const pack = buildPrintPack(plan);
    const programm = pack.sections.filter((s) => s.id === 'programm');
    expect(programm.map((s) => s.title)).toEqual(['Programm']);
    const blocks = programm[0]!.blocks;
    const chapters = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(chapters.slice(0, 3)).toEqual(['Einleitung', 'Rahmenbedingungen', 'Ressourcen']);
    expect(chapters.at(-1)).toBe('Mittelfristige Ausrichtung');
    const text = blocks
      .flatMap((b) => (b.kind === 'rich' ? b.blocks : []))
      .map((b) => (b.t === 'ul' ? '' : b.content.map((i) => i.text).join('')))
      .join(' ');
    expect(text).toContain('Für Eingliederungsleistungen stehen 39.530.000 € zur Verfügung');
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    const hs = headings.indexOf('Handlungsschwerpunkte');
    expect(headings.slice(hs, hs + 4)).toEqual([
      'Handlungsschwerpunkte',
      'Überblick',
      'Integration',
      'Ausgangslage',
    ]);
    // After the Eckwerte, before the sheet tables.
    const ids = pack.sections.map((s) => s.id);
    expect(ids.indexOf('programm')).toBe(ids.indexOf('eckwerte') + 1);
    expect(ids.indexOf('programm')).toBeLessThan(ids.indexOf('haushalt'));
  });
});
