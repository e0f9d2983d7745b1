import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import * as model from '../../../shared/reports/report-document.js';
import { docxPage, page, palette, twips } from './layout.js';

type Block = Paragraph | Table;

// The width between the margins, in twips.
const contentWidth = twips(page.width - page.margins.left - page.margins.right);
const font = 'Arial'; // on Word's machines; LibreOffice draws it with a metric-compatible font (Liberation Sans).

const alignments: Record<model.ColumnAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** The report as a Word document (DOCX) that Word and LibreOffice open without repair. */
export async function renderDocx(doc: model.ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    creator: `svpp — ${doc.meta.municipality}`,
    styles: {
      default: {
        // lineRule explicit: without it LibreOffice takes the line height as exact and clips pictures and charts.
        document: {
          run: { font, size: 20 },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font, size: 30, bold: true, color: palette.primary },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font, size: 25, bold: true, color: palette.primary },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font, size: 22, bold: true, color: palette.text },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
        title: { run: { font, size: 40, bold: true, color: palette.primary }, paragraph: { spacing: { after: 120 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            ...docxPage,
            margin: { ...docxPage.margin, header: twips(page.headerOffset), footer: twips(page.footerOffset) },
          },
        },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children: [...titleBlocks(doc), ...doc.blocks.flatMap((block) => renderBlock(block, doc))],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function header(doc: model.ReportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        children: [new TextRun({ text: doc.title, size: 16, color: palette.muted })],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: palette.rule, space: 4 } },
      }),
    ],
  });
}

/** Municipality (and the footer line) on the left, "Pagina x van y" on the right. */
function footer(doc: model.ReportDocument): Footer {
  const left = [doc.meta.municipality, doc.meta.footer].filter(Boolean).join(' · ');
  // The localized sentence is split around the two numbers, which Word fills in as fields.
  const sentence = model.reportWords[doc.locale].page(-1, -2);
  const [before = '', rest = ''] = sentence.split('-1');
  const [between = '', after = ''] = rest.split('-2');
  const run = (text: string): TextRun => new TextRun({ text, size: 16, color: palette.muted });
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: palette.rule, space: 4 } },
        children: [
          run(left),
          new TextRun({
            children: [
              new Tab(),
              before,
              PageNumber.CURRENT,
              between,
              PageNumber.TOTAL_PAGES,
              ...(after ? [after] : []),
            ],
            size: 16,
            color: palette.muted,
          }),
        ],
      }),
    ],
  });
}

function titleBlocks(doc: model.ReportDocument): Paragraph[] {
  const blocks = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] })];
  if (doc.subtitle) {
    blocks.push(new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 26, color: palette.muted })] }));
  }
  blocks.push(
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: model.metaLine(doc), size: 18, color: palette.muted })],
    }),
  );
  return blocks;
}

function renderBlock(block: model.ReportBlock, doc: model.ReportDocument): Block[] {
  switch (block.type) {
    case 'heading': {
      const level = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[block.level];
      return [new Paragraph({ heading: level, children: [new TextRun(block.text)] })];
    }
    case 'paragraph': {
      const style: IRunOptions =
        block.emphasis === 'strong' ? { bold: true } : block.emphasis === 'muted' ? { color: palette.muted } : {};
      return block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, ...style })] }));
    }
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }),
      );
    case 'key-values':
      return [keyValueTable(block.items)];
    case 'table':
      return tableBlocks(block, doc);
    case 'status':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: `${block.label}: `, bold: true }),
            ...statusRuns(block.status, doc),
            ...(block.note ? [new TextRun({ text: ` — ${block.note}`, color: palette.muted })] : []),
          ],
        }),
      ];
    case 'chart':
      return chartBlocks(block, doc);
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

function statusRuns(status: model.StatusValue, doc: model.ReportDocument): TextRun[] {
  const color = model.statusColors[status];
  return [
    new TextRun({ text: '●\u00a0', color }),
    new TextRun({ text: model.statusLabel(status, doc.locale), color, bold: true }),
  ];
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: palette.rule };
const borders = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};
const cellMargins = { top: 45, bottom: 45, left: 70, right: 70 };
const shortTableRows = 15;

function cell(children: Paragraph[], width: number, shading?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    ...(shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shading } } : {}),
  });
}

function tableBlocks(block: model.TableBlock, doc: model.ReportDocument): Block[] {
  const widths = model.columnFractions(block.columns).map((fraction) => Math.round(fraction * contentWidth));
  const headerRow = new TableRow({
    tableHeader: true, // repeated at the top of every page the table runs onto
    cantSplit: true,
    children: block.columns.map((column, index) =>
      cell(
        [
          new Paragraph({
            alignment: alignments[model.columnAlign(column)],
            spacing: { after: 0 },
            keepNext: true,
            children: [new TextRun({ text: column.label, bold: true, size: 18, color: 'FFFFFF' })],
          }),
        ],
        widths[index] ?? 0,
        palette.primary,
      ),
    ),
  });
  // A short table is kept on one page (each row "keep with next"); a long one runs on, its header row repeated.
  const bodyCount = block.rows.length + (block.totals ? 1 : 0);
  const keepTogether = bodyCount <= shortTableRows;
  const bodyRow = (row: model.ReportRow, index: number, total: boolean): TableRow => {
    const keepNext = keepTogether && index < bodyCount - 1;
    const fill = total ? palette.totalFill : index % 2 === 1 ? palette.zebra : undefined;
    return new TableRow({
      cantSplit: true,
      children: block.columns.map((column, columnIndex) =>
        cell(
          [cellParagraph(column, row[column.key] ?? null, doc, { total, keepNext })],
          widths[columnIndex] ?? 0,
          fill,
        ),
      ),
    });
  };
  const rows = [headerRow, ...block.rows.map((row, index) => bodyRow(row, index, false))];
  if (block.totals) rows.push(bodyRow(block.totals, block.rows.length, true));
  const blocks: Block[] = [];
  blocks.push(
    new Table({
      rows,
      columnWidths: widths,
      width: { size: contentWidth, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders,
    }),
  );
  const caption = block.caption
    ? [new TextRun({ text: block.caption, italics: true, size: 17, color: palette.muted })]
    : [];
  blocks.push(new Paragraph({ spacing: { before: 60, after: 200 }, children: caption }));
  return blocks;
}

function cellParagraph(
  column: model.ReportColumn,
  value: model.ReportCellValue,
  doc: model.ReportDocument,
  options: { total: boolean; keepNext: boolean },
): Paragraph {
  const { total, keepNext } = options;
  const alignment = alignments[model.columnAlign(column)];
  const status = model.cellStatus(column, value);
  if (status) return new Paragraph({ alignment, keepNext, spacing: { after: 0 }, children: statusRuns(status, doc) });
  const lines = model.formatCell(column, value, doc.locale).split('\n');
  return new Paragraph({
    alignment,
    keepNext,
    spacing: { after: 0 },
    children: lines.map(
      (line, index) => new TextRun({ text: line, size: 18, bold: total, ...(index > 0 ? { break: 1 } : {}) }),
    ),
  });
}

function keyValueTable(items: { key: string; value: string }[]): Table {
  const keyWidth = Math.round(contentWidth * 0.32);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    columnWidths: [keyWidth, contentWidth - keyWidth],
    width: { size: contentWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: cellBorder, insideVertical: none },
    rows: items.map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(
              [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: item.key, bold: true })] })],
              keyWidth,
            ),
            cell(
              [new Paragraph({ spacing: { after: 0 }, children: [new TextRun(item.value)] })],
              contentWidth - keyWidth,
            ),
          ],
        }),
    ),
  });
}

/**
 * A chart as a native Word chart drawn from its data: Word and LibreOffice both draw it (and the reader can edit it),
 * whereas an SVG picture needs a PNG fallback that LibreOffice shows instead, and making a PNG needs a native
 * rasterizer.
 * Data a native chart cannot show (a pie of several series) is printed as its data table.
 */
function chartBlocks(block: model.ChartBlock, doc: model.ReportDocument): Block[] {
  const options = nativeChart(block);
  const data = tableBlocks(model.chartDataTable(block, doc.locale), doc);
  if (!options) {
    return [new Paragraph({ keepNext: true, children: [new TextRun({ text: block.title, bold: true })] }), ...data];
  }
  return [
    new Paragraph({ spacing: { after: 200 }, children: [new ChartRun(options)] }),
    ...(block.showDataTable ? data : []),
  ];
}

function nativeChart(block: model.ChartBlock): ChartRunOptions | null {
  const { data } = block;
  if (data.categories.length === 0 || data.series.length === 0) return null;
  const scale = data.valueKind === 'euro-cents' ? 100 : 1;
  const series = data.series.map((one, index) => ({
    name: one.name,
    values: one.values.map((value) => (value === null ? null : value / scale)),
    color: palette.series[index % palette.series.length],
  }));
  // Pixels at 96 dpi; no wider than the text column.
  const maxWidth = Math.floor(((contentWidth / 20) * 96) / 72);
  const width = Math.min(block.width, maxWidth);
  const common = {
    title: { text: block.title, font: { size: 12, bold: true } },
    font: { name: font },
    transformation: { width, height: Math.round((block.height * width) / block.width) },
    altText: { name: block.title, description: block.altText },
  };
  const valueAxis = data.valueKind === 'euro-cents' ? { numberFormat: '#,##0 "€"' } : {};
  switch (data.kind) {
    case 'pie':
      if (series.length !== 1 || series.some((one) => one.values.some((value) => value !== null && value < 0))) {
        return null;
      }
      return {
        ...common,
        type: 'pie',
        categories: data.categories,
        series: series.map(({ name, values }) => ({ name, values })),
        legend: { position: 'right' },
      };
    case 'column':
    case 'bar':
    case 'line':
      return {
        ...common,
        type: data.kind,
        categories: data.categories,
        series,
        valueAxis,
        legend: series.length > 1 ? { position: 'bottom' } : false,
      };
  }
}
