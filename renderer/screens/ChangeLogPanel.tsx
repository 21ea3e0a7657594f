/**
 * Änderungsprotokoll of the open plan: who changed which figure from what to what, when;
 * filterable by sheet and "seit der letzten Version".
 */
import { useState } from 'react';
import { formatDateTime } from '../../shared/format/dateFormat';
import type { SheetId } from '../../shared/model/sheets';
import { SHEET_LABELS } from '../../shared/model/sheets';
import type { EditLogRecord } from '../../shared/storage/records';
import type { ScreenProps } from '../shell/screenRegistry';
import { listEditLog } from '../storage/editLog';
import { storageController, useStorageState } from '../storage/storageController';
import { useLive } from '../storage/useLive';
import { latestVersion } from '../storage/versionRepository';

const SHEETS: SheetId[] = ['haushalt', 'drittmittel', 'portfolio', 'bildung', 'kennzahlen', 'uebersicht'];
const LIMIT = 2000;

export function ChangeLogPanel(_props: ScreenProps) {
  const c = storageController();
  const s = useStorageState();
  const [sheet, setSheet] = useState<SheetId | ''>('');
  const [sinceVersion, setSinceVersion] = useState(false);
  const data = useLive(
    async () => {
      if (!s.planId) return { entries: [] as EditLogRecord[], version: null as string | null };
      const v = sinceVersion ? await latestVersion(c.db, s.planId) : undefined;
      const entries = await listEditLog(c.db, s.planId, {
        ...(sheet ? { sheet } : {}),
        ...(v ? { since: v.createdAt } : {}),
        limit: LIMIT,
      });
      return { entries, version: v ? `${v.name} (${formatDateTime(v.createdAt)})` : null };
    },
    [s.planId, sheet, sinceVersion],
    { entries: [] as EditLogRecord[], version: null as string | null },
  );
  const rows = data.value.entries.flatMap((e) =>
    (e.changes.length
      ? e.changes
      : [{ sheet: 'uebersicht' as SheetId, what: e.label, before: '', after: '' }]
    ).map((ch, i) => ({ e, ch, key: `${e.seq}-${i}` })),
  );
  return (
    <div className="storage-log" data-testid="change-log">
      <div className="storage-toolbar">
        <label>
          Blatt{' '}
          <select
            value={sheet}
            onChange={(e) => setSheet(e.target.value as SheetId | '')}
            data-testid="change-log-sheet"
          >
            <option value="">alle Blätter</option>
            {SHEETS.map((id) => (
              <option key={id} value={id}>
                {SHEET_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={sinceVersion} onChange={(e) => setSinceVersion(e.target.checked)} />{' '}
          nur seit der letzten Version
          {sinceVersion && data.value.version ? ` „${data.value.version}“` : ''}
        </label>
      </div>
      {sinceVersion && !data.value.version ? (
        <p>Es gibt noch keine gespeicherte Version; gezeigt wird alles.</p>
      ) : null}
      <table className="storage-table">
        <thead>
          <tr>
            <th>Wann</th>
            <th>Wer</th>
            <th>Blatt</th>
            <th>Was</th>
            <th className="right">vorher</th>
            <th className="right">nachher</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ e, ch, key }) => (
            <tr key={key} data-testid="change-log-row">
              <td>{formatDateTime(e.at)}</td>
              <td>{e.author}</td>
              <td>{SHEET_LABELS[ch.sheet]}</td>
              <td>{ch.what}</td>
              <td className="right">{ch.before}</td>
              <td className="right">{ch.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!rows.length ? (
        <p className="empty-state">Keine Änderungen{sheet ? ` auf dem Blatt ${SHEET_LABELS[sheet]}` : ''}.</p>
      ) : null}
      {data.value.entries.length >= LIMIT ? <p>Gezeigt werden die letzten {LIMIT} Änderungen.</p> : null}
    </div>
  );
}
