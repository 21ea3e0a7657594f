import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatStand,
  formatTime,
  isoDate,
} from '../../../shared/format/dateFormat';

// 10:00 UTC is 11:00 in German winter time and 12:00 in summer time.
const WINTER = '2015-11-12T10:00:05.000Z';
const SUMMER = '2016-07-01T10:00:05.000Z';
// Half past eleven on New Year's Eve in UTC is already the new year in Germany.
const NEW_YEAR = '2015-12-31T23:30:00.000Z';

describe('German dates and times (always German time)', () => {
  it('formatDate: day and month with two digits', () => {
    expect(formatDate(WINTER)).toBe('12.11.2015');
    expect(formatDate('2016-03-05T10:00:00.000Z')).toBe('05.03.2016');
    expect(formatDate(NEW_YEAR)).toBe('01.01.2016');
  });

  it('formatDateTime: date and hour:minute, winter and summer time', () => {
    expect(formatDateTime(WINTER)).toBe('12.11.2015, 11:00');
    expect(formatDateTime(SUMMER)).toBe('01.07.2016, 12:00');
    expect(formatDateTime(NEW_YEAR)).toBe('01.01.2016, 00:30');
  });

  it('formatTime: to the second; formatStand: with "Uhr"', () => {
    expect(formatTime(WINTER)).toBe('11:00:05');
    expect(formatStand(WINTER)).toBe('12.11.2015, 11:00 Uhr');
  });

  it('isoDate: the German day in ISO order, for file names', () => {
    expect(isoDate(new Date(NEW_YEAR))).toBe('2016-01-01');
    expect(isoDate(SUMMER)).toBe('2016-07-01');
  });

  it('a Date and its ISO text give the same', () => {
    expect(formatDateTime(new Date(SUMMER))).toBe(formatDateTime(SUMMER));
  });

  it('an unreadable timestamp is shown as given, not as "Invalid Date"', () => {
    for (const f of [formatDate, formatDateTime, formatTime, formatStand, isoDate])
      expect(f('gestern')).toBe('gestern');
  });
});
