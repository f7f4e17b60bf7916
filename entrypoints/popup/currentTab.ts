import { browser } from 'wxt/browser';
import { classifyUrl } from '../../lib/extract/url';

/** The creator of the active tab, when it is a TikTok profile or video. `?handle=` overrides it (tests, deep links). */
export async function currentTabHandle(): Promise<string | undefined> {
  const forced = new URLSearchParams(location.search).get('handle');
  if (forced) return forced.toLowerCase();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const where = tab?.url ? classifyUrl(tab.url) : undefined;
  return where && (where.kind === 'profile' || where.kind === 'video') ? where.handle : undefined;
}
