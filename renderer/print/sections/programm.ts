/**
 * The Programm's chapters in the pack: the same composed document the Word export writes
 * (shared/dokument/compose.ts), its texts with placeholders resolved. The sheet tables follow
 * in their own sections of the pack, so each table is printed once.
 */
import type { Calculation } from '../../../shared/calc/engine';
import { composeDocument } from '../../../shared/dokument/compose';
import type { Plan } from '../../../shared/model/plan';
import type { PrintBlock, PrintSection } from '../packTypes';

export function programmSections(plan: Plan, calc: Calculation): PrintSection[] {
  const sections: PrintSection[] = [];
  let current: PrintSection | null = null;
  for (const node of composeDocument(plan, calc).nodes) {
    if (node.kind === 'heading' && node.level === 1) {
      current = { id: 'programm', title: node.text, orientation: 'portrait', blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current || node.kind === 'table') continue;
    const block: PrintBlock =
      node.kind === 'heading'
        ? { kind: 'heading', level: node.level === 3 ? 3 : 2, text: node.text }
        : { kind: 'rich', blocks: node.blocks };
    current.blocks.push(block);
  }
  // A chapter without any text has nothing to print here (its tables are in the sheet sections).
  return sections.filter((s) => s.blocks.some((b) => b.kind === 'rich'));
}
