import { describe, expect, it } from 'vitest';
import { difference, formatDelta, formatDeltaPercent } from '../../../shared/storage/difference';

const shown = (
  before: number | null | undefined,
  after: number | null | undefined,
  unit: 'eur' | 'count' | 'ratio',
) => {
  const d = difference(before, after, unit);
  return [formatDelta(d, unit), formatDeltaPercent(d)];
};

describe('Δ and % of the version comparison', () => {
  it('amounts and counts: signed Δ in the unit, % of the version value', () => {
    expect(shown(2_200_000, 2_000_000, 'eur')).toEqual(['-200.000 €', '-9,1 %']);
    expect(shown(550, 605, 'count')).toEqual(['+55', '+10,0 %']);
    expect(shown(-100, -50, 'eur')).toEqual(['+50 €', '+50,0 %']);
  });
  it('shares: percentage points, no %', () => {
    expect(shown(0.951, 0.963, 'ratio')).toEqual(['+1,2 %-Pkt.', '']);
  });
  it('no % without a base; nothing when a side does not exist or both are empty', () => {
    expect(shown(null, 100, 'count')).toEqual(['+100', '']);
    expect(shown(0, 100, 'eur')).toEqual(['+100 €', '']);
    expect(shown(undefined, 100, 'eur')).toEqual(['', '']);
    expect(shown(null, null, 'eur')).toEqual(['', '']);
  });
});
