/** The checks of zielplanung.md A.9: each found with a German message and the cell to jump to. */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/runChecks';
import type { Pruefung } from '../../../shared/checks/pruefung';
import type { Plan } from '../../../shared/model/plan';
import type { Ziel, Zielvereinbarung } from '../../../shared/model/ziele';
import { emptyZielvereinbarung } from '../../../shared/model/ziele';
import { planFrame, ziel } from '../../../shared/sample/planFrame';
import { zielvereinbarungBorken2014 } from '../../../shared/sample/zielvereinbarungBorken2014';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';

function planWith(ziele: Ziel[], extra: Partial<Zielvereinbarung> = {}, year = 2018): Plan {
  return planFrame(
    'p',
    {
      jobcenter: 'JC',
      year,
      status: 'Entwurf',
      variante: 'T',
      author: 'T',
      changedAt: '2018-01-01T00:00:00.000Z',
    },
    { ...emptyZielvereinbarung(), ziele, ...extra },
  );
}

const zielChecks = (plan: Plan): Pruefung[] => runChecks(plan).filter((c) => c.sheet === 'ziele');
const only = (plan: Plan, prefix: string): Pruefung[] =>
  zielChecks(plan).filter((c) => c.id.startsWith(prefix));

describe('A.9 checks', () => {
  it('Warnung: Vorjahr × (1 + g) differs from the printed target by more than half a shown digit', () => {
    const z = (quote: number) =>
      ziel('iq', {
        kennzahl: 'K2',
        zielart: 'relChangeMin',
        werte: { vorjahrQuote: 0.2, aenderung: 0.02, quote },
      });
    expect(only(planWith([z(0.204)]), 'ziel-zielwert-gedruckt:')).toEqual([]);
    const [c] = only(planWith([z(0.206)]), 'ziel-zielwert-gedruckt:');
    expect(c).toMatchObject({
      severity: 'Warnung',
      message:
        'Ziele › K2 Integrationsquote: Zielwert: Vorjahr 20,0 % × (1 + 2,00 %) ergibt 20,4 %, gedruckt ist 20,6 %.',
      location: { sheet: 'ziele', rowId: 'iq', cellKey: 'zl.iq.quote', figureId: 'ziel.iq.zielwert' },
    });
  });

  it('Hinweis when round(eLb × IQ) misses the typed Integrationen by one, Warnung by more', () => {
    const seg = (anzahl: number) =>
      ziel('af', {
        kennzahl: 'K2',
        segment: 'asylFlucht',
        zielart: 'levelMin',
        werte: { quote: 0.172, elb: 9_000, anzahl },
      });
    expect(only(planWith([seg(1_548)]), 'ziel-integrationen:')).toEqual([]);
    expect(only(planWith([seg(1_549)]), 'ziel-integrationen:')[0]).toMatchObject({
      severity: 'Hinweis',
      message: expect.stringContaining('ergibt 1.548, eingetragen sind 1.549 (eine Rundungsdifferenz)'),
      location: { cellKey: 'zl.af.anzahl' },
    });
    expect(only(planWith([seg(1_600)]), 'ziel-integrationen:')[0]).toMatchObject({
      severity: 'Warnung',
      message: expect.stringContaining('(52 Abweichung)'),
    });
  });

  it('Warnung: the typed total change and level differ from F6 and F5 after rounding (Düsseldorf: +0,9 % against +0,8 %)', () => {
    const plan = zielvereinbarungDuesseldorf2018();
    expect(only(plan, 'ziel-veraenderung-gedruckt:zl-iq-gesamt')[0]).toMatchObject({
      severity: 'Warnung',
      message:
        'Ziele › K2 Integrationsquote insgesamt: Veränderung: aus den Segmenten berechnet +0,9 %, laut Vereinbarung +0,8 %.',
      location: { cellKey: 'zl.zl-iq-gesamt.aenderung', figureId: 'ziel.zl-iq-gesamt.veraenderung' },
    });
    // the linked K3E1 (F8) is checked against its printed +0,8 % as well
    expect(only(plan, 'ziel-veraenderung-gedruckt:zl-k3e1')).toHaveLength(1);
    const typedLevel = {
      ...plan,
      zielvereinbarung: {
        ...plan.zielvereinbarung,
        ziele: plan.zielvereinbarung.ziele.map((z) =>
          z.id === 'zl-iq-gesamt' ? { ...z, werte: { ...z.werte, quote: 0.21 } } : z,
        ),
      },
    };
    expect(only(typedLevel, 'ziel-gesamtquote-gedruckt:')[0]!.message).toBe(
      'Ziele › Integrationsquote gesamt: Σ Integrationen ÷ Σ eLb der Segmente ergibt 20,8 %, laut Vereinbarung 21,0 %.',
    );
  });

  it('Warnung: the polarity looks reversed (a cap on K2, a minimum rise of K3)', () => {
    const cap = ziel('a', {
      kennzahl: 'K2',
      zielart: 'relChangeMax',
      werte: { aenderung: 0.01, vorjahrQuote: 0.2 },
    });
    const rise = ziel('b', {
      kennzahl: 'K3',
      zielart: 'relChangeMin',
      einheit: 'anzahl',
      polaritaet: 'lowerIsBetter',
      werte: { aenderung: 0.01, vorjahrAnzahl: 100 },
    });
    const found = only(planWith([cap, rise]), 'ziel-polaritaet:');
    expect(found.map((c) => [c.severity, c.location.rowId])).toEqual([
      ['Warnung', 'a'],
      ['Warnung', 'b'],
    ]);
    expect(found[0]!.message).toContain('ist die Richtung vertauscht?');
  });

  it('Hinweis: a change target without a Vorjahr value (Düsseldorf K3, K3E1), jumping to the Vorjahr cell', () => {
    const found = only(zielvereinbarungDuesseldorf2018(), 'ziel-ohne-vorjahr:');
    expect(found.map((c) => c.location.cellKey)).toEqual([
      'zl.zl-k3.vorjahrAnzahl',
      'zl.zl-k3e1.vorjahrQuote',
    ]);
    expect(found.every((c) => c.severity === 'Hinweis')).toBe(true);
  });

  it('Hinweis: a level target at or below the Vorjahr (allowed: [D18] repeats its 17,2 %)', () => {
    const [c] = only(zielvereinbarungDuesseldorf2018(), 'ziel-niveau-vorjahr:');
    expect(c).toMatchObject({ severity: 'Hinweis', location: { cellKey: 'zl.zl-iq-af.quote' } });
    expect(c!.message).toContain('17,2 % liegt nicht über dem Vorjahr (17,2 %); zulässig');
  });

  it('Hinweis: a Vorjahr of 0 leaves the change empty', () => {
    const z = ziel('n', { zielart: 'countMin', einheit: 'anzahl', werte: { anzahl: 10, vorjahrAnzahl: 0 } });
    expect(only(planWith([z]), 'ziel-vorjahr-null:')[0]).toMatchObject({
      severity: 'Hinweis',
      message: expect.stringContaining('der Vorjahreswert ist 0'),
      location: { cellKey: 'zl.n.vorjahrAnzahl' },
    });
  });

  it('the indicator set of the plan year: an unknown code, Asyl/Flucht before 2016', () => {
    const old = ziel('x', { kennzahl: 'K9', segment: 'asylFlucht', zielart: 'monitoring' });
    const found = zielChecks(planWith([old], {}, 2014));
    expect(found.map((c) => c.id)).toEqual(['ziel-kennzahl-jahr:x', 'ziel-segment-jahr:x']);
    expect(found[0]!.message).toBe('Ziele › K9 Ziel (Asyl/Flucht): die Kennzahl K9 ist unbekannt.');
  });

  it('the Borken sample is clean; every finding of the samples names a cell or row to jump to', () => {
    expect(zielChecks(zielvereinbarungBorken2014())).toEqual([]);
    for (const c of zielChecks(zielvereinbarungDuesseldorf2018())) {
      expect(c.location.rowId).toBeTruthy();
      expect(c.message.startsWith('Ziele › ')).toBe(true);
    }
  });
});
