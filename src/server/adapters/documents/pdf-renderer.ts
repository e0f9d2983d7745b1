import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake, { type PdfDocumentDefinition } from 'pdfmake';
import * as model from '../../../shared/reports/report-document.js';
import { page, palette } from './layout.js';

type Node = Record<string, unknown>;

const contentWidth = page.width - page.margins.left - page.margins.right;
const color = (hex: string): string => `#${hex}`;

/**
 * Roboto is the font pdfmake ships; it lacks U+202F (the narrow no-break space fr-BE puts in "1 234,50 €"), which
 * would print as nothing, so text swaps it for a plain no-break space.
 */
const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');

let configured = false;

/** Fonts from pdfmake's own folder, no other file read and no URL fetched. */
export function configurePdfmake(): void {
  if (configured) return;
  const require = createRequire(import.meta.url);
  const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const font = (file: string): string => path.join(fontDir, file);
  pdfmake.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

/** The report as an A4 PDF: header with the title, footer with the municipality and "page x of y". */
export async function renderPdf(doc: model.ReportDocument): Promise<Buffer> {
  configurePdfmake();
  const words = model.reportWords[doc.locale];
  const footerLeft = [doc.meta.municipality, doc.meta.footer].filter(Boolean).join(' · ');
  const definition: PdfDocumentDefinition = {
    info: {
      title: doc.title,
      ...(doc.subtitle ? { subject: doc.subtitle } : {}),
      author: doc.meta.municipality,
      creator: 'svpp',
      producer: 'svpp',
    },
    language: { nl: 'nl-BE', fr: 'fr-BE', en: 'en' }[doc.locale],
    pageSize: 'A4',
    pageMargins: [page.margins.left, page.margins.top, page.margins.right, page.margins.bottom],
    header: () => ({
      margin: [page.margins.left, page.headerOffset, page.margins.right, 0],
      stack: [
        { text: printable(doc.title), style: 'pageHeader' },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 3, x2: contentWidth, y2: 3, lineWidth: 0.5, lineColor: color(palette.rule) },
          ],
        },
      ],
    }),
    footer: (currentPage, pageCount) => ({
      margin: [page.margins.left, page.footerOffset - 4, page.margins.right, 0],
      stack: [
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 0.5, lineColor: color(palette.rule) },
          ],
        },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: printable(footerLeft), style: 'pageFooter' },
            { text: words.page(currentPage, pageCount), style: 'pageFooter', alignment: 'right', width: 'auto' },
          ],
        },
      ],
    }),
    content: [...titleNodes(doc), ...doc.blocks.flatMap((block) => blockNodes(block, doc))],
    // A heading never ends a page: it moves to the next page with what it introduces, also when it would stand in the
    // last sixth of a page (a table that follows may then start on the next page with its header row).
    pageBreakBefore: (node, context) =>
      node.headlineLevel !== undefined &&
      (context.getFollowingNodesOnPage().length === 0 || (node.startPosition?.verticalRatio ?? 0) > 0.84),
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: color(palette.text) },
    styles: {
      title: { fontSize: 20, bold: true, color: color(palette.primary), margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, color: color(palette.muted), margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: color(palette.muted), margin: [0, 0, 0, 16] },
      h1: { fontSize: 15, bold: true, color: color(palette.primary), margin: [0, 14, 0, 6] },
      h2: { fontSize: 12.5, bold: true, color: color(palette.primary), margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 6] },
      muted: { color: color(palette.muted) },
      tableHeader: { bold: true, fontSize: 9, color: '#FFFFFF' },
      cell: { fontSize: 9 },
      caption: { fontSize: 8.5, italics: true, color: color(palette.muted), margin: [0, 3, 0, 10] },
      chartTitle: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 4] },
      pageHeader: { fontSize: 8, color: color(palette.muted) },
      pageFooter: { fontSize: 8, color: color(palette.muted) },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

function titleNodes(doc: model.ReportDocument): Node[] {
  return [
    { text: printable(doc.title), style: 'title' },
    ...(doc.subtitle ? [{ text: printable(doc.subtitle), style: 'subtitle' }] : []),
    { text: printable(model.metaLine(doc)), style: 'meta' },
  ];
}

function blockNodes(block: model.ReportBlock, doc: model.ReportDocument): Node[] {
  switch (block.type) {
    case 'heading':
      return [{ text: printable(block.text), style: `h${block.level}`, headlineLevel: block.level }];
    case 'paragraph': {
      const emphasis =
        block.emphasis === 'strong'
          ? { bold: true }
          : block.emphasis === 'muted'
            ? { color: color(palette.muted) }
            : {};
      return [{ text: printable(block.text), style: 'paragraph', ...emphasis }];
    }
    case 'bullets':
      return [{ ul: block.items.map(printable), margin: [0, 0, 0, 8], markerColor: color(palette.primary) }];
    case 'key-values':
      return [keyValueTable(block.items)];
    case 'table':
      return tableNodes(block, doc);
    case 'status':
      return [
        {
          style: 'paragraph',
          text: [
            { text: printable(`${block.label}: `), bold: true },
            ...statusRuns(block.status, doc),
            ...(block.note ? [{ text: printable(` — ${block.note}`), color: color(palette.muted) }] : []),
          ],
        },
      ];
    case 'chart':
      return chartNodes(block, doc);
    case 'page-break':
      return [{ text: '', pageBreak: 'after' }];
  }
}

function statusRuns(status: model.StatusValue, doc: model.ReportDocument): Node[] {
  const statusColor = color(model.statusColors[status]);
  return [
    { text: '●\u00a0', color: statusColor },
    { text: printable(model.statusLabel(status, doc.locale)), color: statusColor, bold: true },
  ];
}

const padding = 4;
const shortTableRows = 15;
const lineWidth = 0.5;

/** Table layout: thin rules, header shaded, zebra rows, header row repeated on every page (headerRows: 1). */
const tableLayout = (hasTotals: boolean, rowCount: number): Node => ({
  hLineWidth: () => lineWidth,
  vLineWidth: () => lineWidth,
  hLineColor: () => color(palette.rule),
  vLineColor: () => color(palette.rule),
  paddingLeft: () => padding,
  paddingRight: () => padding,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
  fillColor: (row: number) => {
    if (row === 0) return color(palette.primary);
    if (hasTotals && row === rowCount - 1) return color(palette.totalFill);
    return row % 2 === 0 ? color(palette.zebra) : null;
  },
});

/** Column widths in points such that the table, with its padding and rules, spans the text column exactly. */
function pointWidths(columns: model.ReportColumn[]): number[] {
  const available = contentWidth - (columns.length + 1) * lineWidth;
  return model.columnFractions(columns).map((fraction) => Math.max(fraction * available - 2 * padding, 8));
}

function tableNodes(block: model.TableBlock, doc: model.ReportDocument): Node[] {
  const header = block.columns.map((column) => ({
    text: printable(column.label),
    style: 'tableHeader',
    alignment: model.columnAlign(column),
  }));
  const body = block.rows.map((row) => rowCells(block.columns, row, doc, false));
  if (block.totals) body.push(rowCells(block.columns, block.totals, doc, true));
  const table: Node = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: pointWidths(block.columns),
      body: [header, ...body],
    },
    layout: tableLayout(Boolean(block.totals), body.length + 1),
    margin: [0, 2, 0, block.caption ? 0 : 10],
  };
  const nodes = block.caption ? [table, { text: printable(block.caption), style: 'caption' }] : [table];
  // A short table moves to the next page whole rather than leave a row or two behind.
  return body.length <= shortTableRows ? [{ stack: nodes, unbreakable: true }] : nodes;
}

function rowCells(
  columns: model.ReportColumn[],
  row: model.ReportRow,
  doc: model.ReportDocument,
  total: boolean,
): Node[] {
  return columns.map((column) => cellNode(column, row[column.key] ?? null, doc, total));
}

function cellNode(
  column: model.ReportColumn,
  value: model.ReportCellValue,
  doc: model.ReportDocument,
  total: boolean,
): Node {
  const alignment = model.columnAlign(column);
  const status = model.cellStatus(column, value);
  if (status) return { text: statusRuns(status, doc), style: 'cell', alignment };
  return { text: printable(model.formatCell(column, value, doc.locale)), style: 'cell', alignment, bold: total };
}

function keyValueTable(items: { key: string; value: string }[]): Node {
  const available = contentWidth - 2 * padding * 2;
  return {
    table: {
      widths: [available * 0.32, available * 0.68],
      body: items.map((item) => [{ text: printable(item.key), bold: true }, printable(item.value)]),
    },
    layout: {
      hLineWidth: (row: number, node: { table: { body: unknown[] } }) =>
        row === 0 || row === node.table.body.length ? 0 : lineWidth,
      vLineWidth: () => 0,
      hLineColor: () => color(palette.rule),
      paddingLeft: () => padding,
      paddingRight: () => padding,
    },
    margin: [0, 0, 0, 10],
  };
}

/** The SVG drawn as vectors (pdfmake's SVG support), scaled to the text column; optionally its data table below. */
function chartNodes(block: model.ChartBlock, doc: model.ReportDocument): Node[] {
  const width = Math.min(contentWidth, block.width * 0.75 * 1.2);
  const height = (block.height * width) / block.width;
  const chart: Node = {
    stack: [
      { text: printable(block.title), style: 'chartTitle' },
      { svg: printable(block.svg), width, height },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 10],
  };
  return block.showDataTable ? [chart, ...tableNodes(model.chartDataTable(block, doc.locale), doc)] : [chart];
}
