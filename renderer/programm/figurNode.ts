/**
 * The figure placeholder in the editor: an inline atom holding a FigureDef id. It shows the
 * figure's current value (or a marked "Kennzahl fehlt"); the screen refreshes the values after
 * every plan change (refreshFigures).
 */
import { Node, mergeAttributes } from '@tiptap/core';
import type { ResolvedFigure } from '../../shared/dokument/figureText';

export type FigureResolver = (id: string) => ResolvedFigure;

export function paintFigure(el: HTMLElement, resolve: FigureResolver): void {
  const id = el.dataset.figur ?? '';
  const f = resolve(id);
  el.textContent = f.text;
  el.title = f.title;
  el.setAttribute('aria-label', `Platzhalter ${f.title}: ${f.text}`);
  el.classList.toggle('figur-missing', f.missing);
}

export function refreshFigures(root: HTMLElement, resolve: FigureResolver): void {
  root.querySelectorAll<HTMLElement>('span[data-figur]').forEach((el) => paintFigure(el, resolve));
}

export function figurNode(resolve: () => FigureResolver) {
  return Node.create({
    name: 'figur',
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,
    addAttributes() {
      return {
        id: {
          default: '',
          parseHTML: (el) => el.getAttribute('data-figur') ?? '',
          renderHTML: (attrs) => ({ 'data-figur': String(attrs.id) }),
        },
      };
    },
    parseHTML() {
      return [{ tag: 'span[data-figur]' }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['span', mergeAttributes(HTMLAttributes, { class: 'figur' })];
    },
    renderText({ node }) {
      return resolve()(String(node.attrs.id)).text;
    },
    addNodeView() {
      return ({ node }) => {
        const dom = document.createElement('span');
        dom.className = 'figur';
        dom.dataset.figur = String(node.attrs.id);
        dom.contentEditable = 'false';
        paintFigure(dom, resolve());
        return { dom };
      };
    },
  });
}
