import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
} from 'docx';
import pdfmake from 'pdfmake';
import { configurePdfmake } from '../../adapters/documents/pdf-renderer.js';
import { docxPage, page, palette, twips } from '../../adapters/documents/layout.js';
import type { Letter } from './letters.words.js';

/**
 * A batch of letters as one file for the post room: one letter a page (or more), the recipient's address where a
 * window envelope shows it (left, about 5 cm from the top), in DOCX and PDF with the house layout of the reports.
 */

const font = 'Arial';
/** Roboto (pdfmake) lacks U+202F, which fr-BE puts in "58,00 €". */
const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function docxPairs(pairs: [string, string][]): Table {
  const width = twips(page.width - page.margins.left - page.margins.right);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [Math.round(width * 0.38), Math.round(width * 0.62)],
    borders: {
      top: noBorder,
      bottom: noBorder,
      left: noBorder,
      right: noBorder,
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: palette.rule },
      insideVertical: noBorder,
    },
    rows: pairs.map(
      ([key, value]) =>
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: key, bold: true })] })] }),
            new TableCell({ children: [new Paragraph(value)] }),
          ],
        }),
    ),
  });
}

function docxLetter(letter: Letter) {
  const heading = (text: string) =>
    new Paragraph({
      spacing: { before: 200, after: 80 },
      children: [new TextRun({ text, bold: true, color: palette.primary })],
    });
  return {
    properties: { page: docxPage },
    children: [
      ...letter.sender.map(
        (line, i) =>
          new Paragraph({
            spacing: { after: 0 },
            children: [new TextRun({ text: line, bold: i === 0, color: palette.muted })],
          }),
      ),
      new Paragraph({ spacing: { before: 900, after: 0 }, children: [] }),
      ...letter.recipient.map(
        (line) => new Paragraph({ spacing: { after: 0 }, indent: { left: twips(250) }, children: [new TextRun(line)] }),
      ),
      new Paragraph({
        spacing: { before: 600 },
        alignment: AlignmentType.RIGHT,
        children: [new TextRun(letter.placeDate)],
      }),
      new Paragraph({
        spacing: { before: 200, after: 200 },
        children: [new TextRun({ text: letter.subject, bold: true, size: 24 })],
      }),
      new Paragraph(letter.salutation),
      new Paragraph(letter.paragraphs[0] ?? ''),
      heading(letter.facts[0] ? factsTitle(letter) : ''),
      docxPairs(letter.facts),
      ...letter.paragraphs.slice(1).map((p) => new Paragraph({ spacing: { before: 160 }, children: [new TextRun(p)] })),
      heading(paymentTitle(letter)),
      docxPairs(letter.payment),
      ...letter.closing.map(
        (line, i) => new Paragraph({ spacing: { before: i === 0 ? 240 : 0, after: 0 }, children: [new TextRun(line)] }),
      ),
    ],
  };
}

const factsTitle = (letter: Letter): string => (letter.language === 'fr' ? 'Faits' : 'Feiten');
const paymentTitle = (letter: Letter): string => (letter.language === 'fr' ? 'Paiement' : 'Betaling');

/** The batch as one Word document: a section (a new page) per letter. */
export async function renderLettersDocx(title: string, letters: Letter[]): Promise<Buffer> {
  const document = new Document({
    title,
    creator: 'svpp',
    styles: { default: { document: { run: { font, size: 21 }, paragraph: { spacing: { after: 120, line: 276 } } } } },
    sections: letters.map(docxLetter),
  });
  return Buffer.from(await Packer.toBuffer(document));
}

type Node = Record<string, unknown>;

function pdfPairs(pairs: [string, string][]): Node {
  return {
    table: {
      widths: ['38%', '62%'],
      body: pairs.map(([key, value]) => [{ text: printable(key), bold: true }, printable(value)]),
    },
    layout: {
      hLineWidth: (row: number, node: { table: { body: unknown[] } }) =>
        row === 0 || row === node.table.body.length ? 0 : 0.5,
      vLineWidth: () => 0,
      hLineColor: () => `#${palette.rule}`,
    },
    margin: [0, 0, 0, 8],
  };
}

function pdfLetter(letter: Letter, index: number): Node[] {
  return [
    {
      stack: letter.sender.map((line, i) => ({ text: printable(line), bold: i === 0, color: `#${palette.muted}` })),
      ...(index > 0 ? { pageBreak: 'before' } : {}),
    },
    { stack: letter.recipient.map(printable), margin: [250, 70, 0, 0] },
    { text: printable(letter.placeDate), alignment: 'right', margin: [0, 28, 0, 10] },
    { text: printable(letter.subject), bold: true, fontSize: 12, margin: [0, 0, 0, 10] },
    { text: printable(letter.salutation), margin: [0, 0, 0, 8] },
    { text: printable(letter.paragraphs[0] ?? ''), margin: [0, 0, 0, 8] },
    { text: factsTitle(letter), bold: true, color: `#${palette.primary}`, margin: [0, 4, 0, 4] },
    pdfPairs(letter.facts),
    ...letter.paragraphs.slice(1).map((p) => ({ text: printable(p), margin: [0, 0, 0, 8] })),
    { text: paymentTitle(letter), bold: true, color: `#${palette.primary}`, margin: [0, 4, 0, 4] },
    pdfPairs(letter.payment),
    // The greeting and the signature stay together: never a page of one line after the letter.
    { stack: letter.closing.map((line) => printable(line) || ' '), margin: [0, 10, 0, 0], unbreakable: true },
  ];
}

/** The batch as one A4 PDF: a letter starts on a new page. */
export async function renderLettersPdf(title: string, letters: Letter[]): Promise<Buffer> {
  configurePdfmake();
  const document = pdfmake.createPdf({
    info: { title, creator: 'svpp', producer: 'svpp' },
    pageSize: 'A4',
    pageMargins: [page.margins.left, page.margins.top, page.margins.right, page.margins.bottom],
    content: letters.flatMap(pdfLetter),
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15, color: `#${palette.text}` },
  });
  return document.getBuffer();
}
