import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { currentInputValue } from '../../../shared/model/inputs';
import { beispielplan } from '../../../shared/sample/beispielplan';

describe('the current value of an input cell', () => {
  it("is the plan's value for an ordinary cell, null when empty", () => {
    const plan = beispielplan();
    const calc = new Calculation(plan);
    expect(currentInputValue(plan, { key: 'row.r-egz.mittelansatz' }, calc)).toBe(2_200_000);
    expect(currentInputValue(plan, { key: 'row.r-mag.vorjahrMittel' }, calc)).toBeNull();
    expect(currentInputValue(plan, { key: 'row.r-gibt-es-nicht.eintritte' }, calc)).toBeNull();
  });

  it('is the figure it shows for the side of the Umschichtung that follows the other', () => {
    // typed as 5 %: the amount follows from the share (5 % of 40.360.000 €); the amount typed
    // before stays stored beside it for the rounding pair, but the cell shows the figure
    const plan = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.05 }],
    }).plan;
    const calc = new Calculation(plan);
    const betrag = { key: 'hh.umschichtung.plan', figure: 'haushalt.plan.umschichtung' };
    const quote = { key: 'hh.umschichtungsquote.plan', figure: 'haushalt.plan.umschichtungsquote' };
    expect(currentInputValue(plan, { key: betrag.key }, calc)).toBe(830_000);
    expect(currentInputValue(plan, betrag, calc)).toBe(2_018_000);
    expect(currentInputValue(plan, quote, calc)).toBe(0.05);
  });
});
