import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../../../shared/contract/errors';
import {
  DEFAULT_FPS,
  RECONCILE_MAX_ROWS,
  feedInstantToVietnam,
  fieldOfHeader,
  headerSaysFrames,
  recordToLine,
  type LineError,
  type LogField,
  type LogFormat,
  type LogLine,
  type ReadLog,
  type SourceMapping,
} from '../../../../shared/domain/reconcile';
import { tooManyRows } from './delimited';

/**
 * XML logs, RSS 2.0 and Atom feeds, and sitemaps. IMPORTANT: a document type or an entity declaration is refused
 * before parsing (no external DTD is ever fetched, no entity is ever expanded: "billion laughs" and XXE), and the
 * parser itself expands no entities either.
 */
type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
});

function refuse(fileName: string, message: string, line?: number): AppError {
  return new AppError('invalid_input', message, { field: 'file', file: fileName, ...(line ? { row: line } : {}) });
}

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return '';
}

const asArray = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is Node => typeof x === 'object' && x !== null);
/** The predefined entities a feed writes its titles with; anything else was refused above. */
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n) % 0x110000))
    .replace(/&amp;/g, '&');

/** Line of each occurrence of `<tag` (as a whole name), in document order. */
function tagLines(text: string, tag: string): number[] {
  const re = new RegExp(`<${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`, 'g');
  const out: number[] = [];
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
    last = m.index;
    out.push(line);
  }
  return out;
}

interface Extracted {
  format: LogFormat;
  tag: string;
  records: Array<Partial<Record<LogField, string>>>;
  columns: Partial<Record<LogField, string>>;
  durationUnit?: 'frames' | 'seconds' | 'minutes';
}

function feedDate(v: string): { date: string; time: string | null } | { raw: string } {
  return feedInstantToVietnam(v) ?? { raw: v };
}

function fromInstant(rec: Partial<Record<LogField, string>>, instant: string): void {
  if (!instant) return;
  const d = feedDate(instant);
  if ('raw' in d) rec.date = d.raw;
  else {
    rec.date = d.date;
    if (d.time) rec.start = d.time;
  }
}

function rss(doc: Node): Extracted {
  const channel = asArray((doc.rss as Node).channel)[0] ?? {};
  const records = asArray(channel.item).map((it) => {
    const rec: Partial<Record<LogField, string>> = {
      title: unescape(textOf(it.title)),
      link: textOf(it.link),
      author: textOf(it['dc:creator']) || textOf(it.author),
    };
    fromInstant(rec, textOf(it.pubDate) || textOf(it['dc:date']));
    return rec;
  });
  return { format: 'rss', tag: 'item', records, columns: { title: 'title', link: 'link', date: 'pubDate' } };
}

function atomLink(v: unknown): string {
  const links = asArray(v);
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return alt ? textOf(alt['@href']) : textOf(v);
}

function atom(doc: Node): Extracted {
  const records = asArray((doc.feed as Node).entry).map((e) => {
    const rec: Partial<Record<LogField, string>> = { title: unescape(textOf(e.title)), link: atomLink(e.link), author: textOf(asArray(e.author)[0]?.name) };
    fromInstant(rec, textOf(e.published) || textOf(e.updated));
    return rec;
  });
  return { format: 'atom', tag: 'entry', records, columns: { title: 'title', link: 'link@href', date: 'published' } };
}

/** A sitemap gives a title only in its news extension; otherwise the page's address names it ("…/chuyen-muc-cchc-so-5.html"). */
function slugTitle(loc: string): string {
  const last =
    loc
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? '';
  return decodeURIComponent(last.replace(/\.[a-z]{2,5}$/i, '').replace(/-\d{5,}$/, ''))
    .replace(/[-_]+/g, ' ')
    .trim();
}

function sitemap(doc: Node): Extracted {
  const records = asArray((doc.urlset as Node).url).map((u) => {
    const news = asArray(u['news:news'])[0];
    const loc = textOf(u.loc);
    let title = news ? unescape(textOf(news['news:title'])) : '';
    if (!title) {
      try {
        title = slugTitle(loc);
      } catch {
        title = loc;
      }
    }
    const rec: Partial<Record<LogField, string>> = { title, link: loc };
    fromInstant(rec, (news && textOf(news['news:publication_date'])) || textOf(u.lastmod));
    return rec;
  });
  return { format: 'sitemap', tag: 'url', records, columns: { title: 'news:title / loc', link: 'loc', date: 'news:publication_date / lastmod' } };
}

/** Names (child elements and `@attributes`) of a node, with the field each is recognised as. */
function fieldsOf(node: Node, mapping: SourceMapping | null): Partial<Record<LogField, string>> {
  const out: Partial<Record<LogField, string>> = {};
  if (mapping) {
    for (const [f, name] of Object.entries(mapping.columns) as Array<[LogField, string | undefined]>) if (name && name in node) out[f] = name;
    return out;
  }
  for (const key of Object.keys(node)) {
    if (key === '#text') continue;
    const f = fieldOfHeader(
      key
        .replace(/^@/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/[_-]/g, ' '),
    );
    if (f && !out[f]) out[f] = key;
  }
  return out;
}

/** The repeated element that is one record: the named one, or the most frequent one with a title and a date or time. */
function generic(doc: Node, mapping: SourceMapping | null, fileName: string): Extracted {
  const groups = new Map<string, Node[]>();
  const walk = (node: Node, depth: number) => {
    if (depth > 12) return;
    for (const [key, v] of Object.entries(node)) {
      if (key.startsWith('@') || key === '#text') continue;
      const list = asArray(v);
      if (list.length) groups.set(key, [...(groups.get(key) ?? []), ...list]);
      for (const child of list) walk(child, depth + 1);
    }
  };
  walk(doc, 0);
  let best: { tag: string; nodes: Node[]; fields: Partial<Record<LogField, string>> } | null = null;
  for (const [tag, nodes] of groups) {
    if (mapping?.recordElement && tag !== mapping.recordElement) continue;
    const fields = fieldsOf(nodes[0]!, mapping);
    if (!fields.title || (!fields.date && !fields.start)) continue;
    if (!best || nodes.length > best.nodes.length) best = { tag, nodes, fields };
  }
  if (!best)
    throw refuse(
      fileName,
      mapping
        ? `Tệp XML «${fileName}» không có phần tử ${mapping.recordElement ? `<${mapping.recordElement}> ` : ''}mang các trường mà cách đọc "${mapping.name}" cần.`
        : `Không nhận ra bản ghi trong tệp XML «${fileName}»: cần một phần tử lặp lại có tên chương trình (title) và ngày hoặc giờ (date, start). Hãy lưu một cách đọc cho nguồn này.`,
    );
  const { tag, nodes, fields } = best;
  const records = nodes.map(
    (n) => Object.fromEntries(Object.entries(fields).map(([f, name]) => [f, unescape(textOf(n[name]))])) as Partial<Record<LogField, string>>,
  );
  const durationUnit = mapping?.durationUnit ?? (fields.duration && headerSaysFrames(fields.duration) ? 'frames' : undefined);
  return { format: 'xml', tag, records, columns: fields, ...(durationUnit ? { durationUnit } : {}) };
}

export function readXml(text: string, fileName: string, mapping: SourceMapping | null): ReadLog {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length;
    throw refuse(
      fileName,
      `Tệp XML «${fileName}» có khai báo ${doctype[1]!.toUpperCase()} (dòng ${line}): không đọc tệp có DTD hay thực thể riêng vì lý do an toàn. Hãy xuất lại không kèm DTD.`,
      line,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw refuse(fileName, `Tệp XML «${fileName}» hỏng ở dòng ${valid.err.line}, cột ${valid.err.col}: ${valid.err.msg}`, valid.err.line);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (e) {
    // The validator lets a few damaged documents through that the parser then refuses ("Pi Tag is not closed").
    throw refuse(fileName, `Tệp XML «${fileName}» hỏng, không đọc được: ${(e as Error).message}. Hãy xuất lại tệp.`);
  }
  const ex = doc.rss ? rss(doc) : doc.feed ? atom(doc) : doc.urlset ? sitemap(doc) : generic(doc, mapping, fileName);
  if (ex.records.length > RECONCILE_MAX_ROWS) throw tooManyRows(fileName);
  const at = tagLines(text, ex.tag);
  const opts = { durationUnit: mapping?.durationUnit ?? ex.durationUnit ?? 'minutes', fps: mapping?.fps ?? DEFAULT_FPS } as const;
  const lines: LogLine[] = [];
  const errors: LineError[] = [];
  let skipped = 0;
  ex.records.forEach((rec, i) => {
    const line = at[i] ?? i + 1;
    const r = recordToLine(rec, line, opts);
    if (r.ok === 'skip') skipped += 1;
    else if (r.ok) lines.push(r.line);
    else errors.push({ line, message: r.message });
  });
  return { format: ex.format, lines, errors, columns: ex.columns, skipped };
}
