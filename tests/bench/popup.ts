
import type { BenchBrowser } from './ext';
import { interleave, median, report } from './report';

/** The popup's first screen against the bare page reading the same 30 rows by the same cursor. */
export async function popupRender(b: BenchBrowser, name: string, reps = 7): Promise<void> {
  const page = await b.context.newPage();
  try {
    const r = await interleave(reps, () => b.loadTime(page, 'popup.html'), () => b.loadTime(page, 'bare-rows.html'));
    report(name, r.value, 'ms', 200, r.baseline);
  } finally {
    await page.close();
  }
}

/**
 * Filtering `total` creators per keystroke, once every row is loaded, against a plain loop over the same
 * rows matching the same text (each followed by the same macrotask, so both include a yield to the page).
 */
export async function popupSearch(b: BenchBrowser, name: string, total: number): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(b.url('popup.html'));
    await page.waitForSelector(`text=Pipeline (${total.toLocaleString("en-US")})`, { timeout: 120_000 });
    const { real, base } = await page.evaluate(keystrokes, 'creator_123');
    report(name, median(real), 'ms', 30, median(base));
  } finally {
    await page.close();
  }
}

/** Runs in the popup: types `word` one key at a time, timing the popup and the plain loop alternately. */
async function keystrokes(word: string): Promise<{ real: number[]; base: number[] }> {
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('creator-scout');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const get = <T,>(store: string) =>
    new Promise<T[]>((res, rej) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => res(r.result as T[]);
      r.onerror = () => rej(r.error);
    });
  const [entries, creators] = await Promise.all([get<{ handle: string; notes: string }>('pipeline'), get<{ handle: string; nickname: string }>('creators')]);
  db.close();
  const nick = new Map(creators.map((c) => [c.handle, c.nickname]));
  const rows = entries.map((e) => ({ handle: e.handle, nickname: (nick.get(e.handle) ?? '').toLowerCase(), notes: e.notes.toLowerCase() }));
  const out = document.createElement('output');
  document.body.append(out);

  const input = document.querySelector('[data-scout="search"]') as HTMLInputElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const yieldToPage = () => new Promise((r) => setTimeout(r, 0));
  const typeKey = async (text: string) => {
    const t = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // React renders an input's update synchronously; the macrotask also lets any follow-up work run.
    await yieldToPage();
    return performance.now() - t;
  };
  const plainLoop = async (text: string) => {
    const t = performance.now();
    const q = text.toLowerCase();
    let n = 0;
    for (const r of rows) if (r.handle.includes(q) || r.nickname.includes(q) || r.notes.includes(q)) n++;
    out.textContent = String(n);
    await yieldToPage();
    return performance.now() - t;
  };
  const real: number[] = [];
  const base: number[] = [];
  let text = '';
  for (const [i, ch] of [...word].entries()) {
    text += ch;
    if (i % 2) {
      base.push(await plainLoop(text));
      real.push(await typeKey(text));
    } else {
      real.push(await typeKey(text));
      base.push(await plainLoop(text));
    }
  }
  out.remove();
  return { real, base };
}

