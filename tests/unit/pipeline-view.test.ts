import { describe, expect, it } from 'vitest';
import { filterRows, refilter, sortRows, PipelineFilter } from '../../lib/pipeline/view';
import { toRow } from '../../lib/pipeline/row';
import type { PipelineEntry } from '../../lib/model/pipeline';

const at = (d: number) => new Date(Date.UTC(2026, 10, d)).toISOString();
const entry = (handle: string, over: Partial<PipelineEntry> = {}): PipelineEntry => ({ handle, stage: 'prospect', tags: [], notes: '', products: [], addedAt: at(1), updatedAt: at(1), ...over });
const rows = [
  toRow(entry('mara', { stage: 'contacted', owner: 'alex', tags: ['Q4'], score: 80, tier: 'mid', nextFollowUpAt: at(20), updatedAt: at(5) }), { nickname: 'Mara Skincare', followers: 184_000 }, ['l1']),
  toRow(entry('kopi_rina', { owner: 'sam', score: 55, tier: 'micro', updatedAt: at(7), notes: 'coffee gear' }), { nickname: 'Rina', followers: 12_500 }, []),
  toRow(entry('ayu', { stage: 'contacted', score: 91, tier: 'mid', nextFollowUpAt: at(30), updatedAt: at(2) }), undefined, ['l1']),
];
const f = (over: Partial<PipelineFilter>) => PipelineFilter.parse(over);

describe('pipeline view', () => {
  it('searches handle, nickname, tags and notes, words in any order', () => {
    expect(filterRows(rows, f({ query: '@MARA' }), at(24)).map((r) => r.handle)).toEqual(['mara']);
    expect(filterRows(rows, f({ query: 'gear coffee' }), at(24)).map((r) => r.handle)).toEqual(['kopi_rina']);
    expect(filterRows(rows, f({ query: 'q4' }), at(24)).map((r) => r.handle)).toEqual(['mara']);
  });

  it('combines stage, tier, owner, tag, shortlist and follow-up due', () => {
    expect(filterRows(rows, f({ stage: 'contacted', tier: 'mid' }), at(24)).map((r) => r.handle)).toEqual(['mara', 'ayu']);
    expect(filterRows(rows, f({ owner: 'sam' }), at(24)).map((r) => r.handle)).toEqual(['kopi_rina']);
    expect(filterRows(rows, f({ tag: 'q4', listId: 'l1' }), at(24)).map((r) => r.handle)).toEqual(['mara']);
    expect(filterRows(rows, f({ dueOnly: true }), at(24)).map((r) => r.handle)).toEqual(['mara']);
  });

  it('sorts by update, score, followers, handle and next follow-up', () => {
    expect(sortRows(rows, 'updated').map((r) => r.handle)).toEqual(['kopi_rina', 'mara', 'ayu']);
    expect(sortRows(rows, 'score').map((r) => r.handle)).toEqual(['ayu', 'mara', 'kopi_rina']);
    expect(sortRows(rows, 'followers').map((r) => r.handle)).toEqual(['mara', 'kopi_rina', 'ayu']);
    expect(sortRows(rows, 'handle').map((r) => r.handle)).toEqual(['ayu', 'kopi_rina', 'mara']);
    expect(sortRows(rows, 'followUp').map((r) => r.handle)).toEqual(['mara', 'ayu', 'kopi_rina']);
  });

  it('keeps the sort order through filtering, and typing narrows only what the last query showed', () => {
    const many = Array.from({ length: 300 }, (_, i) => toRow(entry(`creator_${i}`, { updatedAt: at(1 + (i % 28)), notes: i % 3 ? '' : 'rate card', owner: i % 2 ? 'alex' : 'sam' }), { nickname: `Creator ${i}` }, []));
    const sorted = sortRows(many, 'updated');
    let previous: { filter: PipelineFilter; visible: typeof sorted } | undefined;
    for (const query of ['c', 'cr', 'creator_1', 'creator_12', 'creator_1', '', 'rate', 'rate card', 'rate cards']) {
      const filter = f({ query, owner: 'sam' });
      const visible = refilter(sorted, previous, filter, at(24));
      // The same rows, in the same order, as filtering and sorting everything from scratch.
      expect(visible).toEqual(sortRows(filterRows(many, filter, at(24)), 'updated'));
      previous = { filter, visible };
    }
    // Another filter changing is never a narrowing: the owner filter widens back to every row.
    const wider = refilter(sorted, { filter: f({ query: 'creator', owner: 'sam' }), visible: previous!.visible }, f({ query: 'creator' }), at(24));
    expect(wider).toHaveLength(300);
  });
});
