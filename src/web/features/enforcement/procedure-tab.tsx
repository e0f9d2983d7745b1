import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { HolderImportResult, ProcedureOverview } from '../../../shared/api/enforcement-procedure.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatCounts } from '../../lib/format-counts.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';
import { DryRunUpload } from './dry-run-upload.js';
import { procedureApi } from './procedure.api.js';
import { LetterBatches } from './procedure-letters.js';
import { OpenPayments, PaymentImport } from './procedure-payments.js';
import { RejectedRows } from './rejected-rows.js';

/**
 * The procedure tab (issue 18): the sanctioning officer's desk in the order of the work — the vehicle registration
 * service's answer (holders), the letter batches, the batch decisions and closing what is prescribed, the payments
 * from the bank. Each write waits for enforcement.write; every reader sees the batches and the open payments.
 */
export function ProcedureTab() {
  const can = useCan();
  const mayWrite = can('enforcement.write');
  const [generation, setGeneration] = useState(0);
  const changed = () => setGeneration((n) => n + 1);
  const overview = useApiQuery(() => procedureApi.overview(), `procedure:${generation}`, { keepPreviousData: true });
  const ready = overview.status === 'success' ? overview.data : null;
  return (
    <Stack gap="lg">
      {overview.status === 'error' && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
      {mayWrite && <HolderImport waiting={ready?.statuses.found ?? null} onImported={changed} />}
      <LetterBatches ready={ready?.ready ?? null} mayWrite={mayWrite} onMade={changed} />
      {mayWrite && <DecisionActions ready={ready?.ready ?? null} onDone={changed} />}
      {mayWrite && <PaymentImport onImported={changed} />}
      <OpenPayments generation={generation} />
    </Stack>
  );
}

function HolderImport({ waiting, onImported }: { waiting: number | null; onImported: () => void }) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementProcedure.holders;
  const counts = (r: HolderImportResult) => ({
    ...formatCounts(r, ['total', 'identified', 'notFound', 'unmatched'], number),
    rejected: number(r.rejected.length),
  });
  return (
    <DryRunUpload<HolderImportResult>
      id="holder-import"
      title={w.title}
      intro={
        <>
          {w.intro}
          {waiting !== null && (
            <Text span fw={600} display="block" mt={4}>
              {fill(w.waiting, { count: number(waiting) })}
            </Text>
          )}
        </>
      }
      accept=".csv,text/csv"
      run={procedureApi.importHolders}
      clean={(r) => r.rejected.length === 0 && r.identified + r.notFound > 0}
      summary={(r) => (
        <>
          <Text size="sm">{fill(w.checked, counts(r))}</Text>
          {r.rejected.length > 0 && <Text size="sm">{w.fixFirst}</Text>}
        </>
      )}
      details={(r) => (r.rejected.length > 0 ? <RejectedRows rows={r.rejected} total={r.rejected.length} /> : null)}
      applied={(r) => fill(w.applied, counts(r))}
      onApplied={onImported}
    />
  );
}

/** The batch decision and closing the prescribed findings: each behind a confirmation naming how many it touches. */
function DecisionActions({ ready, onDone }: { ready: ProcedureOverview['ready'] | null; onDone: () => void }) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementProcedure.decisions;
  return (
    <Panel id="decisions" title={w.title}>
      <Stack gap="md">
        <Text size="sm">{w.intro}</Text>
        <ConfirmedAction
          status={ready && fill(w.ready, { count: number(ready.decisions) })}
          label={w.decide}
          question={fill(w.decideConfirm, { count: ready ? number(ready.decisions) : '…' })}
          disabled={!ready || ready.decisions === 0}
          action={async () => {
            const result = await procedureApi.decideBatch();
            onDone();
            return fill(w.decided, { decided: number(result.decided), prescribed: number(result.prescribed) });
          }}
        />
        <ConfirmedAction
          status={ready && fill(w.prescribedReady, { count: number(ready.prescribed) })}
          label={w.closePrescribed}
          question={fill(w.closeConfirm, { count: ready ? number(ready.prescribed) : '…' })}
          disabled={!ready || ready.prescribed === 0}
          action={async () => {
            const result = await procedureApi.closePrescribed();
            onDone();
            return fill(w.closed, { closed: number(result.closed) });
          }}
        />
      </Stack>
    </Panel>
  );
}

/** A button that asks first; the action's answer, in words, is the notice. */
function ConfirmedAction({
  status,
  label,
  question,
  disabled,
  action,
}: {
  status: string | null;
  label: string;
  question: string;
  disabled: boolean;
  action: () => Promise<string>;
}) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.decisions;
  const [asking, setAsking] = useState(false);
  const submit = useSubmit(
    async () => {
      const said = await action();
      setAsking(false);
      return said;
    },
    (said) => said,
  );
  return (
    <Stack gap={4} align="flex-start">
      {status && <Text size="sm">{status}</Text>}
      <Button variant="outline" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </Button>
      <FormModal opened={asking} onClose={() => setAsking(false)} title={w.confirmTitle}>
        <form onSubmit={submit.onSubmit} noValidate>
          {submit.error && <ErrorAlert error={submit.error} />}
          <Text size="sm" mt={submit.error ? 'sm' : undefined}>
            {question}
          </Text>
          <FormActions
            mt="md"
            onCancel={() => setAsking(false)}
            cancel={w.cancel}
            save={w.confirm}
            busy={submit.busy}
          />
        </form>
      </FormModal>
    </Stack>
  );
}
