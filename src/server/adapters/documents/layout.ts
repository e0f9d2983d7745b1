/** Page geometry and colours shared by the DOCX and PDF renderers, so both formats look like one house style. */

/** A4 in points (1/72 inch), with the margins and the distance of header and footer from the page's edge. */
export const page = {
  width: 595.28,
  height: 841.89,
  margins: { top: 62, bottom: 62, left: 57, right: 57 },
  headerOffset: 28,
  footerOffset: 28,
} as const;

/** Twips (1/20 pt), the unit DOCX measures pages and tables in. */
export const twips = (points: number): number => Math.round(points * 20);

/** A DOCX section's page: A4 and its margins in twips (the reports add the distances of their header and footer). */
export const docxPage = {
  size: { width: twips(page.width), height: twips(page.height) },
  margin: {
    top: twips(page.margins.top),
    bottom: twips(page.margins.bottom),
    left: twips(page.margins.left),
    right: twips(page.margins.right),
  },
} as const;

/** Hex colours without '#', as docx wants them; the PDF renderer adds the '#'. */
export const palette = {
  primary: '1F4E79',
  text: '1F2933',
  muted: '5F6B7A',
  rule: 'B8C2CC',
  zebra: 'F2F5F8',
  totalFill: 'DCE6F0',
  series: ['1F4E79', 'E07B39', '3A9D5D', '8E5EA2', 'C0392B', '7F8C8D'],
} as const;
