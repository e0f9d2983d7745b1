import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { sql } from 'kysely';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskFileStore } from '../../src/server/adapters/file-store.js';
import type { StoredFile } from '../../src/shared/api/files.schema.js';
import type { PublicForm } from '../../src/shared/api/complaints.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

/** Small crafted fixtures: each attack as bytes made here. */
function png(width = 3, height = 2): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 37) % 256;
  return PNG.sync.write(image);
}
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const html = '<html><body><script>alert(document.cookie)</script></body></html>';
/** A PNG that is also an HTML page: HTML in a text chunk and after IEND. */
function pngPolyglot(): Buffer {
  const clean = png();
  const iendAt = clean.length - 12;
  return Buffer.concat([
    clean.subarray(0, 33),
    pngChunk('tEXt', Buffer.from(`Comment\0${html}`, 'latin1')),
    clean.subarray(33, iendAt),
    clean.subarray(iendAt),
    Buffer.from(html),
  ]);
}
/** A JPEG with an EXIF segment holding a GPS position. */
function jpegWithGps(): Buffer {
  const width = 8;
  const height = 8;
  const data = Buffer.alloc(width * height * 4, 200);
  const plain = Buffer.from(jpeg.encode({ data, width, height }, 90).data);
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // big-endian TIFF, IFD0 at 8
    0x00,
    0x01,
    0x88,
    0x25,
    0x00,
    0x04,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    0x1a,
    0x00,
    0x00,
    0x00,
    0x00, // GPSInfo → 26
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x02,
    0x00,
    0x00,
    0x00,
    0x02,
    0x4e,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00, // GPSLatitudeRef "N"
  ]);
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    tiff,
    Buffer.from('GPS 51.0279N 4.4794E', 'latin1'),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, plain.subarray(2)]);
}
const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
const cleanPdf = pdf(
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
);
function objectStream(inner: string, filter = '/FlateDecode'): Buffer {
  const packed = filter === '/FlateDecode' ? deflateSync(Buffer.from(inner, 'latin1')) : Buffer.from(inner, 'latin1');
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter ${filter} /Length ${packed.length} >>\nstream\n`,
      'latin1',
    ),
    packed,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}
/** A zip (stored entries) with a central directory: enough for the type sniffer. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const b64 = (data: Buffer) => data.toString('base64');

const grandPlace = { lat: 51.0279, lon: 4.4794 };
let addressSeq = 0;
const nextAddress = () => `10.9.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`;

describe.each(dialects)('uploads judged by their bytes on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'svpp-uploads-'));
    t = await createTestApp(dialect, { fileStore: diskFileStore(root) });
    await t.seedMunicipality('mechelen');
    staff = await t.login('staff@mechelen.test');
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  const filesOnDisk = () =>
    readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const rows = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from stored_file`.execute(t.database.db.kysely)).rows[0]?.n);
  const upload = (name: string, contentBase64: string) =>
    staff.request({ method: 'POST', url: '/api/files', payload: { name, contentBase64 } });
  const download = async (id: string) => (await staff.request({ method: 'GET', url: `/api/files/${id}` })).rawPayload;
  const error = (r: { json: <T>() => T }) => r.json<{ error: { code: string; details?: { reason?: string } } }>().error;
  const submit = async (attachments: { name: string; contentBase64: string }[]) => {
    const { formToken } = (
      await t.app.inject({ method: 'GET', url: '/api/public/complaint-form?municipality=mechelen' })
    ).json<PublicForm>();
    t.clock.advance(30_000);
    return t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      remoteAddress: nextAddress(),
      payload: {
        municipality: 'mechelen',
        formToken,
        website: '',
        locale: 'nl',
        category: 'noise',
        occurredAt: '2020-06-14T23:30:00+02:00',
        place: { ...grandPlace, address: 'Grote Markt 21' },
        description: 'Elke nacht luide muziek tot vier uur.',
        privacyAccepted: true,
        attachments,
      },
    });
  };

  it('re-encodes images: a PNG that is also HTML and a JPEG with a GPS position come out clean', async () => {
    for (const [name, bytes, type] of [
      ['foto.png', pngPolyglot(), 'image/png'],
      ['straat.jpg', jpegWithGps(), 'image/jpeg'],
    ] as const) {
      const response = await upload(name, b64(bytes));
      expect(response.statusCode, response.body).toBe(201);
      const stored = response.json<StoredFile>();
      expect(stored.contentType).toBe(type);
      const data = await download(stored.id);
      const text = data.toString('latin1');
      expect(text).not.toContain('<html');
      expect(text).not.toContain('script');
      expect(text).not.toContain('Exif');
      expect(text).not.toContain('GPS');
      expect(data.includes(Buffer.from([0xff, 0xe1]))).toBe(false); // no APP1 (EXIF) segment
      if (type === 'image/png') expect(PNG.sync.read(data)).toMatchObject({ width: 3, height: 2 });
      else expect(jpeg.decode(data)).toMatchObject({ width: 8, height: 8 });
    }
    // The public form: the same policy.
    const response = await submit([
      { name: 'foto.png', contentBase64: b64(pngPolyglot()) },
      { name: 'straat.jpeg', contentBase64: b64(jpegWithGps()) },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    const attached = await sql<{
      id: string;
    }>`select f.id from stored_file f join complaint_attachment a on a.file_id = f.id`.execute(t.database.db.kysely);
    expect(attached.rows).toHaveLength(2);
    for (const { id } of attached.rows) {
      const text = (await download(id)).toString('latin1');
      expect(text).not.toContain('<html');
      expect(text).not.toContain('Exif');
    }
  });

  it('refuses PDFs with active content, also hidden in escapes and compressed object streams, and takes inert ones', async () => {
    const active = {
      javascript: pdf('1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'),
      escaped: pdf('1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >> endobj'),
      launch: pdf('1 0 obj << /Type /Catalog /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj'),
      embedded: pdf('1 0 obj << /Type /Catalog /Names << /EmbeddedFiles 3 0 R >> >> endobj'),
      additional: pdf('1 0 obj << /Type /Page /AA << /O 4 0 R >> >> endobj'),
      inObjectStream: objectStream('4 0 << /S /JavaScript /JS (app.alert(1)) >>'),
      uncheckable: objectStream('4 0 << /Type /Font >>', '/LZWDecode'),
    };
    const before = [await rows(), filesOnDisk()];
    for (const [what, bytes] of Object.entries(active)) {
      const response = await upload(`${what}.pdf`, b64(bytes));
      expect([response.statusCode, error(response).code], what).toEqual([422, 'UPLOAD_PDF_ACTIVE_CONTENT']);
      const publicResponse = await submit([{ name: `${what}.pdf`, contentBase64: b64(bytes) }]);
      expect([publicResponse.statusCode, error(publicResponse).code], what).toEqual([422, 'UPLOAD_PDF_ACTIVE_CONTENT']);
    }
    expect([await rows(), filesOnDisk()]).toEqual(before); // nothing stored on refusal
    for (const [name, bytes] of [
      ['clean.pdf', cleanPdf],
      ['clean-objstm.pdf', objectStream('4 0 << /Type /Font /Subtype /Type1 >>')],
    ] as const) {
      const response = await upload(name, b64(bytes));
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(Buffer.compare(await download(response.json<StoredFile>().id), bytes)).toBe(0); // a PDF is kept as sent
    }
  });

  it('takes the type from the bytes, refuses invalid base64 and too large files, with stable codes', async () => {
    const before = [await rows(), filesOnDisk()];
    const cases: [string, string, number, string, string?][] = [
      ['page.png', b64(Buffer.from(html)), 422, 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      ['foto.pdf', b64(png()), 422, 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      ['virus.exe', b64(Buffer.from('MZ\x90\0', 'latin1')), 422, 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      [
        'macro.docx',
        b64(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'x' })),
        422,
        'FILE_TYPE_NOT_ALLOWED',
        'UPLOAD_TYPE_NOT_ALLOWED',
      ],
      ['zip.docx', b64(zip({ 'a.txt': 'x' })), 422, 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      ['nul.txt', b64(Buffer.from('abc\0def')), 422, 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      [
        'latin1.csv',
        b64(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x31])),
        422,
        'FILE_TYPE_NOT_ALLOWED',
        'UPLOAD_TYPE_NOT_ALLOWED',
      ],
      ['bad.txt', 'abc$', 422, 'UPLOAD_INVALID_BASE64'],
      ['bad.txt', 'QUJD=', 422, 'UPLOAD_INVALID_BASE64'],
      ['bad.txt', 'QR==', 422, 'UPLOAD_INVALID_BASE64'], // non-canonical: decodes, but re-encodes as QQ==
      ['big.txt', b64(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)), 422, 'FILE_TOO_LARGE', 'UPLOAD_TOO_LARGE'],
      ['broken.png', b64(Buffer.concat([png().subarray(0, 40)])), 422, 'UPLOAD_IMAGE_UNREADABLE'],
    ];
    for (const [name, content, status, code, reason] of cases) {
      const response = await upload(name, content);
      expect([response.statusCode, error(response).code], name).toEqual([status, code]);
      if (reason) expect(error(response).details?.reason, name).toBe(reason);
    }
    const publicCases: [string, string, string, string?][] = [
      ['page.png', b64(Buffer.from(html)), 'COMPLAINT_ATTACHMENT_REJECTED', 'UPLOAD_TYPE_NOT_ALLOWED'],
      ['verslag.docx', b64(docx), 'COMPLAINT_ATTACHMENT_REJECTED', 'UPLOAD_TYPE_NOT_ALLOWED'], // the public form takes photos and PDFs only
      ['foto.png', 'iVBORw0KGgo$', 'UPLOAD_INVALID_BASE64'],
      [
        'groot.png',
        b64(Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024 + 1 - png().length)])),
        'COMPLAINT_ATTACHMENT_REJECTED',
        'UPLOAD_TOO_LARGE',
      ],
    ];
    for (const [name, content, code, reason] of publicCases) {
      const response = await submit([{ name, contentBase64: content }]);
      expect([response.statusCode, error(response).code], name).toEqual([422, code]);
      if (reason) expect(error(response).details?.reason, name).toBe(reason);
    }
    expect([await rows(), filesOnDisk()]).toEqual(before);
    // What the policy takes, with the type from the bytes.
    for (const [name, bytes, type] of [
      ['verslag.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['lijst.csv', Buffer.from('naam;aantal\nCafé;3\n'), 'text/csv'],
      ['nota.txt', Buffer.from('Verslag'), 'text/plain'],
    ] as const) {
      const response = await upload(name, b64(bytes));
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(response.json<StoredFile>().contentType).toBe(type);
    }
  });

  it('leaves no orphan file when the request fails after the bytes were written', async () => {
    const { kysely } = t.database.db;
    // A forced failure inside the transaction, after the file store write: the database refuses the row.
    if (dialect === 'sqlite') {
      await sql`create trigger boom before insert on stored_file when new.name = 'boom.png' begin select raise(abort, 'forced failure'); end`.execute(
        kysely,
      );
    } else {
      await sql`create function boom() returns trigger language plpgsql as $$ begin if new.name = 'boom.png' then raise exception 'forced failure'; end if; return new; end $$`.execute(
        kysely,
      );
      await sql`create trigger boom before insert on stored_file for each row execute function boom()`.execute(kysely);
    }
    try {
      const before = [await rows(), filesOnDisk()];
      const response = await upload('boom.png', b64(png()));
      expect(response.statusCode).toBe(500);
      expect([await rows(), filesOnDisk()]).toEqual(before);
      const complaints = Number(
        (await sql<{ n: number }>`select count(*) as n from complaint`.execute(kysely)).rows[0]?.n,
      );
      const publicResponse = await submit([
        { name: 'ok.png', contentBase64: b64(png()) },
        { name: 'boom.png', contentBase64: b64(png()) },
      ]);
      expect(publicResponse.statusCode).toBe(500);
      expect([await rows(), filesOnDisk()]).toEqual(before); // the first attachment's bytes went too
      expect(Number((await sql<{ n: number }>`select count(*) as n from complaint`.execute(kysely)).rows[0]?.n)).toBe(
        complaints,
      );
    } finally {
      await sql`drop trigger boom${sql.raw(dialect === 'postgres' ? ' on stored_file' : '')}`.execute(kysely);
      if (dialect === 'postgres') await sql`drop function boom()`.execute(kysely);
    }
  });
});
