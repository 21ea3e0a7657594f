/**
 * The dropdowns of the Globalbudget and Verpflichtungen sheets and the multi-year columns of
 * the portfolio: their options, current value, the text the workbook and the print show, and
 * the command a choice runs. The grid builds its dropdown from this, the outlines the text.
 */
import { umschichtungsbasisLabel } from '../calc/globalbudget';
import type { Command } from '../commands/command';
import { MAX_LAUFZEIT, SCHAETZUNG_ARTEN, UMSCHICHTUNGS_BASEN } from '../model/budget';
import type { ProjektFinanzierung, UmschichtungsBasis } from '../model/budget';
import { grundlageSchaetzung, schaetzungArtLabel, schaetzungLabel } from '../model/grundlage';
import { findInstrumentRow } from '../model/inputs';
import type { Plan } from '../model/plan';

export interface Choice {
  value: string;
  label: string;
}

export interface BudgetChoice {
  options(): Choice[];
  value: string;
  /** What the cell shows (and the workbook and the print write). */
  text: string;
  /** The command for a chosen value; null when nothing changes. */
  command(value: string): Command | null;
}

/** The dropdowns this file defines; the outlines name them in their choice cells. */
export type BudgetChoiceField =
  /** A portfolio row's multi-year run (`rowId` the instrument row). */
  | 'beginn'
  | 'laufzeit'
  /** The budget sheets' dropdowns; `rowId` their line, or '' for a sheet-wide option. */
  | 'schaetzungArt'
  | 'grundlage'
  | 'mittelausstattungAusGrundlage'
  | 'umschichtungsbasis'
  | 'umschichtungsbasisVorjahr'
  | 'projektFinanzierung'
  | 'vorbindungenAusRegister'
  | 'vpRow'
  | 'vpProfil'
  | 'vpJahr';

const JA_NEIN = (ja: string, nein: string): Choice[] => [
  { value: 'nein', label: nein },
  { value: 'ja', label: ja },
];

/** At most this many portfolio rows are offered to link a commitment to (a Land plan has 60.000). */
export const MAX_ROW_CHOICES = 2_000;

const zwei = (n: number): string => String(n).padStart(2, '0');

export function monatChoiceLabel(year: number, monat: number): string {
  return `${zwei(monat)}.${year}`;
}

export function laufzeitLabel(monate: number): string {
  return monate === 1 ? '1 Monat' : `${monate} Monate`;
}

function projektValue(f: ProjektFinanzierung): string {
  return f.art === 'Drittmittel' ? `dm:${f.programmId ?? ''}` : f.art;
}

function projektText(plan: Plan, f: ProjektFinanzierung): string {
  switch (f.art) {
    case 'VWB':
      return 'Verwaltungsbudget';
    case 'sonstige':
      return 'sonstige';
    case 'Drittmittel': {
      const d = plan.drittmittel.find((x) => x.id === f.programmId);
      return d ? `Drittmittel: ${d.programm}` : 'Drittmittel (Programm offen)';
    }
  }
}

function projektFromValue(v: string): ProjektFinanzierung {
  if (v.startsWith('dm:')) return { art: 'Drittmittel', programmId: v.slice(3) || null };
  return v === 'sonstige' ? { art: 'sonstige' } : { art: 'VWB' };
}

function basisChoice(plan: Plan, vorjahr: boolean): BudgetChoice {
  const basen = UMSCHICHTUNGS_BASEN.filter((b) => !vorjahr || b !== 'egmSchaetzung');
  const value = vorjahr ? plan.globalbudget.umschichtungsbasisVorjahr : plan.globalbudget.umschichtungsbasis;
  return {
    options: () => basen.map((b) => ({ value: b, label: umschichtungsbasisLabel(plan, b) })),
    value,
    text: umschichtungsbasisLabel(plan, value),
    command: (v) => {
      if (v === value || !basen.includes(v as UmschichtungsBasis)) return null;
      return vorjahr
        ? { type: 'setBudgetOptions', patch: { umschichtungsbasisVorjahr: v as 'summeEGM' | 'egmZuweisung' } }
        : { type: 'setBudgetOptions', patch: { umschichtungsbasis: v as UmschichtungsBasis } };
    },
  };
}

function flagChoice(
  value: boolean,
  ja: string,
  nein: string,
  command: (v: boolean) => Command,
): BudgetChoice {
  return {
    options: () => JA_NEIN(ja, nein),
    value: value ? 'ja' : 'nein',
    text: value ? ja : nein,
    command: (v) => ((v === 'ja') === value ? null : command(v === 'ja')),
  };
}

/** The dropdown `field` of line `rowId` (a line id, or '' for a sheet-wide option). */
export function budgetChoice(plan: Plan, field: BudgetChoiceField, rowId: string): BudgetChoice {
  const t = plan.header.year;
  switch (field) {
    case 'schaetzungArt': {
      const s = plan.globalbudget.schaetzungen.find((x) => x.id === rowId);
      return {
        options: () => SCHAETZUNG_ARTEN.map((a) => ({ value: a, label: schaetzungArtLabel(a) })),
        value: s?.art ?? '',
        text: s ? schaetzungArtLabel(s.art) : '',
        command: (v) =>
          s && v !== s.art && (SCHAETZUNG_ARTEN as readonly string[]).includes(v)
            ? {
                type: 'patchBudgetItem',
                target: { list: 'schaetzungen', id: rowId, patch: { art: v as never } },
              }
            : null,
      };
    }
    case 'grundlage': {
      const chosen = plan.globalbudget.grundlageId ?? '';
      const effective = grundlageSchaetzung(plan);
      const chosenS = plan.globalbudget.schaetzungen.find((s) => s.id === chosen);
      const text = !effective
        ? '(keine)'
        : effective.id === chosen
          ? schaetzungLabel(effective)
          : `${schaetzungLabel(effective)}; ersetzt die gewählte „${chosenS ? schaetzungLabel(chosenS) : 'keine'}“`;
      return {
        options: () => [
          { value: '', label: '(keine)' },
          ...plan.globalbudget.schaetzungen.map((s) => ({ value: s.id, label: schaetzungLabel(s) })),
        ],
        value: chosen,
        text,
        command: (v) =>
          v === chosen ? null : { type: 'setBudgetOptions', patch: { grundlageId: v || null } },
      };
    }
    case 'mittelausstattungAusGrundlage':
      return flagChoice(
        plan.globalbudget.mittelausstattungAusGrundlage,
        'ja: Eingliederungsmittel der Grundlage',
        'nein: im Haushalt eingegeben',
        (v) => ({ type: 'setBudgetOptions', patch: { mittelausstattungAusGrundlage: v } }),
      );
    case 'vorbindungenAusRegister':
      return flagChoice(
        plan.verpflichtungen.vorbindungenAusRegister,
        'ja: aus dem Verpflichtungsregister',
        'nein: im Haushalt eingegeben',
        (v) => ({ type: 'setBudgetOptions', patch: { vorbindungenAusRegister: v } }),
      );
    case 'umschichtungsbasis':
      return basisChoice(plan, false);
    case 'umschichtungsbasisVorjahr':
      return basisChoice(plan, true);
    case 'projektFinanzierung': {
      const p = plan.personal.projekte.find((x) => x.id === rowId);
      const value = p ? projektValue(p.finanzierung) : '';
      return {
        options: () => [
          { value: 'VWB', label: 'Verwaltungsbudget' },
          ...plan.drittmittel.map((d) => ({ value: `dm:${d.id}`, label: `Drittmittel: ${d.programm}` })),
          { value: 'dm:', label: 'Drittmittel (Programm offen)' },
          { value: 'sonstige', label: 'sonstige' },
        ],
        value,
        text: p ? projektText(plan, p.finanzierung) : '',
        command: (v) =>
          p && v !== value
            ? {
                type: 'patchBudgetItem',
                target: { list: 'projekte', id: rowId, patch: { finanzierung: projektFromValue(v) } },
              }
            : null,
      };
    }
    case 'vpRow': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === rowId);
      const value = v?.rowId ?? '';
      const row = value ? findInstrumentRow(plan, value) : undefined;
      return {
        options: () => {
          const out: Choice[] = [{ value: '', label: '(keine)' }];
          for (const area of plan.schwerpunkte)
            for (const r of area.rows) {
              if (r.kind !== 'instrument' || out.length > MAX_ROW_CHOICES) continue;
              out.push({ value: r.id, label: `${r.instrument} (${area.name})` });
            }
          if (row && !out.some((o) => o.value === value)) out.push({ value, label: row.instrument });
          return out;
        },
        value,
        text: row?.instrument ?? '',
        command: (x) =>
          v && x !== value
            ? {
                type: 'patchBudgetItem',
                target: { list: 'verpflichtungen', id: rowId, patch: { rowId: x || null } },
              }
            : null,
      };
    }
    case 'vpProfil': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === rowId);
      const labels = { monatlich: 'gleichmäßig monatlich', jahresbetraege: 'Jahresbeträge' } as const;
      return {
        options: () => [
          { value: 'monatlich', label: labels.monatlich },
          { value: 'jahresbetraege', label: labels.jahresbetraege },
        ],
        value: v?.profil ?? '',
        text: v ? labels[v.profil] : '',
        command: (x) =>
          v && x !== v.profil && (x === 'monatlich' || x === 'jahresbetraege')
            ? {
                type: 'patchBudgetItem',
                target: { list: 'verpflichtungen', id: rowId, patch: { profil: x } },
              }
            : null,
      };
    }
    case 'vpJahr': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === rowId);
      const value = v?.jahr === null || v === undefined ? '' : String(v.jahr);
      return {
        options: () => {
          const out: Choice[] = [{ value: '', label: '(Jahr des Beginns)' }];
          for (let y = t - 10; y <= t + 1; y++) out.push({ value: String(y), label: String(y) });
          if (value && !out.some((o) => o.value === value)) out.push({ value, label: value });
          return out;
        },
        value,
        text: value,
        command: (x) =>
          v && x !== value && (x === '' || /^\d{4}$/.test(x))
            ? {
                type: 'patchBudgetItem',
                target: { list: 'verpflichtungen', id: rowId, patch: { jahr: x === '' ? null : Number(x) } },
              }
            : null,
      };
    }
    case 'beginn': {
      const row = findInstrumentRow(plan, rowId);
      const value = row?.beginn === undefined ? '' : String(row.beginn);
      return {
        options: () => [
          { value: '', label: '(keiner)' },
          ...Array.from({ length: 12 }, (_, i) => ({
            value: String(i + 1),
            label: monatChoiceLabel(t, i + 1),
          })),
        ],
        value,
        text: row?.beginn === undefined ? '' : monatChoiceLabel(t, row.beginn),
        command: (x) =>
          row && x !== value && (x === '' || /^([1-9]|1[0-2])$/.test(x))
            ? { type: 'patchRow', rowId, patch: { beginn: x === '' ? null : Number(x) } }
            : null,
      };
    }
    case 'laufzeit': {
      const row = findInstrumentRow(plan, rowId);
      const value = row?.laufzeit === undefined ? '' : String(row.laufzeit);
      return {
        options: () => [
          { value: '', label: '(keine)' },
          ...Array.from({ length: MAX_LAUFZEIT }, (_, i) => ({
            value: String(i + 1),
            label: laufzeitLabel(i + 1),
          })),
        ],
        value,
        text: row?.laufzeit === undefined ? '' : laufzeitLabel(row.laufzeit),
        command: (x) => {
          const n = Number(x);
          return row && x !== value && (x === '' || (Number.isInteger(n) && n >= 1 && n <= MAX_LAUFZEIT))
            ? { type: 'patchRow', rowId, patch: { laufzeit: x === '' ? null : n } }
            : null;
        },
      };
    }
  }
}
