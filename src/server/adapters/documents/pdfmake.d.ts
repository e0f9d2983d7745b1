// pdfmake 0.3 ships no types (and @types/pdfmake describes 0.2): the small part of its server API svpp uses.
declare module 'pdfmake' {
  export interface PdfFontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  /** A document definition; content nodes are plain objects as described in pdfmake's documentation. */
  export interface PdfDocumentDefinition {
    info?: { title?: string; subject?: string; author?: string; creator?: string; producer?: string };
    language?: string;
    pageSize?: string | { width: number; height: number };
    pageMargins?: [number, number, number, number];
    header?: (currentPage: number, pageCount: number) => unknown;
    footer?: (currentPage: number, pageCount: number) => unknown;
    content: unknown[];
    styles?: Record<string, Record<string, unknown>>;
    defaultStyle?: Record<string, unknown>;
    pageBreakBefore?: (
      node: { headlineLevel?: number; startPosition?: { pageNumber: number; verticalRatio: number } },
      context: { getFollowingNodesOnPage: () => unknown[] },
    ) => boolean;
  }
  export interface PdfOutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, PdfFontFiles>): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    createPdf(definition: PdfDocumentDefinition, options?: Record<string, unknown>): PdfOutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
