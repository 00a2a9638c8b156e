/**
 * WCO DM date/time strings carry a UN/EDIFACT 2379 format qualifier in `formatCode`:
 * 304 = CCYYMMDDHHMMSS followed by a zone (HMRC CDS writes `20170810093030Z`, `20171001010000+01`),
 * 102 = CCYYMMDD. Returns RFC 3339 text or a sentence saying what is wrong.
 */
export type ParsedWcoDate =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

const FORMAT_304 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}(?:\d{2})?)$/;
const FORMAT_102 = /^(\d{4})(\d{2})(\d{2})$/;

export function parseWcoDateTime(text: string, formatCode: string | undefined): ParsedWcoDate {
  if (formatCode !== undefined && formatCode !== '304') {
    return {
      ok: false,
      reason: `formatCode "${formatCode}" is not supported for a date and time; use 304 (CCYYMMDDHHMMSS plus zone, e.g. 20170810093030Z)`,
    };
  }
  const match = FORMAT_304.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${text}" is not a formatCode 304 date-time (CCYYMMDDHHMMSS plus zone Z, +HH or +HHMM, e.g. 20170810093030Z)`,
    };
  }
  const [, year, month, day, hour, minute, second, zone] = match;
  if (!isCalendarDate(year, month, day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return { ok: false, reason: `"${text}" is not a real date and time` };
  }
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(3) || '0') > 59)) {
    return { ok: false, reason: `"${text}" has an impossible UTC offset ${zone}` };
  }
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3) || '00'}`;
  return { ok: true, value: `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}` };
}

export function parseWcoDate(text: string, formatCode: string | undefined): ParsedWcoDate {
  if (formatCode !== undefined && formatCode !== '102') {
    return {
      ok: false,
      reason: `formatCode "${formatCode}" is not supported for a date; use 102 (CCYYMMDD)`,
    };
  }
  const match = FORMAT_102.exec(text);
  if (!match || !isCalendarDate(match[1], match[2], match[3])) {
    return { ok: false, reason: `"${text}" is not a formatCode 102 date (CCYYMMDD, e.g. 20270630)` };
  }
  return { ok: true, value: `${match[1]}-${match[2]}-${match[3]}` };
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}
