import { Paragraph, type IContext, type IXmlableObject } from 'docx';

/** Stands for the text while docx prepares the template; never written (each line puts its own text there). */
const MARK = '\u0000text-line\u0000';

type Step = string | number;

/** Where `MARK` sits in a prepared XML object: the keys and indices leading to it. */
function pathTo(node: unknown, trail: Step[] = []): Step[] | null {
  if (node === MARK) return trail;
  if (node === null || typeof node !== 'object') return null;
  const entries: [Step, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
  for (const [key, value] of entries) {
    const found = pathTo(value, [...trail, key]);
    if (found) return found;
  }
  return null;
}

/** A copy of `node` with `text` at `path`: only the objects on the path are new, the rest is shared. */
function withText(node: unknown, path: readonly Step[], text: string): unknown {
  if (path.length === 0) return text;
  const [step, ...rest] = path as [Step, ...Step[]];
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[step as number] = withText(node[step as number], rest, text);
    return copy;
  }
  const obj = node as Record<string, unknown>;
  return { ...obj, [step]: withText(obj[step as string], rest, text) };
}

/**
 * Paragraphs that differ only in their text, such as the thousands of item lines of a year's report.
 * docx builds and walks a dozen objects for each paragraph (properties, run, fonts, sizes) and that
 * was most of the time of a year's DOCX; here docx prepares one paragraph made by `make`, and every
 * line reuses that prepared XML with its own text, so the XML written is the same as `make(text)`'s.
 * Fields and hyperlinks would need docx's own pass, so `make` must give a plain paragraph of text runs
 * with the text in one run (checked: otherwise every line falls back to `make`).
 */
export function textLines(make: (text: string) => Paragraph): (text: string) => Paragraph {
  let template: { xml: IXmlableObject; path: Step[] } | null | undefined;
  const prepare = (context: IContext) => {
    const xml = make(MARK).prepForXml(context);
    const path = xml ? pathTo(xml) : null;
    return xml && path && JSON.stringify(xml).split('text-line').length === 2 ? { xml, path } : null;
  };
  class TextLine extends Paragraph {
    constructor(private readonly text: string) {
      super({});
    }

    override prepForXml(context: IContext): IXmlableObject | undefined {
      if (template === undefined) template = prepare(context);
      if (template === null) return make(this.text).prepForXml(context);
      return withText(template.xml, template.path, this.text) as IXmlableObject;
    }
  }
  return (text) => new TextLine(text);
}
