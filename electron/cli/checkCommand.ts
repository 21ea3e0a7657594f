/** `amip check DATEI`: the Plausibilitätsprüfungen as text lines; exit 1 when any is a Fehler. */
import type { Pruefung, Severity } from '../../shared/checks/pruefung';
import { runChecks } from '../../shared/checks/runChecks';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { singleFileArg } from './command';
import { readPlan } from './readPlan';

const PLURAL: Record<Severity, [string, string]> = {
  Fehler: ['Fehler', 'Fehler'],
  Warnung: ['Warnung', 'Warnungen'],
  Hinweis: ['Hinweis', 'Hinweise'],
};

/** `Warnung  Haushalt (EGT) › EGT-Auslastung 2016: …`: severity padded so the messages line up. */
export function formatPruefung(p: Pruefung): string {
  return `${p.severity.padEnd(9)}${p.message}`;
}

function summary(findings: readonly Pruefung[]): string {
  const parts = (Object.keys(PLURAL) as Severity[]).map((s) => {
    const n = findings.filter((p) => p.severity === s).length;
    return `${n} ${PLURAL[s][n === 1 ? 0 : 1]}`;
  });
  return parts.join(', ');
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'DATEI',
  summary: 'Plausibilitätsprüfungen ausgeben; Exit-Code 1, wenn ein Fehler dabei ist',
  async run(args, io) {
    const path = singleFileArg(checkCommand, args, io);
    if (path === null) return EXIT_ERROR;
    const r = await readPlan(path, io);
    if (!r.ok) {
      io.stderr(`${r.message}\n`);
      return EXIT_ERROR;
    }
    const findings = runChecks(r.plan);
    for (const p of findings) io.stdout(`${formatPruefung(p)}\n`);
    io.stdout(findings.length === 0 ? 'Keine Auffälligkeiten.\n' : `${summary(findings)}\n`);
    return findings.some((p) => p.severity === 'Fehler') ? EXIT_FINDINGS : EXIT_OK;
  },
};
