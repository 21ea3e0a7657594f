/**
 * The built-in "Beispielplan Düsseldorf 2016": the published AMIP 2016 of Jobcenter Düsseldorf
 * (reference data in test/fixtures/sample-plan-2016.json) in the app's own model.
 *
 * Two refinements over the neutral source, neither changing any total: rows carry the
 * Kennzahlen line their instrument belongs to (EGZ → III.1 Betriebliche Eingliederungshilfen,
 * FAV → VI.2, so the § 16e cap can find it), and the TEP project is financed by the Land NRW/ESF
 * programme whose name lists "Teilzeitberufsausbildung".
 */
import type { Drittmittel, Finanzierung, Handlungsschwerpunkt, InstrumentRow, Plan } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { defaultBudget } from '../model/newLines';
import { defaultStammdaten } from '../model/stammdaten';
import { emptyZielvereinbarung } from '../model/ziele';
import { beispielTexte } from './beispielTexte';

export const BEISPIELPLAN_ID = 'beispielplan-duesseldorf-2016';

type RowSpec = [
  id: string,
  instrument: string,
  kategorie: string,
  eintritte: number,
  mittelansatz: number | null,
  extra?: Partial<InstrumentRow>,
];

const EGT: Finanzierung = { art: 'EGT' };

function rows(specs: RowSpec[]): InstrumentRow[] {
  return specs.map(([id, instrument, kategorie, eintritte, mittelansatz, extra]) => ({
    kind: 'instrument',
    id,
    instrument,
    kategorie,
    eintritte,
    mittelansatz,
    finanzierung: EGT,
    nachrichtlich: false,
    vorjahrEintritte: null,
    vorjahrMittel: null,
    funktion: '',
    fbw: false,
    ...extra,
  }));
}

const drittmittel: Drittmittel[] = [
  {
    id: 'dm-esf-lza',
    programm: 'ESF-Bundesprogramm für Langzeitarbeitslose',
    bewilligungGesamt: 8_900_000,
    zeitraum: '2015-2020',
    betragJahr: 2_900_000,
    davonPersonal: 400_000,
  },
  {
    id: 'dm-talentwerkstatt',
    programm: 'Inklusionsinitiative („Talentwerkstatt“)',
    bewilligungGesamt: 600_000,
    zeitraum: '2015-2018',
    betragJahr: 200_000,
    davonPersonal: 0,
  },
  {
    id: 'dm-soziale-teilhabe',
    programm: 'Bundesprogramm „Soziale Teilhabe am Arbeitsmarkt“',
    bewilligungGesamt: 4_300_000,
    zeitraum: '2016-2018',
    betragJahr: 1_100_000,
    davonPersonal: 0,
    // The programme starts in 2016: nothing was used before (zielplanung.md C.3, rest 3,2 Mio. €).
    verwendetVorjahre: 0,
  },
  {
    id: 'dm-land-nrw-esf',
    programm:
      'Land NRW und ESF (Produktionsschule, Chance Zukunft, Jugend in Arbeit, öffentlich geförderte Beschäftigung NRW, Teilzeitberufsausbildung)',
    bewilligungGesamt: null,
    zeitraum: '2016',
    betragJahr: 1_200_000,
    davonPersonal: 0,
  },
];

const schwerpunkte: Handlungsschwerpunkt[] = [
  {
    id: 'hs-integration',
    name: 'Integration',
    rows: rows([
      ['r-mag', 'Maßnahmen beim Arbeitgeber (MAG)', 'I', 1000, 80_000],
      ['r-egz', 'Eingliederungszuschüsse (EGZ)', 'III.1', 550, 2_200_000],
      ['r-esg', 'Einstiegsgeld (ESG)', 'III.2', 80, 150_000],
      ['r-eq', 'Einstiegsqualifizierung (EQ U25)', 'IV.2', 50, 100_000],
      ['r-mia', 'mia – modular-individuell-aktivierend', 'I', 850, 850_000],
      ['r-ftec', 'FTEC – Förder- und Erprobungscenter', 'I', 530, 555_840],
      [
        'r-vb',
        'Vermittlungsbudget (VB)',
        'I',
        2500,
        610_000,
        {
          nachrichtlich: true,
          funktion:
            'Nachrichtlich: Unterstützung der Anbahnung und Aufnahme einer Beschäftigung; nicht in der Summe enthalten (Summe ohne VB).',
        },
      ],
    ]),
  },
  {
    id: 'hs-qualifizierung',
    name: 'Qualifizierung Geringqualifizierter',
    rows: rows([
      [
        'r-fbw',
        'Fort- und Weiterbildung (FbW)',
        'II',
        1700,
        8_500_000,
        {
          fbw: true,
          funktion:
            'Berufliche Weiterbildung mit Bildungsgutschein; Verteilung auf Berufsbereiche siehe Bildungszielplanung.',
        },
      ],
      ['r-bae', 'Außerbetriebliche Berufsausbildung (BaE)', 'IV.1', 116, 2_750_000],
      ['r-asa', 'Assistierte Ausbildung (AsA)', 'IV.1', 18, 50_000],
      [
        'r-abh',
        'Ausbildungsbegleitende Hilfen (abH)',
        'IV.1',
        34,
        null,
        { finanzierung: { art: 'enthalten', inRowId: 'r-bae' }, funktion: 'Betrag bei BaE enthalten.' },
      ],
    ]),
  },
  {
    id: 'hs-lzb',
    name: 'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
    rows: rows([
      ['r-aktivcenter', 'Aktivcenter mit unterschiedlichen Praxisfeldern', 'I', 280, 945_990],
      ['r-agh', 'Arbeitsgelegenheiten', 'VI.1', 1420, 3_400_000],
      ['r-fitforjob', 'Fit for Job', 'I', 140, 988_200],
      ['r-fitforjob2', 'Fit for Job II', 'I', 150, 588_000],
      ['r-grosse-bg', 'Maßnahme für große Bedarfsgemeinschaften', 'I', 100, 307_800],
      ['r-orientierung', 'Orientierungswerkstatt', 'I', 230, 375_240],
      ['r-optima', 'OPTIMA', 'I', 720, 813_600],
      ['r-avgs-mat', 'Individuelle Förderungen über AVGS-MAT', 'I', 250, 200_000],
      ['r-fav', 'Förderung von Arbeitsverhältnissen (FAV)', 'VI.2', 100, 2_200_000],
    ]),
  },
  {
    id: 'hs-alleinerziehende',
    name: 'Beschäftigungsmöglichkeiten für Alleinerziehende nutzen',
    rows: rows([
      ['r-vermittlung-ae', 'Vermittlungsprojekt für Alleinerziehende und Frauen', 'I', 348, 626_400],
      ['r-kenne', 'KENNE gute Arbeit für Alleinerziehende (über AVGS-MAT)', 'I', 60, 230_000],
      ['r-jobact', 'JobAct Family über AVGS-MAT', 'I', 25, 210_000],
      [
        'r-tep',
        'TEP-Projekt: Teilzeitberufsausbildung – Einstieg begleiten – Perspektiven öffnen',
        'I',
        10,
        null,
        { finanzierung: { art: 'Drittmittel', programmId: 'dm-land-nrw-esf' } },
      ],
    ]),
  },
];

const BGS = [0, 140, 60, 150, 660, 100, 350, 240, 0, 0];
const ABSCHLUSS = [0, 45, 5, 10, 55, 60, 70, 30, 0, 0];

export function beispielplan(): Plan {
  return structuredClone<Plan>({
    schemaVersion: SCHEMA_VERSION,
    id: BEISPIELPLAN_ID,
    header: {
      jobcenter: 'Jobcenter Düsseldorf',
      year: 2016,
      vorjahr: 2015,
      status: 'Entwurf',
      variante: 'Beispielplan Düsseldorf 2016',
      author: 'AMIP-Planer (Beispiel)',
      changedAt: '2015-11-12T10:00:00.000Z',
      globalbudget: 87_438_890,
    },
    haushalt: {
      mittelausstattung: { plan: 37_620_000, vorjahr: 36_100_000 },
      rueckeinnahmen: { plan: 40_000, vorjahr: 50_000 },
      zuweisungen: [
        {
          id: 'zw-fluechtlinge-1',
          name: 'Erste Tranche Mittel Flüchtlinge',
          betrag: { plan: 1_690_000, vorjahr: 0 },
        },
        {
          id: 'zw-fluechtlinge-2',
          name: 'Zweite Tranche Mittel Flüchtlinge',
          betrag: { plan: 1_010_000, vorjahr: 0 },
        },
      ],
      umschichtung: {
        plan: { mode: 'betrag', betrag: 830_000 },
        vorjahr: { mode: 'betrag', betrag: 4_230_000 },
      },
      vorbindungen: { plan: 13_430_000, vorjahr: 15_800_000 },
      ausserhalbEgt: [
        {
          id: 'ae-bez',
          name: 'Ausfinanzierung Beschäftigungszuschuss (BEZ) nach § 16e a.F. SGB II, nicht deckungsfähig mit dem EGT',
          betrag: 1_100_000,
        },
      ],
    },
    drittmittel,
    ...defaultBudget(),
    schwerpunkte,
    bildungsziele: BGS.map((foerderungBgs, i) => ({
      bereich: i + 1,
      foerderungBgs,
      davonAbschluss: ABSCHLUSS[i] ?? null,
    })),
    // darunter abschlussorientiert (Kennzahlen II) as the planning document states it
    kennzahlen: [{ key: 'II.a', ergebnisVorjahr: null, plaetzePlan: 275 }],
    zielgruppen: [],
    stammdaten: defaultStammdaten(),
    zielvereinbarung: emptyZielvereinbarung(),
    formeln: {},
    notizen: {},
    dokument: beispielTexte(),
  });
}
