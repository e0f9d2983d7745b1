import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { AppError } from '../http/app-error.js';

/**
 * The one upload policy, for logged-in uploads (`/api/files`) and the public complaint form's attachments: a file
 * is judged by its bytes, never by its name alone.
 *
 * - Base64 is decoded strictly (re-encoding must give the same text, padding and line breaks aside).
 * - The type comes from the magic bytes and must match the name's extension: PNG, JPEG, PDF, DOCX/XLSX (a zip with
 *   `[Content_Types].xml` and `word/` or `xl/`, no macros), ODT/ODS (a zip whose `mimetype` says so), CSV/TXT
 *   (valid UTF-8 without NUL bytes).
 * - Images are decoded and encoded again (pure JS: pngjs, jpeg-js): only the pixels survive, so a PNG that is also
 *   an HTML page, trailing data, text chunks and a photo's EXIF (its GPS position) are gone. The decoded size is
 *   capped (40 megapixels) against decompression bombs. EXIF orientation is not applied (the photo keeps its pixel
 *   order).
 * - A PDF is refused when any dictionary carries /JavaScript, /JS, /Launch, /EmbeddedFile(s), /AA, /RichMedia,
 *   /XFA, /SubmitForm or /ImportData (names are read with their #xx escapes undone). Compressed object streams
 *   (/ObjStm) are inflated and scanned too; one that cannot be inflated (another filter, or broken) is refused,
 *   because what it holds cannot be checked.
 * - Sizes are capped per policy.
 *
 * A refusal is an AppError with a stable code: UPLOAD_INVALID_BASE64, UPLOAD_TYPE_NOT_ALLOWED, UPLOAD_TOO_LARGE,
 * UPLOAD_PDF_ACTIVE_CONTENT, UPLOAD_IMAGE_UNREADABLE (a caller may answer a type or size refusal with its own older
 * code and this one as `details.reason`).
 */
type UploadKind = 'png' | 'jpeg' | 'pdf' | 'docx' | 'xlsx' | 'odt' | 'ods' | 'text';

export interface UploadPolicy {
  allowed: readonly UploadKind[];
  maxBytes: number;
}

export const deskUploadPolicy: UploadPolicy = {
  allowed: ['png', 'jpeg', 'pdf', 'docx', 'xlsx', 'odt', 'ods', 'text'],
  maxBytes: 10 * 1024 * 1024,
};
export const publicUploadPolicy: UploadPolicy = { allowed: ['png', 'jpeg', 'pdf'], maxBytes: 2 * 1024 * 1024 };

const contentTypes: Record<UploadKind, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  text: 'text/plain',
};

const byExtension: Record<string, UploadKind> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  odt: 'odt',
  ods: 'ods',
  txt: 'text',
  csv: 'text',
};
const maxPixels = 40_000_000;

interface CheckedUpload {
  kind: UploadKind;
  contentType: string;
  /** The bytes to store: re-encoded for images, as sent otherwise. */
  data: Buffer;
}

/** Strict base64: only the alphabet, correct padding, and re-encoding gives back the same text. */
export function decodeBase64Strict(text: string): Buffer {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new AppError('UPLOAD_INVALID_BASE64');
  }
  const data = Buffer.from(compact, 'base64');
  if (data.toString('base64') !== compact) throw new AppError('UPLOAD_INVALID_BASE64');
  return data;
}

/** The kind the bytes are, from their magic bytes (and, for zips and text, their structure), or null. */
function sniffKind(data: Buffer): UploadKind | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) return zipKind(data);
  if (isPlainText(data)) return 'text';
  return null;
}

/** Judges an upload by its bytes; throws a stable code, or returns the bytes to store. */
export function checkUpload(name: string, data: Buffer, policy: UploadPolicy): CheckedUpload {
  if (data.length > policy.maxBytes) {
    throw new AppError('UPLOAD_TOO_LARGE', { size: data.length, max: policy.maxBytes });
  }
  if (data.length === 0) throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', { name });
  const extension = name.includes('.') ? (name.toLowerCase().split('.').pop() ?? '') : '';
  const declared = byExtension[extension];
  const kind = sniffKind(data);
  if (!declared || !kind || kind !== declared || !policy.allowed.includes(kind)) {
    throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', { name });
  }
  if (kind === 'png') return { kind, contentType: contentTypes.png, data: reencodePng(data) };
  if (kind === 'jpeg') return { kind, contentType: contentTypes.jpeg, data: reencodeJpeg(data) };
  if (kind === 'pdf') assertPdfInert(data);
  return { kind, contentType: extension === 'csv' ? 'text/csv' : contentTypes[kind], data };
}

function isPlainText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** The entry names of a zip, from its central directory (null when it is not a readable zip). */
function zipEntries(data: Buffer): string[] | null {
  const minEnd = Math.max(0, data.length - 22 - 65_535);
  for (let at = data.length - 22; at >= minEnd; at--) {
    if (data.readUInt32LE(at) !== 0x06054b50) continue;
    const count = data.readUInt16LE(at + 10);
    let offset = data.readUInt32LE(at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return null;
      const nameLength = data.readUInt16LE(offset + 28);
      const extra = data.readUInt16LE(offset + 30);
      const comment = data.readUInt16LE(offset + 32);
      names.push(data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
      offset += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return null;
}

function zipKind(data: Buffer): UploadKind | null {
  const names = zipEntries(data);
  if (!names) return null;
  if (names.some((n) => /vbaProject\.bin$/i.test(n) || /\.(exe|dll|js|vbs|bat|cmd|ps1|hta)$/i.test(n))) return null;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return null;
  }
  // OpenDocument: the first local entry is an uncompressed `mimetype` holding the type.
  if (names[0] === 'mimetype' && data.readUInt16LE(8) === 0) {
    const nameLength = data.readUInt16LE(26);
    const extra = data.readUInt16LE(28);
    const size = data.readUInt32LE(18);
    const mimetype = data.subarray(30 + nameLength + extra, 30 + nameLength + extra + size).toString('latin1');
    if (mimetype === contentTypes.odt) return 'odt';
    if (mimetype === contentTypes.ods) return 'ods';
  }
  return null;
}

function reencodePng(data: Buffer): Buffer {
  // IHDR: width and height right after the signature and the chunk header.
  if (data.length < 33 || data.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new AppError('UPLOAD_IMAGE_UNREADABLE');
  }
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width === 0 || height === 0 || width * height > maxPixels) {
    throw new AppError('UPLOAD_IMAGE_UNREADABLE', { width, height });
  }
  // Whatever follows IEND (an HTML page, a zip) is no part of the image: cut it before decoding.
  let end = 8;
  while (end + 12 <= data.length) {
    const length = data.readUInt32BE(end);
    const type = data.subarray(end + 4, end + 8).toString('latin1');
    end += 12 + length;
    if (type === 'IEND') break;
  }
  try {
    const image = PNG.sync.read(data.subarray(0, Math.min(end, data.length)));
    return PNG.sync.write(image, { colorType: 6 });
  } catch {
    throw new AppError('UPLOAD_IMAGE_UNREADABLE');
  }
}

function reencodeJpeg(data: Buffer): Buffer {
  try {
    const image = jpeg.decode(data, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: maxPixels / 1_000_000,
      maxMemoryUsageInMB: 512,
    });
    return Buffer.from(jpeg.encode({ data: image.data, width: image.width, height: image.height }, 90).data);
  } catch {
    throw new AppError('UPLOAD_IMAGE_UNREADABLE');
  }
}

const activeKeys = [
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'AA',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
];

/** The PDF names (/Name) in a piece of PDF text, #xx escapes undone (names are case-sensitive). */
function pdfNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    names.add(match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

function assertPdfInert(data: Buffer): void {
  const text = data.toString('latin1');
  const refuse = (key: string) => {
    throw new AppError('UPLOAD_PDF_ACTIVE_CONTENT', { key });
  };
  const check = (part: string) => {
    const names = pdfNames(part);
    for (const key of activeKeys) if (names.has(key)) refuse(key);
  };
  // Dictionaries live outside the streams (a stream's bytes, an image say, are not read as names: no false alarm).
  // Object streams hold dictionaries compressed: inflate and check them too; one that cannot be read is refused.
  let outside = '';
  let from = 0;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    if (match.index < from || text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const start = match.index + match[0].length;
    outside += text.slice(from, match.index);
    const end = text.indexOf('endstream', start);
    from = end === -1 ? text.length : end + 'endstream'.length;
    const dictionary = text.slice(Math.max(0, match.index - 2048), match.index);
    const ownDictionary = dictionary.slice(dictionary.lastIndexOf(' obj'));
    if (!pdfNames(ownDictionary).has('ObjStm')) continue;
    if (end === -1) refuse('ObjStm');
    const filters = [...pdfNames(ownDictionary)].filter((n) => n.endsWith('Decode'));
    if (filters.length !== 1 || filters[0] !== 'FlateDecode') refuse('ObjStm');
    try {
      check(inflateSync(data.subarray(start, end), { maxOutputLength: 64 * 1024 * 1024 }).toString('latin1'));
    } catch (error) {
      if (error instanceof AppError) throw error;
      refuse('ObjStm');
    }
  }
  check(outside + text.slice(from));
}
