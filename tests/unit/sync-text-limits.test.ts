import { afterEach, describe, expect, it } from 'vitest';
import { parseCreatorsCsv } from '../../lib/csv';
import { MESSAGES } from '../../lib/messaging/protocol';
import { TEXT_LIMITS, SYNC_LIMITS, jsonBytes } from '../../lib/sync/limits';
import { templatesRepo } from '../../storage/templates';
import type { ScoutDB } from '../../storage/db';
import { freshDb } from './db-helpers';

// Issue 14 finding 2: values the server would refuse are refused where they are typed or imported.
let db: ScoutDB | undefined;
afterEach(async () => db?.delete());

describe('text limits where values enter', () => {
  it('every text limit fits the server field limit even at 6 bytes a character once JSON-escaped', () => {
    for (const n of Object.values(TEXT_LIMITS)) expect(n * 6 + 2).toBeLessThanOrEqual(SYNC_LIMITS.fieldBytes);
    expect(jsonBytes('\u0001'.repeat(TEXT_LIMITS.templateBody))).toBeLessThanOrEqual(SYNC_LIMITS.fieldBytes);
  });

  it('a CSV cell over the limit is a line error naming the column and the limit', () => {
    // Counts in the message are written for the reader (English here: 5,001).
    const grouped = (n: number) => new Intl.NumberFormat('en').format(n);
    const { rows, errors } = parseCreatorsCsv(`handle,notes\nmara,${'n'.repeat(TEXT_LIMITS.csvCell + 1)}\nkim,fine\n`);
    expect(rows.map((r) => r.handle)).toEqual(['kim']);
    expect(errors).toEqual([{ line: 2, row: 2, message: `column "notes" holds ${grouped(TEXT_LIMITS.csvCell + 1)} characters, at most ${grouped(TEXT_LIMITS.csvCell)} allowed` }]);
  });

  it('a note over the limit is refused by the message schema, naming the limit', () => {
    const r = MESSAGES['pipeline.note'].req.safeParse({ handle: 'mara', note: 'n'.repeat(TEXT_LIMITS.note + 1) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(`a note holds at most ${TEXT_LIMITS.note} characters`);
  });

  it('a template body over the limit is refused on save, naming the limit', async () => {
    db = freshDb();
    // The limit is written for a reader (in English: 10,000).
    await expect(templatesRepo.save(db, { name: 'Long', body: 'x'.repeat(TEXT_LIMITS.templateBody + 1) }, new Date())).rejects.toThrow(`at most ${TEXT_LIMITS.templateBody.toLocaleString('en')} characters`);
    expect(await db.outbox.count()).toBe(0);
  });
});
