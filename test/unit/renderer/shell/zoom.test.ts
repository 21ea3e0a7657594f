import { describe, expect, it } from 'vitest';
import { ZOOM_LEVELS, zoomKey, zoomStep } from '../../../../renderer/shell/zoom';

const key = (k: string, ctrl = true) => ({ key: k, ctrlKey: ctrl, metaKey: false });

describe('zoom', () => {
  it('steps through the levels, stopping at both ends', () => {
    expect(zoomStep(1, 1)).toBe(1.1);
    expect(zoomStep(1, -1)).toBe(0.9);
    expect(zoomStep(1.05, 1)).toBe(1.1);
    expect(zoomStep(ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!, 1)).toBe(2);
    expect(zoomStep(ZOOM_LEVELS[0], -1)).toBe(0.67);
  });

  it('Strg++ (also Strg+= and the number pad), Strg+-, Strg+0; nothing without Strg', () => {
    expect(zoomKey(key('+'))).toBe(1);
    expect(zoomKey(key('='))).toBe(1);
    expect(zoomKey(key('-'))).toBe(-1);
    expect(zoomKey(key('0'))).toBe(0);
    expect(zoomKey(key('+', false))).toBeNull();
    expect(zoomKey(key('z'))).toBeNull();
  });
});
