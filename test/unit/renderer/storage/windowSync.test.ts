/** What a window tells its user about another window's entries (syncNotices). */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import type { EditLogRecord } from '../../../../shared/storage/records';
import { syncNotices } from '../../../../renderer/storage/windowSync';

const set = (key: string): Command => ({ type: 'setInputs', changes: [{ key, value: 1 }] });

const theirEntry = (author: string, key: string, what: string): EditLogRecord => ({
  planId: 'p-1',
  at: '2016-01-01T10:00:00.000Z',
  author,
  windowId: 'w-b',
  rev: 3,
  label: what,
  command: set(key),
  changes: [{ sheet: 'haushalt', what, cellKey: key, before: '1', after: '2' }],
});

const EGZ = 'hh.egz.plan';
const VWB = 'hh.vwb.plan';

describe('syncNotices', () => {
  it('their entries on other cells: taken over, naming who', () => {
    expect(syncNotices([theirEntry('Herr B', VWB, 'VWB')], [set(EGZ)], [], [])).toEqual([
      { kind: 'aktualisiert', message: 'Änderungen aus einem anderen Fenster (Herr B) übernommen.' },
    ]);
  });

  it('my edit just written on the same cell wins, and says which one', () => {
    const n = syncNotices([theirEntry('Herr B', EGZ, 'Eingliederungsmittel')], [set(EGZ)], [], []);
    expect(n.map((x) => x.kind)).toEqual(['ueberschreibt']);
    expect(n[0]!.message).toContain(
      'überschrieben (zuletzt gespeicherte Eingabe gilt): Eingliederungsmittel.',
    );
  });

  it('an earlier edit of mine on that cell lost to theirs', () => {
    const n = syncNotices([theirEntry('Herr B', EGZ, 'Eingliederungsmittel')], [], [set(EGZ)], []);
    expect(n).toEqual([
      {
        kind: 'ueberschrieben',
        message: 'Ihre Eingabe wurde in einem anderen Fenster (Herr B) überschrieben: Eingliederungsmittel.',
      },
    ]);
  });

  it('more than three cells are counted, not listed', () => {
    const keys = ['a', 'b', 'c', 'd', 'e'].map((k) => `hh.${k}.plan`);
    const theirs = keys.map((k, i) => theirEntry('Herr B', k, `Zeile ${i + 1}`));
    const n = syncNotices(theirs, [], keys.map(set), []);
    expect(n[0]!.message).toContain('Zeile 1; Zeile 2; Zeile 3 und 2 weitere.');
  });

  it('nothing from elsewhere: nothing to say; an entry that could not be applied is always said', () => {
    expect(syncNotices([], [set(EGZ)], [], [])).toEqual([]);
    const failed = [{ entry: theirEntry('Herr B', EGZ, 'Zeile löschen'), reason: 'Zeile fehlt' }];
    const n = syncNotices([], [], [], failed);
    expect(n.map((x) => x.kind)).toEqual(['verworfen']);
    expect(n[0]!.message).toBe(
      'Die Änderung „Zeile löschen“ vom 01.01.2016, 11:00 ließ sich nicht anwenden: Zeile fehlt',
    );
  });
});
