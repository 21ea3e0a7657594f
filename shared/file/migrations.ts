/**
 * Upgrades the `plan` of an older file, one schema version at a time. Each step is a pure
 * function from version n to n+1; it never mutates its input and leaves anything it does not
 * recognise alone, so the validator afterwards reports it with its path.
 *
 * Version 0 is the pre-release format: `haushalt.umschichtung.plan`/`.vorjahr` were plain
 * amounts, and instrument rows had no `fbw` flag. Version 1 had no Zielvereinbarung, budget
 * sheets, target groups or notes (`notizen`).
 */
import { defaultBudget } from '../model/newLines';
import { defaultDokument } from '../model/dokument';
import { SCHEMA_VERSION } from '../model/plan';
import { emptyZielvereinbarung } from '../model/ziele';
import { defaultZielgruppen } from '../model/stammdaten';

type Json = unknown;
type Step = (plan: Json) => Json;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function umschichtungFromV0(v: unknown): unknown {
  return typeof v === 'number' || v === null ? { mode: 'betrag', betrag: v } : v;
}

/** 0 → 1: Umschichtung as amount-or-share; the FbW row is the one in Förderkategorie II. */
const v0ToV1: Step = (plan) => {
  if (!isObject(plan)) return plan;
  const next: Record<string, unknown> = { ...plan, schemaVersion: 1 };
  const h = plan.haushalt;
  if (isObject(h) && isObject(h.umschichtung)) {
    const u = h.umschichtung;
    next.haushalt = {
      ...h,
      umschichtung: { ...u, plan: umschichtungFromV0(u.plan), vorjahr: umschichtungFromV0(u.vorjahr) },
    };
  }
  if (Array.isArray(plan.schwerpunkte)) {
    next.schwerpunkte = plan.schwerpunkte.map((area: unknown) => {
      if (!isObject(area) || !Array.isArray(area.rows)) return area;
      const rows = area.rows.map((row: unknown) =>
        isObject(row) && row.kind === 'instrument' && !('fbw' in row)
          ? { ...row, fbw: row.kategorie === 'II' }
          : row,
      );
      return { ...area, rows };
    });
  }
  return next;
};

/**
 * 1 → 2: the data this release adds, each with its default, so the plan's figures stay what
 * they were. The Zielvereinbarung starts empty (no targets, Rechenbasis "gedruckter Zielwert");
 * the budget beyond the EGT chain (zielplanung.md B and C): the Globalbudget with its three
 * empty estimates, Personal and the register of commitments, every option off.
 * Issue 15: the master list of Zielgruppen in the Stammdaten (the default six) and no
 * evaluated target group yet. Rows, references and areas gain only optional fields (shares,
 * parts, a kommunal range), absent in older plans. Notes on cells and rows (Bemerkungen): none.
 * Programmtexte (issue 17): the default chapters with empty texts.
 */
const v1ToV2: Step = (plan) => {
  if (!isObject(plan)) return plan;
  const next: Record<string, unknown> = { ...plan, schemaVersion: 2 };
  if (!('zielvereinbarung' in plan)) next.zielvereinbarung = emptyZielvereinbarung();
  const defaults = defaultBudget();
  for (const key of ['globalbudget', 'personal', 'verpflichtungen'] as const)
    if (!(key in plan)) next[key] = defaults[key];
  if (!('zielgruppen' in plan)) next.zielgruppen = [];
  const sd = plan.stammdaten;
  if (isObject(sd) && !('zielgruppen' in sd)) next.stammdaten = { ...sd, zielgruppen: defaultZielgruppen() };
  if (!('notizen' in plan)) next.notizen = {};
  if (!('dokument' in plan)) next.dokument = defaultDokument();
  return next;
};

/** Step from version n to n + 1, by n. */
export const MIGRATIONS: Readonly<Record<number, Step>> = { 0: v0ToV1, 1: v1ToV2 };

export type MigrationResult = { ok: true; plan: Json } | { ok: false; message: string };

export function migrateToCurrent(plan: Json, fromVersion: number): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 0)
    return { ok: false, message: `unbekannte Dateiformat-Version ${String(fromVersion)}` };
  if (fromVersion > SCHEMA_VERSION)
    return {
      ok: false,
      message: `Die Datei wurde mit einer neueren Version von AMIP-Planer gespeichert (Dateiformat ${fromVersion}, diese Version kennt bis ${SCHEMA_VERSION}). Bitte AMIP-Planer aktualisieren.`,
    };
  let current = plan;
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: `keine Umwandlung von Dateiformat ${v} auf ${v + 1} vorhanden` };
    current = step(current);
  }
  return { ok: true, plan: current };
}
