import { describe, expect, it } from 'vitest';
import type { MoneyNote, TotalScope } from '../../../../shared/excel/takeover/legacyTexts';
import {
  blockName,
  isHeadingWord,
  matchKategorie,
  nachrichtlichMarker,
  readMoneyNote,
  totalScope,
} from '../../../../shared/excel/takeover/legacyTexts';
import { defaultStammdaten } from '../../../../shared/model/stammdaten';

const totals: [label: string, block: string | null, scope: TotalScope | null][] = [
  ['Summe', 'Integration', 'block'],
  ['Summe:', null, 'block'],
  ['SUMME', null, 'block'],
  ['Summe HSP 1', 'Integration', 'block'],
  ['Summe ohne VB', 'Integration', 'block'],
  ['Summe Integration', 'Integration', 'block'],
  ['Integration insgesamt', 'Integration', 'block'],
  ['Beschäftigung gesamt', 'Beschäftigung', 'block'],
  ['Zwischensumme', 'Integration', 'partial'],
  ['Zwischensumme Aktivierung', 'Integration', 'partial'],
  ['Gesamtsumme', 'Integration', 'grand'],
  ['Gesamt', 'Integration', 'grand'],
  ['Summe gesamt', 'Integration', 'grand'],
  ['insgesamt', 'Integration', 'grand'],
  ['Summe insgesamt', null, 'grand'],
  ['Σ', null, 'grand'],
  ['∑ EGT', null, 'grand'],
  ['Gesamtschule Coaching', null, null],
  ['Summer School', null, null],
  ['Eingliederungszuschüsse (EGZ)', null, null],
  ['Gesamtkonzept Arbeit', null, null],
];

const blocks: [label: string, name: string][] = [
  ['Handlungsschwerpunkt 1: Integration', 'Integration'],
  ['Handlungsschwerpunkt 2 – Qualifizierung Geringqualifizierter', 'Qualifizierung Geringqualifizierter'],
  ['HSP 3: Alleinerziehende', 'Alleinerziehende'],
  ['Schwerpunkt IV. Jugendliche (U25)', 'Jugendliche (U25)'],
  ['2. Abbau Langzeitleistungsbezug', 'Abbau Langzeitleistungsbezug'],
  ['B) Geflüchtete', 'Geflüchtete'],
  ['Integration', 'Integration'],
  ['Handlungsschwerpunkt', 'Handlungsschwerpunkt'],
];

const kategorien: [text: string, key: string | null][] = [
  ['I', 'I'],
  ['i', 'I'],
  ['I.', 'I'],
  ['Kat. I', 'I'],
  ['III.1', 'III.1'],
  ['III 1', 'III.1'],
  ['III.1.', 'III.1'],
  ['VI.2', 'VI.2'],
  ['VIII', 'VIII'],
  ['Berufliche Weiterbildung', 'II'],
  ['Einstiegsgeld', 'III.2'],
  ['I Aktivierung und berufliche Eingliederung', 'I'],
  ['I. Aktivierung und berufliche Eingliederung', 'I'],
  ['', null],
  ['II.a', 'II'],
];

const unknownKategorien = ['XY', 'VII', 'III.9', 'Aktivierung'];

const notes: [text: string, note: MoneyNote][] = [
  ['Betrag bei BaE enthalten', { kind: 'enthalten', target: 'BaE' }],
  ['Kosten in der BaE enthalten', { kind: 'enthalten', target: 'BaE' }],
  ['enthalten in: Fort- und Weiterbildung', { kind: 'enthalten', target: 'Fort- und Weiterbildung' }],
  ['enthalten in Position Aktivcenter', { kind: 'enthalten', target: 'Aktivcenter' }],
  ['im Betrag der FbW enthalten', { kind: 'enthalten', target: 'FbW' }],
  ['Betrag enthalten', { kind: 'enthalten', target: '' }],
  ['ESF-Mittel', { kind: 'drittmittel', programm: 'ESF-Mittel' }],
  ['ESF', { kind: 'drittmittel', programm: 'ESF' }],
  [
    'Bundesprogramm "Soziale Teilhabe"',
    { kind: 'drittmittel', programm: 'Bundesprogramm "Soziale Teilhabe"' },
  ],
  ['Drittmittel: Land NRW', { kind: 'drittmittel', programm: 'Land NRW' }],
  ['Landesmittel', { kind: 'drittmittel', programm: 'Landesmittel' }],
  ['EGT', { kind: 'egt' }],
  ['Eingliederungstitel', { kind: 'egt' }],
  ['', { kind: 'egt' }],
  ['nachrichtlich', { kind: 'nachrichtlich' }],
  ['Kommune', { kind: 'other' }],
  ['offen', { kind: 'other' }],
];

describe('totalScope', () => {
  it.each(totals)('„%s“ in block %s → %s', (label, block, scope) => {
    expect(totalScope(label, block)).toBe(scope);
  });
});

describe('block headings', () => {
  it.each(blocks)('„%s“ → „%s“', (label, name) => {
    expect(blockName(label)).toBe(name);
  });

  it.each([
    ['Handlungsschwerpunkt 1: Integration', true],
    ['HSP 2', true],
    ['Zielgruppe Alleinerziehende', true],
    ['Integration', false],
    ['Schwerpunktpraxis', false],
  ] as const)('„%s“ names a Handlungsschwerpunkt: %s', (label, word) => {
    expect(isHeadingWord(label)).toBe(word);
  });
});

describe('matchKategorie', () => {
  const stammdaten = defaultStammdaten();
  it.each(kategorien)('„%s“ → %s', (text, key) => {
    expect(matchKategorie(text, stammdaten)).toMatchObject({ ok: true, key });
  });

  it('a darunter line is taken as its category, with a note', () => {
    expect(matchKategorie('II.a', stammdaten)).toEqual({
      ok: true,
      key: 'II',
      note: '„II.a“ ist eine Darunter-Zeile; Kategorie II übernommen',
    });
  });

  it.each(unknownKategorien)('„%s“ is no Förderkategorie', (text) => {
    expect(matchKategorie(text, stammdaten)).toEqual({
      ok: false,
      reason: 'keine Förderkategorie der Stammdaten',
    });
  });
});

describe('readMoneyNote', () => {
  it.each(notes)('„%s“', (text, note) => {
    expect(readMoneyNote(text)).toEqual(note);
  });
});

describe('nachrichtlichMarker', () => {
  it.each([
    ['Vermittlungsbudget (nachrichtlich)', 'Vermittlungsbudget', true],
    ['Vermittlungsbudget (VB) [nachr.]', 'Vermittlungsbudget (VB)', true],
    ['Eingliederungszuschüsse', 'Eingliederungszuschüsse', false],
    ['nachrichtlich', 'nachrichtlich', true],
  ] as const)('„%s“ → „%s“, %s', (text, name, marked) => {
    expect(nachrichtlichMarker(text)).toEqual({ name, marked });
  });
});
