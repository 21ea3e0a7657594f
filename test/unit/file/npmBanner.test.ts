import { describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '../../../shared/file/planFile';
import { beispielplan } from '../../../shared/sample/beispielplan';

describe('a plan file written through `npm run cli -- sample > file`', () => {
  it('opens although npm put its script banner in front of the JSON', () => {
    const text = `\n> amip-planer@0.1.0 cli\n> tsx electron/cli.ts sample\n\n${serializePlanFile(beispielplan())}`;
    const r = parsePlanFile(text);
    expect(r.ok).toBe(true);
  });

  it('other text before the JSON is still refused', () => {
    const r = parsePlanFile(`hallo\n${serializePlanFile(beispielplan())}`);
    expect(r.ok).toBe(false);
  });
});
