import { describe, expect, it } from 'vitest';
import { optionForTyped } from '../../../../renderer/editors/TextEditors';

const kat = [
  { value: '', label: '(keine)' },
  { value: 'I', label: 'I. Aktivierung' },
  { value: 'II', label: 'II. Qualifizierung' },
  { value: 'IV.1', label: 'IV.1 Ausbildung' },
  { value: 'IV.2', label: 'IV.2 Einstieg' },
];
const yesNo = [
  { value: 'nein', label: 'nein' },
  { value: 'ja', label: 'ja' },
];

describe('typing in a dropdown cell picks as Excel’s validation lists do', () => {
  it('the first option whose label starts with the typed letters, ignoring case', () => {
    expect(optionForTyped(kat, 'I')?.value).toBe('I');
    expect(optionForTyped(kat, 'i')?.value).toBe('I');
    expect(optionForTyped(kat, 'ii')?.value).toBe('II');
    expect(optionForTyped(kat, 'iv.2')?.value).toBe('IV.2');
    expect(optionForTyped(yesNo, 'j')?.value).toBe('ja');
    expect(optionForTyped(yesNo, 'N')?.value).toBe('nein');
    expect(optionForTyped(kat, 'x')).toBeUndefined();
    expect(optionForTyped(kat, ' ')).toBeUndefined();
  });
});
