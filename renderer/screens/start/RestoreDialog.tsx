/** Restoring a backup: what it adds, and which plans it replaces (only those ticked). */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/dateFormat';
import type { RestorePreview } from '../../../shared/storage/backupFormat';

export function RestoreDialog(props: {
  name: string;
  preview: RestorePreview;
  onRestore: (replace: Set<string>) => void;
  onCancel: () => void;
}) {
  const [replace, setReplace] = useState<Set<string>>(new Set());
  const { add, replace: conflicts } = props.preview;
  return (
    <div
      className="storage-card"
      role="dialog"
      aria-label="Sicherung wiederherstellen"
      data-testid="restore-dialog"
    >
      <h2>Sicherung „{props.name}“ wiederherstellen</h2>
      <p>Neu hinzugefügt werden {add.length === 1 ? '1 Plan' : `${add.length} Pläne`}:</p>
      <ul>
        {add.map((p) => (
          <li key={p.id}>
            {p.title} (Stand {formatDateTime(p.changedAt)}, {p.versions} Versionen)
          </li>
        ))}
      </ul>
      {conflicts.length ? (
        <>
          <p>
            Diese Pläne gibt es hier schon. Nur angekreuzte werden durch den Stand aus der Sicherung ersetzt:
          </p>
          <ul>
            {conflicts.map((p) => (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={replace.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(replace);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setReplace(next);
                    }}
                  />{' '}
                  {p.local?.title} (hier: {p.local ? formatDateTime(p.local.changedAt) : ''}; Sicherung:{' '}
                  {formatDateTime(p.changedAt)})
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={() => props.onRestore(replace)} data-testid="restore-confirm">
        {replace.size
          ? `Wiederherstellen und ${replace.size} ersetzen`
          : 'Wiederherstellen (nichts ersetzen)'}
      </button>
      <button type="button" onClick={props.onCancel}>
        Abbrechen
      </button>
    </div>
  );
}
