import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { proofSummary, type ReportDocument } from '../../../../shared/domain/report';
import { headerBlocks, titleBlock } from './header-blocks';
import { BODY_SIZE, FIRST_LINE, FONT, LINE, PAGE, PARA_AFTER, bodyParagraph, pt, run } from './layout';
import { resultsTable } from './results-table';
import { signatureBlock } from './signature-block';

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: 120, after: PARA_AFTER, line: LINE },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function body(doc: ReportDocument): FileChild[] {
  const out: FileChild[] = [];
  for (const section of doc.sections) {
    out.push(heading(section.heading));
    if (section.key !== 'results') {
      const paragraphs = section.paragraphs.length > 0 ? section.paragraphs : ['…'];
      out.push(...paragraphs.map((t) => bodyParagraph(t)));
      continue;
    }
    out.push(...doc.results.intro.map((t) => bodyParagraph(t)));
    const proof = proofSummary(doc);
    if (proof) out.push(bodyParagraph(proof));
    out.push(bodyParagraph(doc.results.tableCaption));
    out.push(resultsTable(doc.results));
    out.push(new Paragraph({ spacing: { before: 0, after: PARA_AFTER }, children: [] }));
    if (doc.results.shortfalls.length > 0) {
      out.push(bodyParagraph(doc.results.shortfallHeading, { italics: true }));
      out.push(...doc.results.shortfalls.map((t) => bodyParagraph(`- ${t}`)));
    }
    if (doc.results.organisations.length > 0) {
      out.push(bodyParagraph(doc.results.organisationHeading, { italics: true }));
      out.push(...doc.results.organisations.map((t) => bodyParagraph(`- ${t}`)));
    }
    if (doc.results.amendments.length > 0) {
      out.push(bodyParagraph(doc.results.amendmentHeading, { italics: true }));
      out.push(...doc.results.amendments.map((t) => bodyParagraph(`- ${t}`)));
    }
  }
  // The closing paragraph stays on the page of "Nơi nhận" and the signature (never a page holding the signature alone).
  out.push(bodyParagraph(doc.closing, {}, { next: true }));
  return out;
}

/** Page number top centre from page 2: the first page gets its own, empty header (titlePage). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14), color: '000000' })],
      }),
    ],
  });
}

function buildDocx(doc: ReportDocument): Document {
  return new Document({
    creator: doc.header.issuingBody,
    title: `${doc.title} ${doc.subject}`,
    description: `Số liệu tính đến hết ngày ${doc.asOf}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, color: '000000' }, paragraph: { spacing: { line: LINE } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.header },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerBlocks(doc),
          ...titleBlock(doc),
          ...body(doc),
          new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [] }),
          signatureBlock(doc),
        ],
      },
    ],
  });
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc));
}
