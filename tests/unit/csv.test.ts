import { describe, expect, it } from 'vitest';
import { parseCreatorsCsv, parseCsvRecords, toCsv } from '../../lib/csv';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting where needed', () => {
    const csv = toCsv([{ handle: 'mara', notes: 'said "yes", later\nmaybe', tags: ['a', 'b'] }], ['handle', 'notes', 'tags']);
    expect(csv.startsWith('\uFEFFhandle,notes,tags\r\n')).toBe(true);
    expect(csv).toContain('mara,"said ""yes"", later\nmaybe","a;b"\r\n');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises formula cell %j', (v) => {
    const csv = toCsv([{ v }], ['v']);
    expect(csv.split('\r\n')[1]!.replace(/^"/, '')).toMatch(/^'/);
  });
});

describe('parseCreatorsCsv', () => {
  it('reads handles in every form, with a BOM, semicolons and quoted cells', () => {
    const text = '\uFEFFHandle;Nickname;Followers;Stage;Tags;Notes\r\n@Mara;"Mara; the nerd";184300;Contacted;"q4; beauty";"line1\nline2"\r\nhttps://www.tiktok.com/@dapur.ayu?lang=en;;;;;\r\nkopi_rina;;1,200;sample sent;;\r\n';
    const { rows, errors } = parseCreatorsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { handle: 'mara', nickname: 'Mara; the nerd', followers: 184300, stage: 'contacted', tags: ['q4', 'beauty'], notes: 'line1\nline2' },
      { handle: 'dapur.ayu' },
      { handle: 'kopi_rina', followers: 1200, stage: 'sample_sent' },
    ]);
  });

  it('reports each bad row with its line in the file', () => {
    const { rows, errors } = parseCreatorsCsv('handle,followers,stage\nok_one,10,prospect\n"multi\nline name",5,\n,3,\ngood,lots,\nfine,1,signed\nlast,2,active\n');
    expect(rows.map((r) => r.handle)).toEqual(['ok_one', 'last']);
    expect(errors.map((e) => e.line)).toEqual([3, 5, 6, 7]);
    expect(errors[2]!.message).toMatch(/followers/);
  });

  it('reads follower counts as spreadsheets in any locale print them, and common header names', () => {
    const csv = '\uFEFFCreator username;Creator name;Follower count;Status;E-mail\r\n@ana_b;Ana;12,5K;Contacted;ana@example.com\r\nben.c;Ben;1.200;;\r\nhttps://www.tiktok.com/@cee?lang=de;Cee;1.234.567;;\r\n';
    expect(parseCreatorsCsv(csv)).toEqual({
      rows: [
        { handle: 'ana_b', nickname: 'Ana', followers: 12_500, stage: 'contacted', email: 'ana@example.com' },
        { handle: 'ben.c', nickname: 'Ben', followers: 1200 },
        { handle: 'cee', nickname: 'Cee', followers: 1_234_567 },
      ],
      errors: [],
    });
  });

  it('needs a handle column', () => {
    expect(parseCreatorsCsv('name,followers\nx,1\n').errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/handle/) });
    expect(parseCreatorsCsv('').errors).toHaveLength(1);
  });

  it('round-trips its own export, formula guards included', () => {
    const csv = toCsv([{ handle: 'mara', notes: '=HYPERLINK("x")', nickname: '@mara' }], ['handle', 'nickname', 'notes']);
    expect(parseCreatorsCsv(csv).rows).toEqual([{ handle: 'mara', nickname: '@mara', notes: '=HYPERLINK("x")' }]);
  });

  it('parses records with their starting lines', () => {
    expect(parseCsvRecords('a,b\r\n"x\r\ny",z\r\n', ',')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x\r\ny', 'z'] }]);
  });
});
