/**
 * One section's text in a TipTap (ProseMirror) editor. Edits reach the plan as one command per
 * burst of typing (after a pause, on leaving the field, before undo), so the app's undo,
 * autosave, change log and versions hold the text; Strg+Z/Strg+Y run the app's history, as in
 * the grids. Pasted HTML is cut down to the supported formatting by the editor's schema and by
 * tiptapText.ts; links must be http(s) or mailto.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';
import { resolveFigure } from '../../shared/dokument/figureText';
import { SAFE_HREF } from '../../shared/file/dokumentSchema';
import type { Text, TextRef } from '../../shared/model/dokument';
import { readText } from '../../shared/model/dokument';
import { runCommand, runHistory } from '../state/actions';
import { planStore } from '../state/planStore';
import { figurNode, refreshFigures } from './figurNode';
import { fromModelText, toModelText } from './tiptapText';

const PAUSE_MS = 700;
const resolver = () => (id: string) => resolveFigure(planStore.getState().calc, id);

/** Removes what no plan text may carry before the schema parses a paste (scripts, remote images, styles). */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed|svg|math)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(img|link|meta|base|input)\b[^>]*>/gi, '');
}

export interface EditorHandle {
  editor: Editor;
  insertFigure(id: string): void;
}

export function TextEditor({
  textRef,
  label,
  text,
  version,
  onReady,
}: {
  textRef: TextRef;
  label: string;
  text: Text;
  /** The plan's version: figures are repainted after every change. */
  version: number;
  onReady?: (handle: EditorHandle | null) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const refRef = useRef(textRef);
  refRef.current = textRef;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const commit = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const editor = editorRef.current;
      if (!editor) return;
      const next = toModelText(editor.getJSON());
      const current = readText(planStore.getState().plan.dokument, refRef.current) ?? [];
      if (JSON.stringify(next) !== JSON.stringify(current))
        runCommand({ type: 'setDokumentText', ref: refRef.current, text: next });
    };
    const editor = new Editor({
      element: host.current!,
      extensions: [
        StarterKit.configure({
          heading: { levels: [3] },
          blockquote: false,
          codeBlock: false,
          code: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          orderedList: false,
          undoRedo: false,
          link: { openOnClick: false, autolink: true, isAllowedUri: (url) => SAFE_HREF.test(url) },
        }),
        figurNode(resolver),
      ],
      content: fromModelText(text),
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'text-editor' },
        transformPastedHTML: cleanPastedHtml,
        handleKeyDown: (_view, e) => {
          const key = e.key.toLowerCase();
          if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || key === 'y')) {
            e.preventDefault();
            commit();
            runHistory(key === 'y' || e.shiftKey ? 'redo' : 'undo');
            return true;
          }
          return false;
        },
      },
      onUpdate: () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(commit, PAUSE_MS);
      },
      onBlur: commit,
    });
    editorRef.current = editor;
    onReady?.({
      editor,
      insertFigure: (id) => editor.chain().focus().insertContent({ type: 'figur', attrs: { id } }).run(),
    });
    return () => {
      commit();
      onReady?.(null);
      editorRef.current = null;
      editor.destroy();
    };
    // The editor lives as long as the section it shows.
  }, [JSON.stringify(textRef)]);

  // An undo, redo or another window changed the text: show the plan's text.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (JSON.stringify(toModelText(editor.getJSON())) !== JSON.stringify(text))
      editor.commands.setContent(fromModelText(text), { emitUpdate: false });
    refreshFigures(editor.view.dom, resolver());
  }, [text, version]);

  return <div ref={host} className="text-editor-host" />;
}
