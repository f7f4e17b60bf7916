/**
 * Whether a computed CSS colour (`rgb(18, 18, 18)`, `rgba(0, 0, 0, 0)`) is a dark background: WCAG relative
 * luminance below 0.2 (TikTok's dark theme paints #121212, its light one #fff). Transparent or unreadable
 * colours say nothing (undefined), so the caller can look further out.
 */
export function isDarkBackground(css: string): boolean | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}
