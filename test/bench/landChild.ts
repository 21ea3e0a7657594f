/**
 * One consolidation in a fresh process (spawned by landOps.ts), as `amip consolidate DIR --out`
 * does it: read and check every plan file, consolidate, write the Land workbook. Prints the
 * times and the process's peak resident memory as JSON.
 */
import { consolidate } from '../../shared/consolidate/consolidate';
import { landWorkbook } from '../../shared/excel/land/landWorkbook';
import { gatherLandSources } from '../../electron/cli/landSources';

const dir = process.argv[2]!;
const t0 = performance.now();
const { sources, refused } = await gatherLandSources([dir], undefined);
const c = consolidate(sources);
const t1 = performance.now();
const bytes = await landWorkbook(c);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    plans: sources.length,
    refused: refused.length,
    consolidateMs: t1 - t0,
    workbookMs: t2 - t1,
    workbookKb: Math.round(bytes.length / 1024),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
