import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { composeDocument } from '../../../shared/dokument/compose';
import { programmStatus } from '../../../shared/dokument/programmStatus';
import type { Inline, Text } from '../../../shared/model/dokument';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

const para = (...content: Inline[]): Text => [{ t: 'p', content }];

/** The plan with every text empty. */
const blank = (plan: Plan): Plan => ({
  ...plan,
  dokument: {
    kapitel: plan.dokument.kapitel.map((k) => ({
      ...k,
      abschnitte: k.abschnitte.map((a) => ({ ...a, text: [] })),
    })),
    schwerpunkte: [],
  },
});

function withTexts(plan: Plan): Plan {
  const area = plan.schwerpunkte[0]!;
  return {
    ...plan,
    dokument: {
      ...plan.dokument,
      kapitel: plan.dokument.kapitel.map((k) =>
        k.id === 'einleitung'
          ? {
              ...k,
              abschnitte: k.abschnitte.map((a) => ({
                ...a,
                text: para(
                  { t: 'text', text: 'Das Jobcenter plant ' },
                  { t: 'figur', id: 'haushalt.plan.verfuegbaresEgt' },
                  { t: 'text', text: ' für Eingliederung, davon ' },
                  { t: 'figur', id: 'gibtEsNicht.summe' },
                  { t: 'text', text: ' in Qualifizierung.' },
                ),
              })),
            }
          : k,
      ),
      schwerpunkte: [
        {
          schwerpunktId: area.id,
          ausgangslage: [{ t: 'ul', items: [[{ t: 'text', text: 'Viele Langzeitarbeitslose' }]] }],
          ziele: [],
          strategie: [{ t: 'p', content: [{ t: 'text', text: '   ' }] }],
          massnahmen: [],
        },
      ],
    },
  };
}

describe('programmStatus', () => {
  it('counts sections, words and placeholders, and names the placeholders whose figure is gone', () => {
    const plan = withTexts(blank(beispielplan()));
    const calc = new Calculation(plan);
    const status = programmStatus(plan, (id) => calc.def(id) !== undefined);
    const sections =
      plan.dokument.kapitel.reduce((n, k) => n + k.abschnitte.length, 0) + plan.schwerpunkte.length * 4;
    expect(status.abschnitte).toBe(sections);
    // Einleitung and the first area's Ausgangslage; blanks only do not count as written
    expect(status.geschrieben).toBe(2);
    // "Das Jobcenter plant" 3 + figure 1 + "für Eingliederung, davon" 3 + figure 1 + "in Qualifizierung." 2
    // + "Viele Langzeitarbeitslose" 2
    expect(status.woerter).toBe(12);
    expect(status.platzhalter).toBe(2);
    expect(status.fehlend).toEqual([{ id: 'gibtEsNicht.summe', where: 'Einleitung' }]);
    // the same verdict as the composed document (Word, PDF)
    expect(composeDocument(plan, calc).missing.map((m) => m.id)).toEqual(status.fehlend.map((m) => m.id));
  });

  it('an empty document has nothing written and nothing missing; the Beispielplan has written sections', () => {
    const empty = blank(beispielplan());
    const status = programmStatus(empty, () => false);
    expect(status.geschrieben).toBe(0);
    expect(status.woerter).toBe(0);
    expect(status.fehlend).toEqual([]);
    const sample = programmStatus(beispielplan(), () => true);
    expect(sample.geschrieben).toBeGreaterThan(0);
    expect(sample.woerter).toBeGreaterThan(sample.geschrieben);
  });
});
