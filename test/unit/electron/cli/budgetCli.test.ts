/**
 * The CLI on the named sample `globalbudget-beispiel`: `compute` prints the new figure keys the
 * README documents, `check` runs the checks of the Globalbudget and Verpflichtungen sheets, and
 * a version 1 file is upgraded with a Hinweis.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { serializePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { globalbudgetBeispiel } from '../../../../shared/sample/globalbudgetBeispiel';
import { fakeIo } from './fakeIo';

describe('amip on the Globalbudget sample', () => {
  it('compute prints the Globalbudget, Personal and register keys', async () => {
    const io = fakeIo({});
    expect(await runCli(['sample', 'globalbudget-beispiel', 'g.amip.json'], io)).toBe(0);
    const out = fakeIo({ 'g.amip.json': io.files.get('g.amip.json')! });
    expect(await runCli(['compute', 'g.amip.json'], out)).toBe(0);
    const figures = (JSON.parse(out.out()) as { figures: Record<string, number | null> }).figures;
    expect(figures).toMatchObject({
      'gb.gs-bmas.gesamt': 18_900_000,
      'gb.gs-bmas.diffGesamt': -100_000,
      'gb.grundlage.gesamt': 18_900_000,
      'gb.umschichtungNetto': 1_200_000,
      'haushalt.plan.umschichtungsbasis': 8_600_000,
      'haushalt.plan.mittelausstattung': 8_600_000,
      'haushalt.plan.vorbindungen': 630_000,
      'personal.gespraecheJeIfk': 1_125,
      'personal.kg-ep.schluessel': 150,
      'vp.vorbindungen': 630_000,
      'vp.folgejahr.2017': 870_000,
      'mj.r-umschulung.kasse.2017': 120_000,
      'drittmittel.dm-esf.rest': 600_000,
    });
  });

  it('check lists the Hinweis of the Verpflichtungsermächtigung and exits 0', async () => {
    const io = fakeIo({ g: serializePlanFile(globalbudgetBeispiel()) });
    expect(await runCli(['check', 'g'], io)).toBe(0);
    expect(io.out()).toContain(
      'Hinweis  Verpflichtungen › Folgejahresbelastung 2017: 870.000 € übersteigen die Verpflichtungsermächtigung 2017 (800.000 €).',
    );
  });

  it('compute reads a version 1 file and says it upgraded it', async () => {
    const file = JSON.parse(serializePlanFile(beispielplan())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    file.schemaVersion = 1;
    file.plan.schemaVersion = 1;
    delete file.plan.globalbudget;
    delete file.plan.personal;
    delete file.plan.verpflichtungen;
    const io = fakeIo({ alt: JSON.stringify(file) });
    expect(await runCli(['compute', 'alt'], io)).toBe(0);
    expect(io.err()).toBe('Hinweis: alt hat das ältere Dateiformat 1; für die Berechnung umgewandelt.\n');
    expect(
      (JSON.parse(io.out()) as { figures: Record<string, number> }).figures['haushalt.plan.vorbindungsquote'],
    ).toBeCloseTo(13_430_000 / 39_530_000, 12);
  });
});
