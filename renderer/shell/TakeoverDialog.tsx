/**
 * The preview of Datei → Aus Excel übernehmen…: what the takeover found in the workbook (sheet,
 * header row, column → field, unit, blocks and totals, the first rows as they would be taken)
 * and the plan header, each correctable before anything is created. A native modal <dialog>:
 * focus stays inside, Escape cancels, Enter confirms; every control has a label.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { analyseSheet } from '../../shared/excel/takeover/analyseSheet';
import { headerProblem } from '../../shared/excel/takeover/buildTakeoverPlan';
import { proposeColumns, proposeSheet, unitAbove } from '../../shared/excel/takeover/detectHeader';
import { guessHeader } from '../../shared/excel/takeover/guessHeader';
import type { LegacyWorkbook } from '../../shared/excel/takeover/legacySheet';
import { SheetIndex, columnLetter, shownText } from '../../shared/excel/takeover/legacySheet';
import type {
  AmountUnit,
  ColumnMapping,
  TakeoverField,
  TakeoverMapping,
} from '../../shared/excel/takeover/mapping';
import {
  AMOUNT_UNITS,
  FIELD_LABELS,
  TAKEOVER_FIELDS,
  UNIT_LABELS,
  mappingProblems,
} from '../../shared/excel/takeover/mapping';
import type { TakeoverAnalysis, TakeoverRow } from '../../shared/excel/takeover/takeoverRows';
import { totalLine } from '../../shared/excel/takeover/takeoverReport';
import { formatCount, formatEur } from '../../shared/format/numberFormat';
import { defaultStammdaten } from '../../shared/model/stammdaten';

export interface TakeoverChoice {
  analysis: TakeoverAnalysis;
  jobcenter: string;
  year: number;
}

export interface TakeoverDialogProps {
  fileName: string;
  book: LegacyWorkbook;
  /** The proposal for the best sheet. */
  mapping: TakeoverMapping;
  planYear: number | null;
  /** Creates the plan; a German message keeps the dialog open and shows it. */
  onConfirm(choice: TakeoverChoice): Promise<string | null>;
  onClose(): void;
}

/** Rows offered as header rows: the first ones with text. */
const HEADER_CHOICES = 40;
const PREVIEW_ROWS = 8;

const stammdaten = defaultStammdaten();
const NUMBER = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
const SUBHEAD = { fontSize: '1rem', margin: '0.75rem 0 0.25rem' } as const;

function rowLabel(index: SheetIndex, row: number): string {
  const texts = (index.row(row)?.cells ?? [])
    .map((c) => shownText(c).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = texts.join(' | ');
  return `Zeile ${row}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
}

function finanzierungText(r: TakeoverRow, rows: readonly TakeoverRow[]): string {
  switch (r.finanzierung.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel':
      return `Drittmittel: ${r.finanzierung.programm}`;
    case 'enthalten':
      return `enthalten in: ${rows[r.finanzierung.target]?.instrument ?? ''}`;
  }
}

function TakeoverForm(props: TakeoverDialogProps & { close(): void }) {
  const { book, fileName } = props;
  const id = useId();
  const [mapping, setMapping] = useState<TakeoverMapping>(props.mapping);
  const sheet = book.sheets.find((s) => s.name === mapping.sheet) ?? book.sheets[0]!;
  const index = useMemo(() => new SheetIndex(sheet), [sheet]);
  // Guessed once from the proposal; what the user types afterwards stays.
  const [initialGuess] = useState(() =>
    guessHeader(sheet, props.mapping.headerRow, fileName, props.planYear),
  );
  const [jobcenter, setJobcenter] = useState(initialGuess.jobcenter ?? '');
  const [year, setYear] = useState(initialGuess.year === null ? '' : String(initialGuess.year));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = useMemo(() => mappingProblems(mapping), [mapping]);
  const analysis = useMemo(
    () => (problems.length === 0 ? analyseSheet(sheet, mapping, stammdaten) : null),
    [sheet, mapping, problems],
  );

  const headerChoices = sheet.rows.slice(0, HEADER_CHOICES).map((r) => r.row);

  const chooseSheet = (name: string) => {
    const next = book.sheets.find((s) => s.name === name);
    if (!next) return;
    const proposal = proposeSheet(next);
    const first = next.rows[0]?.row ?? 1;
    const headerRow = proposal?.headerRow ?? first;
    const columns = proposal ? proposal.proposal : proposeColumns(new SheetIndex(next), headerRow);
    setMapping({ sheet: name, headerRow, columns: columns.columns, unit: columns.unit });
  };
  const chooseHeaderRow = (row: number) => {
    const p = proposeColumns(index, row, unitAbove(index, row));
    setMapping({ ...mapping, headerRow: row, columns: p.columns, unit: p.unit });
  };
  const chooseField = (col: number, field: TakeoverField) =>
    setMapping({ ...mapping, columns: mapping.columns.map((c) => (c.col === col ? { ...c, field } : c)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const y = Number(year.trim());
    const why = problems[0] ?? headerProblem(jobcenter, /^\d{4}$/.test(year.trim()) ? y : NaN);
    if (why) return setError(why);
    if (!analysis || analysis.rows.length === 0)
      return setError(`Unter der Kopfzeile (Zeile ${mapping.headerRow}) steht keine Maßnahme.`);
    setBusy(true);
    const failed = await props.onConfirm({ analysis, jobcenter: jobcenter.trim(), year: y });
    setBusy(false);
    if (failed) setError(failed);
    else props.close();
  };
  // Enter confirms from a dropdown too (a text field submits the form by itself).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  const wrong = analysis ? analysis.totals.flatMap((t) => t.checks.filter((c) => !c.ok)) : [];
  return (
    <form onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} className="takeover-form">
      <p>
        Arbeitsmappe „{fileName}“. Prüfen Sie, was übernommen wird; angelegt wird ein{' '}
        <strong>neuer Plan</strong>, kein vorhandener wird verändert.
      </p>
      <div
        className="takeover-grid"
        style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.35rem 0.75rem' }}
      >
        <label htmlFor={`${id}-sheet`}>Tabellenblatt</label>
        <select
          id={`${id}-sheet`}
          data-testid="takeover-sheet"
          value={mapping.sheet}
          onChange={(e) => chooseSheet(e.target.value)}
        >
          {book.sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
              {s.hidden ? ' (ausgeblendet)' : ''}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-header`}>Kopfzeile</label>
        <select
          id={`${id}-header`}
          data-testid="takeover-header-row"
          value={mapping.headerRow}
          onChange={(e) => chooseHeaderRow(Number(e.target.value))}
        >
          {headerChoices.map((row) => (
            <option key={row} value={row}>
              {rowLabel(index, row)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-unit`}>Einheit der Beträge</label>
        <select
          id={`${id}-unit`}
          data-testid="takeover-unit"
          value={mapping.unit}
          onChange={(e) => setMapping({ ...mapping, unit: Number(e.target.value) as AmountUnit })}
        >
          {AMOUNT_UNITS.map((u) => (
            <option key={u} value={u}>
              {UNIT_LABELS[u]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-jobcenter`}>Jobcenter</label>
        <input
          id={`${id}-jobcenter`}
          data-testid="takeover-jobcenter"
          value={jobcenter}
          required
          placeholder="z. B. Jobcenter Teststadt"
          onChange={(e) => setJobcenter(e.target.value)}
        />
        <label htmlFor={`${id}-year`}>Planjahr</label>
        <input
          id={`${id}-year`}
          data-testid="takeover-year"
          inputMode="numeric"
          value={year}
          required
          placeholder="z. B. 2017"
          onChange={(e) => setYear(e.target.value)}
        />
      </div>

      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Spalten</legend>
        <table data-testid="takeover-columns">
          <thead>
            <tr>
              <th scope="col">Spalte</th>
              <th scope="col">Überschrift in der Datei</th>
              <th scope="col">übernehmen als</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((c: ColumnMapping) => {
              const letter = columnLetter(c.col);
              return (
                <tr key={c.col}>
                  <td>{letter}</td>
                  <td id={`${id}-h-${c.col}`}>{c.header || '(ohne Überschrift)'}</td>
                  <td>
                    <select
                      data-testid={`takeover-col-${letter}`}
                      aria-label={`Spalte ${letter} ${c.header ? `„${c.header}“` : '(ohne Überschrift)'} übernehmen als`}
                      value={c.field}
                      onChange={(e) => chooseField(c.col, e.target.value as TakeoverField)}
                    >
                      {TAKEOVER_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {FIELD_LABELS[f]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      {analysis ? (
        <section aria-label="Erkannt" style={{ marginTop: '0.75rem' }}>
          <p data-testid="takeover-counts">
            Erkannt: {analysis.blocks.length} Handlungsschwerpunkte, {analysis.rows.length} Maßnahmen,{' '}
            {analysis.totals.length} Summenzeilen der Datei
            {wrong.length > 0
              ? `, davon ${wrong.length} ${wrong.length === 1 ? 'Zahl stimmt' : 'Zahlen stimmen'} nicht`
              : ''}
            {analysis.problems.length > 0 ? `; ${analysis.problems.length} nicht lesbar` : ''}.
          </p>
          <h3 id={`${id}-blocks`} style={SUBHEAD}>
            Handlungsschwerpunkte (Überschriften der Blöcke)
          </h3>
          <ul aria-labelledby={`${id}-blocks`} data-testid="takeover-blocks">
            {analysis.blocks.map((b, i) => (
              <li key={i}>
                {b.row === null ? '' : `Zeile ${b.row}: `}„{b.name}“ (
                {analysis.rows.filter((r) => r.block === i).length} Maßnahmen)
              </li>
            ))}
          </ul>
          {analysis.totals.length > 0 ? (
            <>
              <h3 id={`${id}-totals`} style={SUBHEAD}>
                Summenzeilen der Datei, geprüft gegen ihre Zeilen
              </h3>
              <ul aria-labelledby={`${id}-totals`} data-testid="takeover-totals">
                {analysis.totals.map((t) => {
                  const wrongHere = t.checks.filter((c) => !c.ok);
                  return (
                    <li key={t.row}>
                      {wrongHere.length > 0
                        ? wrongHere.map(totalLine).join('; ')
                        : `Zeile ${t.row} „${t.label}“: ${t.checks.length === 0 ? 'keine Zahl zu prüfen' : 'stimmt'}`}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          <h3 id={`${id}-preview`} style={SUBHEAD}>
            Vorschau der ersten Maßnahmen
          </h3>
          <table data-testid="takeover-preview" aria-labelledby={`${id}-preview`}>
            <thead>
              <tr>
                <th scope="col">Zeile</th>
                <th scope="col">Maßnahme</th>
                <th scope="col">Kat.</th>
                <th scope="col" style={NUMBER}>
                  Eintritte
                </th>
                <th scope="col" style={NUMBER}>
                  Mittelansatz
                </th>
                <th scope="col">Finanzierung</th>
              </tr>
            </thead>
            <tbody>
              {analysis.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.instrument}</td>
                  <td>{r.kategorie ?? ''}</td>
                  <td style={NUMBER}>{formatCount(r.eintritte, { nachrichtlich: r.nachrichtlich })}</td>
                  <td style={NUMBER}>{formatEur(r.mittelansatz, { nachrichtlich: r.nachrichtlich })}</td>
                  <td>{finanzierungText(r, analysis.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {analysis.rows.length > PREVIEW_ROWS ? (
            <p>… und {analysis.rows.length - PREVIEW_ROWS} weitere Maßnahmen.</p>
          ) : null}
        </section>
      ) : null}

      {(error ?? problems[0]) ? (
        <p role="alert" data-testid="takeover-error" className="takeover-error">
          {error ?? problems.join(' ')}
        </p>
      ) : null}
      {/* Stays in sight while the preview scrolls. */}
      <div
        className="app-dialog-actions"
        style={{
          display: 'flex',
          gap: '0.5rem',
          marginTop: '1rem',
          position: 'sticky',
          bottom: 0,
          padding: '0.5rem 0',
          background: 'Canvas',
        }}
      >
        <button type="submit" data-testid="takeover-confirm" disabled={busy}>
          Plan anlegen
        </button>
        <button type="button" data-testid="takeover-cancel" onClick={props.close}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}

function TakeoverDialog(props: TakeoverDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const close = () => ref.current?.close();
  return (
    <dialog
      ref={ref}
      className="app-dialog takeover-dialog"
      aria-labelledby="takeover-title"
      data-testid="takeover-dialog"
      // Escape and close() both end here.
      onClose={props.onClose}
      style={{ maxWidth: '60rem', maxHeight: '90vh', overflow: 'auto' }}
    >
      <h2 id="takeover-title" style={{ marginTop: 0, fontSize: '1.15rem' }}>
        Aus Excel übernehmen
      </h2>
      <TakeoverForm {...props} close={close} />
    </dialog>
  );
}

/** Shows the preview in its own small React root; removed again when it closes. */
export function openTakeoverDialog(props: TakeoverDialogProps, doc: Document = document): void {
  const container = doc.createElement('div');
  container.className = 'takeover-host';
  doc.body.append(container);
  const returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const root = createRoot(container);
  const onClose = () => {
    // After the close event: React must not unmount inside its own event handler.
    setTimeout(() => {
      root.unmount();
      container.remove();
      returnFocus?.focus();
      props.onClose();
    }, 0);
  };
  root.render(<TakeoverDialog {...props} onClose={onClose} />);
}
