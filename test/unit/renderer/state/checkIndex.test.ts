import { describe, expect, it } from 'vitest';
import type { Pruefung } from '../../../../shared/checks/pruefung';
import type { CellSpec } from '../../../../renderer/sheet/cellSpec';
import { changedCheckTargets, checkIndex, worstSeverity } from '../../../../renderer/state/checkIndex';

const check = (id: string, message: string, location: Pruefung['location']): Pruefung => ({
  id,
  severity: 'Warnung',
  sheet: location.sheet,
  message,
  location,
});

const ueber = (amount: string) =>
  check('auslastung-ueber', `EGT-Auslastung über 100 % (Überplanung ${amount})`, {
    sheet: 'haushalt',
    figureId: 'haushalt.plan.egtAuslastung',
  });
const ohneEintritte = check('row-mittel-ohne-eintritte:r-esg', 'Mittel ohne Eintritte', {
  sheet: 'portfolio',
  cellKey: 'row.r-esg.eintritte',
});

describe('changedCheckTargets: only cells whose markers or tooltips change repaint', () => {
  it('same checks: nothing to repaint', () => {
    expect([
      ...changedCheckTargets([ueber('21.070 €'), ohneEintritte], [ueber('21.070 €'), ohneEintritte]),
    ]).toEqual([]);
  });

  it('a new message on the same figure repaints that figure only', () => {
    expect([
      ...changedCheckTargets([ueber('21.070 €'), ohneEintritte], [ueber('321.070 €'), ohneEintritte]),
    ]).toEqual(['haushalt.plan.egtAuslastung']);
  });

  it('a check that appears or goes away repaints its cell', () => {
    expect([...changedCheckTargets([], [ohneEintritte])]).toEqual(['row.r-esg.eintritte']);
    expect([...changedCheckTargets([ohneEintritte], [])]).toEqual(['row.r-esg.eintritte']);
  });

  it('a cell key and a figure of the same check both repaint', () => {
    const both = check('x', 'm', {
      sheet: 'haushalt',
      cellKey: 'hh.plan.umschichtung',
      figureId: 'hh.plan.quote',
    });
    expect([...changedCheckTargets([], [both])].sort()).toEqual(['hh.plan.quote', 'hh.plan.umschichtung']);
  });
});

describe('checkIndex: the checks of a grid cell', () => {
  const fehler = { ...ohneEintritte, id: 'f', severity: 'Fehler' as const };
  const checks = [ueber('21.070 €'), ohneEintritte, fehler];
  const idx = checkIndex(checks);

  it('an input cell has the checks on its key and on the figure it shows', () => {
    const input: CellSpec = { kind: 'input', key: 'row.r-esg.eintritte', unit: 'count' };
    expect(idx.forSpec(input).map((c) => c.id)).toEqual([ohneEintritte.id, 'f']);
    const shown: CellSpec = { ...input, key: 'hh.x', figure: 'haushalt.plan.egtAuslastung' };
    expect(idx.forSpec(shown).map((c) => c.id)).toEqual(['auslastung-ueber']);
    expect(worstSeverity(idx, input)).toBe('Fehler');
  });

  it('a derived cell has the checks on its figure; text and label cells none', () => {
    const figure: CellSpec = { kind: 'figure', id: 'haushalt.plan.egtAuslastung', unit: 'ratio' };
    expect(idx.forSpec(figure).map((c) => c.id)).toEqual(['auslastung-ueber']);
    const label: CellSpec = { kind: 'label', text: 'row.r-esg.eintritte' };
    expect(idx.forSpec(label)).toEqual([]);
    expect(worstSeverity(idx, label)).toBeNull();
  });
});
