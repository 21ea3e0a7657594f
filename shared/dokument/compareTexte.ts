/**
 * Which sections of the Programmtext differ between two plans (version comparison): by chapter
 * and section id, texts compared as data, so a changed word or mark counts, a mere re-save not.
 */
import type { Text } from '../model/dokument';
import { SCHWERPUNKT_FELDER } from '../model/dokument';
import type { Plan } from '../model/plan';

export interface TextDifference {
  what: 'Text geändert' | 'Kapitel hinzugefügt' | 'Kapitel entfernt';
  label: string;
}

const same = (a: Text | undefined, b: Text | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export function compareTexte(before: Plan, after: Plan): TextDifference[] {
  const out: TextDifference[] = [];
  const kb = new Map(before.dokument.kapitel.map((k) => [k.id, k]));
  const ka = new Map(after.dokument.kapitel.map((k) => [k.id, k]));
  for (const k of after.dokument.kapitel) {
    const old = kb.get(k.id);
    if (!old) {
      out.push({ what: 'Kapitel hinzugefügt', label: k.titel });
      continue;
    }
    for (const a of k.abschnitte) {
      const oldText = old.abschnitte.find((x) => x.id === a.id)?.text;
      if (!same(oldText, a.text))
        out.push({
          what: 'Text geändert',
          label: k.abschnitte.length > 1 ? `${k.titel} › ${a.titel}` : k.titel,
        });
    }
  }
  for (const k of before.dokument.kapitel)
    if (!ka.has(k.id)) out.push({ what: 'Kapitel entfernt', label: k.titel });
  const tb = new Map(before.dokument.schwerpunkte.map((s) => [s.schwerpunktId, s]));
  const ta = new Map(after.dokument.schwerpunkte.map((s) => [s.schwerpunktId, s]));
  const names = new Map([...before.schwerpunkte, ...after.schwerpunkte].map((a) => [a.id, a.name]));
  for (const id of new Set([...tb.keys(), ...ta.keys()])) {
    for (const f of SCHWERPUNKT_FELDER)
      if (!same(tb.get(id)?.[f.feld], ta.get(id)?.[f.feld]))
        out.push({ what: 'Text geändert', label: `${names.get(id) ?? 'Handlungsschwerpunkt'} › ${f.titel}` });
  }
  return out;
}
