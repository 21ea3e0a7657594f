/**
 * The editor's document (ProseMirror JSON from TipTap) to the plan's text model and back. Only
 * what the model supports survives: paragraphs, level-3 headings, bullet lists, bold, italic,
 * http(s)/mailto links and figure placeholders. Anything else a paste brought (images, tables,
 * scripts, colours) is dropped here, and by the editor's schema before that.
 */
import type { JSONContent } from '@tiptap/core';
import { SAFE_HREF } from '../../shared/file/dokumentSchema';
import type { Block, Inline, Text } from '../../shared/model/dokument';

function inlines(nodes: JSONContent[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'figur' && typeof n.attrs?.id === 'string') out.push({ t: 'figur', id: n.attrs.id });
    else if (n.type === 'hardBreak') push(out, { t: 'text', text: ' ' });
    else if (n.type === 'text' && n.text) {
      const marks = n.marks ?? [];
      const href = marks.find((m) => m.type === 'link')?.attrs?.href;
      push(out, {
        t: 'text',
        text: n.text,
        ...(marks.some((m) => m.type === 'bold') ? { bold: true as const } : {}),
        ...(marks.some((m) => m.type === 'italic') ? { italic: true as const } : {}),
        ...(typeof href === 'string' && SAFE_HREF.test(href) ? { href } : {}),
      });
    } else if (n.content) out.push(...inlines(n.content));
  }
  return out;
}

/** Joins a run to the one before when both carry the same marks (the editor splits them freely). */
function push(out: Inline[], i: Inline): void {
  const last = out[out.length - 1];
  if (
    i.t === 'text' &&
    last?.t === 'text' &&
    last.bold === i.bold &&
    last.italic === i.italic &&
    last.href === i.href
  )
    out[out.length - 1] = { ...last, text: last.text + i.text };
  else out.push(i);
}

function listItems(list: JSONContent): Inline[][] {
  const items: Inline[][] = [];
  for (const item of list.content ?? [])
    for (const child of item.content ?? []) {
      // Nested lists become further points: the model has one level.
      if (child.type === 'bulletList' || child.type === 'orderedList') items.push(...listItems(child));
      else items.push(inlines(child.content));
    }
  return items;
}

export function toModelText(doc: JSONContent): Text {
  const blocks: Block[] = [];
  for (const n of doc.content ?? []) {
    if (n.type === 'heading') blocks.push({ t: 'h', content: inlines(n.content) });
    else if (n.type === 'bulletList' || n.type === 'orderedList')
      blocks.push({ t: 'ul', items: listItems(n) });
    else {
      const content = inlines(n.content);
      // An empty paragraph is the editor's placeholder line, not text.
      if (content.length) blocks.push({ t: 'p', content });
    }
  }
  return blocks;
}

function fromInlines(content: Inline[]): JSONContent[] {
  return content.map((i) => {
    if (i.t === 'figur') return { type: 'figur', attrs: { id: i.id } };
    const marks = [
      ...(i.bold ? [{ type: 'bold' }] : []),
      ...(i.italic ? [{ type: 'italic' }] : []),
      ...(i.href ? [{ type: 'link', attrs: { href: i.href } }] : []),
    ];
    return { type: 'text', text: i.text, ...(marks.length ? { marks } : {}) };
  });
}

export function fromModelText(text: Text): JSONContent {
  const content: JSONContent[] = text.map((b) => {
    switch (b.t) {
      case 'h':
        return { type: 'heading', attrs: { level: 3 }, content: fromInlines(b.content) };
      case 'p':
        return { type: 'paragraph', content: fromInlines(b.content) };
      case 'ul':
        return {
          type: 'bulletList',
          content: b.items.map((item) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: fromInlines(item) }],
          })),
        };
    }
  });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
