/**
 * Programmtext: the chapters of the Arbeitsmarkt- und Integrationsprogramm with their texts.
 * Left the chapters (choose, move, add, rename, remove free ones), right the chosen chapter's
 * sections, each in a text editor. Every change is a command (shared/commands/dokumentCommands.ts).
 */
import { useState } from 'react';
import type { Kapitel } from '../../shared/model/dokument';
import { SCHWERPUNKT_FELDER, freiesKapitel } from '../../shared/model/dokument';
import { newId } from '../../shared/model/ids';
import { SectionEditor } from '../programm/SectionEditor';
import type { ScreenProps } from '../shell/screenRegistry';
import { runCommand } from '../state/actions';
import { usePlanState } from '../state/planStore';

export function ProgrammScreen(_props: ScreenProps) {
  const { plan, calc, version } = usePlanState();
  const kapitel = plan.dokument.kapitel;
  const [chosen, setChosen] = useState<string>(kapitel[0]?.id ?? '');
  const current: Kapitel | undefined = kapitel.find((k) => k.id === chosen) ?? kapitel[0];
  const [neu, setNeu] = useState('');

  const add = () => {
    const titel = neu.trim() || 'Neues Kapitel';
    const k = freiesKapitel(newId('kap'), titel);
    const at = current ? kapitel.indexOf(current) + 1 : kapitel.length;
    if (runCommand({ type: 'insertKapitel', kapitel: k, index: at })) {
      setChosen(k.id);
      setNeu('');
    }
  };
  const rename = (k: Kapitel, titel: string) => {
    if (titel.trim() && titel !== k.titel)
      runCommand({ type: 'setKapitelTitel', kapitelId: k.id, titel: titel.trim() });
  };

  return (
    <div className="screen-body screen-scroll programm-screen">
      <nav className="panel programm-chapters" aria-labelledby="programm-kapitel">
        <h2 id="programm-kapitel">Kapitel</h2>
        <ol>
          {kapitel.map((k, i) => (
            <li key={k.id}>
              <button
                type="button"
                aria-current={k.id === current?.id ? 'true' : undefined}
                onClick={() => setChosen(k.id)}
              >
                {k.titel}
              </button>
              <button
                type="button"
                aria-label={`„${k.titel}“ nach oben`}
                disabled={i === 0}
                onClick={() => runCommand({ type: 'moveKapitel', kapitelId: k.id, toIndex: i - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`„${k.titel}“ nach unten`}
                disabled={i === kapitel.length - 1}
                onClick={() => runCommand({ type: 'moveKapitel', kapitelId: k.id, toIndex: i + 1 })}
              >
                ↓
              </button>
              {k.art === 'frei' ? (
                <button
                  type="button"
                  aria-label={`Kapitel „${k.titel}“ löschen`}
                  onClick={() => runCommand({ type: 'deleteKapitel', kapitelId: k.id })}
                >
                  ✕
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <label>
          Neues Kapitel
          <input
            value={neu}
            onChange={(e) => setNeu(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </label>
        <button type="button" onClick={add}>
          Kapitel hinzufügen
        </button>
      </nav>
      {current ? (
        <section className="panel programm-chapter" aria-labelledby="programm-titel">
          <h2 id="programm-titel">{current.titel}</h2>
          <label>
            Überschrift des Kapitels
            <input
              key={`${current.id}-${current.titel}`}
              defaultValue={current.titel}
              onBlur={(e) => rename(current, e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && rename(current, e.currentTarget.value)}
            />
          </label>
          <p className="hint">
            Texte mit Zwischenüberschriften, Aufzählungen, Fett, Kursiv und Links; Kennzahlen werden mit ihrem
            aktuellen Wert gezeigt und exportiert. Datei → Exportieren als Word… schreibt das ganze Programm.
          </p>
          {current.abschnitte.map((a) => (
            <SectionEditor
              key={`${current.id}/${a.id}`}
              domId={`abschnitt-${current.id}-${a.id}`}
              textRef={{ kind: 'kapitel', kapitelId: current.id, abschnittId: a.id }}
              titel={current.abschnitte.length === 1 ? current.titel : a.titel}
              text={a.text}
              calc={calc}
              version={version}
            />
          ))}
          {current.art === 'schwerpunkte'
            ? plan.schwerpunkte.map((area) => {
                const texts = plan.dokument.schwerpunkte.find((s) => s.schwerpunktId === area.id);
                return (
                  <section
                    key={area.id}
                    className="programm-area"
                    aria-label={`Handlungsschwerpunkt ${area.name}`}
                  >
                    <h3>{area.name}</h3>
                    {SCHWERPUNKT_FELDER.map((f) => (
                      <SectionEditor
                        key={f.feld}
                        domId={`hs-${area.id}-${f.feld}`}
                        textRef={{ kind: 'schwerpunkt', schwerpunktId: area.id, feld: f.feld }}
                        titel={`${area.name}: ${f.titel}`}
                        text={texts?.[f.feld] ?? []}
                        calc={calc}
                        version={version}
                      />
                    ))}
                  </section>
                );
              })
            : null}
        </section>
      ) : null}
    </div>
  );
}
