import { describe, expect, it } from '@jest/globals';
import { formatDate } from './date-format';

const AT = new Date('2020-01-10T00:30:00.000Z');
const MOMENT_DOCS = new Date('2010-02-14T15:25:50.125Z');

describe('formatDate: moment display tokens, English locale, time zones through Intl', () => {
  it.each<[string, Date, string, string, string]>([
    // metadata-action's README examples
    ['README', AT, 'YYYYMMDD', 'UTC', '20200110'],
    ['README', AT, 'YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    [
      'README',
      new Date('2020-01-10T15:25:50Z'),
      'dddd, MMMM Do YYYY, h:mm:ss a',
      'UTC',
      'Friday, January 10th 2020, 3:25:50 pm',
    ],
    // moment's own format examples
    ['moment docs', MOMENT_DOCS, 'dddd, MMMM Do YYYY, h:mm:ss a', 'UTC', 'Sunday, February 14th 2010, 3:25:50 pm'],
    ['moment docs', MOMENT_DOCS, 'ddd, hA', 'UTC', 'Sun, 3PM'],
    ['moment docs', MOMENT_DOCS, '[Today is] dddd', 'UTC', 'Today is Sunday'],
    // every token family
    ['month', AT, 'M Mo MM MMM MMMM', 'UTC', '1 1st 01 Jan January'],
    ['quarter', MOMENT_DOCS, 'Q Qo', 'UTC', '1 1st'],
    ['day of month', MOMENT_DOCS, 'D Do DD', 'UTC', '14 14th 14'],
    ['day of year', MOMENT_DOCS, 'DDD DDDo DDDD', 'UTC', '45 45th 045'],
    ['day of week', MOMENT_DOCS, 'd do dd ddd dddd e E', 'UTC', '0 0th Su Sun Sunday 0 7'],
    ['week of year', AT, 'w wo ww W Wo WW', 'UTC', '2 2nd 02 2 2nd 02'],
    ['week-year at a year end', new Date('2019-12-29T12:00:00Z'), 'w gggg W GGGG', 'UTC', '1 2020 52 2019'],
    ['ISO week 53', new Date('2021-01-01T12:00:00Z'), 'W GG GGGG w gg', 'UTC', '53 20 2020 1 21'],
    ['year', AT, 'Y YY YYYY YYYYY YYYYYY', 'UTC', '2020 20 2020 02020 +002020'],
    ['era', AT, 'N NNNN y yo yy yyyy', 'UTC', 'AD Anno Domini 2020 2020th 2020 2020'],
    ['hours', AT, 'H HH h hh k kk A a', 'UTC', '0 00 12 12 24 24 AM am'],
    ['minutes, seconds, fractions', MOMENT_DOCS, 'm mm s ss S SS SSS SSSS', 'UTC', '25 25 50 50 1 12 125 1250'],
    ['unix time', MOMENT_DOCS, 'X x', 'UTC', '1266161150 1266161150125'],
    ['offsets', AT, 'Z ZZ', 'Asia/Tokyo', '+09:00 +0900'],
    ['negative offsets', AT, 'Z ZZ z', 'America/New_York', '-05:00 -0500 EST'],
    ['zone name', AT, 'z', 'UTC', 'UTC'],
    [
      'long dates',
      AT,
      'LT|LTS|L|LL|LLL|LLLL',
      'UTC',
      '12:30 AM|12:30:00 AM|01/10/2020|January 10, 2020|January 10, 2020 12:30 AM|Friday, January 10, 2020 12:30 AM',
    ],
    [
      'short long dates',
      AT,
      'l|ll|lll|llll',
      'UTC',
      '1/10/2020|Jan 10, 2020|Jan 10, 2020 12:30 AM|Fri, Jan 10, 2020 12:30 AM',
    ],
    ['literals and escapes', AT, '[YYYY] \\YYYY [at] HH', 'UTC', 'YYYY YYYY at 00'],
    ['characters that are no token stay', AT, 'YYYY-MM-DDTHH:mm:ss.SSS[Z] qif', 'UTC', '2020-01-10T00:30:00.000Z qif'],
    ['Do MMM', new Date('2026-03-04T10:00:00Z'), 'Do MMM', 'UTC', '4th Mar'],
    ['ordinals 11-13 and 21-23', new Date('2026-03-22T10:00:00Z'), 'Do', 'UTC', '22nd'],
    ['the day changes with the zone', new Date('2026-03-13T20:00:00Z'), 'YYYYMMDD', 'Asia/Tokyo', '20260314'],
    ["moment's default format in UTC", AT, '', 'UTC', '2020-01-10T00:30:00Z'],
    ["moment's default format elsewhere", AT, '', 'Asia/Tokyo', '2020-01-10T09:30:00+09:00'],
  ])('%s: %s', (_family, date, format, zone, expected) => {
    expect(formatDate(date, format, zone)).toBe(expected);
  });

  it('ordinals: 11th, 12th, 13th, 1st, 2nd, 3rd, 101st, 111th', () => {
    const days = [11, 12, 13, 1, 2, 3].map((d) => formatDate(new Date(Date.UTC(2026, 0, d, 12)), 'Do'));
    expect(days).toEqual(['11th', '12th', '13th', '1st', '2nd', '3rd']);
    expect(formatDate(new Date(Date.UTC(2026, 3, 11, 12)), 'DDDo')).toBe('101st');
    expect(formatDate(new Date(Date.UTC(2026, 3, 21, 12)), 'DDDo')).toBe('111th');
  });

  it('an unknown time zone is a ConfigError naming where', () => {
    expect(() => formatDate(AT, 'YYYY', 'Mars/Olympus', "Input 'tags' line 1")).toThrow(
      `Input 'tags' line 1: expected an IANA time zone such as "Europe/Paris", got "Mars/Olympus"`,
    );
  });
});
