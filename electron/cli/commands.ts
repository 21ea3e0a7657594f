/**
 * The command table. A new command (e.g. `export` to Excel, `pdf`) is one file exporting a
 * CliCommand and one entry here; help and dispatch pick it up.
 */
import { checkCommand } from './checkCommand';
import type { CliCommand } from './command';
import { computeCommand } from './computeCommand';
import { docxCommand } from './docxCommand';
import { consolidateCommand } from './consolidateCommand';
import { exportCommand } from './exportCommand';
import { helpCommand } from './helpCommand';
import { importCommand } from './importCommand';
import { pdfCommand } from './pdfCommand';
import { sampleCommand } from './sampleCommand';
import { takeoverCommand } from './takeoverCommand';
import { validateCommand } from './validateCommand';

export const COMMANDS: readonly CliCommand[] = [
  computeCommand,
  checkCommand,
  validateCommand,
  sampleCommand,
  pdfCommand,
  exportCommand,
  docxCommand,
  importCommand,
  takeoverCommand,
  consolidateCommand,
  helpCommand(() => COMMANDS),
];
