/**
 * Fortschreibung with multi-year money (zielplanung.md C.1, issue 14 point 5): the running
 * commitments stay in the register, this year's multi-year rows become commitments, the new
 * plan year's Vorbindungen are filled from both, and the plan says so.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { validatePlan } from '../../../shared/file/planFile';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { fortschreiben } from '../../../shared/storage/fortschreibung';

const opts = (keepInputs: boolean) => ({
  newId: 'plan-2017',
  now: '2016-09-01T08:00:00.000Z',
  author: 'Frau P',
  keepInputs,
});

describe('Fortschreibung of the register and the multi-year rows', () => {
  const source = globalbudgetBeispiel();
  const next = fortschreiben(source, opts(false));

  it('fills next year’s Vorbindungen with what 2016 said about 2017 (1.460.000 €) and says so', () => {
    const before = new Calculation(source);
    const after = new Calculation(next);
    expect(before.get('vp.gebunden.2017')).toBe(1_460_000);
    expect(after.get('vp.vorbindungen')).toBe(1_460_000);
    expect(next.haushalt.vorbindungen.plan).toBe(1_460_000);
    expect(after.get(hh('plan', 'vorbindungen'))).toBe(1_460_000);
    expect(next.verpflichtungen.herkunft).toBe(
      'Vorbindungen 2017 aus der Fortschreibung von Plan 2016: 1.460.000 € aus 4 laufenden Verpflichtungen des Registers und 2 mehrjährigen Maßnahmen 2016.',
    );
  });

  it('the multi-year rows of 2016 are commitments of the register, entered into in 2016', () => {
    const fromRows = next.verpflichtungen.eintraege.filter(
      (v) => v.jahr === 2016 && v.id.startsWith('vp-r-'),
    );
    expect(fromRows.map((v) => [v.bezeichnung, v.beginn, v.ende, v.gesamt])).toEqual([
      ['Umschulung (FbW, 24 Monate) (Eintritte 2016)', '2016-09', '2018-08', 240_000],
      [
        'Berufsausbildung in außerbetrieblichen Einrichtungen (BaE) (Eintritte 2016)',
        '2016-08',
        '2019-07',
        2_160_000,
      ],
    ]);
    const after = new Calculation(next);
    expect(after.get('vp.vp-r-umschulung-2016.kasse.2017')).toBe(120_000);
    expect(after.get('vp.vp-r-umschulung-2016.kasse.2018')).toBe(80_000);
  });

  it('the Vorjahr columns take the figures 2016 used; the new Vorjahr ceiling is the 2016 quota', () => {
    expect(next.haushalt.mittelausstattung.vorjahr).toBe(8_600_000);
    expect(next.haushalt.vorbindungen.vorjahr).toBe(630_000);
    expect(next.globalbudget.obergrenzeVorjahr).toBe(0.1395);
    expect(next.globalbudget.obergrenzeVorjahrBasis).toBe(8_600_000);
    expect(next.globalbudget.schaetzungen.every((s) => s.vwb === null && s.egm === null)).toBe(true);
    // A grant's use moves into the years before.
    expect(next.drittmittel[0]!.verwendetVorjahre).toBe(400_000);
    expect(new Calculation(next).get('drittmittel.dm-esf.rest')).toBe(600_000);
  });

  it('gives valid plans; a plan without register or multi-year rows is carried as before', () => {
    for (const keep of [true, false]) {
      const r = validatePlan(fortschreiben(source, opts(keep)));
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
    const plain = fortschreiben(beispielplan(), opts(false));
    expect(plain.haushalt.vorbindungen.plan).toBeNull();
    expect(plain.verpflichtungen.herkunft).toBe('');
  });
});
