/** Small DOM readers that work the same on a live page and on a parsed document in Node. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const t = root.querySelector(selector)?.textContent;
  const s = t?.replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
}

/** Text with its line breaks kept (bios are multi-line). */
export function rawTextOf(root: ParentNode, selector: string): string | undefined {
  const t = root.querySelector(selector)?.textContent?.trim();
  return t ? t : undefined;
}

export function attrOf(root: ParentNode, selector: string, attr: string): string | undefined {
  const v = root.querySelector(selector)?.getAttribute(attr)?.trim();
  return v ? v : undefined;
}

export function metaContent(doc: Document, property: string): string | undefined {
  return attrOf(doc, `meta[property="${property}"], meta[name="${property}"]`, 'content');
}

/** Parse JSON without throwing: TikTok's tags can be truncated or empty. */
export function safeJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function scriptJson(doc: Document, id: string): unknown {
  return safeJson(doc.getElementById(id)?.textContent);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** Creators put a business address in their bio; it is the most useful outreach channel after DMs. */
export function findEmail(text: string | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0]?.toLowerCase() : undefined;
}
