import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, describeCsvError, parseCreatorsCsv, parseCsvRecords, toCsv } from '../../lib/csv';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting where needed', () => {
    const csv = toCsv([{ handle: 'mara', notes: 'said "yes", later\nmaybe', tags: ['a', 'b'] }], ['handle', 'notes', 'tags']);
    expect(csv.startsWith('\uFEFFhandle,notes,tags\r\n')).toBe(true);
    expect(csv).toContain('mara,"said ""yes"", later\nmaybe","a;b"\r\n');
  });

  it.each(['=1+1', '+1', '-1+2', '-A1', '@SUM(A1)', '@mara', '\tx', '\rx', "'=1+1"])('neutralises formula text cell %j', (v) => {
    const csv = toCsv([{ v }], ['v']);
    expect(csv.split('\r\n')[1]!.replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes numbers unprefixed, so a spreadsheet sums them', () => {
    // Issue 18: -12.5 GMV came out as the text '-12.5.
    const csv = toCsv([{ gmv: -12.5, text: '-12.5', orders: 0, ratio: 0.25, bad: Number.NaN }], ['gmv', 'text', 'orders', 'ratio', 'bad']);
    expect(csv.split('\r\n')[1]).toBe('-12.5,-12.5,0,0.25,');
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
    // The rows a spreadsheet shows: the two-line name is one row there.
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(describeCsvError(errors[1]!)).toBe('row 4 (file line 5): handle is empty');
    expect(describeCsvError(errors[0]!)).toMatch(/^row 3: handle "multi/);
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

  it('counts blank lines as the spreadsheet rows they are', () => {
    const { errors } = parseCreatorsCsv('handle,followers\n\nok,1\n,,\nbad handle!,2\n');
    expect(errors).toEqual([{ line: 5, row: 5, message: 'handle "bad handle!" is not a TikTok handle' }]);
  });

  it.each(['12.5', '12,5', '0.5', '1,25', '12.5000'])('reports an ambiguous decimal follower count %j instead of rounding it', (followers) => {
    const { rows, errors } = parseCreatorsCsv(`handle,followers\nmara,${JSON.stringify(followers)}\n`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 2, row: 2, message: expect.stringMatching(/followers .* decimal without a unit/) }]);
  });

  it('still reads thousands groups and counts with a unit', () => {
    const { rows, errors } = parseCreatorsCsv('handle;followers\na;12.500\nb;"12,5K"\nc;12500\nd;1,234,567\n');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.followers)).toEqual([12_500, 12_500, 12_500, 1_234_567]);
  });

  it('decodes UTF-8, and Windows-1252 when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode('handle,nickname\njose,José Müller\n');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'handle,nickname\njose,José Müller\n', encoding: 'utf-8' });
    // Excel's plain "CSV" save on Western Windows: é = 0xE9, ü = 0xFC, € = 0x80.
    const cp1252 = Uint8Array.from([...'handle,nickname\njose,Jos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x0a]));
    const decoded = decodeCsvBytes(cp1252);
    expect(decoded.encoding).toBe('windows-1252');
    expect(parseCreatorsCsv(decoded.text).rows).toEqual([{ handle: 'jose', nickname: 'José Müller €' }]);
  });

  it('needs a handle column', () => {
    expect(parseCreatorsCsv('name,followers\nx,1\n').errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/handle/) });
    expect(parseCreatorsCsv('').errors).toHaveLength(1);
  });

  it('round-trips its own export, formula guards included', () => {
    const csv = toCsv([{ handle: 'mara', notes: '=HYPERLINK("x")', nickname: '@mara' }], ['handle', 'nickname', 'notes']);
    expect(parseCreatorsCsv(csv).rows).toEqual([{ handle: 'mara', nickname: '@mara', notes: '=HYPERLINK("x")' }]);
  });

  it.each(["'=1+1", "''=x", "'-5", "'plain", "it's"])('round-trips a value that really begins with a quote: %j', (notes) => {
    // Issue 18: "'=1+1" came back as "=1+1".
    expect(parseCreatorsCsv(toCsv([{ handle: 'mara', notes }], ['handle', 'notes'])).rows).toEqual([{ handle: 'mara', notes }]);
  });

  it('parses records with their starting lines', () => {
    expect(parseCsvRecords('a,b\r\n"x\r\ny",z\r\n', ',')).toEqual([{ line: 1, row: 1, cells: ['a', 'b'] }, { line: 2, row: 2, cells: ['x\r\ny', 'z'] }]);
  });
});
