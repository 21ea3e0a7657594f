/**
 * Plan files with target groups and kommunal ranges (issue 15) are hostile input too: every
 * reference to a group, every share and every range is checked, with a German message at the
 * JSON path; the sample itself round-trips unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '../../../shared/file/planFile';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const area = (f: Json, id: string): Json => f.plan.schwerpunkte.find((a: Json) => a.id === id);

function errorsOf(edit: (file: Json) => void) {
  const file = JSON.parse(serializePlanFile(zielgruppenBeispiel())) as Json;
  edit(file);
  const r = parsePlanFile(JSON.stringify(file));
  return r.ok ? [] : r.errors;
}

describe('plan file: Zielgruppen and kommunal ranges', () => {
  it('the sample survives serialize → parse unchanged', () => {
    const plan = zielgruppenBeispiel();
    expect(parsePlanFile(serializePlanFile(plan))).toEqual({ ok: true, plan });
  });

  it.each<[string, (f: Json) => void, string, string]>([
    [
      'a share for a group the plan does not evaluate',
      (f) => f.plan.schwerpunkte[0].rows[0].zielgruppen.push({ zielgruppeId: 'lzb', art: 'ganz' }),
      'plan.schwerpunkte[0].rows[0].zielgruppen[2].zielgruppeId',
      'Zielgruppe "lzb" wird in diesem Plan nicht ausgewertet',
    ],
    [
      'two shares of one row for the same group',
      (f) => f.plan.schwerpunkte[0].rows[1].zielgruppen.push({ zielgruppeId: 'u25', art: 'ganz' }),
      'plan.schwerpunkte[0].rows[1].zielgruppen[1].zielgruppeId',
      'Zielgruppe "u25" kommt doppelt vor (zuerst bei plan.schwerpunkte[0].rows[1].zielgruppen[0].zielgruppeId)',
    ],
    [
      'an evaluated group missing from the master list',
      (f) => f.plan.zielgruppen.push({ zielgruppeId: 'frauen', anteilKundenbestand: null }),
      'plan.zielgruppen[3].zielgruppeId',
      'Zielgruppe "frauen" gibt es in den Stammdaten nicht',
    ],
    [
      'an area’s group not evaluated',
      (f) => (f.plan.schwerpunkte[0].zielgruppeId = 'lzb'),
      'plan.schwerpunkte[0].zielgruppeId',
      'Zielgruppe "lzb" wird in diesem Plan nicht ausgewertet',
    ],
    [
      'an id that would break cell keys',
      (f) => (f.plan.stammdaten.zielgruppen[0].id = 'u.25'),
      'plan.stammdaten.zielgruppen[0].id',
      'Kennung aus Kleinbuchstaben, Ziffern und „-“ erwartet, gefunden "u.25"',
    ],
    [
      'a master-list id twice',
      (f) => f.plan.stammdaten.zielgruppen.push({ id: 'u25', name: 'Jugendliche' }),
      'plan.stammdaten.zielgruppen[6].id',
      'Zielgruppe "u25" kommt doppelt vor (zuerst bei plan.stammdaten.zielgruppen[0].id)',
    ],
    [
      'a range on an EGT row',
      (f) => (f.plan.schwerpunkte[0].rows[0].eintritteBis = 5_000),
      'plan.schwerpunkte[0].rows[0].eintritteBis',
      'eine Spanne „von–bis“ gibt es nur bei kommunal finanzierten Zeilen',
    ],
    [
      'a range running backwards',
      (f) => (area(f, 'hs-kommunal').rows[0].eintritteBis = 10),
      'plan.schwerpunkte[5].rows[0].eintritteBis',
      '„bis“ (10) liegt unter „von“ (800); die Spanne läuft rückwärts',
    ],
    [
      'a reference carrying a part of a kommunal row',
      (f) =>
        area(f, 'hs-u25').rows.push({
          kind: 'reference',
          id: 'ref-k',
          ownerRowId: 'r-kita',
          teilEintritte: 5,
        }),
      'plan.schwerpunkte[4].rows[5].teilEintritte',
      'ein Verweis auf eine kommunale Leistung zeigt deren Fallzahlen ganz und trägt keinen eigenen Anteil',
    ],
    [
      'a share above 100 %',
      (f) => (f.plan.schwerpunkte[0].rows[0].zielgruppen[1].anteil = 1.5),
      'plan.schwerpunkte[0].rows[0].zielgruppen[1].anteil',
      'Anteil zwischen 0 und 1 erwartet, gefunden 1.5',
    ],
    [
      'an unknown kind of share',
      (f) => (f.plan.schwerpunkte[0].rows[0].zielgruppen[0].art = 'halb'),
      'plan.schwerpunkte[0].rows[0].zielgruppen[0].art',
      'einer von "ganz", "teil", "prozent" erwartet, gefunden "halb"',
    ],
    [
      'more than 100 groups in the master list',
      (f) => {
        for (let i = 0; i < 101; i++) f.plan.stammdaten.zielgruppen.push({ id: `g${i}`, name: `G ${i}` });
      },
      'plan.stammdaten.zielgruppen',
      'Liste mit höchstens 100 Zielgruppen erwartet, gefunden eine Liste',
    ],
  ])('refuses %s', (_what, edit, path, message) => {
    expect(errorsOf(edit)).toContainEqual({ path, message });
  });
});
