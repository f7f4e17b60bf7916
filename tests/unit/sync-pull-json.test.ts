import { describe, expect, it } from 'vitest';
import { parsePage, pullPageJson } from '../../server/store/apply';
import { PullResponse } from '../../lib/sync/wire';

// The pull body is written with each row's stored fields spliced in as text (server/store/apply.ts):
// it must read back exactly as the parsed page would have been serialised.
describe('pullPageJson', () => {
  it('writes the same response JSON.stringify of the parsed page would, for awkward keys, stamps and fields', () => {
    const page = {
      changes: [
        { seq: 1, table: 'pipeline' as const, key: 'mara "the" \\ creator', fieldsJson: JSON.stringify({ stage: 'prospect', notes: 'line\nbreak ü 😀 \u2028' }), deleted: false, hlc: '000001700000000:00000:c1' },
        // PostgreSQL's jsonb text has spaces after colons and commas: still JSON.
        { seq: 7, table: 'listMembers' as const, key: 'l1:kim', fieldsJson: '{"listId": "l1", "handle": "kim", "n": [1, 2.5, null, true]}', deleted: false, hlc: '000001700000001:00002:c-2' },
        { seq: 9, table: 'outreach' as const, key: 'e1', fieldsJson: '{}', deleted: true, hlc: '000001700000002:00000:c3' },
      ],
      cursor: 9,
      hasMore: true,
    };
    const text = pullPageJson(page);
    expect(JSON.parse(text)).toEqual(parsePage(page));
    expect(PullResponse.parse(JSON.parse(text))).toEqual(parsePage(page));
    expect(JSON.parse(pullPageJson({ changes: [], cursor: 3, hasMore: false }))).toEqual({ changes: [], cursor: 3, hasMore: false });
  });
});
