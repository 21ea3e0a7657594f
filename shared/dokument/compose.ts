/**
 * The Programm as one ordered document: the plan's chapters with their texts (placeholders
 * resolved to current values), the sheet tables placed after the texts they belong to
 * (tables.ts). The Word export (shared/docx/) and the PDF pack (renderer/print/sections/
 * programm.ts) both draw this, so they carry the same content.
 */
import type { Calculation } from '../calc/engine';
import type { Block, Inline, Kapitel, Text } from '../model/dokument';
import { SCHWERPUNKT_FELDER } from '../model/dokument';
import type { Plan } from '../model/plan';
import type { PrintTable } from '../outline/printTable';
import type { OutlineTable } from '../outline/types';
import { resolveFigure } from './figureText';
import type { TableContext } from './tables';
import { DOKUMENT_TABELLEN, documentTable, tableContext } from './tables';

export interface DocInline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  /** A placeholder: the figure's id, and whether it is missing from the plan. */
  figure?: { id: string; missing: boolean };
}

export type DocBlock =
  | { t: 'h'; level: 2 | 3; content: DocInline[] }
  | { t: 'p'; content: DocInline[] }
  | { t: 'ul'; items: DocInline[][] };

export type DocNode =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'text'; blocks: DocBlock[] }
  | { kind: 'table'; outline: OutlineTable; table: PrintTable };

export interface ComposedDocument {
  nodes: DocNode[];
  /** Placeholders whose figure does not exist, with where they are (for a warning). */
  missing: { id: string; where: string }[];
}

export function composeDocument(plan: Plan, calc: Calculation): ComposedDocument {
  const ctx = tableContext(plan, calc);
  const nodes: DocNode[] = [];
  const missing: ComposedDocument['missing'] = [];

  const inline = (i: Inline, where: string): DocInline => {
    if (i.t === 'figur') {
      const f = resolveFigure(calc, i.id);
      if (f.missing) missing.push({ id: i.id, where });
      return { text: f.text, figure: { id: i.id, missing: f.missing } };
    }
    return {
      text: i.text,
      ...(i.bold ? { bold: true } : {}),
      ...(i.italic ? { italic: true } : {}),
      ...(i.href ? { href: i.href } : {}),
    };
  };
  const text = (t: Text, headingLevel: 2 | 3, where: string) => {
    if (!t.length) return;
    const blocks = t.map((b: Block): DocBlock => {
      switch (b.t) {
        case 'h':
          return { t: 'h', level: headingLevel, content: b.content.map((i) => inline(i, where)) };
        case 'p':
          return { t: 'p', content: b.content.map((i) => inline(i, where)) };
        case 'ul':
          return { t: 'ul', items: b.items.map((item) => item.map((i) => inline(i, where))) };
      }
    });
    nodes.push({ kind: 'text', blocks });
  };
  const tables = (list: OutlineTable[]) => {
    for (const outline of list) nodes.push({ kind: 'table', outline, table: documentTable(outline, ctx) });
  };

  const present = DOKUMENT_TABELLEN.filter((t) => t.present?.(plan) ?? true);
  const chapter = (k: Kapitel) => {
    nodes.push({ kind: 'heading', level: 1, text: k.titel });
    const single = k.abschnitte.length === 1 && k.abschnitte[0]!.titel === k.titel;
    for (const a of k.abschnitte) {
      if (single) text(a.text, 2, k.titel);
      else if (a.text.length) {
        nodes.push({ kind: 'heading', level: 2, text: a.titel });
        text(a.text, 3, `${k.titel} › ${a.titel}`);
      }
    }
    const own = present.filter((t) => t.kapitel === k.art);
    if (k.art === 'schwerpunkte') schwerpunkte(own);
    for (const t of own) tables(t.tables(ctx));
  };
  const schwerpunkte = (own: typeof present) => {
    for (const area of plan.schwerpunkte) {
      nodes.push({ kind: 'heading', level: 2, text: area.name });
      const texts = plan.dokument.schwerpunkte.find((s) => s.schwerpunktId === area.id);
      for (const f of SCHWERPUNKT_FELDER) {
        const t = texts?.[f.feld] ?? [];
        if (!t.length) continue;
        nodes.push({ kind: 'heading', level: 3, text: f.titel });
        text(t, 3, `${area.name} › ${f.titel}`);
      }
      for (const t of own) tables(t.perSchwerpunkt?.(ctx, area.id) ?? []);
    }
  };

  for (const k of plan.dokument.kapitel) chapter(k);
  // Tables whose chapter the plan lacks get one of their own at the end.
  const arts = new Set(plan.dokument.kapitel.map((k) => k.art));
  for (const t of present)
    if (!arts.has(t.kapitel)) {
      nodes.push({ kind: 'heading', level: 1, text: t.titel });
      tables(t.tables(ctx));
    }
  return { nodes, missing };
}

export type { TableContext };
