/**
 * Short chapter texts for the Beispielplan (written for it, not taken from a real Programm).
 * Figures are placeholders, so the texts stay right when the plan's numbers change.
 */
import type { Block, Dokument, Inline, SchwerpunktText } from '../model/dokument';
import { defaultDokument } from '../model/dokument';

type Part = string | Inline;
const fig = (id: string): Inline => ({ t: 'figur', id });
const bold = (text: string): Inline => ({ t: 'text', text, bold: true });
const inl = (parts: Part[]): Inline[] =>
  parts.map((x) => (typeof x === 'string' ? { t: 'text', text: x } : x));
const p = (...parts: Part[]): Block => ({ t: 'p', content: inl(parts) });
const ul = (...items: Part[][]): Block => ({ t: 'ul', items: items.map(inl) });

const TEXTE: Record<string, Block[]> = {
  'einleitung/text': [
    p(
      'Das Arbeitsmarkt- und Integrationsprogramm beschreibt, mit welchen Schwerpunkten und Mitteln das Jobcenter im Planungsjahr arbeitet. Es ist die Grundlage für den Beschluss der ',
      bold('Trägerversammlung'),
      '.',
    ),
    p('Alle Zahlen in diesem Dokument stammen unmittelbar aus der Planung; sie ändern sich mit ihr.'),
  ],
  'rahmenbedingungen/arbeitsmarkt': [
    p(
      'Der regionale Arbeitsmarkt ist von Dienstleistungen geprägt. Offene Stellen entstehen vor allem in Logistik, Pflege und Handwerk; dort sind Fachkräfte gesucht, Helfertätigkeiten nehmen ab.',
    ),
  ],
  'rahmenbedingungen/kundenstruktur': [
    p('Für die Planung sind drei Gruppen besonders wichtig:'),
    ul(
      ['Langzeitleistungsbeziehende ohne Berufsabschluss'],
      ['Alleinerziehende'],
      ['junge Menschen unter 25 Jahren'],
    ),
  ],
  'ressourcen/text': [
    p(
      'Für Eingliederungsleistungen stehen ',
      fig('haushalt.plan.verfuegbaresEgt'),
      ' zur Verfügung (verfügbares EGT). Davon sind ',
      fig('haushalt.plan.mittelFuerNeufaelle'),
      ' für neue Eintritte frei. Die Umschichtung in das Verwaltungskostenbudget beträgt ',
      fig('haushalt.plan.umschichtungsquote'),
      '.',
    ),
  ],
  'schwerpunkte/text': [
    p(
      'Das Jobcenter plant insgesamt ',
      fig('portfolio.eintritte'),
      ' Eintritte mit einem Mittelansatz von ',
      fig('portfolio.mittelansatzEgt'),
      '. Die Handlungsschwerpunkte folgen.',
    ),
  ],
  'bildung/text': [
    p(
      'Mit ',
      fig('bildung.foerderungBgs'),
      ' Bildungsgutscheinen, davon ',
      fig('bildung.davonAbschluss'),
      ' abschlussorientiert, setzt das Jobcenter auf anerkannte Berufsabschlüsse.',
    ),
  ],
  'kennzahlen/text': [
    p('Die geplanten Plätze je Förderkategorie stehen dem Ergebnis des Vorjahres gegenüber.'),
  ],
  'ausrichtung/text': [
    p(
      'Mittelfristig soll der Anteil abschlussorientierter Förderungen steigen. Das Jobcenter wird dazu enger mit den Kammern zusammenarbeiten.',
    ),
  ],
};

const SCHWERPUNKTE: SchwerpunktText[] = [
  {
    schwerpunktId: 'hs-integration',
    ausgangslage: [
      p(
        'Viele Arbeitslose sind kurzfristig vermittelbar, wenn Arbeitgeber das Einarbeitungsrisiko nicht allein tragen.',
      ),
    ],
    ziele: [
      p('Im Schwerpunkt Integration sind ', fig('area.hs-integration.eintritte'), ' Eintritte geplant.'),
    ],
    strategie: [
      ul(
        ['Arbeitgeber gezielt ansprechen, ', bold('Eingliederungszuschüsse'), ' früh anbieten'],
        ['Einstiegsgeld bei Aufnahme einer Beschäftigung nutzen'],
      ),
    ],
    massnahmen: [p('Der Mittelansatz beträgt ', fig('area.hs-integration.mittelansatzEgt'), '.')],
  },
  {
    schwerpunktId: 'hs-qualifizierung',
    ausgangslage: [p('Mehr als die Hälfte der Arbeitslosen hat keinen Berufsabschluss.')],
    ziele: [p('Geplant sind ', fig('area.hs-qualifizierung.eintritte'), ' Eintritte in Qualifizierung.')],
    strategie: [
      p(
        'Teilqualifikationen und Umschulungen werden ',
        { t: 'text', text: 'modular', italic: true },
        ' angeboten.',
      ),
    ],
    massnahmen: [p('Der Mittelansatz beträgt ', fig('area.hs-qualifizierung.mittelansatzEgt'), '.')],
  },
];

export function beispielTexte(): Dokument {
  const dok = defaultDokument();
  return {
    kapitel: dok.kapitel.map((k) => ({
      ...k,
      abschnitte: k.abschnitte.map((a) => ({ ...a, text: TEXTE[`${k.id}/${a.id}`] ?? [] })),
    })),
    schwerpunkte: SCHWERPUNKTE,
  };
}
