/** A short deterministic digest (two 32-bit FNV-1a style lanes, 16 hex digits). Not cryptographic: ids only. */
export function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A UUID (version 8, RFC 9562) derived from its parts: the same parts give the same id on every install
 * and every retry, which is what makes an event logged by itself idempotent.
 */
export function derivedUuid(...parts: string[]): string {
  const key = JSON.stringify(parts);
  const hex = (digest(`a${key}`) + digest(`b${key}`)).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
