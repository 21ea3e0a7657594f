/**
 * "Zielgruppen der Zeile" under the portfolio grid: the current row's share for each evaluated
 * target group (kein Anteil, ganz, Teil, Prozent), its typed parts and what the group gets from
 * the row. Plain form controls, each labelled: Tab moves through them, Enter takes a number,
 * Escape goes back to the grid. Numbers take the grid's path (sheet/writeCells.ts), so they
 * are parsed the German way and are one undo step each.
 */
import { useEffect, useRef, useState } from 'react';
import * as actions from '../../shared/actions/zielgruppen';
import { zgRow } from '../../shared/calc/zielgruppen';
import { cellKey } from '../../shared/model/cellKey';
import type { AnteilField, InputUnit } from '../../shared/model/cellKey';
import { formatCount, formatEur } from '../../shared/format/numberFormat';
import { findInstrumentRow, findReferenceRow } from '../../shared/model/inputs';
import type { InstrumentRow, ZielgruppenAnteilArt } from '../../shared/model/plan';
import { anteilOf, evaluatedZielgruppen } from '../../shared/model/zielgruppen';
import { editText, writeTyped } from '../sheet/writeCells';
import type { CellSpec } from '../sheet/cellSpec';
import { planStore, usePlanState } from '../state/planStore';
import { runAction, runCommand } from '../state/actions';
import { uiStore } from '../state/uiStore';
import { ANTEIL_OPTIONS } from '../grids/zielgruppenRows';

interface Props {
  rowId: string | undefined;
  /** Puts the cursor back on the row in the grid. */
  onDone: () => void;
  /** Set by the panel: focuses its first control (Enter on the grid's Zielgruppen cell). */
  focusRef: { current: (() => void) | null };
}

const UNITS: Record<AnteilField, InputUnit> = { eintritte: 'count', betrag: 'eur', anteil: 'ratio' };
const FIELD_LABELS: Record<AnteilField, string> = {
  anteil: 'Prozent',
  eintritte: 'Eintritte',
  betrag: 'Betrag',
};

/** A typed part: an input that commits on Enter or when it loses focus. */
function PartInput(props: {
  spec: CellSpec & { kind: 'input' };
  label: string;
  testId: string;
  onEscape: () => void;
}) {
  const state = usePlanState();
  const shown = editText(props.spec, state);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = `${props.testId}-fehler`;
  const commit = () => {
    if (text === null) return;
    const r = writeTyped(props.spec, text, planStore.getState());
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(null);
    setText(null);
    runCommand(r.command);
  };
  return (
    <>
      <input
        aria-label={props.label}
        data-testid={props.testId}
        value={text ?? shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(null);
            setError(null);
            props.onEscape();
          }
        }}
      />
      {error ? (
        <span id={errorId} className="zg-row-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function RowShares({ row, onDone, focusRef }: { row: InstrumentRow } & Omit<Props, 'rowId'>) {
  const { plan, calc } = usePlanState();
  const first = useRef<HTMLSelectElement | null>(null);
  useEffect(() => {
    focusRef.current = () => first.current?.focus();
    return () => {
      focusRef.current = null;
    };
  }, [focusRef]);
  const groups = evaluatedZielgruppen(plan);
  if (groups.length === 0)
    return (
      <p className="hint" data-testid="zg-row-none">
        Keine Zielgruppe wird ausgewertet.{' '}
        <button type="button" className="link-button" onClick={() => uiStore.showScreen('zielgruppen')}>
          Zielgruppen öffnen
        </button>
      </p>
    );
  const noMoney = row.finanzierung.art === 'enthalten';
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Zielgruppe</th>
          <th scope="col">Anteil</th>
          <th scope="col">Eingabe</th>
          <th scope="col">für die Zielgruppe</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((z, i) => {
          const a = anteilOf(row, z.id);
          const fields: AnteilField[] =
            a?.art === 'prozent'
              ? ['anteil']
              : a?.art === 'teil'
                ? noMoney
                  ? ['eintritte']
                  : ['eintritte', 'betrag']
                : [];
          const e = a ? calc.get(zgRow(z.id, row.id, 'eintritte')) : null;
          const m = a && !noMoney ? calc.get(zgRow(z.id, row.id, 'mittel')) : null;
          return (
            <tr key={z.id} data-testid={`zg-row-${z.id}`}>
              <th scope="row">
                <label htmlFor={`zg-art-${z.id}`}>{z.name}</label>
              </th>
              <td>
                <select
                  id={`zg-art-${z.id}`}
                  data-testid={`zg-art-${z.id}`}
                  ref={i === 0 ? first : undefined}
                  value={a?.art ?? ''}
                  onChange={(ev) =>
                    runAction(
                      actions.setAnteil(
                        planStore.getState().plan,
                        row.id,
                        z.id,
                        (ev.target.value || null) as ZielgruppenAnteilArt | null,
                      ),
                    )
                  }
                  onKeyDown={(ev) => {
                    if (ev.key === 'Escape') onDone();
                  }}
                >
                  {ANTEIL_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {fields.map((field) => (
                  <PartInput
                    key={`${a?.art}-${field}`}
                    spec={{
                      kind: 'input',
                      key: cellKey({ kind: 'zgAnteil', zielgruppeId: z.id, rowId: row.id, field }),
                      unit: UNITS[field],
                    }}
                    label={`${FIELD_LABELS[field]} für ${z.name}`}
                    testId={`zg-${field}-${z.id}`}
                    onEscape={onDone}
                  />
                ))}
              </td>
              <td data-testid={`zg-ergebnis-${z.id}`}>
                {a ? `${formatCount(e ?? 0)} Eintritte${noMoney ? '' : `, ${formatEur(m ?? 0)}`}` : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ZielgruppenPanel(props: Props) {
  const { plan } = usePlanState();
  const row = props.rowId === undefined ? undefined : findInstrumentRow(plan, props.rowId);
  const ref = props.rowId === undefined ? undefined : findReferenceRow(plan, props.rowId);
  return (
    <section
      className="panel zg-row-panel"
      id="zg-row-panel"
      aria-labelledby="zg-row-title"
      data-testid="zg-row-panel"
    >
      <h2 id="zg-row-title">{row ? `Zielgruppen von „${row.instrument}“` : 'Zielgruppen der Zeile'}</h2>
      {row ? (
        <RowShares row={row} onDone={props.onDone} focusRef={props.focusRef} />
      ) : ref ? (
        <p className="hint">
          Ein Verweis zählt bei der Maßnahme, der er gehört; Zielgruppenanteile setzen Sie dort. Eintritte und
          Mittelansatz eines Verweises sind sein eigener Anteil an der Maßnahme (leer: die ganze Maßnahme).
        </p>
      ) : (
        <p className="hint">Bitte eine Maßnahme wählen.</p>
      )}
    </section>
  );
}
