// Feed dates: RFC 822/1123 (RSS), ISO 8601 / W3C-DTF (Atom, JSON Feed, dc:date), and the usual
// junk (named US/European zones, two-digit years, missing seconds, a space for the 'T', a
// wrong weekday). Returns undefined rather than a guess when the text is not a date.

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Offsets in minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, west: 60, eet: 120, eest: 180,
  msk: 180, msd: 240, sast: 120, pkt: 300, hkt: 480, sgt: 480, awst: 480, jst: 540, kst: 540,
  acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

const MIN_MS = Date.UTC(1970, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

function offsetMinutes(tz: string | undefined): number | undefined {
  if (!tz) return 0;
  const t = tz.trim().toLowerCase();
  if (t in ZONES) return ZONES[t];
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (m) {
    const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -mins : mins;
  }
  // A single military letter or an unknown abbreviation: treat as UTC rather than reject.
  if (/^[a-z]{1,5}$/.test(t)) return 0;
  return undefined;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset: number | undefined,
): Date | undefined {
  if (offset === undefined) return undefined;
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const t = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offset * 60_000;
  return t >= MIN_MS && t < MAX_MS ? new Date(t) : undefined;
}

const ISO =
  /^(\d{4})-?(\d{2})(?:-?(\d{2}))?(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?$/i;

const RFC822 =
  /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]{3,9})\.?,?[\s\-/]+(\d{2,4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*(?:([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})(?:\s.*)?)?$/;

/** "Jun 10, 2003 04:00:00 GMT", "Tuesday, June 10 2003" and friends. */
const MONTH_FIRST =
  /^(?:[A-Za-z]{2,9}\.?,?\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([AaPp]\.?[Mm]\.?)?\s*(?:([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?$/;

function monthIndex(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, 3)];
}

/** Hour of day from "4" + "PM". */
function hour12(hour: string | undefined, meridiem: string | undefined): number {
  const h = Number(hour ?? 0);
  if (!meridiem) return h;
  const pm = /^p/i.test(meridiem);
  return (h % 12) + (pm ? 12 : 0);
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

/** A Date for a feed's date text, or undefined when it is not one. */
export function parseFeedDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const s = text.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 100) return undefined;

  let m = ISO.exec(s);
  if (m) {
    const frac = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(
      Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1),
      Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), frac, offsetMinutes(m[8]),
    );
  }
  m = RFC822.exec(s);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    if (month !== undefined) {
      return build(
        fullYear(m[3] ?? ''), month, Number(m[1]),
        hour12(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offsetMinutes(m[8]),
      );
    }
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    if (month !== undefined) {
      return build(
        Number(m[3]), month, Number(m[2]),
        hour12(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offsetMinutes(m[8]),
      );
    }
  }
  // Last resort: the engine's own lenient parser, told to read zone-less text as UTC. It
  // reads almost anything ("1" is 2001), so only when a plausible four-digit year is present.
  if (!/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(s)) return undefined;
  for (const candidate of [`${s} UTC`, s]) {
    const t = Date.parse(candidate);
    if (!Number.isNaN(t) && t >= MIN_MS && t < MAX_MS) return new Date(t);
  }
  return undefined;
}
