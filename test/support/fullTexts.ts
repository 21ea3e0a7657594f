/**
 * A plan's Programmtext filled to a realistic full length: every chapter section and the four
 * sections of every Handlungsschwerpunkt get several paragraphs, a list and placeholders
 * (for the benchmark and tests of large documents).
 */
import type { Block, Dokument, Text } from '../../shared/model/dokument';
import { defaultDokument } from '../../shared/model/dokument';
import type { Plan } from '../../shared/model/plan';

const SENTENCE =
  'Das Jobcenter richtet seine Förderung an der regionalen Nachfrage aus und stimmt die Angebote mit Arbeitgebern, Kammern und Trägern ab. ';

function text(figures: string[]): Text {
  const para = (n: number): Block => ({
    t: 'p',
    content: [
      { t: 'text', text: SENTENCE.repeat(n) },
      { t: 'text', text: 'Kennzahl: ', bold: true },
      { t: 'figur', id: figures[n % figures.length]! },
      { t: 'text', text: '.' },
    ],
  });
  return [
    { t: 'h', content: [{ t: 'text', text: 'Überblick' }] },
    para(3),
    para(4),
    {
      t: 'ul',
      items: [
        [{ t: 'text', text: 'erstens' }],
        [{ t: 'text', text: 'zweitens', italic: true }],
        [{ t: 'figur', id: figures[0]! }],
      ],
    },
    para(5),
  ];
}

export function withFullTexts(plan: Plan): Plan {
  const figures = [
    'haushalt.plan.verfuegbaresEgt',
    'portfolio.eintritte',
    'portfolio.mittelansatzEgt',
    'haushalt.plan.egtAuslastung',
  ];
  const base = defaultDokument();
  const dokument: Dokument = {
    kapitel: base.kapitel.map((k) => ({
      ...k,
      abschnitte: k.abschnitte.map((a) => ({ ...a, text: text(figures) })),
    })),
    schwerpunkte: plan.schwerpunkte.map((area) => {
      const own = [`area.${area.id}.eintritte`, `area.${area.id}.mittelansatzEgt`, ...figures];
      return {
        schwerpunktId: area.id,
        ausgangslage: text(own),
        ziele: text(own),
        strategie: text(own),
        massnahmen: text(own),
      };
    }),
  };
  return { ...plan, dokument };
}
