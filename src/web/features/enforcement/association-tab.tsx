import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { GasAgreement } from '../../../shared/api/enforcement-association.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ConfirmForm } from '../../components/confirm-form.js';
import { DataTable } from '../../components/data-table.js';
import { DateField } from '../../components/date-field.js';
import { EditRemoveButtons } from '../../components/edit-remove-buttons.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';
import { analysisApi } from './analysis.api.js';

type Editing =
  { mode: 'add' } | { mode: 'edit'; agreement: GasAgreement } | { mode: 'remove'; agreement: GasAgreement } | null;

/**
 * The association tab (issue 18): an association (GASAM) manages its dated agreements with the municipalities that
 * entrusted it with their GAS cases; a municipality reads the agreements naming it. Overlaps are refused by the server.
 */
export function AssociationTab() {
  const { t, fill, date } = useI18n();
  const w = t.enforcementAnalysis.association;
  const mayManage = useCan()('enforcement.manage');
  const list = useApiQuery(() => analysisApi.agreements(), 'gas-agreements');
  const [editing, setEditing] = useState<Editing>(null);
  if (list.status === 'loading') return <CenteredLoader />;
  if (list.status === 'error') return <ErrorAlert error={list.error} onRetry={list.reload} />;
  const { kind, agreements, entrustedTo } = list.data;
  const manage = mayManage && kind === 'association';
  const done = () => {
    setEditing(null);
    list.reload();
  };
  const until = (a: GasAgreement) => (a.validTo ? date(a.validTo) : w.open);
  return (
    <Stack gap="lg">
      <Alert variant="light" title={w.title}>
        {kind === 'association' ? w.isAssociation : w.isMunicipality}
      </Alert>
      {kind === 'association' && (
        <Card withBorder component="section" aria-labelledby="gas-agreements">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="gas-agreements">
              {w.agreements}
            </Title>
            {manage && <Button onClick={() => setEditing({ mode: 'add' })}>{w.add}</Button>}
          </Group>
          {agreements.length === 0 ? (
            <Text c="dimmed">{w.none}</Text>
          ) : (
            <DataTable<GasAgreement>
              rows={agreements}
              minWidth={640}
              columns={[
                { key: 'member', header: w.member, cell: (a) => a.memberName },
                { key: 'from', header: w.validFrom, cell: (a) => date(a.validFrom) },
                { key: 'to', header: w.validTo, cell: until },
                { key: 'signed', header: w.signedOn, cell: (a) => date(a.signedOn) },
                manage && {
                  key: 'actions',
                  header: '',
                  cell: (a) => (
                    <EditRemoveButtons
                      edit={w.edit}
                      remove={w.remove}
                      onEdit={() => setEditing({ mode: 'edit', agreement: a })}
                      onRemove={() => setEditing({ mode: 'remove', agreement: a })}
                      justify="flex-end"
                    />
                  ),
                },
              ]}
            />
          )}
          <Text size="sm" c="dimmed" mt="sm">
            {w.overlapHint}
          </Text>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="gas-entrusted">
        <Title order={2} size="h4" id="gas-entrusted" mb="sm">
          {w.entrusted}
        </Title>
        {entrustedTo.length === 0 ? (
          <Text c="dimmed">{w.none}</Text>
        ) : (
          <DataTable<GasAgreement>
            rows={entrustedTo}
            minWidth={560}
            columns={[
              { key: 'association', header: w.associationName, cell: (a) => a.associationName },
              { key: 'from', header: w.validFrom, cell: (a) => date(a.validFrom) },
              { key: 'to', header: w.validTo, cell: until },
              { key: 'signed', header: w.signedOn, cell: (a) => date(a.signedOn) },
            ]}
          />
        )}
      </Card>
      <FormModal
        opened={editing?.mode === 'add' || editing?.mode === 'edit'}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `${w.edit}: ${editing.agreement.memberName}` : w.add}
      >
        {(editing?.mode === 'add' || editing?.mode === 'edit') && (
          <AgreementForm
            agreement={editing.mode === 'edit' ? editing.agreement : null}
            onCancel={() => setEditing(null)}
            onSaved={done}
          />
        )}
      </FormModal>
      <FormModal opened={editing?.mode === 'remove'} onClose={() => setEditing(null)} title={w.remove}>
        {editing?.mode === 'remove' && (
          <ConfirmForm
            question={fill(w.removeConfirm, { member: editing.agreement.memberName })}
            action={() => analysisApi.removeAgreement(editing.agreement.id)}
            success={w.removed}
            cancel={w.cancel}
            confirm={w.remove}
            onCancel={() => setEditing(null)}
            onDone={done}
          />
        )}
      </FormModal>
    </Stack>
  );
}

function AgreementForm({
  agreement,
  onCancel,
  onSaved,
}: {
  agreement: GasAgreement | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const w = t.enforcementAnalysis.association;
  const [memberSlug, setMemberSlug] = useState(agreement?.memberSlug ?? '');
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? '');
  const [validTo, setValidTo] = useState(agreement?.validTo ?? '');
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? '');
  const submit = useSubmit(
    () =>
      agreement
        ? analysisApi.updateAgreement(agreement.id, { validFrom, validTo: validTo || null, signedOn })
        : analysisApi.createAgreement({ memberSlug: memberSlug.trim(), validFrom, validTo: validTo || null, signedOn }),
    w.saved,
  );
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run()) onSaved();
  };
  return (
    <form onSubmit={save}>
      <Stack>
        {submit.error && <ErrorAlert error={submit.error} />}
        <TextInput
          label={w.memberSlug}
          value={memberSlug}
          onChange={(e) => setMemberSlug(e.currentTarget.value)}
          required
          disabled={agreement !== null}
          maxLength={100}
        />
        <DateField label={w.validFrom} value={validFrom} onChange={setValidFrom} required />
        <DateField label={w.validTo} value={validTo} onChange={setValidTo} />
        <DateField label={w.signedOn} value={signedOn} onChange={setSignedOn} required />
        <FormActions onCancel={onCancel} cancel={w.cancel} save={w.save} busy={submit.busy} />
      </Stack>
    </form>
  );
}
