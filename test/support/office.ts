import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Checks documents the way a reader opens them: LibreOffice converts DOCX and XLSX (so a file it would have to repair
 * fails here), poppler reads PDFs. The tools are required, never skipped: a machine without them fails with the
 * command that installs them.
 */

const run = promisify(execFile);

/**
 * The Debian packages these helpers need (CI installs them the same way). fonts-liberation2 is not strictly needed:
 * it lets LibreOffice draw the DOCX's Arial with Arial's metrics, so pages break as they do in Word.
 */
export const officePackages = [
  'libreoffice-writer-nogui',
  'libreoffice-calc-nogui',
  'poppler-utils',
  'fonts-liberation2',
] as const;
export const officeInstallCommand = `apt-get update && apt-get install -y --no-install-recommends ${officePackages.join(' ')}`;

const tools = {
  soffice: 'libreoffice-*-nogui',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdffonts: 'poppler-utils',
} as const;
type Tool = keyof typeof tools;

const conversionTimeout = 180_000;

function findOnPath(tool: Tool): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, tool);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Throws, with the install command, when a tool is missing. */
export function requireOfficeTools(needed: Tool[] = Object.keys(tools) as Tool[]): void {
  const missing = needed.filter((tool) => findOnPath(tool) === null);
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(', ')} (from ${[...new Set(missing.map((tool) => tools[tool]))].join(', ')}). Install with:\n  ${officeInstallCommand}`,
    );
  }
}

async function tool(name: Tool, args: string[], timeout = 60_000): Promise<string> {
  requireOfficeTools([name]);
  const { stdout } = await run(name, args, { timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/**
 * Converts a file with headless LibreOffice into `outDir` and returns the paths it wrote (one, or one per sheet for
 * a multi-sheet CSV). Each run has its own throwaway profile, so parallel runs and a user's own LibreOffice don't
 * collide. `soffice` can exit 0 without writing anything (a file it cannot read), so the output is looked for.
 */
export async function convertWithLibreOffice(file: string, target: string, outDir: string): Promise<string[]> {
  requireOfficeTools(['soffice']);
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(os.tmpdir(), `svpp-lo-profile-${randomBytes(6).toString('hex')}`);
  const before = new Set(readdirSync(outDir));
  try {
    const args = [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ];
    const { stdout, stderr } = await run('soffice', args, { timeout: conversionTimeout, encoding: 'utf8' });
    const written = readdirSync(outDir)
      .filter((name) => !before.has(name))
      .map((name) => path.join(outDir, name));
    if (written.length === 0) {
      throw new Error(`soffice wrote nothing for ${file} → ${target}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    return written.sort();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * LibreOffice's CSV filter: `,` between fields, `"` around text, UTF-8 (76), cell contents as shown (formatted), every
 * sheet to a file of its own (`-1`, written as `<name>-<sheet>.csv`).
 */
export const libreOfficeCsvAllSheets = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** The text of a PDF (or of pages first..last), in reading order; `layout` keeps table rows on one line. */
export async function pdfText(
  file: string,
  options: { first?: number; last?: number; layout?: boolean } = {},
): Promise<string> {
  const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8'];
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  return tool('pdftotext', [...args, file, '-']);
}

/** Each page's text, first page first. */
export async function pdfPages(file: string): Promise<string[]> {
  const text = await pdfText(file, { layout: true });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export async function pdfPageCount(file: string): Promise<number> {
  const info = await tool('pdfinfo', [file]);
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count for ${file}:\n${info}`);
  return Number(match[1]);
}

/** pdfinfo's "Page size" line of the first page, such as "595.28 x 841.89 pts (A4)". */
export async function pdfPageSize(file: string): Promise<string> {
  const info = await tool('pdfinfo', [file]);
  return /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
}

/** The fonts a PDF uses, each with whether it is embedded. */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const lines = (await tool('pdffonts', [file]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  // Columns: name, type, encoding, emb, sub, uni, object, ID. The type may hold spaces ("CID TrueType"), so "emb" is
  // counted from the end: the fifth field from it.
  return lines.map((line) => {
    const fields = line.trim().split(/\s+/);
    return { name: fields[0] ?? '', embedded: fields.at(-5) === 'yes' };
  });
}

/** Renders pages to PNG (`<prefix>-<page>.png`) for a person to look at. */
export async function pdfToPng(
  file: string,
  prefix: string,
  options: { resolution?: number; first?: number; last?: number } = {},
): Promise<string[]> {
  mkdirSync(path.dirname(prefix), { recursive: true });
  const args = ['-r', String(options.resolution ?? 60), '-png'];
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  await tool('pdftoppm', [...args, file, prefix], 120_000);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .map((name) => path.join(dir, name))
    .sort();
}
