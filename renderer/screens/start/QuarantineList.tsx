/** Stored plans that fail the check: kept, listed with their problems, never opened. */
import { formatDateTime } from '../../../shared/format/dateFormat';
import type { QuarantineRecord } from '../../../shared/storage/records';

export function QuarantineList({ list }: { list: readonly QuarantineRecord[] }) {
  if (!list.length) return null;
  return (
    <section className="storage-quarantine" data-testid="quarantine">
      <h2>Beschädigte Pläne (Quarantäne)</h2>
      <p>
        Diese gespeicherten Pläne bestehen die Prüfung nicht und werden nicht geöffnet. Sie bleiben erhalten
        und sind in jeder Sicherung enthalten; bitte die Sicherung an den Support geben.
      </p>
      {list.map((q) => (
        <details key={q.id}>
          <summary>
            {q.title} – seit {formatDateTime(q.quarantinedAt)} ({q.errors.length}{' '}
            {q.errors.length === 1 ? 'Problem' : 'Probleme'})
          </summary>
          <ul>
            {q.errors.map((e, i) => (
              <li key={i}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
