import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../http/app-error.js';

/**
 * Bank statements in CAMT.053 (ISO 20022 `BkToCstmrStmt`), as Belgian banks deliver them: camt.053.001.02 and the
 * later versions (…001.04, …001.08 and on: the parts read here kept their names). Only booked credit entries are
 * payments; the structured communication is read from `RmtInf/Strd/CdtrRefInf/Ref`, else from `RmtInf/Ustrd`.
 * The XML is read without a DTD: a file that declares one (and so could name external entities) is refused whole.
 */

/** One credit booked on the account: what matching needs. */
export interface CamtEntry {
  /**
   * The bank's reference of the entry (AcctSvcrRef, else NtryRef, else one derived from the statement and position).
   */
  entryReference: string;
  bookedOn: string;
  amountCents: number;
  currency: string;
  /** `RmtInf/Strd/CdtrRefInf/Ref` as written, or null. */
  structured: string | null;
  /** `RmtInf/Ustrd` (lines joined by a space), or null. */
  unstructured: string | null;
}

export interface CamtStatement {
  /** `urn:iso:std:iso:20022:tech:xsd:camt.053.001.02` and the like, or null when the file names no namespace. */
  namespace: string | null;
  entries: CamtEntry[];
  /** Debits and entries not booked (pending): read, not payments. */
  skipped: number;
}

/** 10 MB of XML is several thousand entries; bigger statements are split by the bank per day anyway. */
const maxBytes = 10 * 1024 * 1024;

const invalid = (reason: string): AppError => new AppError('GAS_CAMT_INVALID', { reason });

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const child = (node: unknown, key: string): unknown => (isNode(node) ? node[key] : undefined);
const first = (node: unknown, key: string): unknown => asArray(child(node, key))[0];

/** The text of an element (its `#text` when it has attributes), trimmed; null when absent or empty. */
function text(value: unknown): string | null {
  const raw = isNode(value) ? value['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const trimmed = String(raw).trim();
  return trimmed === '' ? null : trimmed;
}

/** Follows a path of element names, taking the first of repeated elements. */
function at(node: unknown, ...path: string[]): unknown {
  let current = node;
  for (const key of path) current = first(current, key);
  return current;
}

/** "58", "58.5", "58.00" → cents, exactly (money is never a float); null for anything else. */
export function amountToCents(amount: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function remittance(rmtInf: unknown): { structured: string | null; unstructured: string | null } {
  const structured =
    asArray(child(rmtInf, 'Strd'))
      .map((strd) => text(at(strd, 'CdtrRefInf', 'Ref')))
      .find((ref) => ref !== null) ?? null;
  const lines = asArray(child(rmtInf, 'Ustrd'))
    .map(text)
    .filter((line): line is string => line !== null);
  return { structured, unstructured: lines.length ? lines.join(' ') : null };
}

function bookedStatus(entry: unknown): string | null {
  const status = first(entry, 'Sts');
  // 001.02: <Sts>BOOK</Sts>; from 001.08: <Sts><Cd>BOOK</Cd></Sts>.
  return text(status) ?? text(first(status, 'Cd'));
}

/** Reads a CAMT.053 file; anything else throws GAS_CAMT_INVALID (with the reason in `details`). */
export function parseCamt053(content: Buffer): CamtStatement {
  if (content.length === 0) throw invalid('empty');
  if (content.length > maxBytes) throw invalid('too_large');
  const xml = content.toString('utf8').replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw invalid('dtd');
  if (XMLValidator.validate(xml) !== true) throw invalid('not_xml');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
  });
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch {
    throw invalid('not_xml');
  }
  const document = child(tree, 'Document');
  const statementRoot = child(document, 'BkToCstmrStmt');
  if (!isNode(document) || statementRoot === undefined) throw invalid('not_camt053');
  // The parser drops namespace prefixes (and with them the xmlns attributes): the root's namespace from its tag.
  const rootTag = /<(?:[\w.-]+:)?Document\b[^>]*>/.exec(xml)?.[0] ?? '';
  const namespaces = [...rootTag.matchAll(/xmlns(?::[\w.-]+)?\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  const namespace = namespaces.find((ns) => ns.includes(':iso:20022:')) ?? null;
  if (namespace !== null && !/camt\.053\.001\.\d{2}$/.test(namespace)) throw invalid('namespace');

  const entries: CamtEntry[] = [];
  let skipped = 0;
  for (const [statementIndex, statement] of asArray(child(statementRoot, 'Stmt')).entries()) {
    const statementId = text(at(statement, 'Id')) ?? `#${statementIndex}`;
    for (const [entryIndex, entry] of asArray(child(statement, 'Ntry')).entries()) {
      const status = bookedStatus(entry);
      if (text(at(entry, 'CdtDbtInd')) !== 'CRDT' || (status !== null && status !== 'BOOK')) {
        skipped++;
        continue;
      }
      const amountNode = first(entry, 'Amt');
      const amountCents = amountToCents(text(amountNode) ?? '');
      if (amountCents === null) throw invalid('amount');
      const currency = (isNode(amountNode) && typeof amountNode['@_Ccy'] === 'string' && amountNode['@_Ccy']) || 'EUR';
      const booking = first(entry, 'BookgDt');
      const bookedOn = (text(first(booking, 'Dt')) ?? text(first(booking, 'DtTm')) ?? '').slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(bookedOn)) throw invalid('booking_date');
      const reference =
        text(at(entry, 'AcctSvcrRef')) ??
        text(at(entry, 'NtryRef')) ??
        `derived:${createHash('sha256').update(`${statementId}/${entryIndex}`).digest('hex').slice(0, 32)}`;
      const transactions = asArray(child(first(entry, 'NtryDtls'), 'TxDtls'));
      if (transactions.length > 1) {
        // A batch booking: each transaction is its own payment with its own amount and communication.
        for (const [txIndex, tx] of transactions.entries()) {
          const txAmount = amountToCents(
            text(at(tx, 'AmtDtls', 'TxAmt', 'Amt')) ?? text(at(tx, 'Amt')) ?? text(amountNode) ?? '',
          );
          if (txAmount === null) throw invalid('amount');
          entries.push({
            entryReference: text(at(tx, 'Refs', 'AcctSvcrRef')) ?? `${reference}/${txIndex + 1}`,
            bookedOn,
            amountCents: txAmount,
            currency,
            ...remittance(first(tx, 'RmtInf')),
          });
        }
        continue;
      }
      const rmtInf = first(transactions[0], 'RmtInf') ?? first(entry, 'RmtInf');
      entries.push({ entryReference: reference, bookedOn, amountCents, currency, ...remittance(rmtInf) });
    }
  }
  return { namespace, entries, skipped };
}
