/**
 * Sample `zielvereinbarung-borken-2014`: the Zielvereinbarung 2014 between the MAIS NRW and
 * the Kreis Borken (a zkT), as zielplanung.md A.6 quotes it: two measured targets (K2 +0,5 %,
 * K3 constant), K1 under monitoring, local milestones and the ministry's support offer. The
 * document prints no base: the IQ 2013 of 18,0 % (A.6) and the Ø LZB 2013 of 6.200 (the
 * cascade of D.3: 2.000 + 1.500 + 2.700) are invented and marked as "Prognose" with a note.
 */
import type { Plan } from '../model/plan';
import { planFrame, ziel } from './planFrame';

export const BORKEN_2014_ID = 'beispiel-zielvereinbarung-borken-2014';

export function zielvereinbarungBorken2014(): Plan {
  return planFrame(
    BORKEN_2014_ID,
    {
      jobcenter: 'Jobcenter Kreis Borken',
      year: 2014,
      status: 'beschlossen',
      variante: 'Zielvereinbarung 2014 (Beispiel)',
      author: 'AMIP-Planer (Beispiel)',
      changedAt: '2014-04-29T10:00:00.000Z',
    },
    {
      traegerform: 'zkT',
      rechtsgrundlage: 'Gemäß § 48b Abs. 1 S. 1 Nr. 4 SGB II',
      parteien: [
        {
          id: 'p-mais',
          rolle: 'Land',
          name: 'Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen (MAIS)',
          vertreter: 'Staatssekretär',
          ort: 'Düsseldorf',
          datum: '2014-04-29',
        },
        {
          id: 'p-kreis',
          rolle: 'zkT',
          name: 'Kreis Borken',
          vertreter: 'Landrat',
          ort: 'Borken',
          datum: '2014-04-10',
        },
      ],
      anlagen: ['Lokales Planungsdokument 2014 des Jobcenters Kreis Borken'],
      landesschwerpunkte: [
        'Nachhaltige und existenzsichernde Integrationen',
        'Langzeitleistungsbezieher aktivieren',
        'Erbringung der kommunalen Eingliederungsleistungen nach § 16a SGB II verbessern',
        'Zusammenarbeit bei der Integration Jugendlicher (SGB II, III, VIII)',
      ],
      dialogeProJahr: 2,
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
        ziel('zl-k2', {
          zielbereich: 'II',
          kennzahl: 'K2',
          zielart: 'relChangeMin',
          werte: { aenderung: 0.005, vorjahrQuote: 0.18 },
          vorjahrQuelle: 'prognose',
          erreichtWenn: 'wenn die Integrationsquote um 0,5 % gegenüber dem Vorjahr gesteigert wird',
          notiz: 'Vorjahreswert 18,0 % erfunden (Beispielrechnung A.6); die Vereinbarung druckt keine Basis.',
        }),
        ziel('zl-k3', {
          zielbereich: 'III',
          kennzahl: 'K3',
          zielart: 'relChangeMax',
          einheit: 'anzahl',
          polaritaet: 'lowerIsBetter',
          werte: { aenderung: 0, vorjahrAnzahl: 6_200 },
          vorjahrQuelle: 'prognose',
          erreichtWenn:
            'wenn der durchschnittliche Bestand an Langzeitleistungsbeziehern gegenüber dem Vorjahr konstant bleibt und eine Erhöhung vermieden werden kann',
          notiz: 'Ø LZB 2013 erfunden: 2.000 + 1.500 + 2.700 der drei örtlichen Jobcenter (Kaskade D.3).',
        }),
        ziel('zl-lzb-anteil', {
          zielbereich: 'III',
          bezeichnung: 'Anteil der Langzeitleistungsbezieher an den erwerbsfähigen Leistungsberechtigten',
          zielart: 'monitoring',
          polaritaet: 'lowerIsBetter',
          werte: { vorjahrQuote: 0.62 },
          vorjahrQuelle: 'gedruckt',
          erreichtWenn: 'Information: rd. 62 %',
        }),
        ziel('zl-eigene-aktivierung', {
          zielbereich: 'II',
          bezeichnung: 'Eigene Aktivierung: Vermittlungsprojekt in Eigenregie',
          zielart: 'milestone',
          erreichtWenn: 'wenn das Projekt 2014 in einem dritten großen örtlichen Jobcenter etabliert ist',
        }),
        ziel('zl-kundenfokus', {
          zielbereich: 'II',
          bezeichnung:
            'Kundenfokussierung (geringfügig Beschäftigte, Alleinerziehende, Motivierte, geringer Restanspruch)',
          zielart: 'milestone',
          erreichtWenn: 'wenn sie 2014 in einem dritten örtlichen Jobcenter läuft',
        }),
        ziel('zl-nachhaltigkeit', {
          zielbereich: 'II',
          bezeichnung: 'Pilot „Nachhaltigkeit der Beschäftigung“ in einem örtlichen Jobcenter',
          zielart: 'milestone',
          erreichtWenn:
            'wenn die durchschnittliche Beschäftigungsdauer deutlich steigt, messbar ab dem 4. Quartal 2014',
          stichtage: ['2014-10-01'],
        }),
        ziel('zl-kaoa', {
          zielbereich: 'II',
          bezeichnung: 'Landesvorhaben „Kein Abschluss ohne Anschluss“ (Referenzkommune seit Ende 2011)',
          zielart: 'milestone',
          erreichtWenn:
            'wenn das Jobcenter dauerhaft auf strategischer Ebene beteiligt ist und sich die Zusammenarbeit verbessert hat',
        }),
        ziel('zl-lzb-teilziele', {
          zielbereich: 'III',
          bezeichnung:
            'Teilziele Langzeitleistungsbezug (Transfer dreier Piloten, Weitergabe an die Städte und Gemeinden)',
          zielart: 'milestone',
          erreichtWenn:
            'wenn die Teilziele in ihrer Summe erneut zu einem Abbau des Bestands an Langzeitleistungsbeziehern führen',
        }),
        ziel('zl-zugangssteuerung', {
          zielbereich: 'IV',
          bezeichnung: 'Zugangssteuerung als Schwerpunkt des Zielsteuerungsprozesses 2014',
          zielart: 'milestone',
          erreichtWenn: 'Schwerpunkt des Zielsteuerungsprozesses 2014 (seit 2009, mit externer Begleitung)',
        }),
        ziel('zl-16a', {
          zielbereich: 'IV',
          bezeichnung: 'Kommunale Eingliederungsleistungen nach § 16a SGB II',
          zielart: 'milestone',
          erreichtWenn:
            'Zusammenarbeit mit dem Sozialpsychiatrischen Dienst; Transparenz über Kindertagespflege und Familienbüros',
        }),
        ziel('zl-mais-programm', {
          zielbereich: 'V',
          bezeichnung: 'Unterstützungsprogramm des MAIS (06/2014–06/2015)',
          zielart: 'deadline',
          erreichtWenn: 'Versand Ende April 2014',
          stichtage: ['2014-04-30'],
        }),
      ],
      dialoge: [],
    },
  );
}
