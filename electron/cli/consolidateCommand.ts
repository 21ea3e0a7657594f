/**
 * `amip consolidate EINGABE… [--out LAND.xlsx] [--json] [--jahr JAHR]`: many Jobcenters' plans
 * as one Land or regional view (issue 18). Without --out and --json a short summary per group.
 * Exit 0: everything taken; 1: written, but files were left out or duplicates not added
 * (listed on stderr); 2: wrong call, nothing to consolidate, or the workbook not written.
 */
import { consolidate } from '../../shared/consolidate/consolidate';
import type { LandRefusal } from '../../shared/consolidate/landJson';
import { landJson } from '../../shared/consolidate/landJson';
import type { Consolidation } from '../../shared/consolidate/types';
import { landWorkbook } from '../../shared/excel/land/landWorkbook';
import { formatFigure } from '../../shared/format/numberFormat';
import { replaceFile } from '../files/regularFiles';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import type { LandSourceDeps } from './landSources';
import { gatherLandSources, nodeLandSourceDeps } from './landSources';
import { describeWriteError } from './readPlan';

export interface ConsolidateDeps {
  sources: LandSourceDeps;
  writeBinary(path: string, bytes: Uint8Array): Promise<void>;
}

const nodeDeps: ConsolidateDeps = {
  sources: nodeLandSourceDeps,
  writeBinary: (path, bytes) => replaceFile(path, bytes),
};

interface Options {
  inputs: string[];
  out?: string;
  json: boolean;
  year?: number;
}

function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { inputs: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--out' || a === '--jahr') {
      const v = args[++i];
      if (v === undefined || v === '') return `${a} braucht eine Angabe`;
      if (a === '--out') {
        if (!v.toLowerCase().endsWith('.xlsx')) return `Die Ausgabedatei muss auf .xlsx enden: ${v}`;
        o.out = v;
      } else {
        if (!/^\d{4}$/.test(v)) return `--jahr erwartet eine Jahreszahl, nicht „${v}“`;
        o.year = Number(v);
      }
    } else if (a.startsWith('--')) return `Unbekannte Angabe ${a}`;
    else if (a === '') return 'Leere Angabe';
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) return 'Dateien oder Ordner fehlen';
  return o;
}

/** One line per group: how many Jobcenters, the money and the Land rates. */
function summary(c: Consolidation): string {
  const keys = [
    'summeEingliederungsmittel',
    'geplanterMitteleinsatz',
    'egtAuslastung',
    'umschichtungsquote',
    'kostenJeEintritt',
  ];
  return c.groups
    .map((g) => {
      const parts = keys.map(
        (k) => `${c.labels[k]} ${formatFigure(g.totals[k]?.value ?? null, c.units[k] ?? 'eur')}`,
      );
      const marked = g.outliers.length > 0 ? `; ${g.outliers.length} Ausreißer` : '';
      return `${g.label}: ${g.jobcenter.length} Jobcenter; ${parts.join('; ')}${marked}\n`;
    })
    .join('');
}

export function makeConsolidateCommand(deps: ConsolidateDeps = nodeDeps): CliCommand {
  const command: CliCommand = {
    name: 'consolidate',
    usage: 'EINGABE… [--out LAND.xlsx] [--json]',
    summary:
      'Pläne vieler Jobcenter (Ordner, .amip.json, exportierte .xlsx) zur Land-/Regionalansicht zusammenführen (auch --jahr JAHR); Exit-Code 1 = nicht alles aufgenommen',
    async run(args, io) {
      const o = parseArgs(args);
      if (typeof o === 'string') {
        io.stderr(`${o}. Aufruf: amip ${command.name} ${command.usage} [--jahr JAHR]\n`);
        return EXIT_ERROR;
      }
      const { sources, refused } = await gatherLandSources(o.inputs, o.year, deps.sources);
      for (const r of refused) io.stderr(`Nicht aufgenommen: ${r.source}: ${r.message}\n`);
      if (sources.length === 0) {
        io.stderr('Kein Plan zum Zusammenführen; es wurde nichts geschrieben.\n');
        return EXIT_ERROR;
      }
      const c = consolidate(sources);
      for (const d of c.duplicates)
        io.stderr(
          `Doppelt, nicht addiert: ${d.source} (${d.jobcenter}, ${d.year}, ${d.variante}); aufgenommen ist ${d.keptSource}\n`,
        );
      if (o.out !== undefined) {
        const bytes = await landWorkbook(c, { refused: refused as LandRefusal[] });
        try {
          await deps.writeBinary(o.out, bytes);
        } catch (e) {
          io.stderr(`${describeWriteError(o.out, e)}\n`);
          return EXIT_ERROR;
        }
        io.stderr(`Land-Arbeitsmappe geschrieben: ${o.out} (${Math.round(bytes.length / 1024)} KB)\n`);
      }
      if (o.json) io.stdout(`${JSON.stringify(landJson(c, refused), null, 2)}\n`);
      else io.stdout(summary(c));
      return refused.length > 0 || c.duplicates.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    },
  };
  return command;
}

export const consolidateCommand = makeConsolidateCommand();
