/**
 * The named sample `globalbudget-beispiel`: the worked examples of zielplanung.md B and C in one
 * invented plan (no seed document prints a budget or commitments, so every figure is invented).
 *
 * - B.1: BA estimate (Stand 09.2015) 10,0 Mio. € VWB and 9,0 Mio. € EGM, BMAS estimate
 *   (Stand 11.2015) 10,3 and 8,6 Mio. €, the BMAS one chosen as Grundlage; the Verordnung's
 *   final figure is not in yet. The EGT chain's Mittelausstattung follows the Grundlage.
 * - B.2: 150 Soll-VZÄ at 70.000 € plus 1,0 Mio. € other spending = 11,5 Mio. € planned
 *   administrative spending, so 1,2 Mio. € Umschichtung, 13,95 % → 14,0 % of the BMAS EGM.
 * - B.3: 25 conversations a week and 45 working weeks: 1.125 a year per Integrationsfachkraft.
 * - C.1: an Umschulung of 10 participants at 1.000 € a month for 24 months from 09.2016 is a
 *   portfolio row with Beginn and Laufzeit (40.000 € in 2016, 120.000 € in 2017, 80.000 € in
 *   2018); the same contract from 09.2015 is in the register and binds 120.000 € of 2016.
 */
import { defaultDokument } from '../model/dokument';
import type { Verpflichtung } from '../model/budget';
import { emptyZielvereinbarung } from '../model/ziele';
import { defaultBudget } from '../model/newLines';
import type { Finanzierung, InstrumentRow, Plan } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { defaultStammdaten } from '../model/stammdaten';

export const GLOBALBUDGET_BEISPIEL_ID = 'globalbudget-beispiel-2016';

const EGT: Finanzierung = { art: 'EGT' };

function row(
  id: string,
  instrument: string,
  kategorie: string,
  eintritte: number,
  mittelansatz: number,
  vorjahr: [number, number],
  extra: Partial<InstrumentRow> = {},
): InstrumentRow {
  return {
    kind: 'instrument',
    id,
    instrument,
    kategorie,
    eintritte,
    mittelansatz,
    finanzierung: EGT,
    nachrichtlich: false,
    vorjahrEintritte: vorjahr[0],
    vorjahrMittel: vorjahr[1],
    funktion: '',
    fbw: false,
    ...extra,
  };
}

const monatlich = (
  id: string,
  bezeichnung: string,
  rowId: string | null,
  beginn: string,
  ende: string,
  gesamt: number,
  jahr: number,
): Verpflichtung => ({
  id,
  bezeichnung,
  rowId,
  beginn,
  ende,
  gesamt,
  profil: 'monatlich',
  jahresbetraege: [],
  jahr,
});

export function globalbudgetBeispiel(): Plan {
  const budget = defaultBudget();
  return structuredClone<Plan>({
    schemaVersion: SCHEMA_VERSION,
    id: GLOBALBUDGET_BEISPIEL_ID,
    header: {
      jobcenter: 'Jobcenter Musterstadt',
      year: 2016,
      vorjahr: 2015,
      status: 'Entwurf',
      variante: 'Beispiel Globalbudget und Verpflichtungen',
      author: 'AMIP-Planer (Beispiel)',
      changedAt: '2015-11-20T10:00:00.000Z',
    },
    haushalt: {
      // The plan year's Mittelausstattung comes from the Grundlage (8,6 Mio. €).
      mittelausstattung: { plan: null, vorjahr: 8_300_000 },
      rueckeinnahmen: { plan: null, vorjahr: null },
      zuweisungen: [],
      umschichtung: {
        // Typed as amount; the document's 14,0 % typed too (consistent after rounding).
        plan: { mode: 'betrag', betrag: 1_200_000, quote: 0.14 },
        vorjahr: { mode: 'quote', quote: 0.1 },
      },
      // Typed before the register was used; the register's figure is used now.
      vorbindungen: { plan: 600_000, vorjahr: 700_000 },
      ausserhalbEgt: [],
    },
    drittmittel: [
      {
        id: 'dm-esf',
        programm: 'ESF-Programm Betriebsakquise',
        bewilligungGesamt: 1_000_000,
        zeitraum: '2015-2018',
        betragJahr: 250_000,
        davonPersonal: 200_000,
        verwendetVorjahre: 150_000,
      },
    ],
    globalbudget: {
      ...budget.globalbudget,
      schaetzungen: [
        { id: 'gs-ba', art: 'BA', stand: '2015-09', vwb: 10_000_000, egm: 9_000_000 },
        { id: 'gs-bmas', art: 'BMAS', stand: '2015-11', vwb: 10_300_000, egm: 8_600_000 },
        { id: 'gs-einglmv', art: 'EinglMV', stand: '', vwb: null, egm: null },
      ],
      grundlageId: 'gs-bmas',
      mittelausstattungAusGrundlage: true,
      umschichtungsbasis: 'egmSchaetzung',
      umschichtungsbasisVorjahr: 'summeEGM',
      sachkosten: 1_000_000,
      einmaleffekte: 0,
      // The Vorjahr's plan: "bis zu 12 %" of 8,4 Mio. €
      obergrenzeVorjahr: 0.12,
      obergrenzeVorjahrBasis: 8_400_000,
    },
    personal: {
      sollVzae: 150,
      planstellenBeantragt: 5,
      kostenJeVzae: 70_000,
      gespraecheProWoche: 25,
      arbeitswochen: 45,
      projekte: [
        {
          id: 'pj-akquise',
          bezeichnung: 'Betriebsakquisiteure (ESF)',
          vzae: 4,
          finanzierung: { art: 'Drittmittel', programmId: 'dm-esf' },
        },
        {
          id: 'pj-coaching',
          bezeichnung: 'Coaching Alleinerziehende',
          vzae: 2.5,
          finanzierung: { art: 'sonstige' },
        },
      ],
      gruppen: [
        { id: 'kg-marktnah', name: 'Marktnahe Profile (MP, AP, FP)', kunden: 4_000, vzae: 20 },
        { id: 'kg-ep', name: 'Entwicklungsprofil (EP)', kunden: 2_400, vzae: 16 },
        {
          id: 'kg-sp-up',
          name: 'Stabilisierungs- und Unterstützungsprofil (SP, UP)',
          kunden: 3_000,
          vzae: 12,
        },
      ],
    },
    verpflichtungen: {
      eintraege: [
        monatlich('vp-bae-2015', 'BaE 2015 (Träger A)', 'r-bae', '2015-08', '2018-07', 1_080_000, 2015),
        monatlich(
          'vp-umschulung-2015',
          'Umschulung 2015 (Träger B)',
          'r-umschulung',
          '2015-09',
          '2017-08',
          240_000,
          2015,
        ),
        {
          id: 'vp-teilhabe',
          bezeichnung: 'Lohnkostenzuschüsse 2015 bis 2017',
          rowId: 'r-egz',
          beginn: '2015-01',
          ende: '2017-12',
          gesamt: 450_000,
          profil: 'jahresbetraege',
          jahresbetraege: [
            { jahr: 2016, betrag: 150_000 },
            { jahr: 2017, betrag: 150_000 },
          ],
          jahr: 2015,
        },
        monatlich(
          'vp-coaching-2016',
          'Coaching 2016 (Träger C)',
          'r-aktivierung',
          '2016-04',
          '2017-03',
          120_000,
          2016,
        ),
      ],
      vorbindungenAusRegister: true,
      ermaechtigungen: [
        { jahr: 2017, betrag: 800_000 },
        { jahr: 2018, betrag: 800_000 },
      ],
      herkunft: '',
    },
    schwerpunkte: [
      {
        id: 'hs-integration',
        name: 'Integration',
        rows: [
          row('r-egz', 'Eingliederungszuschüsse (EGZ)', 'III.1', 100, 1_500_000, [90, 1_350_000]),
          row('r-mag', 'Maßnahmen bei einem Arbeitgeber (MAG)', 'I', 1_000, 2_300_000, [950, 2_200_000]),
          row(
            'r-aktivierung',
            'Aktivierung und berufliche Eingliederung (§ 45)',
            'I',
            800,
            2_400_000,
            [750, 2_250_000],
          ),
        ],
      },
      {
        id: 'hs-qualifizierung',
        name: 'Qualifizierung Geringqualifizierter',
        rows: [
          // C.1: 10 participants × 1.000 € × 4 months of 2016, 24 months from 09.2016
          row('r-umschulung', 'Umschulung (FbW, 24 Monate)', 'II', 10, 40_000, [10, 40_000], {
            beginn: 9,
            laufzeit: 24,
          }),
        ],
      },
      {
        id: 'hs-jugend',
        name: 'Jugendliche (U25)',
        rows: [
          // 20 places at 3.000 € a month, 5 months of 2016, 36 months from 08.2016
          row(
            'r-bae',
            'Berufsausbildung in außerbetrieblichen Einrichtungen (BaE)',
            'IV.1',
            20,
            300_000,
            [20, 280_000],
            {
              beginn: 8,
              laufzeit: 36,
            },
          ),
        ],
      },
    ],
    bildungsziele: defaultStammdaten().berufsbereiche.map((_, i) => ({
      bereich: i + 1,
      foerderungBgs: null,
      davonAbschluss: null,
    })),
    kennzahlen: [],
    zielgruppen: [],
    stammdaten: defaultStammdaten(),
    zielvereinbarung: emptyZielvereinbarung(),
    formeln: {},
    notizen: {},
    dokument: defaultDokument(),
  });
}
