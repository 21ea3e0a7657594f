/** Fortschreibung: "Plan 2017 aus Plan 2016 erstellen". */
import { describe, expect, it } from 'vitest';
import { computeAll } from '../../../shared/calc/engine';
import { validatePlan } from '../../../shared/file/planFile';
import { allOwnRows } from '../../../shared/calc/rowSelection';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { fortschreiben } from '../../../shared/storage/fortschreibung';
import { createPlan, createFortschreibung, loadPlan } from '../../../renderer/storage/planRepository';
import { openDb, uniqueDbName } from '../renderer/storage/helpers';

const opts = (keepInputs: boolean) => ({
  newId: 'plan-2017',
  now: '2016-09-01T08:00:00.000Z',
  author: 'Frau P',
  keepInputs,
});

describe('Fortschreibung', () => {
  const source = (() => {
    const p = beispielplan();
    p.formeln = { 'row.r-mia.eintritte': '=850', 'hh.mittelausstattung.vorjahr': '=36100000' };
    return p;
  })();

  it('moves the old plan year into the Vorjahr columns and links the source plan', () => {
    const next = fortschreiben(source, opts(false));
    expect(next.header).toMatchObject({
      year: 2017,
      vorjahr: 2016,
      sourcePlanId: source.id,
      status: 'Entwurf',
      author: 'Frau P',
    });
    expect(next.haushalt.mittelausstattung).toEqual({
      plan: null,
      vorjahr: source.haushalt.mittelausstattung.plan,
    });
    expect(next.haushalt.vorbindungen.vorjahr).toBe(source.haushalt.vorbindungen.plan);
    expect(next.haushalt.umschichtung.vorjahr).toEqual(source.haushalt.umschichtung.plan);
    const oldRows = allOwnRows(source);
    const newRows = allOwnRows(next);
    expect(newRows.map((r) => r.id)).toEqual(oldRows.map((r) => r.id));
    expect(newRows.map((r) => [r.vorjahrEintritte, r.vorjahrMittel])).toEqual(
      oldRows.map((r) => [r.eintritte, r.mittelansatz]),
    );
    expect(newRows.every((r) => r.eintritte === null && r.mittelansatz === null)).toBe(true);
    expect(next.schwerpunkte.map((a) => a.name)).toEqual(source.schwerpunkte.map((a) => a.name));
  });

  it('the new Vorjahr figures equal the old plan figures (Haushalt chain and portfolio totals)', () => {
    const before = computeAll(source);
    const after = computeAll(fortschreiben(source, opts(false)));
    for (const f of ['summeEingliederungsmittel', 'verfuegbaresEgt', 'mittelFuerNeufaelle', 'umschichtung'])
      expect(after[`haushalt.vorjahr.${f}`]).toBeCloseTo(before[`haushalt.plan.${f}`]!, 2);
    expect(after['portfolio.vorjahrMittelEgt']).toBe(before['portfolio.mittelansatzEgt']);
    expect(after['portfolio.vorjahrEintritte']).toBe(before['portfolio.eintritte']);
    expect(after['haushalt.plan.mittelFuerNeufaelle']).toBe(0);
  });

  it('keeps the new year inputs as a starting point when asked, without stale Vorjahr formulas', () => {
    const next = fortschreiben(source, opts(true));
    expect(next.haushalt.mittelausstattung).toEqual({
      plan: source.haushalt.mittelausstattung.plan,
      vorjahr: source.haushalt.mittelausstattung.plan,
    });
    expect(allOwnRows(next).map((r) => r.mittelansatz)).toEqual(
      allOwnRows(source).map((r) => r.mittelansatz),
    );
    expect(next.formeln).toEqual({ 'row.r-mia.eintritte': '=850' });
    expect(fortschreiben(source, opts(false)).formeln).toEqual({});
  });

  it('produces valid plans and leaves the source unchanged', () => {
    const copy = structuredClone(source);
    for (const keep of [true, false]) {
      const r = validatePlan(fortschreiben(source, opts(keep)));
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
    expect(source).toEqual(copy);
  });

  it('is stored as a new plan next to the source', async () => {
    const db = openDb(uniqueDbName());
    await createPlan(db, beispielplan(), 'w');
    const created = await createFortschreibung(db, beispielplan().id, {
      keepInputs: false,
      author: 'A',
      writer: 'w',
    });
    const loaded = await loadPlan(db, created.id);
    expect(loaded.ok && loaded.plan.header.sourcePlanId).toBe(beispielplan().id);
    expect(loaded.ok && loaded.plan.header.year).toBe(2017);
    db.close();
  });
});
