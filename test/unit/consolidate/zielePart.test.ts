import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../shared/consolidate/consolidate';
import { landJson } from '../../../shared/consolidate/landJson';
import { ZIELE_PART_ID } from '../../../shared/consolidate/zielePart';
import type { LandSource, PartTable } from '../../../shared/consolidate/types';
import type { Plan } from '../../../shared/model/plan';
import type { Ziel, ZielIst } from '../../../shared/model/ziele';
import { emptyIstWerte, emptyZielvereinbarung } from '../../../shared/model/ziele';
import { planFrame, ziel } from '../../../shared/sample/planFrame';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';
import { k3Cap } from '../../support/generateLand';

function jobcenter(name: string, ziele: Ziel[], erreicht: Record<string, boolean | null> = {}): Plan {
  const werte: ZielIst[] = Object.entries(erreicht).map(([zielId, e]) => ({
    zielId,
    werte: emptyIstWerte(),
    erreicht: e,
  }));
  return planFrame(
    `plan-${name}`,
    {
      jobcenter: name,
      year: 2018,
      status: 'Entwurf',
      variante: 'Plan',
      author: 'Test',
      changedAt: '2018-01-01T00:00:00.000Z',
      traegerform: 'gE',
    },
    {
      ...emptyZielvereinbarung(),
      ziele,
      dialoge:
        werte.length > 0
          ? [{ id: 'd1', datum: '2018-06-01', datenstand: '2018-05', notizen: '', massnahmen: '', werte }]
          : [],
    },
  );
}

const iq = (id: string, quote: number, elb: number | null, vorjahr?: { quote: number; elb: number }): Ziel =>
  ziel(id, {
    zielbereich: 'II',
    kennzahl: 'K2',
    zielart: 'levelMin',
    einheit: 'quote',
    werte: {
      quote,
      elb,
      ...(vorjahr ? { vorjahrQuote: vorjahr.quote, elbVorjahr: vorjahr.elb } : {}),
    },
  });

const k3 = k3Cap;

const meilenstein = (id: string): Ziel => ziel(id, { zielbereich: 'lokal', zielart: 'milestone' });

const sources = (plans: Plan[]): LandSource[] =>
  plans.map((plan, i) => ({ source: `p${i}.amip.json`, plan }));

function zielePart(plans: Plan[]): PartTable | undefined {
  return consolidate(sources(plans)).groups[0]!.parts.find((p) => p.id === ZIELE_PART_ID);
}

describe('Land view: targets consolidated by zielplanung.md D.2', () => {
  it('D.3: 8.264 Integrationen at 21,6 % plus 9.000 eLb at 17,2 % give 20,76 %, not the mean 19,4 %', () => {
    const part = zielePart([
      jobcenter('Jobcenter A', [iq('a', 0.216, 38259)]),
      jobcenter('Jobcenter B', [iq('b', 0.172, 9000)]),
    ])!;
    const value = part.figures['land.ziele.K2.gesamt.zielwert']!;
    expect(value).toBeCloseTo((38259 * 0.216 + 9000 * 0.172) / 47259, 12);
    expect(Math.round(value * 10000) / 100).toBe(20.76);
    expect(Math.round(((0.216 + 0.172) / 2) * 1000) / 10).toBe(19.4);
    expect(part.figures['land.ziele.K2.gesamt.basis']).toBe(47259);
    expect(part.figures['land.ziele.K2.gesamt.jobcenter']).toBe(2);
  });

  it('a Jobcenter without its base is listed and left out, not guessed', () => {
    const part = zielePart([
      jobcenter('Jobcenter A', [iq('a', 0.216, 38259)]),
      jobcenter('Jobcenter B', [iq('b', 0.172, 9000)]),
      jobcenter('Jobcenter C', [iq('c', 0.3, null)]),
    ])!;
    expect(part.figures['land.ziele.K2.gesamt.zielwert']).toBeCloseTo(9811.944 / 47259, 12);
    expect(part.figures['land.ziele.K2.gesamt.zielwertAusgelassen']).toBe(1);
    const line = part.lines.find((l) => l.label.endsWith('Zielquote (Σ Basis × Quote ÷ Σ Basis)'))!;
    expect(line.note).toBe('ohne Jobcenter C (Grundlage fehlt)');
  });

  it('the Land change compares the summed rates; the K3 caps are weighted by the Vorjahr stock', () => {
    const part = zielePart([
      jobcenter('Jobcenter A', [iq('a', 0.22, 1000, { quote: 0.2, elb: 1000 }), k3('ka', 0, 2000)]),
      jobcenter('Jobcenter B', [iq('b', 0.11, 3000, { quote: 0.1, elb: 1000 }), k3('kb', 0.1, 1500)]),
      jobcenter('Jobcenter C', [k3('kc', -0.1, 2700)]),
    ])!;
    // Ziel (220 + 330) / 4000, Vorjahr (200 + 100) / 2000: 0,1375 ÷ 0,15 − 1, not +10 %.
    expect(part.figures['land.ziele.K2.gesamt.zielwert']).toBeCloseTo(0.1375, 12);
    expect(part.figures['land.ziele.K2.gesamt.vorjahr']).toBeCloseTo(0.15, 12);
    expect(part.figures['land.ziele.K2.gesamt.veraenderung']).toBeCloseTo(0.1375 / 0.15 - 1, 12);
    // Ceilings 2.000 + 1.650 + 2.430 = 6.080 against 6.200: −1,94 %, not the mean 0 %.
    expect(part.figures['land.ziele.K3.gesamt.zielwert']).toBe(6080);
    expect(part.figures['land.ziele.K3.gesamt.vorjahr']).toBe(6200);
    expect(part.figures['land.ziele.K3.gesamt.veraenderung']).toBeCloseTo(6080 / 6200 - 1, 12);
  });

  it('milestones count "n von m erreicht" by the last dialogue; plans without a Zielvereinbarung are named', () => {
    const part = zielePart([
      jobcenter('Jobcenter A', [meilenstein('m1'), meilenstein('m2')], { m1: true, m2: false }),
      jobcenter('Jobcenter B', [meilenstein('m3'), meilenstein('m4')], { m3: true }),
      jobcenter('Jobcenter D', []),
    ])!;
    expect(part.figures['land.ziele.meilensteine.erreicht']).toBe(2);
    expect(part.figures['land.ziele.meilensteine.von']).toBe(4);
    expect(part.figures['land.ziele.meilensteine.offen']).toBe(1);
    expect(part.lines.find((l) => l.label === 'Meilensteine und Termine')!.value).toBe(
      '2 von 4 erreicht (1 noch nicht beurteilt)',
    );
    expect(part.figures['land.ziele.jobcenter']).toBe(2);
    expect(part.figures['land.ziele.ohneZielvereinbarung']).toBe(1);
    expect(part.lines[0]!.note).toBe('ohne Zielvereinbarung: Jobcenter D');
  });

  it('a group whose plans carry no Zielvereinbarung has no Zielplanung table and no ziele keys', () => {
    const c = consolidate(sources([jobcenter('Jobcenter A', []), jobcenter('Jobcenter B', [])]));
    expect(c.groups[0]!.parts.find((p) => p.id === ZIELE_PART_ID)).toBeUndefined();
    const json = landJson(c) as { gruppen: { figures: Record<string, unknown> }[] };
    expect(Object.keys(json.gruppen[0]!.figures).some((k) => k.startsWith('land.ziele.'))).toBe(false);
  });

  it('a plan with IQ segments adds its own Σ Integrationen ÷ Σ eLb (F5) to the Land K2 total', () => {
    const d18 = zielvereinbarungDuesseldorf2018();
    const part = zielePart([d18])!;
    const keys = Object.keys(part.figures);
    expect(keys).toContain('land.ziele.K2.ohneAsylFlucht.zielwert');
    expect(part.figures['land.ziele.K2.ohneAsylFlucht.zielwert']).toBeCloseTo(0.216, 3);
    const json = landJson(consolidate(sources([d18]))) as { gruppen: { figures: Record<string, unknown> }[] };
    expect(json.gruppen[0]!.figures['land.ziele.K2.ohneAsylFlucht.zielwert']).toBe(
      part.figures['land.ziele.K2.ohneAsylFlucht.zielwert'],
    );
  });
});
