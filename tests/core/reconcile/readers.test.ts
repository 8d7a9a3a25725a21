import { describe, expect, it } from 'vitest';
import { readLogFile } from '../../../electron/core/reconcile/readers/read-log';
import { RECONCILE_MAX_BYTES, RECONCILE_MAX_ROWS } from '../../../shared/domain/reconcile';
import { AppError } from '../../../shared/contract/errors';

const CSV = 'Ngày,Giờ bắt đầu,Thời lượng,Tên chương trình,Kênh\r\n01/10/2026,20:00:00:04,00:14:58:12,Chuyên mục CCHC số 1,THD\r\n';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

/** Text in Windows-1258, built from the decoder's own table: letters with a tone are a base letter and a combining tone byte. */
function encode1258(text: string): Buffer {
  const dec = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b += 1) table.set(dec.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (table.has(ch)) out.push(table.get(ch)!);
    else {
      const parts = [...ch.normalize('NFD')];
      const tone = parts.find((p) => table.has(p) && /\p{M}/u.test(p))!;
      out.push(
        table.get(
          parts
            .filter((p) => p !== tone)
            .join('')
            .normalize('NFC'),
        )!,
        table.get(tone)!,
      );
    }
  }
  return Buffer.from(out);
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('reading as-run logs and published lists', () => {
  it('CSV in UTF-8 with and without BOM, UTF-16 with BOM, and Windows-1258', () => {
    const want = { date: '2026-10-01', time: '20:00', durationSec: 898, title: 'Chuyên mục CCHC số 1', channel: 'THD', line: 2 };
    for (const bytes of [Buffer.from(CSV), Buffer.from(`\ufeff${CSV}`), utf16le(CSV)])
      expect(readLogFile(bytes, 'log.csv', null).lines).toEqual([expect.objectContaining(want)]);
    const cp1258 = encode1258('Ngày,Tên chương trình\n01/10/2026,Chuyên mục CCHC\n');
    expect(cp1258.includes(0xcc)).toBe(true);
    const read = readLogFile(cp1258, 'cu.csv', null);
    expect(read.lines.map((l) => l.title)).toEqual(['Chuyên mục CCHC']);
    expect(read.columns).toEqual({ date: 'Ngày', title: 'Tên chương trình' });
  });

  it('TSV and semicolons; a header below a title line; frames in the header; line-numbered errors', () => {
    const tsv =
      'Nhật ký phát sóng tháng 10\nDate\tStart\tDuration (frames)\tTitle\n2026-10-01\t19:45:00\t15000\tChính quyền số kỳ 1\n2026-10-02\t7 giờ\t100\tX\n\n2026-10-03\t08:00\t25\t\n';
    const r = readLogFile(Buffer.from(tsv), 'log.tsv', null);
    expect(r.format).toBe('tsv');
    expect(r.lines).toEqual([expect.objectContaining({ line: 3, date: '2026-10-01', time: '19:45', durationSec: 600 })]);
    expect(r.errors).toEqual([
      { line: 4, message: 'Dòng 4: giờ "7 giờ" không đọc được (dạng HH:mm:ss hoặc HH:mm:ss:ff).' },
      { line: 6, message: 'Dòng 6: thiếu tên chương trình / tiêu đề.' },
    ]);
    const semi = readLogFile(
      Buffer.from('Số báo;Trang;Ngày;Tiêu đề;Đường dẫn\n3007;5;07/10/2026;"Cải cách; hành chính";https://bao.example/a\n'),
      'bao.csv',
      null,
    );
    expect(semi.lines[0]).toMatchObject({ issueNo: '3007', page: '5', title: 'Cải cách; hành chính', link: 'https://bao.example/a' });
  });

  it('a saved mapping names the columns; a missing column is named', () => {
    const text = 'Ngay PS|x\nNgày PS,Giờ lên sóng,Nội dung phát\n01/10/2026,20:00,Chuyên mục CCHC\n';
    const mapping = { name: 'Playout A', columns: { date: 'Ngày PS', start: 'Giờ lên sóng', title: 'Nội dung phát' } };
    expect(readLogFile(Buffer.from(text), 'a.csv', mapping).lines).toEqual([expect.objectContaining({ line: 3, title: 'Chuyên mục CCHC', time: '20:00' })]);
    const e = refusal(() => readLogFile(Buffer.from(text), 'a.csv', { ...mapping, columns: { ...mapping.columns, channel: 'Kênh phát' } }));
    expect(e.message).toContain('không có cột "Kênh phát"');
    expect(refusal(() => readLogFile(Buffer.from('a,b\n1,2\n'), 'x.csv', null)).message).toContain('Không nhận ra dòng tiêu đề cột');
  });

  it('XML logs (elements and attributes), Atom and a sitemap', () => {
    const xml =
      '<?xml version="1.0"?>\n<asrun channel="THD">\n  <event date="2026-10-01" start="20:00:00:00" duration="00:15:00:00">\n    <title>Chuyên mục CCHC số 1</title>\n  </event>\n  <event date="2026-10-05" start="19:45:00:00"><title>Chính quyền số kỳ 1</title></event>\n</asrun>\n';
    const r = readLogFile(Buffer.from(xml), 'asrun.xml', null);
    expect(r.format).toBe('xml');
    expect(r.lines.map((l) => [l.line, l.date, l.time, l.title, l.durationSec])).toEqual([
      [3, '2026-10-01', '20:00', 'Chuyên mục CCHC số 1', 900],
      [6, '2026-10-05', '19:45', 'Chính quyền số kỳ 1', null],
    ]);
    const mapped = readLogFile(Buffer.from('<log><ev d="01/10/2026" t="20:00"><n>CCHC</n></ev></log>'), 'b.xml', {
      name: 'B',
      recordElement: 'ev',
      columns: { date: '@d', start: '@t', title: 'n' },
    });
    expect(mapped.lines).toEqual([expect.objectContaining({ date: '2026-10-01', time: '20:00', title: 'CCHC' })]);
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Chuyển đổi số</title><link rel="alternate" href="https://bao.example/cds"/><published>2026-10-25T20:00:00Z</published></entry></feed>';
    expect(readLogFile(Buffer.from(atom), 'atom.xml', null).lines).toEqual([
      expect.objectContaining({ date: '2026-10-26', time: '03:00', link: 'https://bao.example/cds' }),
    ]);
    const sitemap =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://bao.example/chuyen-muc-cchc-so-5-12345678.html</loc><lastmod>2026-10-29</lastmod></url></urlset>';
    expect(readLogFile(Buffer.from(sitemap), 'sitemap.xml', null).lines).toEqual([
      expect.objectContaining({ date: '2026-10-29', title: 'chuyen muc cchc so 5' }),
    ]);
  });
});

describe('hostile files are refused with a Vietnamese reason', () => {
  it('a DOCTYPE, an entity, an external DTD', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<rss><channel><item><title>&lol2;</title></item></channel></rss>';
    expect(refusal(() => readLogFile(Buffer.from(bomb), 'bomb.xml', null)).message).toBe(
      'Tệp XML «bomb.xml» có khai báo DOCTYPE (dòng 2): không đọc tệp có DTD hay thực thể riêng vì lý do an toàn. Hãy xuất lại không kèm DTD.',
    );
    const xxe = '<?xml version="1.0"?><!doctype rss SYSTEM "file:///etc/passwd"><rss/>';
    expect(refusal(() => readLogFile(Buffer.from(xxe), 'xxe.xml', null)).message).toContain('DOCTYPE');
    // Only the predefined entities are read; an undeclared one stays as written, never expanded.
    const feed = '<rss><channel><item><title>A &amp; B &ext;</title><pubDate>Tue, 06 Oct 2026 08:00:00 +0700</pubDate></item></channel></rss>';
    expect(readLogFile(Buffer.from(feed), 'f.xml', null).lines[0]!.title).toBe('A & B &ext;');
  });

  it('broken XML names the line', () => {
    const e = refusal(() => readLogFile(Buffer.from('<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>'), 'hong.xml', null));
    expect(e.message).toMatch(/^Tệp XML «hong\.xml» hỏng ở dòng 3/);
  });

  it('binary junk, an empty file, a file over the size cap, over the row cap', () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i += 1) junk[i] = (i * 7919) % 256;
    expect(refusal(() => readLogFile(junk, 'video.mxf', null)).message).toContain('chứa dữ liệu nhị phân');
    expect(refusal(() => readLogFile(Buffer.alloc(0), 'trong.csv', null)).message).toBe('Tệp «trong.csv» trống: không có dòng nào để đối chiếu.');
    expect(refusal(() => readLogFile(Buffer.alloc(RECONCILE_MAX_BYTES + 1, 0x41), 'lon.csv', null)).message).toContain('quá lớn');
    const rows = ['Ngày,Tên chương trình', ...Array.from({ length: RECONCILE_MAX_ROWS + 100 }, (_, i) => `01/10/2026,Tin ${i}`)].join('\n');
    expect(refusal(() => readLogFile(Buffer.from(rows), 'nhieu.csv', null)).message).toContain('50.000 dòng');
  });

  it('a formula-looking title stays text; a huge line is refused by its line only', () => {
    const text = `Ngày,Tên chương trình\n01/10/2026,"=HYPERLINK(""http://x"",""y"")"\n02/10/2026,${'A'.repeat(3_000_000)}\n03/10/2026,+CCHC\n`;
    const r = readLogFile(Buffer.from(text), 'f.csv', null);
    expect(r.lines.map((l) => l.title)).toEqual(['=HYPERLINK("http://x","y")', '+CCHC']);
    expect(r.errors).toEqual([{ line: 3, message: 'Dòng 3: ô "title" dài quá 2000 ký tự, không phải một dòng nhật ký.' }]);
  });
});
