import { describe, expect, it } from 'vitest';
import type { Pruefung } from '../../../shared/checks/pruefung';
import { changedCheckTargets } from '../../../renderer/state/checkIndex';

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
