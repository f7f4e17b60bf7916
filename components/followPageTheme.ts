import { isDarkBackground } from '../lib/theme';

/**
 * A panel on TikTok's page follows the system's colour scheme (components/theme.css), except where TikTok
 * itself is dark: then the host gets data-theme="dark" whatever the system says. TikTok switches theme by
 * changing attributes on <html>/<body>, so those are watched (attributes only: cheap).
 */
export function followPageTheme(host: HTMLElement, doc: Document = document): () => void {
  const apply = () => {
    const view = doc.defaultView;
    if (!view) return;
    const dark = [doc.body, doc.documentElement].map((el) => (el ? isDarkBackground(view.getComputedStyle(el).backgroundColor) : undefined)).find((d) => d !== undefined);
    if (dark) host.dataset.theme = 'dark';
    else delete host.dataset.theme;
  };
  apply();
  const observer = new MutationObserver(apply);
  for (const el of [doc.documentElement, doc.body]) if (el) observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  return () => observer.disconnect();
}
