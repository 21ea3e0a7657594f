/**
 * Multi-year money (zielplanung.md C): the worked example of C.1 in the register and as a
 * portfolio row with Beginn and Laufzeit, the Vorbindungen derived from the register, the
 * Folgejahresbelastung, the Vorbindungsquote of [A16] and the rest of a grant (C.3).
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { mjKasse, vp, vpKasse } from '../../../shared/calc/verpflichtungen';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { formatPercent } from '../../../shared/format/numberFormat';
import type { Verpflichtung } from '../../../shared/model/budget';
import { newInstrumentRow } from '../../../shared/model/newInstrumentRow';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';

const run = (plan: Plan, ...cmds: Command[]): Plan => cmds.reduce((p, c) => applyCommand(p, c).plan, plan);

/** The Umschulung of C.1: 10 participants at 1.000 € a month, 24 months from 01.09. of year t. */
function umschulung(t: number, extra: Partial<Verpflichtung> = {}): Verpflichtung {
  return {
    id: 'vp-c1',
    bezeichnung: 'Umschulung C.1',
    rowId: null,
    beginn: `${t}-09`,
    ende: `${t + 2}-08`,
    gesamt: 240_000,
    profil: 'monatlich',
    jahresbetraege: [],
    jahr: t,
    ...extra,
  };
}

const withCommitment = (v: Verpflichtung): Plan =>
  run(beispielplan(), { type: 'insertBudgetItem', entry: { list: 'verpflichtungen', item: v }, index: 0 });

describe('C.1 worked example: an Umschulung of 240.000 € over 24 months from 09 of year t', () => {
  it('cash 40.000 € in t, 120.000 € in t+1, 80.000 € in t+2 (entered into in t: Folgejahresbelastung)', () => {
    const calc = new Calculation(withCommitment(umschulung(2016)));
    expect(calc.get(vpKasse('vp-c1', 2016))).toBe(40_000);
    expect(calc.get(vpKasse('vp-c1', 2017))).toBe(120_000);
    expect(calc.get(vpKasse('vp-c1', 2018))).toBe(80_000);
    expect(calc.get(vpKasse('vp-c1', 2019))).toBeNull();
    expect(calc.get(vp('vp-c1.uebrige'))).toBe(0);
    // Entered into in the plan year: no Vorbindung of 2016, a load on 2017 and 2018.
    expect(calc.get(vp('vorbindungen'))).toBe(0);
    expect(calc.get(vp('folgejahr.2017'))).toBe(120_000);
    expect(calc.get(vp('folgejahr.2018'))).toBe(80_000);
  });

  it('entered into in t−1, it adds 120.000 € to the Vorbindungen of the plan year (and 80.000 € to the next)', () => {
    const calc = new Calculation(withCommitment(umschulung(2015)));
    expect(calc.get(vp('vorbindungen'))).toBe(120_000);
    expect(calc.get(vp('folgejahr.2017'))).toBe(0);
    expect(calc.get(vp('gebunden.2017'))).toBe(80_000);
    expect(calc.get(vp('vp-c1.uebrige'))).toBe(40_000); // paid in 2015, before the register's columns
  });

  it('the same run as a portfolio row: Mittelansatz 40.000 € in 2016, Beginn 09, Laufzeit 24 months', () => {
    const row = {
      ...newInstrumentRow(),
      id: 'r-c1',
      instrument: 'Umschulung',
      eintritte: 10,
      mittelansatz: 40_000,
    };
    const plan = run(
      beispielplan(),
      { type: 'insertRows', rows: [{ areaId: beispielplan().schwerpunkte[1]!.id, index: 0, row }] },
      { type: 'patchRow', rowId: 'r-c1', patch: { beginn: 9, laufzeit: 24 } },
    );
    const calc = new Calculation(plan);
    expect(calc.get(mjKasse('r-c1', 2017))).toBe(120_000);
    expect(calc.get(mjKasse('r-c1', 2018))).toBe(80_000);
    expect(calc.get(mjKasse('r-c1', 2019))).toBeNull();
    expect(calc.get(vp('folgejahr.2017'))).toBe(120_000);
    // The Mittelansatz changes: the later years follow at once (an input edit, no rebuild).
    const changed = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'row.r-c1.mittelansatz', value: 48_000 }],
    });
    expect(changed.structural).toBe(false);
    calc.updateInputs(changed.plan, changed.changedKeys);
    expect(calc.get(mjKasse('r-c1', 2017))).toBe(144_000);
    expect(calc.get(vp('folgejahr.2018'))).toBe(96_000);
  });

  it('a monthly run adds up to its total to the cent (running totals rounded, not each year)', () => {
    const calc = new Calculation(
      withCommitment(umschulung(2016, { beginn: '2016-02', ende: '2016-12', gesamt: 100, jahr: 2015 })),
    );
    expect(calc.get(vpKasse('vp-c1', 2016))).toBe(100);
    const odd = new Calculation(
      withCommitment(umschulung(2016, { beginn: '2015-12', ende: '2017-01', gesamt: 1_000, jahr: 2015 })),
    );
    const years = [2016, 2017].map((y) => odd.get(vpKasse('vp-c1', y))!);
    expect(years).toEqual([857.14, 71.43]);
    expect(Math.round((years[0]! + years[1]! + odd.get(vp('vp-c1.uebrige'))!) * 100)).toBe(100_000);
  });

  it('explicit yearly amounts are the cash of their years', () => {
    const calc = new Calculation(globalbudgetBeispiel());
    expect(calc.get(vpKasse('vp-teilhabe', 2016))).toBe(150_000);
    expect(calc.get(vpKasse('vp-teilhabe', 2017))).toBe(150_000);
    expect(calc.get(vp('vp-teilhabe.uebrige'))).toBe(150_000);
  });
});

describe('Vorbindungen from the register in the EGT chain', () => {
  it('the sample: 360.000 + 120.000 + 150.000 = 630.000 € replace the typed 600.000 €', () => {
    const plan = globalbudgetBeispiel();
    const calc = new Calculation(plan);
    expect(calc.get(vp('vorbindungen'))).toBe(630_000);
    expect(calc.get(hh('plan', 'vorbindungen'))).toBe(630_000);
    expect(calc.get(hh('plan', 'mittelFuerNeufaelle'))).toBe(7_400_000 - 630_000);
    expect(formatPercent(calc.get(hh('plan', 'vorbindungsquote')))).toBe('8,5 %');
    // Typing stays possible: with the option off the typed figure is used again.
    const typed = run(plan, { type: 'setBudgetOptions', patch: { vorbindungenAusRegister: false } });
    expect(new Calculation(typed).get(hh('plan', 'vorbindungen'))).toBe(600_000);
  });

  it('Folgejahresbelastung: new commitments of 2016 and the multi-year rows (30.000 + 120.000 + 720.000)', () => {
    const calc = new Calculation(globalbudgetBeispiel());
    expect(calc.get(vp('mehrjaehrig.2017'))).toBe(840_000);
    expect(calc.get(vp('folgejahr.2017'))).toBe(870_000);
    expect(calc.get(vp('folgejahr.2019'))).toBe(420_000);
    expect(calc.get(vp('gebunden.2017'))).toBe(870_000 + 360_000 + 80_000 + 150_000);
  });

  it('[A16] Vorbindungsquote derived: 13,43 / 39,53 = 34,0 % (2016) and 15,8 / 31,92 = 49,5 % (2015)', () => {
    const calc = new Calculation(beispielplan());
    expect(formatPercent(calc.get(hh('plan', 'vorbindungsquote')))).toBe('34,0 %');
    expect(formatPercent(calc.get(hh('vorjahr', 'vorbindungsquote')))).toBe('49,5 %');
  });
});

describe('C.3 multi-year grants: the rest after the plan year', () => {
  it('Soziale Teilhabe 4,3 Mio. € for 2016-2018, 1,1 Mio. € in 2016: 3,2 Mio. € left', () => {
    const calc = new Calculation(beispielplan());
    expect(calc.get('drittmittel.dm-soziale-teilhabe.rest')).toBe(3_200_000);
    // The ESF programme began in 2015 and its 2015 use is not printed: no rest without it.
    expect(calc.get('drittmittel.dm-esf-lza.rest')).toBeNull();
    expect(calc.get('drittmittel.rest')).toBe(3_200_000);
  });
});
