/**
 * Compact counts as TikTok's web UI prints them in each language, e.g. `1.2M`, `12,5 K`, `1,2 Mio.`,
 * `48,7 mil`, `12.3万`, `1.2億`, `1,2 jt`, `120만`, `1 234`, `1.234`. The unit words come from TikTok's
 * localised UI (and CLDR's compact-number patterns it follows).
 */
const UNIT: Record<string, number> = {
  k: 1e3, tsd: 1e3, 'тыс': 1e3, mil: 1e3, rb: 1e3, ribu: 1e3, n: 1e3, 'nghìn': 1e3, 'ngàn': 1e3, b: 1e9, bn: 1e9,
  m: 1e6, mio: 1e6, mln: 1e6, 'млн': 1e6, jt: 1e6, juta: 1e6, tr: 1e6, 'triệu': 1e6, mi: 1e6, mn: 1e6, mill: 1e6,
  'millón': 1e6, millones: 1e6, millions: 1e6, million: 1e6, mrd: 1e9, md: 1e9, 'млрд': 1e9, bi: 1e9, 'tỷ': 1e9,
  '千': 1e3, '万': 1e4, '萬': 1e4, '億': 1e8, '亿': 1e8, '천': 1e3, '만': 1e4, '억': 1e8,
  'พัน': 1e3, 'หมื่น': 1e4, 'แสน': 1e5, 'ล้าน': 1e6, 'ألف': 1e3, 'مليون': 1e6, 'مليار': 1e9,
  'हज़ार': 1e3, 'हजार': 1e3, 'लाख': 1e5, 'करोड़': 1e7,
};

// Arabic-Indic and Persian digits, as some locales print them.
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAsciiDigit = (d: string) => String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)) % 10);

const NUMBER_THEN_UNIT = /^([+]?\d[\d.,'\s]*)\s*([^\s\d.,]*)/u;

// The shape English pages print ("12", "10.5K", "3M"): read directly, as Seller Center lists hold
// thousands of these. A dotted number without a unit ("1.234") may group thousands: the general path decides.
const PLAIN = /^(\d{1,12})(?:\.(\d{1,3}))?([KkMmBb])?$/;
const PLAIN_UNIT: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 };

export function parseCount(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const plain = PLAIN.exec(text);
  if (plain && (plain[3] || !plain[2])) {
    const n = plain[2] ? Number(`${plain[1]}.${plain[2]}`) : Number(plain[1]);
    return Math.round(n * (plain[3] ? PLAIN_UNIT[plain[3]]! : 1));
  }
  const t = text
    .replace(DIGITS, toAsciiDigit)
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/[\u066b]/g, '.')
    .replace(/[\u066c]/g, ',')
    .trim()
    .toLowerCase();
  const m = NUMBER_THEN_UNIT.exec(t);
  if (!m) return undefined;
  const numberPart = m[1]!.trim();
  const unitWord = m[2]!.replace(/\.$/, '');
  let mult = 1;
  if (unitWord) {
    const known = UNIT[unitWord];
    if (known !== undefined) mult = known;
    // A label such as "Followers" after a plain number is fine; an unknown short unit is not a guess we make.
    else if ([...unitWord].length < 4) return undefined;
  }
  const n = parseNumber(numberPart, mult > 1);
  if (n === undefined) return undefined;
  const value = Math.round(n * mult);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** "11.2%" → 0.112, "3,6 %" → 0.036. A bare fraction (≤ 1, no percent sign) is taken as is. */
export function parseRate(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /(\d+(?:[.,]\d+)?)\s*(%|٪)?/.exec(text.replace(DIGITS, toAsciiDigit));
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(n)) return undefined;
  if (m[2]) return n / 100;
  return n <= 1 ? n : undefined;
}

/** "$1,234.50", "1.234,50 €", "Rp 149.000" → 1234.5, 1234.5, 149000 */
export function parseMoney(text: string): number | undefined {
  const s = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal mark.
    normal = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const tail = s.length - s.lastIndexOf(sep) - 1;
    // Exactly three digits after the only kind of separator group thousands ("149.000"); else decimals.
    normal = tail === 3 ? s.split(sep).join('') : s.split(sep).join('.');
  } else normal = s;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** A number as TikTok's JSON gives it: a number, or a digit string (statsV2). */
export function toCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && value.trim()) return parseCount(value);
  return undefined;
}

function parseNumber(raw: string, hasUnit: boolean): number | undefined {
  const s = raw.replace(/[\s']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the later one is the decimal mark.
    const dec = lastDot > lastComma ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    normal = s.split(group).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    // "1,234" and "1.234.567" group thousands; "12,5 K" and "1.2M" have a decimal mark.
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
    const grouping = !hasUnit && groupsOfThree;
    if (parts.length > 2 && !grouping) return undefined;
    if (parts.some((p) => p === '')) return undefined;
    normal = grouping ? parts.join('') : parts.join('.');
  } else {
    normal = s;
  }
  if (normal.endsWith('.')) normal = normal.slice(0, -1);
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}
