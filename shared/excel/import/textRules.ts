/**
 * Which text cells of the workbook the import takes, and as which command: names of
 * instruments, areas, Zuweisungen, Drittmittel programmes, the Funktion text, Kat. and
 * Finanzierung, the plan header on the Deckblatt. Every other text is a label the app writes
 * itself (not taken, with the reason).
 */
import type { Command } from '../../commands/command';
import type { CellKey } from '../../model/cellKey';
import { findInstrumentRow } from '../../model/inputs';
import type { Plan, PlanHeader, PlanStatus } from '../../model/plan';
import { PLAN_STATUSES } from '../../model/plan';
import { DECKBLATT_SHEET } from '../layout/deckblatt';
import { DRITTMITTEL_SHEET } from '../layout/drittmittel';
import { HAUSHALT_SHEET } from '../layout/haushalt';
import { PF, PORTFOLIO_SHEET, finanzierungText } from '../layout/portfolio';
import { PRUEFUNGEN_SHEET } from '../layout/pruefungen';
import { ZIELE_SHEET } from '../layout/ziele';
import { zieleTextRule } from './zieleTextRules';
import { GLOBALBUDGET_SHEET } from '../layout/globalbudget';
import { VERPFLICHTUNGEN_SHEET } from '../layout/verpflichtungen';
import { budgetTextRule } from './budgetTextRules';
import { quoted, shownText } from './changeList';
import { parseFbw, parseFinanzierung, parseKategorie } from './parseRowTexts';
import type { ExpectedRow } from './sheetRows';

/** The command for a text typed in the workbook, or why it cannot be taken. */
export type TextEdit =
  { ok: true; command: Command; what: string; before: string; after: string } | { ok: false; reason: string };

export type TextRule =
  /** Taken; `late` edits (Kat., Finanzierung) run after the names they may refer to. */
  | { take: (text: string, plan: Plan) => TextEdit; late?: boolean }
  | { reason: string }
  /** A number the header holds (Globalbudget): read like an input cell with this key's unit. */
  | { headerNumber: keyof Pick<PlanHeader, 'globalbudget'>; unitKey: CellKey; label: string };

/** As setText allows for row texts. */
const MAX_HEADER_TEXT = 10_000;

export const REASON_LABEL = 'Beschriftung, die die App selbst schreibt; bitte in der App ändern';

const rowName = (plan: Plan, id: string) => findInstrumentRow(plan, id)?.instrument ?? '';

function portfolioRule(row: ExpectedRow, col: number, plan: Plan): TextRule | null {
  const tag = row.tag ?? '';
  if (tag.startsWith('ref:'))
    return { reason: 'Verweiszeile; geändert wird die Maßnahme selbst, dort wo sie gezählt wird' };
  if (tag.startsWith('area:') && col === PF.instrument) {
    const areaId = tag.slice(5);
    return {
      take: (text, p) => ({
        ok: true,
        command: { type: 'setText', target: { kind: 'area', areaId }, value: text },
        what: 'Handlungsschwerpunkt',
        before: quoted(p.schwerpunkte.find((a) => a.id === areaId)?.name ?? ''),
        after: quoted(text),
      }),
    };
  }
  if (!tag.startsWith('row:') || !findInstrumentRow(plan, tag.slice(4))) return null;
  const rowId = tag.slice(4);
  switch (col) {
    case PF.instrument:
      return {
        take: (text, p) => ({
          ok: true,
          command: { type: 'setText', target: { kind: 'row', rowId, field: 'instrument' }, value: text },
          what: 'Instrument',
          before: quoted(rowName(p, rowId)),
          after: quoted(text),
        }),
      };
    case PF.funktion:
      return {
        take: (text, p) => ({
          ok: true,
          command: { type: 'setText', target: { kind: 'row', rowId, field: 'funktion' }, value: text },
          what: `Funktion „${rowName(p, rowId)}“`,
          before: shownText(findInstrumentRow(p, rowId)?.funktion ?? ''),
          after: shownText(text),
        }),
      };
    case PF.kategorie:
      return {
        late: true,
        take: (text, p) => {
          const k = parseKategorie(text, p);
          if (!k.ok) return k;
          return {
            ok: true,
            command: { type: 'patchRow', rowId, patch: { kategorie: k.value } },
            what: `Förderkategorie „${rowName(p, rowId)}“`,
            before: findInstrumentRow(p, rowId)?.kategorie ?? 'leer',
            after: k.value ?? 'leer',
          };
        },
      };
    case PF.finanzierung:
      return {
        late: true,
        take: (text, p) => {
          const f = parseFinanzierung(text, p);
          if (!f.ok) return f;
          const row = findInstrumentRow(p, rowId);
          return {
            ok: true,
            command: { type: 'patchRow', rowId, patch: { finanzierung: f.value } },
            what: `Finanzierung „${rowName(p, rowId)}“`,
            before: row ? finanzierungText(p, row.finanzierung) : '',
            after: finanzierungText(p, f.value),
          };
        },
      };
    case PF.fbw:
      return {
        late: true,
        take: (text, p) => {
          const f = parseFbw(text);
          if (!f.ok) return f;
          return {
            ok: true,
            command: { type: 'patchRow', rowId, patch: { fbw: f.value } },
            what: `FbW-Zeile „${rowName(p, rowId)}“`,
            before: findInstrumentRow(p, rowId)?.fbw ? 'ja' : 'nein',
            after: f.value ? 'ja' : 'nein',
          };
        },
      };
    default:
      return null;
  }
}

/** Names on the Haushalt sheet that are taken, by the tag prefix of their row. */
const HAUSHALT_NAMES: Record<
  string,
  { what: string; kind: 'zuweisung' | 'ausserhalb'; name: (p: Plan, id: string) => string | undefined }
> = {
  'zw:': {
    what: 'Zuweisung',
    kind: 'zuweisung',
    name: (p, id) => p.haushalt.zuweisungen.find((z) => z.id === id)?.name,
  },
  'ae:': {
    what: 'Mittel außerhalb des EGT',
    kind: 'ausserhalb',
    name: (p, id) => p.haushalt.ausserhalbEgt.find((a) => a.id === id)?.name,
  },
};

function haushaltRule(row: ExpectedRow, col: number): TextRule | null {
  const tag = row.tag ?? '';
  const prefix = Object.keys(HAUSHALT_NAMES).find((p) => tag.startsWith(p));
  if (col !== 2 || prefix === undefined) return null;
  const { what, kind, name } = HAUSHALT_NAMES[prefix]!;
  const id = tag.slice(prefix.length);
  return {
    take: (text, p) => ({
      ok: true,
      command: { type: 'setText', target: { kind, id }, value: text },
      what,
      before: quoted(name(p, id) ?? ''),
      after: quoted(text),
    }),
  };
}

function drittmittelRule(row: ExpectedRow, col: number): TextRule | null {
  const tag = row.tag ?? '';
  if (!tag.startsWith('dm:') || (col !== 2 && col !== 3)) return null;
  const id = tag.slice(3);
  const field = col === 2 ? 'programm' : 'zeitraum';
  return {
    take: (text, p) => {
      const d = p.drittmittel.find((x) => x.id === id);
      return {
        ok: true,
        command: { type: 'setText', target: { kind: 'drittmittel', id, field }, value: text },
        what: field === 'programm' ? 'Drittmittelprogramm' : `Zeitraum „${d?.programm ?? ''}“`,
        before: shownText(d?.[field] ?? ''),
        after: shownText(text),
      };
    },
  };
}

const header =
  (field: 'jobcenter' | 'variante' | 'author', what: string) =>
  (text: string, p: Plan): TextEdit =>
    field !== 'author' && text.trim() === ''
      ? { ok: false, reason: `${what} darf nicht leer sein` }
      : text.length > MAX_HEADER_TEXT
        ? {
            ok: false,
            reason: `der Text ist zu lang (höchstens ${MAX_HEADER_TEXT.toLocaleString('de-DE')} Zeichen)`,
          }
        : {
            ok: true,
            command: { type: 'setHeader', patch: { [field]: text.trim() } },
            what,
            before: quoted(p.header[field]),
            after: quoted(text.trim()),
          };

function deckblattRule(row: ExpectedRow, col: number): TextRule | null {
  if (row.tag !== null || col !== 3) return null;
  const label = row.cells.get(2);
  switch (label?.kind === 'text' ? label.text : '') {
    case 'Jobcenter':
      return { take: header('jobcenter', 'Jobcenter') };
    case 'Variante':
      return { take: header('variante', 'Variante') };
    case 'Erstellt von':
      return { take: header('author', 'Erstellt von') };
    case 'Status':
      return {
        take: (text, p) => {
          const status = PLAN_STATUSES.find((s) => s.toLowerCase() === text.trim().toLowerCase());
          if (!status)
            return {
              ok: false,
              reason: `kein Planstatus (erwartet ${PLAN_STATUSES.map((s) => `„${s}“`).join(', ')})`,
            };
          return {
            ok: true,
            command: { type: 'setHeader', patch: { status: status satisfies PlanStatus } },
            what: 'Status',
            before: quoted(p.header.status),
            after: quoted(status),
          };
        },
      };
    case 'Planungsjahr':
    case 'Vorjahr':
      return {
        reason: 'das Planungsjahr ändert die App (Fortschreibung in ein neues Jahr), nicht die Arbeitsmappe',
      };
    case 'Stand':
      return { reason: 'den Stand setzt die App beim Speichern' };
    case 'Globalbudget (EGT + VWB) laut Vorlage':
      return { headerNumber: 'globalbudget', unitKey: 'hh.mittelausstattung.plan', label: 'Globalbudget' };
    default:
      return null;
  }
}

/** The rule for a text (or header number) cell of `row` on `sheet`; null: a label of the app. */
export function textRule(sheet: string, row: ExpectedRow, col: number, plan: Plan): TextRule | null {
  switch (sheet) {
    case PORTFOLIO_SHEET:
      return portfolioRule(row, col, plan);
    case HAUSHALT_SHEET:
      return haushaltRule(row, col);
    case DRITTMITTEL_SHEET:
      return drittmittelRule(row, col);
    case DECKBLATT_SHEET:
      return deckblattRule(row, col);
    case ZIELE_SHEET:
      return zieleTextRule(row, col, plan);
    case PRUEFUNGEN_SHEET:
      return { reason: 'Bericht der Prüfungen zum Zeitpunkt des Exports; die App prüft selbst' };
    case GLOBALBUDGET_SHEET:
    case VERPFLICHTUNGEN_SHEET:
      return budgetTextRule(sheet, row, col);
    default:
      return null;
  }
}
