/** `amip compute DATEI`: every derived figure of the plan as JSON, keys sorted, stable across runs. */
import { computeAll } from '../../shared/calc/engine';
import type { Num } from '../../shared/model/plan';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { singleFileArg } from './command';
import { readPlan } from './readPlan';

export const computeCommand: CliCommand = {
  name: 'compute',
  usage: 'DATEI',
  summary: 'alle berechneten Kennzahlen des Plans als JSON ausgeben',
  async run(args, io) {
    const path = singleFileArg(computeCommand, args, io);
    if (path === null) return EXIT_ERROR;
    const r = await readPlan(path, io);
    if (!r.ok) {
      io.stderr(`${r.message}\n`);
      return EXIT_ERROR;
    }
    if (r.migratedFrom !== undefined)
      io.stderr(
        `Hinweis: ${path} hat das ältere Dateiformat ${r.migratedFrom}; für die Berechnung umgewandelt.\n`,
      );
    const all = computeAll(r.plan);
    const figures: Record<string, Num> = {};
    for (const id of Object.keys(all).sort()) figures[id] = all[id] ?? null;
    const { jobcenter, year, variante } = r.plan.header;
    io.stdout(`${JSON.stringify({ plan: { jobcenter, year, variante }, figures }, null, 2)}\n`);
    return EXIT_OK;
  },
};
