import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import type { CliCommand } from '../../../../electron/cli/command';
import { COMMANDS } from '../../../../electron/cli/commands';
import { Calculation, computeAll } from '../../../../shared/calc/engine';
import { runChecks } from '../../../../shared/checks/runChecks';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { SAMPLES } from '../../../../shared/sample/samples';
import type { Plan } from '../../../../shared/model/plan';
import { fakeIo } from './fakeIo';

const sampleFile = () => serializePlanFile(beispielplan());

/** The Beispielplan with a negative Mittel für Neufälle: a Fehler for the checks. */
function planWithFehler(): Plan {
  const plan = beispielplan();
  plan.haushalt.vorbindungen.plan = 99_000_000;
  return plan;
}

describe('amip compute', () => {
  it('prints every figure of computeAll with sorted keys and the plan header', async () => {
    const io = fakeIo({ 'p.amip.json': sampleFile() });
    expect(await runCli(['compute', 'p.amip.json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { plan: unknown; figures: Record<string, number | null> };
    expect(out.plan).toEqual({
      jobcenter: 'Jobcenter Düsseldorf',
      year: 2016,
      variante: 'Beispielplan Düsseldorf 2016',
    });
    expect(out.figures).toEqual(computeAll(beispielplan()));
    const keys = Object.keys(out.figures);
    expect(keys).toEqual([...keys].sort());
    expect(io.err()).toBe('');
  });

  it('gives the same text on every run', async () => {
    const a = fakeIo({ p: sampleFile() });
    const b = fakeIo({ p: serializePlanFile(beispielplan(), new Date(0)) });
    await runCli(['compute', 'p'], a);
    await runCli(['compute', 'p'], b);
    expect(a.out()).toBe(b.out());
  });

  it("reads a file written through `npm run cli -- sample >` despite npm's banner", async () => {
    const banner = '\n> amip-planer@0.1.0 cli\n> tsx electron/cli.ts sample\n\n';
    const io = fakeIo({ s: banner + sampleFile() });
    expect(await runCli(['compute', 's'], io)).toBe(0);
  });
});

describe('amip check', () => {
  it('prints the Prüfungen as "Schwere  Blatt › …" lines; only Warnungen → exit 0', async () => {
    const io = fakeIo({ p: sampleFile() });
    const expected = runChecks(beispielplan(), new Calculation(beispielplan()));
    expect(expected.some((p) => p.severity === 'Fehler')).toBe(false);
    expect(await runCli(['check', 'p'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(expected.map((p) => `${p.severity.padEnd(9)}${p.message}`));
    expect(lines[0]).toMatch(/^Warnung {2}Haushalt \(EGT\) › EGT-Auslastung 2016: /);
  });

  it('exits 1 when a Fehler is among the findings', async () => {
    const io = fakeIo({ p: serializePlanFile(planWithFehler()) });
    expect(await runCli(['check', 'p'], io)).toBe(1);
    expect(io.out()).toMatch(/^Fehler {3}Haushalt \(EGT\) › Mittel für Neufälle 2016: /m);
    expect(io.out()).toMatch(/^[1-9]\d* Fehler, /m);
  });
});

describe('amip validate', () => {
  it('says "gültig" for the Beispielplan', async () => {
    const io = fakeIo({ 'p.amip.json': sampleFile() });
    expect(await runCli(['validate', 'p.amip.json'], io)).toBe(0);
    expect(io.out()).toBe('p.amip.json: gültig\n');
  });

  it('lists the German messages with their paths and exits 2', async () => {
    const file = JSON.parse(sampleFile());
    file.plan.schwerpunkte[1].rows[3].eintritte = 'abc';
    const io = fakeIo({ p: JSON.stringify(file) });
    expect(await runCli(['validate', 'p'], io)).toBe(2);
    expect(io.err()).toBe(
      'p ist kein gültiger Plan:\n  plan.schwerpunkte[1].rows[3].eintritte: Zahl ≥ 0 erwartet, gefunden "abc"\n',
    );
    expect(io.out()).toBe('');
  });

  it('notes an older file format that was upgraded', async () => {
    const file = JSON.parse(sampleFile());
    file.schemaVersion = 0;
    file.plan.haushalt.umschichtung = { plan: 830_000, vorjahr: 4_230_000 };
    const io = fakeIo({ p: JSON.stringify(file) });
    expect(await runCli(['validate', 'p'], io)).toBe(0);
    expect(io.out()).toBe('p: gültig (älteres Dateiformat 0, wird beim Speichern umgestellt)\n');
  });
});

describe('amip sample', () => {
  it('writes a valid Beispielplan file to stdout', async () => {
    const io = fakeIo();
    expect(await runCli(['sample'], io)).toBe(0);
    expect(parsePlanFile(io.out())).toEqual({ ok: true, plan: beispielplan() });
  });

  it('or into the file it is given', async () => {
    const io = fakeIo();
    expect(await runCli(['sample', 's.amip.json'], io)).toBe(0);
    expect(parsePlanFile(io.files.get('s.amip.json')!)).toEqual({ ok: true, plan: beispielplan() });
    expect(io.out()).toBe('Beispielplan duesseldorf-2016 gespeichert: s.amip.json\n');
  });

  it('--list names every sample with its description; a name picks it, with or without a file', async () => {
    const list = fakeIo();
    expect(await runCli(['sample', '--list'], list)).toBe(0);
    expect(
      list
        .out()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(SAMPLES.map((s) => s.name));
    for (const sample of SAMPLES) {
      const out = fakeIo();
      expect(await runCli(['sample', sample.name], out)).toBe(0);
      expect(parsePlanFile(out.out())).toEqual({ ok: true, plan: sample.build() });
      const file = fakeIo();
      expect(await runCli(['sample', sample.name, 'x.amip.json'], file)).toBe(0);
      expect(parsePlanFile(file.files.get('x.amip.json')!)).toEqual({ ok: true, plan: sample.build() });
    }
  });

  it('an unknown name followed by a file is refused with the hint to --list', async () => {
    const io = fakeIo();
    expect(await runCli(['sample', 'hamburg-2030', 'x.amip.json'], io)).toBe(2);
    expect(io.err()).toContain('Unbekannter Beispielplan „hamburg-2030“ (amip sample --list).');
    expect(io.files.size).toBe(0);
  });

  it('reports a file it cannot write', async () => {
    const io = fakeIo({}, ['ordner']);
    expect(await runCli(['sample', 'ordner'], io)).toBe(2);
    expect(io.err()).toBe('ordner lässt sich nicht schreiben (EISDIR).\n');
  });
});

describe('amip: wrong calls and unreadable files end in one German line and exit 2', () => {
  it.each<[string, string[], Record<string, string>, string]>([
    ['missing file', ['compute', 'weg.amip.json'], {}, 'Datei nicht gefunden: weg.amip.json\n'],
    ['a directory', ['check', 'ordner'], {}, 'ordner ist ein Verzeichnis, keine Plandatei.\n'],
    ['not JSON', ['validate', 'x'], { x: 'Hallo' }, 'x ist kein gültiger Plan:\n  keine gültige JSON-Datei'],
    [
      'another JSON',
      ['compute', 'x'],
      { x: '{"a": 1}' },
      'x ist kein gültiger Plan:\n  format: keine AMIP-Planer-Datei',
    ],
    ['no file name', ['compute'], {}, 'Dateiname fehlt. Aufruf: amip compute DATEI\n'],
    ['two file names', ['check', 'a', 'b'], {}, 'Zu viele Angaben. Aufruf: amip check DATEI\n'],
    ['unknown command', ['drucken', 'x'], {}, 'Unbekannter Befehl "drucken". Übersicht: amip help\n'],
  ])('%s', async (_name, argv, files, message) => {
    const io = fakeIo(files, ['ordner']);
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err().startsWith(message)).toBe(true);
    expect(io.out()).toBe('');
  });

  it('catches an unexpected exception of a command', async () => {
    const broken: CliCommand = {
      name: 'kaputt',
      usage: '',
      summary: '',
      run: () => Promise.reject(new Error('Division durch null')),
    };
    const io = fakeIo();
    expect(await runCli(['kaputt'], io, [broken])).toBe(2);
    expect(io.err()).toBe('Unerwarteter Fehler bei "kaputt": Division durch null\n');
  });

  it('without a command prints the help to stderr and exits 2', async () => {
    const io = fakeIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.err()).toContain('Befehle:');
  });
});

describe('amip help', () => {
  it('lists every command of the table', async () => {
    const io = fakeIo();
    expect(await runCli(['help'], io)).toBe(0);
    const lines = io.out().split('\n');
    for (const c of COMMANDS)
      expect(lines.some((l) => l.startsWith(`  ${c.name} `) && l.endsWith(c.summary))).toBe(true);
  });
});
