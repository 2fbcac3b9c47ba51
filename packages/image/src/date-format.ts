import { ConfigError } from '@slipway/kit';

const TOKENS = /\[([^\]]*)\]|YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

function partsIn(date: Date, timeZone: string, where: string): Parts {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new ConfigError(`${where}: expected an IANA time zone such as "Europe/Paris", got "${timeZone}"`);
  }
  const get = (type: string) => Number(format.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    ms: date.getUTCMilliseconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Formats a date with the moment.js tokens teams use in tag patterns (YYYY MM DD HH mm ss SSS,
 * their short forms, hh/h/A/a, and [literal] text), in a time zone (default UTC).
 */
export function formatDate(date: Date, format: string, timeZone = 'UTC', where = 'date'): string {
  const p = partsIn(date, timeZone, where);
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
        return pad(p.year, 4);
      case 'YY':
        return pad(p.year % 100);
      case 'MM':
        return pad(p.month);
      case 'M':
        return String(p.month);
      case 'DD':
        return pad(p.day);
      case 'D':
        return String(p.day);
      case 'HH':
        return pad(p.hour);
      case 'H':
        return String(p.hour);
      case 'hh':
        return pad(h12);
      case 'h':
        return String(h12);
      case 'mm':
        return pad(p.minute);
      case 'm':
        return String(p.minute);
      case 'ss':
        return pad(p.second);
      case 's':
        return String(p.second);
      case 'SSS':
        return pad(p.ms, 3);
      case 'A':
        return p.hour < 12 ? 'AM' : 'PM';
      default:
        return p.hour < 12 ? 'am' : 'pm';
    }
  });
}
