/**
 * "Zielgruppen und kommunale Leistungen": the Beispielplan Düsseldorf 2016 with the two things
 * of issue 15 a planner meets first. Illustrative figures, not from the published plan:
 *
 * - the target groups U25, Alleinerziehende and Geflüchtete evaluated across all areas, with
 *   shares of every kind (ganz, Prozent, Teil by Eintritte or by amount). U25's share of the
 *   verfügbares EGT comes to 13,0 % against 5 % of the Kundenbestand: Faktor 2,6, the ratio
 *   the Düsseldorf programme of 2018 states ("rd. 13 % der Eingliederungsmittel", zielplanung.md F14);
 * - a table "Jugendliche (U25)" showing instruments of other areas as references with the part
 *   that belongs to U25 (the same part the instrument's share names);
 * - kommunale Eingliederungsleistungen (§ 16a SGB II) with case numbers as ranges.
 */
import type {
  Handlungsschwerpunkt,
  InstrumentRow,
  Plan,
  ReferenceRow,
  ZielgruppenAnteil,
} from '../model/plan';
import { beispielplan } from './beispielplan';

export const ZIELGRUPPEN_BEISPIEL_ID = 'beispielplan-zielgruppen-kommunal-2016';

const ganz = (zielgruppeId: string): ZielgruppenAnteil => ({ zielgruppeId, art: 'ganz' });
const prozent = (zielgruppeId: string, anteil: number): ZielgruppenAnteil => ({
  zielgruppeId,
  art: 'prozent',
  anteil,
});
const teil = (zielgruppeId: string, eintritte: number | null, betrag: number | null): ZielgruppenAnteil => ({
  zielgruppeId,
  art: 'teil',
  eintritte,
  betrag,
});

/** Shares by row id. */
const ANTEILE: Record<string, ZielgruppenAnteil[]> = {
  'r-mag': [teil('u25', 200, null), prozent('gefluechtete', 0.25)],
  'r-egz': [teil('u25', 60, null)],
  'r-eq': [ganz('u25')],
  'r-mia': [prozent('u25', 0.3)],
  'r-fbw': [prozent('u25', 0.1), teil('gefluechtete', 200, null)],
  'r-bae': [ganz('u25')],
  'r-asa': [ganz('u25')],
  'r-abh': [ganz('u25')],
  'r-agh': [prozent('u25', 0.2)],
  'r-optima': [teil('u25', null, 200_000)],
  'r-vermittlung-ae': [ganz('alleinerziehende')],
  'r-kenne': [ganz('alleinerziehende')],
  'r-jobact': [ganz('alleinerziehende')],
  'r-tep': [ganz('alleinerziehende'), ganz('u25')],
  'r-kita': [ganz('alleinerziehende')],
  'r-schuldner': [prozent('alleinerziehende', 0.2)],
};

const kommunal = (
  id: string,
  instrument: string,
  eintritte: number,
  eintritteBis: number | null,
  mittelansatz: number,
  funktion: string,
): InstrumentRow => ({
  kind: 'instrument',
  id,
  instrument,
  kategorie: null,
  eintritte,
  mittelansatz,
  finanzierung: { art: 'kommunal' },
  nachrichtlich: false,
  vorjahrEintritte: null,
  vorjahrMittel: null,
  funktion,
  fbw: false,
  ...(eintritteBis !== null ? { eintritteBis } : {}),
});

const KOMMUNAL: Handlungsschwerpunkt = {
  id: 'hs-kommunal',
  name: 'Kommunale Eingliederungsleistungen (§ 16a SGB II)',
  rows: [
    kommunal(
      'r-kita',
      'Kinderbetreuung (Kindertagespflege, Randzeiten)',
      800,
      1200,
      1_900_000,
      'Betreuung der Kinder, damit Eltern eine Maßnahme oder Arbeit aufnehmen können.',
    ),
    kommunal(
      'r-schuldner',
      'Schuldnerberatung',
      600,
      900,
      420_000,
      'Beratung bei Überschuldung als Voraussetzung einer Integration.',
    ),
    kommunal('r-psb', 'Psychosoziale Betreuung', 150, 250, 180_000, ''),
    kommunal('r-sucht', 'Suchtberatung', 120, null, 95_000, ''),
  ],
};

const ref = (id: string, ownerRowId: string, teilEintritte?: number): ReferenceRow => ({
  kind: 'reference',
  id,
  ownerRowId,
  ...(teilEintritte !== undefined ? { teilEintritte } : {}),
});

/** U25's table: the instruments it shares with other areas, each with U25's part. */
const U25: Handlungsschwerpunkt = {
  id: 'hs-u25',
  name: 'Jugendliche (U25)',
  rows: [
    ref('ref-u25-eq', 'r-eq'),
    ref('ref-u25-bae', 'r-bae'),
    ref('ref-u25-egz', 'r-egz', 60),
    ref('ref-u25-fbw', 'r-fbw', 170),
    ref('ref-u25-agh', 'r-agh', 284),
  ],
  zielgruppeId: 'u25',
};

export function zielgruppenBeispiel(): Plan {
  const base = beispielplan();
  const withShares = (area: Handlungsschwerpunkt): Handlungsschwerpunkt => ({
    ...area,
    rows: area.rows.map((r) => {
      const anteile = r.kind === 'instrument' ? ANTEILE[r.id] : undefined;
      return r.kind === 'instrument' && anteile ? { ...r, zielgruppen: anteile } : r;
    }),
  });
  const alleinerziehende = base.schwerpunkte.find((a) => a.id === 'hs-alleinerziehende')!;
  return {
    ...base,
    id: ZIELGRUPPEN_BEISPIEL_ID,
    header: { ...base.header, variante: 'Beispiel Zielgruppen und kommunale Leistungen' },
    schwerpunkte: [
      ...base.schwerpunkte.map((a) =>
        withShares(a === alleinerziehende ? { ...a, zielgruppeId: 'alleinerziehende' } : a),
      ),
      U25,
      withShares(KOMMUNAL),
    ],
    zielgruppen: [
      { zielgruppeId: 'u25', anteilKundenbestand: 0.05 },
      { zielgruppeId: 'alleinerziehende', anteilKundenbestand: 0.12 },
      { zielgruppeId: 'gefluechtete', anteilKundenbestand: null },
    ],
  };
}
