import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

/**
 * An independent reader for the Office files we write: unzip with jszip, parse the XML with
 * fast-xml-parser (order preserved), walk the tree ourselves. Nothing from docx or exceljs.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

export async function unzip(bytes: Uint8Array | Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function readXml(zip: JSZip, name: string): Promise<XmlNode[]> {
  const file = zip.file(name);
  if (!file) throw new Error(`missing part ${name}`);
  return parser.parse(await file.async('string')) as XmlNode[];
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

export function attrs(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

export function children(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Every element named `tag`, depth first, in document order. */
export function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: XmlNode[]) => {
    for (const n of list) {
      if (tagOf(n) === tag) out.push(n);
      walk(children(n));
    }
  };
  walk(nodes);
  return out;
}

/** Concatenated text of the `textTag` descendants (w:t in Word, t in Excel). */
export function textOf(node: XmlNode, textTag = 'w:t'): string {
  return findAll([node], textTag)
    .map((t) =>
      children(t)
        .map((c) => String(c['#text'] ?? ''))
        .join(''),
    )
    .join('');
}

/** Paragraph texts of word/document.xml, in order. */
export function paragraphs(doc: XmlNode[]): string[] {
  return findAll(doc, 'w:p').map((p) => textOf(p));
}
