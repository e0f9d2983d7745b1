import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { PaymentImportResult, PaymentLine } from '../../../shared/api/enforcement-procedure.schema.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatCounts } from '../../lib/format-counts.js';
import { DryRunUpload } from './dry-run-upload.js';
import { FirstRows } from './first-rows.js';
import { procedureApi } from './procedure.api.js';

/** The open payments shown before "show all" (the newest booked first). */
const firstOpenPayments = 20;

const matchColor: Record<PaymentLine['match'], string> = {
  matched: 'green',
  partial: 'orange',
  overpaid: 'grape',
  unmatched: 'red',
  invalid: 'red',
};

/** A bank statement (CAMT.053): the check's counts and the lines to look at, then the import. */
export function PaymentImport({ onImported }: { onImported: () => void }) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementProcedure.payments;
  const counts = (r: PaymentImportResult) =>
    formatCounts(
      r,
      ['entries', 'matched', 'partial', 'overpaid', 'unmatched', 'invalid', 'duplicates', 'skipped', 'closed'],
      number,
    );
  return (
    <DryRunUpload<PaymentImportResult>
      id="payment-import"
      title={w.title}
      intro={w.intro}
      accept=".xml,application/xml,text/xml"
      run={procedureApi.importPayments}
      clean={(r) => r.entries > r.duplicates + r.skipped}
      summary={(r) => <Text size="sm">{fill(w.checked, counts(r))}</Text>}
      details={(r) => (r.lines.length > 0 ? <PaymentLines lines={r.lines} /> : null)}
      applied={(r) => fill(w.applied, counts(r))}
      onApplied={onImported}
    />
  );
}

/** The payments someone must look at: partial, overpaid, unmatched, wrong check digit. */
export function OpenPayments({ generation }: { generation: number }) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.payments;
  const open = useApiQuery(() => procedureApi.openPayments(), `open-payments:${generation}`, {
    keepPreviousData: true,
  });
  return (
    <Panel id="open-payments" title={w.openTitle}>
      {open.status === 'loading' && <CenteredLoader />}
      {open.status === 'error' && <ErrorAlert error={open.error} onRetry={open.reload} />}
      {open.status === 'success' &&
        (open.data.length === 0 ? (
          <Text size="sm">{w.openEmpty}</Text>
        ) : (
          <FirstRows rows={open.data} first={firstOpenPayments}>
            {(shown) => <PaymentLines lines={shown} />}
          </FirstRows>
        ))}
    </Panel>
  );
}

function PaymentLines({ lines }: { lines: readonly PaymentLine[] }) {
  const { t, locale, date } = useI18n();
  const w = t.enforcementProcedure.payments;
  return (
    <DataTable<PaymentLine>
      rows={lines}
      rowKey={(l) => `${l.entryReference}|${l.bookedOn}|${l.amountCents}`}
      minWidth={760}
      columns={[
        { key: 'bookedOn', header: w.columns.bookedOn, cell: (l) => date(l.bookedOn) },
        { key: 'amount', header: w.columns.amount, right: true, cell: (l) => formatEuroCents(l.amountCents, locale) },
        {
          key: 'communication',
          header: w.columns.communication,
          cell: (l) => <span className="tabular">{l.communication ?? '—'}</span>,
        },
        {
          key: 'match',
          header: w.columns.match,
          cell: (l) => (
            // Orange text on its light background is too pale (3.6:1): that badge reads in dark text.
            <Badge variant="light" color={matchColor[l.match]} c={l.match === 'partial' ? 'dark.9' : undefined}>
              {w.matches[l.match]}
            </Badge>
          ),
        },
        {
          key: 'finding',
          header: w.columns.finding,
          cell: (l) =>
            l.findingId ? (
              <Anchor component={Link} to={`/enforcement/findings/${l.findingId}`}>
                {l.findingReference ?? l.findingId}
              </Anchor>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
