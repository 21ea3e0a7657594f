/**
 * The samples `zielvereinbarung-duesseldorf-2018` and `zielvereinbarung-borken-2014` (worked
 * examples A.5, A.6, D.3): registered, valid, invented values marked, and their derived figures
 * as the print pack shows them (the same outline the grid and the workbook draw).
 */
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/file/planFile';
import { findSample, SAMPLES } from '../../../shared/sample/samples';
import { buildPrintPack } from '../../../renderer/print/packModel';
import type { PrintPack, PrintTable } from '../../../renderer/print/packModel';

const table = (pack: PrintPack, id: string): PrintTable => {
  for (const s of pack.sections)
    for (const b of s.blocks) if (b.kind === 'table' && b.table.id === id) return b.table;
  throw new Error(`Tabelle ${id} fehlt`);
};

/** The text under `header` in the row whose first cell starts with `label`. */
function shown(t: PrintTable, label: string, header: string): string {
  const row = t.rows.find((r) => r.cells[0]?.text.startsWith(label));
  if (!row) throw new Error(`Zeile „${label}“ fehlt in ${t.id}`);
  const col = t.columns.findIndex((c) => c.header === header);
  if (col < 0) throw new Error(`Spalte „${header}“ fehlt in ${t.id}`);
  let at = 0;
  for (const c of row.cells) {
    const span = c.colSpan ?? 1;
    if (col < at + span) return c.text;
    at += span;
  }
  return '';
}

const pack = (name: string) => buildPrintPack(findSample(name)!.build());

describe('the samples are registered and valid', () => {
  it('amip sample --list knows both, after the default duesseldorf-2016', () => {
    const names = SAMPLES.map((s) => s.name);
    expect(names[0]).toBe('duesseldorf-2016');
    expect(names).toEqual(
      expect.arrayContaining(['zielvereinbarung-duesseldorf-2018', 'zielvereinbarung-borken-2014']),
    );
    for (const s of SAMPLES) expect(validatePlan(s.build()).ok, s.name).toBe(true);
  });

  it('invented values are marked: their Vorjahr source is never "gedruckt" and a note says so', () => {
    for (const name of ['zielvereinbarung-duesseldorf-2018', 'zielvereinbarung-borken-2014']) {
      const ziele = findSample(name)!.build().zielvereinbarung.ziele;
      const invented = ziele.filter((z) => /erfunden/.test(z.notiz));
      expect(invented.length, name).toBeGreaterThan(0);
      for (const z of invented)
        if (z.werte.vorjahrQuote !== null || z.werte.vorjahrAnzahl !== null)
          expect(['prognose', 'abgeleitet', 'gedruckt']).toContain(z.vorjahrQuelle);
      for (const z of ziele.filter((x) => x.vorjahrQuelle === 'prognose' || x.vorjahrQuelle === 'abgeleitet'))
        expect(z.notiz, z.id).toMatch(/erfunden|zurückgerechnet/);
    }
  });
});

describe('zielvereinbarung-duesseldorf-2018 shows the figures of A.5 and D.3', () => {
  const p = pack('zielvereinbarung-duesseldorf-2018');

  it('F3: 38.259 eLb ohne Asyl/Flucht; F5: the total 20,76 %', () => {
    const seg = table(p, 'ziele-segmente');
    expect(shown(seg, 'ohne Asyl/Flucht', 'Ø eLb abgeleitet')).toBe('38.259');
    expect(shown(seg, 'Asyl/Flucht', 'Integrationen berechnet')).toBe('1.548');
    expect(shown(seg, 'Integrationsquote gesamt', 'IQ 2018')).toBe('20,76 %');
    expect(shown(seg, 'Integrationsquote gesamt', 'Integrationen (Summenbasis)')).toBe('9.812');
    expect(shown(seg, 'Integrationsquote gesamt', 'Ø eLb (Summenbasis)')).toBe('47.259');
    expect(shown(seg, 'Veränderung laut Vereinbarung', 'IQ 2018')).toBe('+0,80 %');
  });

  it('F4: 21,176 %; F12: +2,1 Pp. (K2) and -0,4 Pp. (K3)', () => {
    const vj = table(p, 'ziele-vorjahr');
    expect(shown(vj, 'K2 Integrationsquote ohne', 'Vorjahr aus gedrucktem Zielwert')).toBe('21,176 %');
    expect(shown(vj, 'K2 Integrationsquote ohne', 'ab')).toBe('21,127 %');
    expect(shown(vj, 'K2 Integrationsquote ohne', 'bis unter')).toBe('21,225 %');
    expect(shown(vj, 'K2 Integrationsquote ohne', 'Abweichung in Pp.')).toBe('+2,1 Pp.');
    expect(shown(vj, 'K3 Veränderung des Bestands', 'Abweichung in Pp.')).toBe('-0,4 Pp.');
  });

  it('F10: +16,67 %; F9: +0,4 Pp. and +4,4 %; a relative change is "%", a difference of rates "Pp."', () => {
    const ziele = table(p, 'ziele');
    expect(shown(ziele, 'Abschlussorientierte FbW-Förderfälle', 'Veränderung in %')).toBe('+16,67 %');
    expect(shown(ziele, 'Aktivierungsquote der Langzeit', 'Veränderung in Pp.')).toBe('+0,4 Pp.');
    expect(shown(ziele, 'Aktivierungsquote der Langzeit', 'Veränderung in %')).toBe('+4,4 %');
    expect(shown(ziele, 'Integrationsquote ohne', 'vereinbart')).toBe('+2,00 %');
    expect(shown(ziele, 'Integrationsquote ohne', 'Zielwert 2018')).toBe('21,6 %');
    for (const t of [table(p, 'ziele'), table(p, 'ziele-vorjahr')])
      for (const r of t.rows) for (const c of r.cells) expect(c.text).not.toMatch(/% Pp\.|Pp\. %/);
  });

  it('F14: factor 2,6; F13 in the dialogue: 48,0 % against 60 %, -12,0 Pp., nicht erreicht', () => {
    expect(shown(table(p, 'ziele-weitere'), 'Eingliederungsmittel für U25', 'Ergebnis')).toBe('2,6');
    const d = table(p, 'ziele-dialog-zd-2018-1');
    expect(d.caption).toBe('Zieldialog 18.04.2018 (Datenstand 2018-03)');
    expect(shown(d, 'Aktivierungsquote Geflüchtete', 'Ist-Niveau / Ist-Quote')).toBe('48,0 %');
    expect(shown(d, 'Aktivierungsquote Geflüchtete', 'Abweichung vom Ziel')).toBe('-12,0 Pp.');
    expect(shown(d, 'Aktivierungsquote Geflüchtete', 'erreicht')).toBe('nicht erreicht');
  });

  it('the parties sign with an open date, as the document prints "Düsseldorf, den"', () => {
    const parteien = table(p, 'ziele-parteien');
    expect(shown(parteien, 'Landeshauptstadt Düsseldorf', 'vertreten durch')).toBe('Oberbürgermeister');
    expect(shown(parteien, 'Landeshauptstadt Düsseldorf', 'Datum')).toBe('');
  });
});

describe('zielvereinbarung-borken-2014 shows the figures of A.6', () => {
  const p = pack('zielvereinbarung-borken-2014');

  it('F1: 18,0 % × 1,005 → 18,1 %; F7: the K3 ceiling 6.200; the signature dates', () => {
    const ziele = table(p, 'ziele');
    expect(shown(ziele, 'Integrationsquote', 'Zielwert 2014')).toBe('18,1 %');
    expect(shown(ziele, 'Integrationsquote', 'vereinbart')).toBe('+0,50 %');
    expect(shown(ziele, 'Veränderung des Bestands', 'Zielwert 2014')).toBe('6.200');
    expect(shown(ziele, 'Veränderung des Bestands', 'vereinbart')).toBe('0,00 %');
    const parteien = table(p, 'ziele-parteien');
    expect(shown(parteien, 'Kreis Borken', 'Datum')).toBe('10.04.2014');
    expect(shown(parteien, 'Ministerium für Arbeit', 'Datum')).toBe('29.04.2014');
  });

  it('the Land’s four priorities and the milestones are printed', () => {
    const kopf = table(p, 'ziele-kopf');
    expect(kopf.rows.filter((r) => r.cells.some((c) => /^\d\. /.test(c.text)))).toHaveLength(4);
    expect(shown(table(p, 'ziele'), 'Pilot „Nachhaltigkeit der Beschäftigung“', 'Zielart')).toBe(
      'Meilenstein',
    );
  });
});
