import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/runChecks';
import { writeInputRef } from '../../../shared/model/inputs';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

const ids = (p: Plan) => runChecks(p).map((c) => c.id);
const find = (p: Plan, id: string) => runChecks(p).find((c) => c.id === id);

describe('Plausibilitätsprüfungen (fachkonzept §3)', () => {
  it('the Beispielplan: Auslastung slightly above 100 % is a Warnung, nothing is a Fehler', () => {
    const checks = runChecks(beispielplan());
    const a = checks.find((c) => c.id === 'auslastung-ueber');
    expect(a?.severity).toBe('Warnung');
    expect(a?.message).toBe(
      'Haushalt (EGT) › EGT-Auslastung 2016: 100,1 % liegt über 100,0 % (Überplanung 21.070 €).',
    );
    expect(a?.location).toEqual({ sheet: 'haushalt', figureId: 'haushalt.plan.egtAuslastung' });
    expect(checks.filter((c) => c.severity === 'Fehler')).toEqual([]);
  });

  it('EGT-Auslastung below 90 % is a Hinweis', () => {
    const p = writeInputRef(beispielplan(), { kind: 'row', id: 'r-fbw', field: 'mittelansatz' }, 4_000_000);
    expect(find(p, 'auslastung-unter')?.severity).toBe('Hinweis');
    expect(ids(p)).not.toContain('auslastung-ueber');
  });

  it('Mittel für Neufälle negative is a Fehler pointing at the Vorbindungen', () => {
    const p = writeInputRef(
      beispielplan(),
      { kind: 'haushalt', field: 'vorbindungen', col: 'plan' },
      40_000_000,
    );
    const c = find(p, 'neufaelle-negativ:plan');
    expect(c?.severity).toBe('Fehler');
    expect(c?.message).toContain('-470.000 €');
    expect(c?.location.cellKey).toBe('hh.vorbindungen.plan');
  });

  it('legal cap exceeded is a Fehler (2016: § 16e + § 16f at most 20 %)', () => {
    const p = writeInputRef(beispielplan(), { kind: 'row', id: 'r-fav', field: 'mittelansatz' }, 8_100_000);
    const c = find(p, 'deckel:deckel-16e-16f-2012-2018');
    expect(c?.severity).toBe('Fehler');
    expect(c?.message).toMatch(/20,1 % der Eingliederungsmittel, erlaubt sind höchstens 20,0 %/);
    // the same plan in 2019 has no cap
    const p2019 = { ...p, header: { ...p.header, year: 2019 } };
    expect(ids(p2019).some((id) => id.startsWith('deckel:'))).toBe(false);
  });

  it('davon > total is a Fehler (Bildungszielplanung, Drittmittel)', () => {
    let p = writeInputRef(beispielplan(), { kind: 'bildung', bereich: 3, field: 'davonAbschluss' }, 61);
    expect(find(p, 'bildung-davon:3')?.severity).toBe('Fehler');
    p = writeInputRef(
      beispielplan(),
      { kind: 'drittmittel', id: 'dm-talentwerkstatt', field: 'davonPersonal' },
      300_000,
    );
    expect(find(p, 'drittmittel-davon:dm-talentwerkstatt')?.severity).toBe('Fehler');
  });

  it('Bildungszielplanung total ≠ FbW Eintritte is a Warnung', () => {
    const p = writeInputRef(beispielplan(), { kind: 'row', id: 'r-fbw', field: 'eintritte' }, 1650);
    const c = find(p, 'bildung-fbw');
    expect(c?.severity).toBe('Warnung');
    expect(c?.message).toContain('1.700');
    expect(c?.message).toContain('1.650');
    expect(ids(beispielplan())).not.toContain('bildung-fbw');
  });

  it('Σ davon abschlussorientiert ≠ Kennzahlen "darunter abschlussorientiert" is a Warnung', () => {
    expect(ids(beispielplan())).not.toContain('bildung-kennzahl-abschluss');
    const p = writeInputRef(beispielplan(), { kind: 'kennzahl', key: 'II.a', field: 'plaetzePlan' }, 300);
    expect(find(p, 'bildung-kennzahl-abschluss')?.severity).toBe('Warnung');
  });

  it('a row with Mittelansatz but no Eintritte, and EGT financing without a category, are Warnungen', () => {
    let p = writeInputRef(beispielplan(), { kind: 'row', id: 'r-optima', field: 'eintritte' }, null);
    expect(find(p, 'row-mittel-ohne-eintritte:r-optima')).toMatchObject({
      severity: 'Warnung',
      location: { sheet: 'portfolio', rowId: 'r-optima', cellKey: 'row.r-optima.eintritte' },
    });
    p = applyCommand(beispielplan(), {
      type: 'patchRow',
      rowId: 'r-optima',
      patch: { kategorie: null },
    }).plan;
    expect(find(p, 'row-ohne-kategorie:r-optima')?.severity).toBe('Warnung');
  });

  it('Kosten je Eintritt far from the Vorjahr is a Hinweis', () => {
    let p = writeInputRef(beispielplan(), { kind: 'row', id: 'r-egz', field: 'vorjahrEintritte' }, 500);
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'vorjahrMittel' }, 1_000_000); // 2.000 € → 4.000 €
    expect(find(p, 'row-kje-abweichung:r-egz')?.severity).toBe('Hinweis');
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'vorjahrMittel' }, 1_800_000); // 3.600 € → 4.000 €
    expect(ids(p)).not.toContain('row-kje-abweichung:r-egz');
  });

  it('results are sorted Fehler, Warnung, Hinweis', () => {
    let p = writeInputRef(
      beispielplan(),
      { kind: 'haushalt', field: 'vorbindungen', col: 'plan' },
      40_000_000,
    );
    p = writeInputRef(p, { kind: 'row', id: 'r-optima', field: 'eintritte' }, null);
    const sev = runChecks(p).map((c) => c.severity);
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ['Fehler', 'Warnung', 'Hinweis'].indexOf(a) - ['Fehler', 'Warnung', 'Hinweis'].indexOf(b),
      ),
    );
  });
});
