import { ConfigError } from '@slipway/kit';

/**
 * moment.js's display tokens (https://momentjs.com/docs/#/displaying/format/), English locale, in
 * the order moment tries them: the longest token wins, `[text]` is literal, `\X` escapes one
 * character, and anything that is not a token is kept as it is (as moment keeps it).
 */
const TOKENS =
  /(\[[^[]*\])|(\\)?(Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
/** Long-date formats of the English locale, expanded before the tokens above. */
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const LOCAL_FORMATS: Record<string, string> = {
  LT: 'h:mm A',
  LTS: 'h:mm:ss A',
  L: 'MM/DD/YYYY',
  LL: 'MMMM D, YYYY',
  LLL: 'MMMM D, YYYY h:mm A',
  LLLL: 'dddd, MMMM D, YYYY h:mm A',
  l: 'M/D/YYYY',
  ll: 'MMM D, YYYY',
  lll: 'MMM D, YYYY h:mm A',
  llll: 'ddd, MMM D, YYYY h:mm A',
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC. */
  offset: number;
  zoneName: string;
}

function formatterFor(timeZone: string, where: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'short',
    });
  } catch {
    throw new ConfigError(`${where}: expected an IANA time zone such as "Europe/Paris", got "${timeZone}"`);
  }
}

function partsIn(date: Date, timeZone: string, where: string): Parts {
  const parts = formatterFor(timeZone, where).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offset = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  return {
    ...wall,
    ms: date.getUTCMilliseconds(),
    offset,
    zoneName: parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC',
  };
}

const pad = (n: number, width = 2) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;

function ordinal(n: number): string {
  const tens = Math.floor((n % 100) / 10);
  const last = n % 10;
  const suffix = tens === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const DAY_MS = 86_400_000;

/** The week of the year and its week-year, weeks starting on `dow`, week 1 holding Jan `7 + dow - doy` (moment's rule). */
function weekOf(year: number, month: number, day: number, dow: number, doy: number): { week: number; year: number } {
  const firstWeekOffset = (y: number) => {
    const fwd = 7 + dow - doy;
    const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1;
  };
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS + 1;
  const weeksInYear = (y: number) => {
    const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY_MS;
    return (days - firstWeekOffset(y) + firstWeekOffset(y + 1)) / 7;
  };
  const week = Math.floor((dayOfYear - firstWeekOffset(year) - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksInYear(year - 1), year: year - 1 };
  if (week > weeksInYear(year)) return { week: week - weeksInYear(year), year: year + 1 };
  return { week, year };
}

function zone(offset: number, separator: string): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

function tokenValue(token: string, p: Parts, date: Date): string | undefined {
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1;
  const h12 = p.hour % 12 || 12;
  const locale = () => weekOf(p.year, p.month, p.day, 0, 6);
  const iso = () => weekOf(p.year, p.month, p.day, 1, 4);
  const quarter = Math.ceil(p.month / 3);
  if (/^S{1,9}$/.test(token)) {
    const digits = String(p.ms).padStart(3, '0').padEnd(9, '0');
    return digits.slice(0, token.length);
  }
  switch (token) {
    case 'M':
      return String(p.month);
    case 'Mo':
      return ordinal(p.month);
    case 'MM':
      return pad(p.month);
    case 'MMM':
      return (MONTHS[p.month - 1] as string).slice(0, 3);
    case 'MMMM':
      return MONTHS[p.month - 1];
    case 'Q':
      return String(quarter);
    case 'Qo':
      return ordinal(quarter);
    case 'D':
      return String(p.day);
    case 'Do':
      return ordinal(p.day);
    case 'DD':
      return pad(p.day);
    case 'DDD':
      return String(dayOfYear);
    case 'DDDo':
      return ordinal(dayOfYear);
    case 'DDDD':
      return pad(dayOfYear, 3);
    case 'd':
    case 'e':
      return String(weekday);
    case 'do':
      return ordinal(weekday);
    case 'dd':
      return (WEEKDAYS[weekday] as string).slice(0, 2);
    case 'ddd':
      return (WEEKDAYS[weekday] as string).slice(0, 3);
    case 'dddd':
      return WEEKDAYS[weekday];
    case 'E':
      return String(weekday || 7);
    case 'w':
      return String(locale().week);
    case 'wo':
      return ordinal(locale().week);
    case 'ww':
      return pad(locale().week);
    case 'W':
      return String(iso().week);
    case 'Wo':
      return ordinal(iso().week);
    case 'WW':
      return pad(iso().week);
    case 'Y':
      return p.year <= 9999 ? pad(p.year, 4) : `+${p.year}`;
    case 'YY':
      return pad(p.year % 100);
    case 'YYYY':
      return pad(p.year, 4);
    case 'YYYYY':
      return pad(p.year, 5);
    case 'YYYYYY':
      return `${p.year < 0 ? '-' : '+'}${String(Math.abs(p.year)).padStart(6, '0')}`;
    case 'y':
      return String(p.year);
    case 'yo':
      return ordinal(p.year);
    case 'yy':
      // moment pads the era year to two digits at least, it never cuts it (unlike YY).
      return pad(p.year, 2);
    case 'yyy':
      return pad(p.year, 3);
    case 'yyyy':
      return pad(p.year, 4);
    case 'N':
    case 'NN':
    case 'NNN':
    case 'NNNNN':
      return 'AD';
    case 'NNNN':
      return 'Anno Domini';
    case 'gg':
      return pad(locale().year % 100);
    case 'gggg':
      return pad(locale().year, 4);
    case 'ggggg':
      return pad(locale().year, 5);
    case 'GG':
      return pad(iso().year % 100);
    case 'GGGG':
      return pad(iso().year, 4);
    case 'GGGGG':
      return pad(iso().year, 5);
    case 'A':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'a':
      return p.hour < 12 ? 'am' : 'pm';
    case 'H':
      return String(p.hour);
    case 'HH':
      return pad(p.hour);
    case 'h':
      return String(h12);
    case 'hh':
      return pad(h12);
    case 'k':
      return String(p.hour || 24);
    case 'kk':
      return pad(p.hour || 24);
    case 'm':
      return String(p.minute);
    case 'mm':
      return pad(p.minute);
    case 's':
      return String(p.second);
    case 'ss':
      return pad(p.second);
    case 'X':
      return String(Math.floor(date.getTime() / 1000));
    case 'x':
      return String(date.getTime());
    case 'z':
    case 'zz':
      return p.zoneName;
    case 'Z':
      return zone(p.offset, ':');
    case 'ZZ':
      return zone(p.offset, '');
  }
  return undefined;
}

function expandLocal(format: string): string {
  let text = format;
  // moment expands nested long-date formats up to five times.
  for (let i = 0; i < 5 && LOCAL_TOKENS.test(text); i++) {
    LOCAL_TOKENS.lastIndex = 0;
    text = text.replace(
      LOCAL_TOKENS,
      (whole, literal: string | undefined, escaped: string | undefined, token: string) =>
        literal !== undefined || escaped ? whole : (LOCAL_FORMATS[token] ?? whole),
    );
  }
  LOCAL_TOKENS.lastIndex = 0;
  return text;
}

/**
 * Formats a date the way moment-timezone's `moment(date).tz(zone).format(format)` does (English
 * locale): every display token, `[literal]` text and `\`-escapes; an empty format is moment's default
 * (`YYYY-MM-DDTHH:mm:ssZ`, with `Z` as a literal in UTC). Time zones come from Intl: `z` is Intl's
 * short zone name, which can differ from the tz database's abbreviation that moment-timezone prints.
 */
export function formatDate(date: Date, format: string, timeZone = 'UTC', where = 'date'): string {
  const p = partsIn(date, timeZone, where);
  const text = format || (p.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
  return expandLocal(text).replace(
    TOKENS,
    (whole, literal: string | undefined, escaped: string | undefined, token: string) => {
      if (literal !== undefined) return literal.slice(1, -1);
      if (escaped) return token;
      return tokenValue(token, p, date) ?? whole;
    },
  );
}
