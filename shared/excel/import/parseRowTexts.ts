/**
 * The Kat. and Finanzierung columns of the portfolio read back from text: what the export wrote
 * (layout/portfolio.ts) or what a planner types in Excel (a key like `III.1`, a category's name,
 * `Drittmittel: <Programm>`, `enthalten in: <Instrument>`).
 */
import type { Finanzierung, Plan } from '../../model/plan';
import { allOwnRows } from '../../calc/rowSelection';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');

export function parseKategorie(text: string, plan: Plan): Parsed<string | null> {
  const t = norm(text);
  if (t === '') return { ok: true, value: null };
  const entries = plan.stammdaten.foerderkategorien.flatMap((c) => [
    { key: c.key, name: c.name, kind: 'category' as const },
    ...c.lines.map((l) => ({ key: l.key, name: l.name, kind: l.kind })),
  ]);
  const found =
    entries.find((e) => norm(e.key) === t) ??
    entries.find((e) => norm(`${e.key}. ${e.name}`) === t || norm(`${e.key} ${e.name}`) === t) ??
    (() => {
      const byName = entries.filter((e) => norm(e.name) === t);
      return byName.length === 1 ? byName[0] : undefined;
    })();
  if (!found)
    return {
      ok: false,
      reason: 'keine Förderkategorie der Stammdaten (erwartet wird ein Schlüssel wie „I“ oder „III.1“)',
    };
  if (found.kind === 'darunter')
    return {
      ok: false,
      reason: `„${found.key}“ ist eine Darunter-Zeile der Kennzahlen; Maßnahmen gehören zu einer Kategorie oder Zeile`,
    };
  return { ok: true, value: found.key };
}

const DRITTMITTEL = /^drittmittel\s*(?::\s*(.*))?$/;
const ENTHALTEN = /^enthalten in\s*:?\s*(.*)$/;
const KOMMUNAL = /^(?:kommunal(?:e leistung(?:en)?)?\b.*|§\s*16\s*a\b.*)$/;

export function parseFinanzierung(text: string, plan: Plan): Parsed<Finanzierung> {
  const t = norm(text);
  if (t === '' || t === 'egt') return { ok: true, value: { art: 'EGT' } };
  const dm = DRITTMITTEL.exec(t);
  if (dm) {
    const name = dm[1] ?? '';
    if (name === '') return { ok: true, value: { art: 'Drittmittel', programmId: null } };
    const hits = plan.drittmittel.filter((d) => norm(d.programm) === name);
    if (hits.length === 1) return { ok: true, value: { art: 'Drittmittel', programmId: hits[0]!.id } };
    return {
      ok: false,
      reason: `kein Drittmittelprogramm heißt ${hits.length > 1 ? 'eindeutig ' : ''}„${text.trim().replace(/^drittmittel\s*:\s*/i, '')}“`,
    };
  }
  // "kommunal", "kommunal (§ 16a SGB II)", "§ 16a": kommunale Eingliederungsleistungen
  if (KOMMUNAL.test(t)) return { ok: true, value: { art: 'kommunal' } };
  const inRow = ENTHALTEN.exec(t);
  if (inRow) {
    const name = inRow[1] ?? '';
    if (name === '' || name === 'anderer position')
      return { ok: true, value: { art: 'enthalten', inRowId: null } };
    const hits = allOwnRows(plan).filter((r) => norm(r.instrument) === name);
    if (hits.length === 1) return { ok: true, value: { art: 'enthalten', inRowId: hits[0]!.id } };
    return {
      ok: false,
      reason: `keine Maßnahme heißt ${hits.length > 1 ? 'eindeutig ' : ''}„${text.trim().replace(/^enthalten in\s*:?\s*/i, '')}“`,
    };
  }
  return {
    ok: false,
    reason:
      'Finanzierung nicht erkannt (erwartet „EGT“, „Drittmittel: <Programm>“, „enthalten in: <Maßnahme>“ oder „kommunal (§ 16a)“)',
  };
}

/** The FbW flag as the export writes it ("ja" or empty) or a planner types it (x, nein, …). */
export function parseFbw(text: string): Parsed<boolean> {
  const t = norm(text);
  if (['', 'nein', 'n', '-', '0', 'falsch'].includes(t)) return { ok: true, value: false };
  if (['ja', 'j', 'x', '1', 'wahr', 'fbw'].includes(t)) return { ok: true, value: true };
  return { ok: false, reason: 'FbW-Zeile: erwartet „ja“ oder nichts' };
}
