/** Structured logs: one JSON object per line on stdout. Silent when LOG_LEVEL=silent (tests). */
export type Logger = (event: string, fields?: Record<string, unknown>) => void;

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  if (level === 'silent') return () => {};
  return (event, fields = {}) => process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), event, ...fields })}\n`);
}
