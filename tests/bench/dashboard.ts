import type { BenchBrowser } from './ext';
import { interleave, report } from './report';

/** The dashboard's first view (funnel and follow-ups) against the bare page counting the same indexes. */
export async function dashboardRender(b: BenchBrowser, name: string, reps = 5): Promise<void> {
  const page = await b.context.newPage();
  try {
    const r = await interleave(reps, () => b.loadTime(page, 'dashboard.html'), () => b.loadTime(page, 'bare-counts.html'));
    report(name, r.value, 'ms', 1000, r.baseline);
  } finally {
    await page.close();
  }
}
