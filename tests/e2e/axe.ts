import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's serious and critical violations in `target` (a page or a panel's frame), within `include`
 * (a selector; open shadow roots are searched too). Injected with evaluate, which the extension pages'
 * CSP does not block, unlike a script tag.
 */
export async function seriousViolations(target: Page | Frame, include?: string | string[]): Promise<string[]> {
  await target.evaluate(AXE);
  const violations = await target.evaluate(async (inc) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(inc ? { include: (Array.isArray(inc) ? inc : [inc]).map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}
