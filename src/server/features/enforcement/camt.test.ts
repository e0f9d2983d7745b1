import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error.js';
import { amountToCents, parseCamt053 } from './camt.js';

const fixture = (name: string): Buffer =>
  readFileSync(path.join(import.meta.dirname, '../../../../test/fixtures/camt', name));

const reasonOf = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  return 'read';
};

describe('CAMT.053', () => {
  it('reads a 001.02 statement: booked credits only, structured and unstructured communications', () => {
    const statement = parseCamt053(fixture('camt053-001-02.xml'));
    expect(statement.namespace).toBe('urn:iso:std:iso:20022:tech:xsd:camt.053.001.02');
    expect(statement.skipped).toBe(1);
    expect(statement.entries.map((e) => [e.entryReference, e.amountCents, e.structured, e.unstructured])).toEqual([
      ['SYNTH-REF-0001', 5800, '260000000170', null],
      ['SYNTH-REF-0002', 2000, null, '+++260/0000/00271+++'],
      ['SYNTH-REF-0003', 5800, '260000000199', null],
      ['SYNTH-REF-0004', 5800, '269999999952', null],
      ['SYNTH-REF-0001', 5800, '260000000170', null],
    ]);
    expect(statement.entries[0]?.bookedOn).toBe('2026-03-09');
    expect(statement.entries[0]?.currency).toBe('EUR');
  });

  it('reads a 001.08 statement: prefixed namespace, status code, date-time, NtryRef, a batch booking split', () => {
    const statement = parseCamt053(fixture('camt053-001-08.xml'));
    expect(statement.skipped).toBe(1);
    expect(
      statement.entries.map((e) => [e.entryReference, e.bookedOn, e.amountCents, e.structured ?? e.unstructured]),
    ).toEqual([
      ['SYNTH-NTRY-0101', '2026-03-11', 7000, '+++260/0000/00372+++'],
      ['SYNTH-REF-0102-A', '2026-03-11', 3800, 'Boete 260/0000/00271'],
      ['SYNTH-REF-0102-B', '2026-03-11', 5800, 'zonder mededeling'],
    ]);
  });

  it('refuses what is not a CAMT.053 statement, a DTD (external entities) and broken XML', () => {
    expect(reasonOf(() => parseCamt053(fixture('not-camt.xml')))).toEqual({
      code: 'GAS_CAMT_INVALID',
      details: { reason: 'not_camt053' },
    });
    expect(reasonOf(() => parseCamt053(fixture('entity.xml')))).toEqual({
      code: 'GAS_CAMT_INVALID',
      details: { reason: 'dtd' },
    });
    expect(reasonOf(() => parseCamt053(Buffer.from('<Document><BkToCstmrStmt>')))).toMatchObject({
      details: { reason: 'not_xml' },
    });
    expect(reasonOf(() => parseCamt053(Buffer.from('reference;amount\n1;2\n')))).toMatchObject({
      code: 'GAS_CAMT_INVALID',
    });
    expect(reasonOf(() => parseCamt053(Buffer.alloc(0)))).toMatchObject({ details: { reason: 'empty' } });
    const otherNamespace =
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"><BkToCstmrStmt/></Document>';
    expect(reasonOf(() => parseCamt053(Buffer.from(otherNamespace)))).toMatchObject({
      details: { reason: 'namespace' },
    });
    const badAmount =
      '<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">58,00</Amt><CdtDbtInd>CRDT</CdtDbtInd>' +
      '<BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>';
    expect(reasonOf(() => parseCamt053(Buffer.from(badAmount)))).toMatchObject({ details: { reason: 'amount' } });
  });

  it('derives a stable reference for an entry without one, so reading the file twice counts it once', () => {
    const xml =
      '<Document><BkToCstmrStmt><Stmt><Id>S1</Id><Ntry><Amt Ccy="EUR">1.5</Amt><CdtDbtInd>CRDT</CdtDbtInd>' +
      '<BookgDt><Dt>2026-01-02</Dt></BookgDt><RmtInf><Ustrd>x</Ustrd></RmtInf></Ntry></Stmt></BkToCstmrStmt></Document>';
    const once = parseCamt053(Buffer.from(xml)).entries[0];
    const twice = parseCamt053(Buffer.from(xml)).entries[0];
    expect(once?.entryReference).toMatch(/^derived:[0-9a-f]{32}$/);
    expect(once?.entryReference).toBe(twice?.entryReference);
    expect(once?.amountCents).toBe(150);
    expect(once?.unstructured).toBe('x');
  });

  it('turns amounts into cents exactly', () => {
    expect(amountToCents('58')).toBe(5800);
    expect(amountToCents('58.5')).toBe(5850);
    expect(amountToCents('0.07')).toBe(7);
    expect(amountToCents('1234567.89')).toBe(123456789);
    expect(amountToCents('-1.00')).toBeNull();
    expect(amountToCents('1.234')).toBeNull();
    expect(amountToCents('1e3')).toBeNull();
  });
});
