/**
 * Checks of issue 15 (A.3, A.4): the same instrument as own rows in two areas, references'
 * parts against their owner, Kennzahl II against the Bildungsgutscheine, a share's part larger
 * than its row, a Kat. on a kommunal row. Each names the places and points at the cell to fix.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/runChecks';
import type { Pruefung } from '../../../shared/checks/pruefung';
import type { Handlungsschwerpunkt, InstrumentRow, Plan, ReferenceRow } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

const area = (p: Plan, id: string): Handlungsschwerpunkt => {
  const a = p.schwerpunkte.find((x) => x.id === id);
  if (!a) throw new Error(`Handlungsschwerpunkt ${id} fehlt`);
  return a;
};
const instrument = (p: Plan, id: string): InstrumentRow => {
  for (const a of p.schwerpunkte)
    for (const r of a.rows) if (r.kind === 'instrument' && r.id === id) return r;
  throw new Error(`Zeile ${id} fehlt`);
};
const reference = (p: Plan, id: string): ReferenceRow => {
  for (const a of p.schwerpunkte) for (const r of a.rows) if (r.kind === 'reference' && r.id === id) return r;
  throw new Error(`Verweis ${id} fehlt`);
};
/** The checks of this issue (the Beispielplan's own Auslastung Warnung left aside). */
const checksOf = (p: Plan): Pruefung[] => runChecks(p).filter((c) => !c.id.startsWith('auslastung'));

describe('issue 15 checks', () => {
  it('the Zielgruppen sample is consistent: no check of this issue fires', () => {
    expect(checksOf(zielgruppenBeispiel())).toEqual([]);
    expect(checksOf(beispielplan())).toEqual([]);
  });

  it('the same instrument (name and Kat.) as own rows in two areas: a Warnung naming both places', () => {
    const p = structuredClone(zielgruppenBeispiel());
    const egz = instrument(p, 'r-egz');
    // Written a little differently (case, spaces) it is still the same instrument.
    const { zielgruppen: _z, ...copy } = egz;
    area(p, 'hs-alleinerziehende').rows.push({
      ...copy,
      id: 'r-egz-ae',
      instrument: 'eingliederungszuschüsse  (EGZ) ',
      eintritte: 40,
      mittelansatz: 160_000,
    });
    const found = checksOf(p);
    expect(found).toEqual([
      {
        id: 'row-doppelt:r-egz-ae',
        severity: 'Warnung',
        sheet: 'portfolio',
        message:
          'Maßnahmeportfolio › Beschäftigungsmöglichkeiten für Alleinerziehende nutzen › eingliederungszuschüsse  (EGZ): dieselbe Maßnahme (Kat. III.1) steht als eigene Zeile auch in „Integration“ und zählt so zweimal in der Gesamtsumme; in einem der beiden Handlungsschwerpunkte als Verweis (mit Anteil) zeigen.',
        location: {
          sheet: 'portfolio',
          rowId: 'r-egz-ae',
          areaId: 'hs-alleinerziehende',
          cellKey: 'row.r-egz-ae.eintritte',
        },
      },
    ]);
    // Another Kat. is another instrument; nachrichtlich is in no sum; a reference is no own row.
    instrument(p, 'r-egz-ae').kategorie = 'III.2';
    expect(checksOf(p).map((c) => c.id)).toEqual([]);
    instrument(p, 'r-egz-ae').kategorie = 'III.1';
    instrument(p, 'r-egz-ae').nachrichtlich = true;
    expect(checksOf(p).map((c) => c.id)).toEqual([]);
  });

  it('a reference’s part that differs from the owner’s share for the area’s group: a Warnung at the reference', () => {
    const p = structuredClone(zielgruppenBeispiel());
    // EGZ gives U25 60 Eintritte (Teil); the U25 table's reference says 70
    reference(p, 'ref-u25-egz').teilEintritte = 70;
    expect(checksOf(p)).toEqual([
      {
        id: 'verweis-zielgruppe:ref-u25-egz',
        severity: 'Warnung',
        sheet: 'portfolio',
        message:
          'Maßnahmeportfolio › Jugendliche (U25) › Verweis auf Eingliederungszuschüsse (EGZ): Anteil 70 Eintritte, die Maßnahme nennt 60 für die Zielgruppe „U25“.',
        location: {
          sheet: 'portfolio',
          rowId: 'ref-u25-egz',
          areaId: 'hs-u25',
          cellKey: 'vt.ref-u25-egz.eintritte',
        },
      },
    ]);
    // The owner's share changed to the same 70: consistent again.
    const egz = instrument(p, 'r-egz');
    egz.zielgruppen = [{ zielgruppeId: 'u25', art: 'teil', eintritte: 70, betrag: null }];
    expect(checksOf(p)).toEqual([]);
    // No share for the group at all: the reference's part has nothing to agree with.
    egz.zielgruppen = [];
    expect(checksOf(p).map((c) => [c.id, c.message])).toEqual([
      [
        'verweis-zielgruppe-fehlt:ref-u25-egz',
        'Maßnahmeportfolio › Jugendliche (U25) › Verweis auf Eingliederungszuschüsse (EGZ): der Verweis trägt einen eigenen Anteil, die Maßnahme nennt aber keinen Anteil für die Zielgruppe „U25“ dieses Handlungsschwerpunkts.',
      ],
    ]);
  });

  it('references’ parts together above the owner: a Warnung at the owner, each area named once, in plan order', () => {
    const p = structuredClone(zielgruppenBeispiel());
    // A second reference to FbW (1.700 Eintritte) in an area without a group: 170 + 1.600 > 1.700
    area(p, 'hs-lzb').rows.push({
      kind: 'reference',
      id: 'ref-lzb-fbw',
      ownerRowId: 'r-fbw',
      teilEintritte: 1_600,
    });
    area(p, 'hs-u25').rows.push({
      kind: 'reference',
      id: 'ref-u25-fbw-2',
      ownerRowId: 'r-fbw',
      teilBetrag: 10,
    });
    const teile = checksOf(p).filter((c) => c.id.startsWith('verweis-teile'));
    expect(teile.map((c) => [c.id, c.message, c.location.cellKey])).toEqual([
      [
        'verweis-teile:r-fbw',
        `Maßnahmeportfolio › Fort- und Weiterbildung (FbW): die Anteile der Verweise (${area(p, 'hs-lzb').name}, Jugendliche (U25)) sind zusammen mehr als die Maßnahme: 1.770 Eintritte (die Maßnahme hat 1.700).`,
        'row.r-fbw.eintritte',
      ],
    ]);
  });

  it('Kennzahl II against the Bildungsgutscheine counts every row of the category, not only FbW', () => {
    const p = structuredClone(beispielplan());
    const fbw = instrument(p, 'r-fbw');
    expect(fbw.kategorie).toBe('II');
    const { zielgruppen: _z, ...copy } = fbw;
    area(p, 'hs-alleinerziehende').rows.push({
      ...copy,
      id: 'r-tzu',
      instrument: 'Teilzeitumschulung',
      fbw: false,
      eintritte: 40,
      mittelansatz: 300_000,
    });
    const found = checksOf(p);
    expect(found.map((c) => c.id)).toEqual(['bildung-kennzahl-ii']);
    expect(found[0]).toEqual({
      id: 'bildung-kennzahl-ii',
      severity: 'Warnung',
      sheet: 'bildung',
      message:
        'Bildungszielplanung › Förderung BGS gesamt: 1.700 Bildungsgutscheine, aber 1.740 Plätze in Kennzahlen › II. Berufliche Weiterbildung (Differenz Förderung BGS − Plätze Kennzahl II: -40).',
      location: { sheet: 'bildung', figureId: 'bildung.differenzKennzahlII' },
    });
    // The FbW-only comparison sees nothing: this gap is what the new check adds.
    expect(runChecks(p).some((c) => c.id.startsWith('bildung-fbw'))).toBe(false);
  });

  it('a share’s typed part above its row, and a Kat. on a kommunal row', () => {
    const p = structuredClone(zielgruppenBeispiel());
    instrument(p, 'r-egz').zielgruppen = [
      { zielgruppeId: 'u25', art: 'teil', eintritte: 600, betrag: 3_000_000 },
    ];
    reference(p, 'ref-u25-egz').teilEintritte = 600;
    instrument(p, 'r-kita').kategorie = 'I';
    const found = checksOf(p).filter((c) => !c.id.startsWith('verweis'));
    expect(found.map((c) => [c.id, c.severity, c.message, c.location.cellKey])).toEqual([
      [
        'zielgruppe-teil-eintritte:u25:r-egz',
        'Warnung',
        'Zielgruppen › U25 › Eingliederungszuschüsse (EGZ): Teil 600 Eintritte ist mehr als die 550 Eintritte der Maßnahme.',
        'za.u25.r-egz.eintritte',
      ],
      [
        'zielgruppe-teil-betrag:u25:r-egz',
        'Warnung',
        'Zielgruppen › U25 › Eingliederungszuschüsse (EGZ): Teil 3.000.000 € ist mehr als der Mittelansatz der Maßnahme (2.200.000 €).',
        'za.u25.r-egz.betrag',
      ],
      [
        'row-kommunal-kategorie:r-kita',
        'Hinweis',
        'Maßnahmeportfolio › Kommunale Eingliederungsleistungen (§ 16a SGB II) › Kinderbetreuung (Kindertagespflege, Randzeiten): kommunal finanziert (§ 16a SGB II); die Förderkategorie I zählt ihre Fälle nicht als Plätze der Kennzahlen.',
        'row.r-kita.eintritte',
      ],
    ]);
  });
});
