import { afterEach, describe, expect, it } from 'vitest';
import {
  gridViewOf,
  readPlanView,
  rememberGrid,
  rememberScreen,
  storedWidths,
} from '../../../../renderer/state/viewMemory';

/** A localStorage for Node. */
class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
const g = globalThis as { localStorage?: unknown };
afterEach(() => {
  delete g.localStorage;
});

describe('the view remembered per plan', () => {
  it('sheet, widths and first row per plan; other plans untouched', () => {
    g.localStorage = new MemoryStorage();
    rememberScreen('p1', 'portfolio');
    rememberGrid('p1', 'portfolio', { widths: { kategorie: 120 } });
    rememberGrid('p1', 'portfolio', { firstRow: 12 });
    rememberScreen('p2', 'kennzahlen');
    expect(readPlanView('p1')).toEqual({
      screen: 'portfolio',
      grids: { portfolio: { widths: { kategorie: 120 }, firstRow: 12 } },
    });
    expect(gridViewOf('p2', 'portfolio')).toEqual({});
    expect(readPlanView('p2').screen).toBe('kennzahlen');
  });

  it('without localStorage or with a damaged entry nothing is remembered, nothing breaks', () => {
    expect(readPlanView('p1')).toEqual({});
    rememberScreen('p1', 'portfolio');
    const store = new MemoryStorage();
    g.localStorage = store;
    store.setItem('amip.ansicht.p1', '{kaputt');
    expect(readPlanView('p1')).toEqual({});
    expect(storedWidths({ widths: { a: 120, b: -5, c: 'breit' as unknown as number, d: 99999 } })).toEqual({
      a: 120,
    });
    expect(storedWidths({})).toBeNull();
  });
});
