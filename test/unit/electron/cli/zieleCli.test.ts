/** The CLI on a Zielvereinbarung: `sample NAME`, `compute` keys `ziel.<id>.<field>`, `check` runs the A.9 checks. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { zielvereinbarungDuesseldorf2018 } from '../../../../shared/sample/zielvereinbarungDuesseldorf2018';
import { fakeIo } from './fakeIo';

async function sampleFile(name: string): Promise<string> {
  const io = fakeIo();
  expect(await runCli(['sample', name], io)).toBe(0);
  return io.out();
}

describe('amip on a Zielvereinbarung', () => {
  it('sample --list names the two agreements; sample writes them as plan files', async () => {
    const list = fakeIo();
    expect(await runCli(['sample', '--list'], list)).toBe(0);
    expect(list.out()).toContain('zielvereinbarung-duesseldorf-2018');
    expect(list.out()).toContain('zielvereinbarung-borken-2014');
    const text = await sampleFile('zielvereinbarung-duesseldorf-2018');
    expect(parsePlanFile(text)).toEqual({ ok: true, plan: zielvereinbarungDuesseldorf2018() });
  });

  it('compute lists the figures of the targets under ziel.<id>.<field>, the total under ziele.iq.*', async () => {
    const io = fakeIo({ 'z.amip.json': await sampleFile('zielvereinbarung-duesseldorf-2018') });
    expect(await runCli(['compute', 'z.amip.json'], io)).toBe(0);
    const { figures } = JSON.parse(io.out()) as { figures: Record<string, number | null> };
    expect(figures['ziel.zl-iq-oaf.elbAbgeleitet']).toBeCloseTo(38_259.26, 2);
    expect(figures['ziel.zl-iq-oaf.vorjahrAbgeleitet']).toBeCloseTo(0.21176, 5);
    expect(figures['ziel.zl-iq-oaf.vorjahrAbweichung']).toBe(2.1);
    expect(figures['ziel.zl-k3.vorjahrAbweichung']).toBe(-0.4);
    expect(figures['ziel.zl-fbw.aenderungRel']).toBeCloseTo(0.1667, 4);
    expect(figures['ziel.zl-u25.faktor']).toBe(2.6);
    expect(figures['ziele.iq.quote']).toBeCloseTo(0.2076, 4);
    expect(figures['zieldialog.zd-2018-1.zl-akq-fluechtlinge.istWert']).toBe(0.48);
    expect(figures['ziel.zl-k3.zielwert']).toBeNull();
  });

  it('check prints the A.9 findings of the Ziele sheet; Warnungen only: exit code 0', async () => {
    const io = fakeIo({ 'z.amip.json': await sampleFile('zielvereinbarung-duesseldorf-2018') });
    expect(await runCli(['check', 'z.amip.json'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain(
      'Ziele › K2 Integrationsquote insgesamt: Veränderung: aus den Segmenten berechnet +0,9 %, laut Vereinbarung +0,8 %.',
    );
    expect(out).toContain(
      'Ziele › K3 Veränderung des Bestands an Langzeitleistungsbeziehenden: eine Veränderung ohne Vorjahreswert',
    );
  });
});
