/** One section: its heading, a toolbar (formatting, link, figure placeholder) and its editor. */
import { useMemo, useRef, useState } from 'react';
import { figureTitle } from '../../shared/calc/figureDef';
import type { Calculation } from '../../shared/calc/engine';
import { SAFE_HREF } from '../../shared/file/dokumentSchema';
import type { Text, TextRef } from '../../shared/model/dokument';
import { uiStore } from '../state/uiStore';
import type { EditorHandle } from './TextEditor';
import { TextEditor } from './TextEditor';

/** Figures a text may refer to: the sheet totals and every area's, not single rows. */
export function placeholderFigures(calc: Calculation): { id: string; label: string }[] {
  return calc
    .definitions()
    .filter((d) => !d.id.startsWith('row.') && !d.id.startsWith('kennzahl.') && !d.id.startsWith('deckel.'))
    .map((d) => ({ id: d.id, label: figureTitle(d) }));
}

export function SectionEditor({
  textRef,
  titel,
  text,
  calc,
  version,
  domId,
}: {
  textRef: TextRef;
  titel: string;
  text: Text;
  calc: Calculation;
  version: number;
  domId: string;
}) {
  const handle = useRef<EditorHandle | null>(null);
  const [figur, setFigur] = useState('');
  const figures = useMemo(() => placeholderFigures(calc), [calc]);
  const run = (f: (h: EditorHandle) => void) => {
    if (handle.current) f(handle.current);
  };
  const link = () =>
    run((h) => {
      const href = window.prompt('Adresse des Links (https://… oder mailto:…):', 'https://');
      if (href === null) return;
      if (!SAFE_HREF.test(href.trim())) {
        uiStore.say('Ein Link muss mit https://, http:// oder mailto: beginnen.', 'error');
        return;
      }
      h.editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
    });
  return (
    <section className="programm-section" aria-labelledby={`${domId}-t`}>
      <h3 id={`${domId}-t`}>{titel}</h3>
      <div className="text-toolbar" role="toolbar" aria-label={`Format für „${titel}“`}>
        <button
          type="button"
          onClick={() => run((h) => h.editor.chain().focus().toggleBold().run())}
          title="Fett (Strg+B)"
        >
          Fett
        </button>
        <button
          type="button"
          onClick={() => run((h) => h.editor.chain().focus().toggleItalic().run())}
          title="Kursiv (Strg+I)"
        >
          Kursiv
        </button>
        <button
          type="button"
          onClick={() => run((h) => h.editor.chain().focus().toggleHeading({ level: 3 }).run())}
        >
          Zwischenüberschrift
        </button>
        <button type="button" onClick={() => run((h) => h.editor.chain().focus().toggleBulletList().run())}>
          Aufzählung
        </button>
        <button type="button" onClick={link}>
          Link…
        </button>
        <label>
          Kennzahl
          <select
            value={figur}
            onChange={(e) => setFigur(e.target.value)}
            aria-label={`Kennzahl für „${titel}“`}
          >
            <option value="">(wählen)</option>
            {figures.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!figur} onClick={() => run((h) => h.insertFigure(figur))}>
          Kennzahl einfügen
        </button>
      </div>
      <TextEditor
        textRef={textRef}
        label={titel}
        text={text}
        version={version}
        onReady={(h) => (handle.current = h)}
      />
    </section>
  );
}
