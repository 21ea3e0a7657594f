/**
 * The Programm's chapters in the pack: the same composed document the Word export writes
 * (shared/dokument/compose.ts), its texts with placeholders resolved, as one section (chapters
 * run on without page breaks). The sheet tables follow in their own sections of the pack, so
 * each table is printed once.
 */
import type { Calculation } from '../../../shared/calc/engine';
import { composeDocument } from '../../../shared/dokument/compose';
import type { Plan } from '../../../shared/model/plan';
import type { PrintBlock, PrintSection } from '../packTypes';

export function programmSections(plan: Plan, calc: Calculation): PrintSection[] {
  const blocks: PrintBlock[] = [];
  // A chapter heading is printed only when text follows it (its tables are in the sheet sections).
  let pending: PrintBlock[] = [];
  for (const node of composeDocument(plan, calc).nodes) {
    if (node.kind === 'table') continue;
    if (node.kind === 'heading') {
      if (node.level === 1) pending = [];
      pending.push({ kind: 'heading', level: node.level === 1 ? 2 : 3, text: node.text });
      continue;
    }
    blocks.push(...pending, { kind: 'rich', blocks: node.blocks });
    pending = [];
  }
  return blocks.length ? [{ id: 'programm', title: 'Programm', orientation: 'portrait', blocks }] : [];
}
