/**
 * Fill `{{name}}` placeholders. Unknown or empty variables stay visible as `{{name}}` so a recruiter
 * notices before sending, rather than sending "Hi ,".
 */
export function fillTemplate(body: string, vars: Record<string, string | number | undefined>): string {
  return body.replace(/\{\{\s*([a-zA-Z_][\w]*)\s*\}\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined || v === '' ? whole : String(v);
  });
}

export const TEMPLATE_VARIABLES = ['handle', 'nickname', 'product', 'commission', 'me', 'followers'] as const;
