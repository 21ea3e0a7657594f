/**
 * Sample `zielvereinbarung-duesseldorf-2018`: the trilateral Zielvereinbarung 2018 of the
 * Landeshauptstadt Düsseldorf, the Agentur für Arbeit Düsseldorf and the Jobcenter Düsseldorf
 * (a gE), as zielplanung.md A.5 quotes it. Printed values are typed as printed; what the
 * document does not print and the worked example invents (the eLb of the segments, 9.000 eLb
 * Asyl/Flucht, a 15 % share of Asyl/Flucht in 2017) is marked in the target's note, its Vorjahr
 * source is "abgeleitet" or "Prognose", never "gedruckt".
 */
import type { Plan } from '../model/plan';
import { planFrame, ziel } from './planFrame';

export const DUESSELDORF_2018_ID = 'beispiel-zielvereinbarung-duesseldorf-2018';

export function zielvereinbarungDuesseldorf2018(): Plan {
  return planFrame(
    DUESSELDORF_2018_ID,
    {
      jobcenter: 'Jobcenter Düsseldorf',
      year: 2018,
      status: 'beschlossen',
      variante: 'Zielvereinbarung 2018 (Beispiel)',
      author: 'AMIP-Planer (Beispiel)',
      changedAt: '2018-01-15T09:00:00.000Z',
    },
    {
      traegerform: 'gE',
      rechtsgrundlage: '§ 48b Abs. 1 S. 1 Nr. 2 SGB II',
      parteien: [
        {
          id: 'p-stadt',
          rolle: 'Kommune',
          name: 'Landeshauptstadt Düsseldorf',
          vertreter: 'Oberbürgermeister',
          ort: 'Düsseldorf',
          datum: null,
        },
        {
          id: 'p-agentur',
          rolle: 'Agentur',
          name: 'Agentur für Arbeit Düsseldorf',
          vertreter: 'Vorsitzende/r der Geschäftsführung',
          ort: 'Düsseldorf',
          datum: null,
        },
        {
          id: 'p-jobcenter',
          rolle: 'gE-GF',
          name: 'Jobcenter Düsseldorf',
          vertreter: 'Vorsitzende/r der Geschäftsführung',
          ort: 'Düsseldorf',
          datum: null,
        },
      ],
      anlagen: ['Arbeitsmarkt- und Integrationsprogramm (AMIP) 2018, beschlossen von der Trägerversammlung'],
      landesschwerpunkte: [
        'Ziele und Schwerpunkte der Arbeitsmarkt- und Integrationspolitik in Nordrhein-Westfalen im Jahr 2018 (Land NRW und Regionaldirektion NRW der BA)',
      ],
      dialogeProJahr: 3,
      rechenbasis: 'gedruckt',
      ziele: [
        ziel('zl-k1', {
          zielbereich: 'I',
          kennzahl: 'K1',
          zielart: 'monitoring',
          einheit: 'betrag',
          polaritaet: 'lowerIsBetter',
          erreichtWenn: 'durch ein Monitoring beobachtet',
        }),
        ziel('zl-k1e1', {
          zielbereich: 'I',
          kennzahl: 'K1E1',
          zielart: 'monitoring',
          einheit: 'betrag',
          polaritaet: 'lowerIsBetter',
          erreichtWenn: 'durch ein Monitoring beobachtet',
        }),
        ziel('zl-iq-oaf', {
          zielbereich: 'II',
          kennzahl: 'K2',
          segment: 'ohneAsylFlucht',
          bezeichnung: 'Integrationsquote ohne Berücksichtigung der Flüchtlingsproblematik',
          zielart: 'relChangeMin',
          werte: {
            aenderung: 0.02,
            quote: 0.216,
            anzahl: 8_264,
            vorjahrQuote: 0.21176,
            vorjahrZiel: 0.015,
            vorjahrIst: 0.036,
            elbVorjahr: 37_400,
          },
          vorjahrQuelle: 'abgeleitet',
          erreichtWenn: 'Steigerung um 2,00 % auf 21,6 % (insgesamt 8.264 Integrationen)',
          notiz:
            'Gedruckt: +2,00 %, 21,6 %, 8.264 Integrationen, Vorjahr Ziel +1,5 % / Ergebnis +3,6 %. Die Quote 2017 (21,176 %) ist aus dem gedruckten Zielwert zurückgerechnet (F4); Ø eLb 2017 (37.400) ist erfunden (Beispielrechnung: 15 % Asyl/Flucht).',
        }),
        ziel('zl-iq-af', {
          zielbereich: 'II',
          kennzahl: 'K2',
          segment: 'asylFlucht',
          bezeichnung: 'Integrationsquote der acht Flüchtlingsstaaten',
          zielart: 'levelMin',
          werte: { quote: 0.172, vorjahrQuote: 0.172, elb: 9_000, elbVorjahr: 6_600 },
          vorjahrQuelle: 'gedruckt',
          erreichtWenn: 'mindestens 17,2 %: das gute Jahresergebnis 2017 wird wiederholt',
          notiz: 'Ø eLb 2018 (9.000) und 2017 (6.600) sind erfunden (Beispielrechnung A.5 und D.3).',
        }),
        ziel('zl-iq-gesamt', {
          zielbereich: 'II',
          kennzahl: 'K2',
          segment: 'gesamt',
          bezeichnung: 'Integrationsquote insgesamt',
          zielart: 'relChangeMin',
          werte: { aenderung: 0.008 },
          erreichtWenn: 'Insgesamt ergibt sich somit eine Steigerung der Integrationsquote um 0,8 %',
          notiz:
            'In der Vereinbarung aus den Segmenten abgeleitet; die App rechnet die Gesamtquote aus den Segmenten (F5, F6), +0,8 % steht daneben zur Prüfung.',
        }),
        ziel('zl-k2e4', {
          zielbereich: 'II',
          kennzahl: 'K2E4',
          segment: 'alleinerziehende',
          zielart: 'levelMin',
          werte: { quote: 0.17 },
          erreichtWenn: 'wieder auf das in 2016 erreichte Niveau von 17,0 %',
        }),
        ziel('zl-k3', {
          zielbereich: 'III',
          kennzahl: 'K3',
          zielart: 'relChangeMax',
          einheit: 'anzahl',
          polaritaet: 'lowerIsBetter',
          werte: { aenderung: 0.025, vorjahrZiel: -0.01, vorjahrIst: -0.014 },
          erreichtWenn:
            'Bestand an Langzeitleistungsbeziehenden um nicht mehr als 2,5 % gegenüber dem Vorjahr erhöht',
          notiz:
            'Ø LZB 2017 ist nicht gedruckt: die Obergrenze (F7) lässt sich nicht berechnen. Geflüchtete aus 2015/2016 wachsen in den Langzeitleistungsbezug hinein.',
        }),
        ziel('zl-k3e1', {
          zielbereich: 'III',
          kennzahl: 'K3E1',
          segment: 'lzb',
          zielart: 'relChangeMin',
          werte: { aenderung: 0.008 },
          gekoppeltAn: 'iqGesamt',
          erreichtWenn:
            'partizipiert in gleichem prozentualen Umfang (+0,8 %) an der Steigerung der Integrationsquote',
        }),
        ziel('zl-k3e2', {
          zielbereich: 'III',
          kennzahl: 'K3E2',
          segment: 'eigen',
          segmentName: 'LZB ab 25 J., ohne Hochschulteam, Selbständige, SB/Reha, Fluchtstatus',
          bezeichnung: 'Aktivierungsquote der Langzeitleistungsbeziehenden (lokale Abgrenzung)',
          zielart: 'levelMin',
          werte: { quote: 0.095, vorjahrQuote: 0.091 },
          vorjahrQuelle: 'gedruckt',
          erreichtWenn: 'Steigerung auf 9,5 %',
        }),
        ziel('zl-akq-fluechtlinge', {
          zielbereich: 'II',
          segment: 'asylFlucht',
          bezeichnung:
            'Aktivierungsquote Geflüchtete (KompAS, zielgruppenspezifische Fördermaßnahmen, Integrationskurse, DeuFö)',
          zielart: 'levelMin',
          werte: { quote: 0.6 },
          erreichtWenn: 'Zielquote von 60 % zum Jahresende; vierteljährlich von Hand gezählt (2017 erreicht)',
        }),
        ziel('zl-fbw', {
          zielbereich: 'II',
          bezeichnung: 'Abschlussorientierte FbW-Förderfälle',
          zielart: 'countMin',
          einheit: 'anzahl',
          werte: { anzahl: 350, vorjahrAnzahl: 300 },
          vorjahrQuelle: 'gedruckt',
          erreichtWenn: 'rd. 17 %ige Steigerung von 300 Förderfällen auf 350',
        }),
        ziel('zl-u25', {
          zielbereich: 'II',
          segment: 'eigen',
          segmentName: 'U25',
          bezeichnung: 'Eingliederungsmittel für U25 im Verhältnis zum Kundenanteil',
          zielart: 'monitoring',
          einheit: 'faktor',
          werte: { anteilEgt: 0.13, anteilKunden: 0.05 },
          erreichtWenn: 'rd. 13 % der Eingliederungsmittel für rd. 5 % des Kundenbestands (Information)',
        }),
        ziel('zl-kontakt', {
          zielbereich: 'IV',
          bezeichnung: 'Kontaktdichte der Integrationsfachkräfte',
          zielart: 'milestone',
          erreichtWenn: 'mindestens 25 Kundengespräche pro Integrationsfachkraft und Woche',
        }),
        ziel('zl-lza', {
          zielbereich: 'III',
          bezeichnung: 'Bestand der Langzeitarbeitslosen und ihr Anteil an allen Integrationen',
          zielart: 'monitoring',
          einheit: 'anzahl',
          polaritaet: 'lowerIsBetter',
          erreichtWenn: 'Monitoring',
        }),
      ],
      dialoge: [
        {
          id: 'zd-2018-1',
          datum: '2018-04-18',
          datenstand: '2018-03',
          notizen:
            'Beispiel: die Quote der Geflüchteten von Hand gezählt, mit den Zahlen des Rechenbeispiels der Vereinbarung (48 Eintritte, 100 Neuzugänge).',
          massnahmen: '',
          werte: [
            {
              zielId: 'zl-akq-fluechtlinge',
              werte: {
                istAenderung: null,
                istQuote: null,
                istAnzahl: null,
                istBetrag: null,
                zaehler: 48,
                nenner: 100,
              },
              erreicht: null,
            },
          ],
        },
      ],
    },
  );
}
