/**
 * The outlines of the Globalbudget and Verpflichtungen sheets and their three renderers: the
 * grid (cells, dropdowns, 1:n), the workbook (rows by tag, one cell per figure) and the print
 * pack (captions, German texts). Also the EGT chain saying where its figures come from.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { globalbudgetLayout } from '../../../shared/excel/layout/globalbudget';
import { verpflichtungenLayout } from '../../../shared/excel/layout/verpflichtungen';
import { globalbudgetOutline } from '../../../shared/outline/globalbudget';
import { haushaltOutline } from '../../../shared/outline/haushalt';
import { calcLabels } from '../../../shared/outline/labels';
import { verpflichtungenOutline } from '../../../shared/outline/verpflichtungen';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';
import { BUDGET_GRID_OPTIONS } from '../../../renderer/grids/budgetChoiceSpec';
import { gridColumns, gridModel } from '../../../renderer/grids/outlineGrid';
import { buildPrintPack } from '../../../renderer/print/packModel';
import type { PrintTable } from '../../../renderer/print/packTypes';
import { displayText } from '../../../renderer/sheet/cellSpec';
import type { PlanState } from '../../../renderer/state/planStore';

const plan = globalbudgetBeispiel();
const calc = new Calculation(plan);
const labels = calcLabels(calc);
const gb = globalbudgetOutline(plan, labels);
const vp = verpflichtungenOutline(plan, labels);
const state = { plan, calc } as unknown as PlanState;

function printTables(sectionId: string): PrintTable[] {
  const pack = buildPrintPack(plan);
  const section = pack.sections.find((s) => s.id === sectionId)!;
  return section.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

describe('Globalbudget outline', () => {
  it('grid: one row per estimate with its dropdown, Stand as text, inputs and the Differenz', () => {
    const { rows } = gridModel(gb.schaetzungen, BUDGET_GRID_OPTIONS);
    expect(rows.map((r) => r.id)).toEqual(['gs:gs-ba', 'gs:gs-bmas', 'gs:gs-einglmv']);
    const bmas = rows[1]!;
    expect(bmas.cells.art?.kind).toBe('choice');
    expect(displayText(bmas.cells.art, state)).toBe('Vorläufige Schätzwerte des BMAS');
    expect(displayText(bmas.cells.stand, state)).toBe('11.2015');
    expect(displayText(bmas.cells.diffGesamt, state)).toBe('-100.000 €');
    expect(displayText(bmas.cells.rolle, state)).toBe('Grundlage');
    expect(bmas.cells.diffProbe).toBeUndefined(); // the workbook's check column only
    expect(gridColumns(gb.schaetzungen).map((c) => c.header)).toEqual([
      'Schätzung',
      'Stand',
      'Verwaltungsbudget',
      'Eingliederungsmittel',
      'Gesamt',
      'Anteil VWB',
      'Differenz VWB',
      'Differenz EGM',
      'Differenz Gesamt',
      'Rolle',
    ]);
  });

  it('grid: caseloads as 1:n, VZÄ with decimals, the Umschichtung pair typed here too', () => {
    const { rows, pinned } = gridModel(gb.betreuung, BUDGET_GRID_OPTIONS);
    expect(displayText(rows[0]!.cells.schluessel, state)).toBe('1:200');
    expect(displayText(pinned[0]!.cells.schluessel, state)).toBe('1:196');
    const personal = gridModel(gb.personal, BUDGET_GRID_OPTIONS).rows;
    expect(displayText(personal.find((r) => r.id === 'ps:gesamt')!.cells.wert, state)).toBe('156,5');
    const us = gridModel(gb.umschichtung, BUDGET_GRID_OPTIONS).rows;
    expect(us.find((r) => r.id === 'us:betrag')!.cells.plan).toMatchObject({
      kind: 'input',
      key: 'hh.umschichtung.plan',
      figure: 'haushalt.plan.umschichtung',
    });
    expect(us.some((r) => r.id === 'us:betragKopie')).toBe(false);
    expect(displayText(us.find((r) => r.id === 'us:basiswahl')!.cells.plan, state)).toBe(
      'Eingliederungsmittel laut Vorläufige Schätzwerte des BMAS (Stand 11.2015)',
    );
  });

  it('workbook: the estimates under the header row, the other tables below with headers of their own', () => {
    const layout = globalbudgetLayout(plan, labels);
    expect(layout.name).toBe('Globalbudget');
    const tags = layout.rows.map((r) => r.tag).filter(Boolean);
    expect(tags.slice(0, 3)).toEqual(['gs:gs-ba', 'gs:gs-bmas', 'gs:gs-einglmv']);
    expect(tags).toContain('us:betragKopie');
    expect(tags).not.toContain('us:betrag');
    expect(layout.rows[3]!.cells.map((c) => c.content.kind)).toEqual([
      'text',
      'text',
      'input',
      'input',
      'figure',
      'figure',
      'text',
    ]);
    const sections = layout.rows.filter((r) => r.style === 'section').map((r) => r.cells[0]!.content);
    expect(sections).toEqual([
      { kind: 'text', text: 'Grundlage 2016' },
      { kind: 'text', text: 'Umschichtung 2016 in das Verwaltungsbudget' },
      { kind: 'text', text: 'Personal 2016' },
      { kind: 'text', text: 'Projekt-VZÄ 2016' },
      { kind: 'text', text: 'Betreuungsschlüssel und Kontaktdichte 2016' },
    ]);
  });

  it('print: the estimates, the Grundlage and the Umschichtung with the base named', () => {
    const tables = printTables('globalbudget');
    expect(tables.map((t) => t.caption)).toEqual([
      'Globalbudget 2016: Schätzungen',
      'Grundlage 2016',
      'Umschichtung 2016 in das Verwaltungsbudget',
      'Personal 2016',
      'Projekt-VZÄ 2016',
      'Betreuungsschlüssel und Kontaktdichte 2016',
    ]);
    expect(tables[0]!.rows[1]!.cells.map((c) => c.text)).toEqual([
      'Vorläufige Schätzwerte des BMAS',
      '11.2015',
      '10.300.000 €',
      '8.600.000 €',
      '18.900.000 €',
      '54,5 %',
      '300.000 €',
      '-400.000 €',
      '-100.000 €',
    ]);
    const quote = tables[2]!.rows.find((r) => r.cells[0]!.text.startsWith('Umschichtungsquote'))!;
    expect(quote.cells.map((c) => c.text)).toEqual([
      'Umschichtungsquote (Anteil an der Basis „Eingliederungsmittel laut Vorläufige Schätzwerte des BMAS (Stand 11.2015)“; im Vorjahr an der Summe Eingliederungsmittel)',
      '14,0 %',
      '10,0 %',
    ]);
  });
});

describe('Verpflichtungen outline', () => {
  it('grid: the register with months as text, computed years and typed years', () => {
    const { rows, pinned } = gridModel(vp.register, BUDGET_GRID_OPTIONS);
    const bae = rows.find((r) => r.id === 'vp:vp-bae-2015')!;
    expect(displayText(bae.cells.beginn, state)).toBe('08.2015');
    expect(bae.cells.beginn).toEqual({
      kind: 'text',
      target: { kind: 'verpflichtung', id: 'vp-bae-2015', field: 'beginn' },
    });
    expect(bae.cells.j2016).toEqual({ kind: 'figure', id: 'vp.vp-bae-2015.kasse.2016', unit: 'eur' });
    const teilhabe = rows.find((r) => r.id === 'vp:vp-teilhabe')!;
    expect(teilhabe.cells.j2017).toMatchObject({
      kind: 'input',
      key: 'vj.vp-teilhabe.2017',
      figure: 'vp.vp-teilhabe.kasse.2017',
    });
    expect(displayText(teilhabe.cells.profil, state)).toBe('Jahresbeträge');
    expect(displayText(pinned[0]!.cells.j2016, state)).toBe('720.000 €');
    expect(
      gridColumns(vp.register)
        .map((c) => c.header)
        .slice(7),
    ).toEqual(['2016', '2017', '2018', '2019', '2020', 'übrige Jahre']);
  });

  it('workbook and print: Vorbindungen, multi-year rows and the Folgejahresbelastung', () => {
    const layout = verpflichtungenLayout(plan, labels);
    expect(layout.rows.map((r) => r.tag)).toEqual(
      expect.arrayContaining(['vp:vp-bae-2015', 'vw:register', 'mj:r-umschulung', 'fb:folgejahr', 'fb:ve']),
    );
    expect(layout.rows.some((r) => r.tag === 'vw:eingabe')).toBe(false);
    const tables = printTables('verpflichtungen');
    const fb = tables.find((t) => t.id === 'belastung')!;
    expect(
      fb.rows.find((r) => r.cells[0]!.text.startsWith('Folgejahresbelastung'))!.cells.map((c) => c.text),
    ).toEqual([
      'Folgejahresbelastung (neue Verpflichtungen und mehrjährige Maßnahmen 2016)',
      '870.000 €',
      '800.000 €',
      '420.000 €',
      '0 €',
    ]);
    const vw = tables.find((t) => t.id === 'verwendung')!;
    expect(vw.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Vorbindungen 2016 im Haushalt (EGT)', 'ja: aus dem Verpflichtungsregister'],
      ['Vorbindungen aus dem Verpflichtungsregister', '630.000 €'],
      ['Vorbindungen laut Eingabe im Haushalt', '600.000 €'],
      ['verwendet: Vorbindungen (aus dem Register)', '630.000 €'],
      ['Vorbindungsquote (Vorbindungen ÷ verfügbares EGT)', '8,5 %'],
    ]);
    const mj = tables.find((t) => t.id === 'mehrjaehrig')!;
    expect(mj.rows[0]!.cells.map((c) => c.text)).toEqual([
      'Umschulung (FbW, 24 Monate)',
      '09.2016',
      '24 Monate',
      '40.000 €',
      '120.000 €',
      '80.000 €',
      '',
      '',
    ]);
  });
});

describe('the print pack', () => {
  it('has both sections in its contents and a chart of the Folgejahresbelastung', () => {
    const pack = buildPrintPack(plan);
    expect(pack.cover.contents).toEqual(expect.arrayContaining(['Globalbudget', 'Verpflichtungen']));
    const charts = pack.sections
      .find((s) => s.id === 'verpflichtungen')!
      .blocks.flatMap((b) => (b.kind === 'charts' ? b.charts : []));
    expect(charts).toEqual([
      expect.objectContaining({
        id: 'folgejahresbelastung',
        planLabel: 'Folgejahresbelastung',
        vorjahrLabel: 'Vorbindungen nach heutigem Stand',
        rows: [
          { label: '2017', plan: 870_000, vorjahr: 1_460_000 },
          { label: '2018', plan: 800_000, vorjahr: 1_010_000 },
          { label: '2019', plan: 420_000, vorjahr: 420_000 },
          { label: '2020', plan: 0, vorjahr: 0 },
        ],
      }),
    ]);
    // The Eckwerte page names the Vorbindungen's source and their quota.
    const eckwerte = pack.sections[0]!.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))[0]!;
    const texts = eckwerte.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts).toEqual(
      expect.arrayContaining([
        ['Vorbindungen (2016 aus dem Verpflichtungsregister)', '0,63 Mio. €', '0,70 Mio. €'],
        ['Vorbindungsquote', '8,5 %', '9,4 %'],
      ]),
    );
  });
});

describe('the EGT chain says where its figures come from', () => {
  it('with the options on, the plan year’s Mittelausstattung and Vorbindungen are figures', () => {
    const chain = haushaltOutline(plan, labels).chain;
    const line = (id: string) => chain.rows.find((r) => r.id === id)!;
    expect(line('hh:mittelausstattung').cells.position).toEqual({
      kind: 'text',
      text: 'Mittelausstattung (2016 aus der Grundlage des Globalbudgets)',
    });
    expect(line('hh:mittelausstattung').cells.plan).toEqual({
      kind: 'figure',
      id: hh('plan', 'mittelausstattung'),
      format: 'eur',
    });
    expect(line('hh:vorbindungen').cells.position).toEqual({
      kind: 'text',
      text: '− Vorbindungen (2016 aus dem Verpflichtungsregister)',
    });
    expect(line('hh:vorbindungen').cells.vorjahr).toMatchObject({
      kind: 'input',
      key: 'hh.vorbindungen.vorjahr',
    });
  });

  it('with the options off (the Beispielplan) they are typed, the cell showing its figure', () => {
    const p = beispielplan();
    const chain = haushaltOutline(p, calcLabels(new Calculation(p))).chain;
    const line = chain.rows.find((r) => r.id === 'hh:mittelausstattung')!;
    expect(line.cells.position).toEqual({ kind: 'text', text: 'Mittelausstattung' });
    expect(line.cells.plan).toMatchObject({
      kind: 'input',
      key: 'hh.mittelausstattung.plan',
      figure: hh('plan', 'mittelausstattung'),
    });
    const quote = chain.rows.find((r) => r.id === 'hh:umschichtungsquote')!;
    expect(quote.cells.position).toEqual({
      kind: 'text',
      text: 'Umschichtungsquote (Anteil an der Summe Eingliederungsmittel)',
    });
    const switched = applyCommand(p, {
      type: 'setBudgetOptions',
      patch: { umschichtungsbasis: 'egmZuweisung' },
    }).plan;
    const q2 = haushaltOutline(switched, calcLabels(new Calculation(switched))).chain.rows.find(
      (r) => r.id === 'hh:umschichtungsquote',
    )!;
    expect(q2.cells.position).toEqual({
      kind: 'text',
      text: 'Umschichtungsquote (Anteil an der Zuweisung (Mittelausstattung); im Vorjahr an der Summe Eingliederungsmittel)',
    });
  });
});
