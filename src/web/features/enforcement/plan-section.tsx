import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { z } from 'zod';
import {
  type EnforcementPlan,
  type EnforcementPlanInput,
  enforcementPlanListSchema,
  enforcementPlanSchema,
  type PlanParty,
  planParties,
} from '../../../shared/api/enforcement-steering.schema.js';
import { apiClient } from '../../api/api-client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ConfirmForm } from '../../components/confirm-form.js';
import { DateField } from '../../components/date-field.js';
import { EditRemoveButtons } from '../../components/edit-remove-buttons.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { LongTextField } from '../../components/long-text-field.js';
import { TitledForm } from '../../components/titled-form.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { textBinder } from '../../lib/bind-field.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';

/** The enforcement plan's routes (features/enforcement/steering.routes.ts). */
export const planApi = {
  plans: () => apiClient.request('/api/enforcement/plans', { schema: enforcementPlanListSchema }),
  create: (input: EnforcementPlanInput) =>
    apiClient.request('/api/enforcement/plans', { method: 'POST', body: input, schema: enforcementPlanSchema }),
  update: (id: string, input: EnforcementPlanInput) =>
    apiClient.request(`/api/enforcement/plans/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
      schema: enforcementPlanSchema,
    }),
  remove: (id: string) =>
    apiClient.request(`/api/enforcement/plans/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      schema: z.object({ ok: z.literal(true) }),
    }),
};

type Editing = { mode: 'add' } | { mode: 'edit'; plan: EnforcementPlan } | null;

/**
 * The enforcement plan (issue 18): each plan with its status (fully signed? in force? who signed, when, who has not
 * yet), and for whoever may manage enforcement a form to record or change a plan with its signatories, and removal.
 */
export function PlanSection() {
  const { t, fill } = useI18n();
  const w = t.enforcementSteering;
  const mayManage = useCan()('enforcement.manage');
  const plans = useApiQuery(() => planApi.plans(), 'enforcement-plans');
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<EnforcementPlan | null>(null);
  const done = () => {
    setEditing(null);
    setRemoving(null);
    plans.reload();
  };
  return (
    <section aria-labelledby="enforcement-plan-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="enforcement-plan-title">
          {w.planTitle}
        </Title>
        {mayManage && editing === null && <Button onClick={() => setEditing({ mode: 'add' })}>{w.addPlan}</Button>}
      </Group>
      <Text size="sm" mb="sm" className="secondary-text">
        {w.planIntro}
      </Text>
      <Stack gap="sm">
        {mayManage && editing !== null && (
          <Paper withBorder p="md" radius="md">
            <PlanForm
              key={editing.mode === 'edit' ? editing.plan.id : 'new'}
              plan={editing.mode === 'edit' ? editing.plan : null}
              onCancel={() => setEditing(null)}
              onSaved={done}
            />
          </Paper>
        )}
        {plans.status === 'loading' && <CenteredLoader />}
        {plans.status === 'error' && <ErrorAlert error={plans.error} onRetry={plans.reload} />}
        {plans.status === 'success' &&
          (plans.data.plans.length === 0 ? (
            <Text size="sm">{w.noPlan}</Text>
          ) : (
            plans.data.plans.map((plan) => (
              <PlanCard
                key={plan.id}
                plan={plan}
                onEdit={mayManage ? () => setEditing({ mode: 'edit', plan }) : undefined}
                onRemove={mayManage ? () => setRemoving(plan) : undefined}
              />
            ))
          ))}
      </Stack>
      <FormModal opened={removing !== null} onClose={() => setRemoving(null)} title={w.removePlan}>
        {removing && (
          <ConfirmForm
            question={fill(w.removeConfirm, { title: removing.title })}
            action={() => planApi.remove(removing.id)}
            success={w.removed}
            cancel={w.cancel}
            confirm={w.removePlan}
            onCancel={() => setRemoving(null)}
            onDone={done}
          />
        )}
      </FormModal>
    </section>
  );
}

/** One plan: its badges, validity, summary, the signatories with their days, the parties still to sign. */
function PlanCard({
  plan,
  onEdit,
  onRemove,
}: {
  plan: EnforcementPlan;
  onEdit: (() => void) | undefined;
  onRemove: (() => void) | undefined;
}) {
  const { t, fill, date } = useI18n();
  const w = t.enforcementSteering;
  const unsigned = planParties.filter((party) => !plan.signatories.some((s) => s.party === party && s.signedOn));
  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="enforcement-plan">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {plan.title}
          </Title>
          <Group gap="xs">
            <Badge color={plan.fullySigned ? 'green' : 'orange'} c="dark.9" variant="light">
              {plan.fullySigned ? w.fullySigned : w.notFullySigned}
            </Badge>
            <Badge color={plan.current ? 'blue' : 'gray'} variant="light">
              {plan.current ? w.current : w.notCurrent}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {fill(w.version, { version: plan.version })} ·{' '}
          {plan.validTo
            ? fill(w.validity, { from: date(plan.validFrom), to: date(plan.validTo) })
            : fill(w.validityOpen, { from: date(plan.validFrom) })}
        </Text>
        {plan.summary && <Text size="sm">{plan.summary}</Text>}
        {plan.signatories.length > 0 && (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{w.party}</Table.Th>
                <Table.Th scope="col">{w.signedBy}</Table.Th>
                <Table.Th scope="col">{w.signedOn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.signatories.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{w.parties[s.party]}</Table.Td>
                  <Table.Td>{s.signedBy}</Table.Td>
                  <Table.Td>{s.signedOn ? date(s.signedOn) : w.notSigned}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {unsigned.length > 0 && (
          <Text size="sm">{fill(w.stillToSign, { parties: unsigned.map((p) => w.parties[p]).join(', ') })}</Text>
        )}
        <Group justify="space-between" wrap="wrap">
          {plan.fileId ? (
            <Anchor href={`/api/files/${encodeURIComponent(plan.fileId)}`} target="_blank" rel="noopener">
              {w.file}
            </Anchor>
          ) : (
            <span />
          )}
          {onEdit && onRemove && (
            <EditRemoveButtons
              edit={w.editPlan}
              remove={w.removePlan}
              editLabel={fill(w.editPlanNamed, { title: plan.title })}
              removeLabel={fill(w.removePlanNamed, { title: plan.title })}
              onEdit={onEdit}
              onRemove={onRemove}
            />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

interface SignatoryRow {
  key: number;
  party: PlanParty;
  signedBy: string;
  signedOn: string;
}

/** The form of one plan and its signatories (one row per party, each party once); the server checks the dates. */
function PlanForm({
  plan,
  onCancel,
  onSaved,
}: {
  plan: EnforcementPlan | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t, fill } = useI18n();
  const w = t.enforcementSteering;
  const nextKey = useRef(0);
  const row = (party: PlanParty, signedBy = '', signedOn = ''): SignatoryRow => ({
    key: nextKey.current++,
    party,
    signedBy,
    signedOn,
  });
  const [fields, setFields] = useState({
    title: plan?.title ?? '',
    version: plan?.version ?? '',
    validFrom: plan?.validFrom ?? '',
    validTo: plan?.validTo ?? '',
    summary: plan?.summary ?? '',
  });
  const set = (key: keyof typeof fields, value: string) => setFields((current) => ({ ...current, [key]: value }));
  const bind = textBinder(fields, set);
  const [signatories, setSignatories] = useState<SignatoryRow[]>(() =>
    plan
      ? plan.signatories.map((s) => row(s.party, s.signedBy, s.signedOn ?? ''))
      : planParties.map((party) => row(party)),
  );
  const change = (key: number, patch: Partial<SignatoryRow>) =>
    setSignatories((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const free = (own?: PlanParty) => planParties.filter((p) => p === own || !signatories.some((s) => s.party === p));
  const submit = useSubmit(() => {
    const input: EnforcementPlanInput = {
      title: fields.title.trim(),
      version: fields.version.trim(),
      validFrom: fields.validFrom,
      validTo: fields.validTo || null,
      summary: fields.summary.trim() || null,
      // The file and the subject are not edited here; a replacement keeps them.
      fileId: plan?.fileId ?? null,
      subjectId: plan?.subjectId ?? null,
      signatories: signatories.map((s) => ({
        party: s.party,
        signedBy: s.signedBy.trim(),
        signedOn: s.signedOn || null,
      })),
    };
    return plan ? planApi.update(plan.id, input) : planApi.create(input);
  }, w.saved);
  return (
    <TitledForm
      id="enforcement-plan-fields"
      order={3}
      title={plan ? fill(w.editing, { title: plan.title }) : w.newPlan}
      onSubmit={async () => {
        if (await submit.run()) onSaved();
      }}
    >
      {submit.error && <ErrorAlert error={submit.error} />}
      <TextInput label={w.titleLabel} required minLength={2} maxLength={300} {...bind('title')} />
      <TextInput label={w.versionLabel} required maxLength={40} {...bind('version')} />
      <Group grow align="flex-start">
        <DateField
          label={w.validFromLabel}
          value={fields.validFrom}
          onChange={(day) => set('validFrom', day)}
          required
        />
        <DateField
          label={w.validToLabel}
          value={fields.validTo}
          onChange={(day) => set('validTo', day)}
          min={fields.validFrom || undefined}
        />
      </Group>
      <LongTextField
        label={w.summaryLabel}
        value={fields.summary}
        onChange={(text) => set('summary', text)}
        maxLength={4000}
      />
      <Title order={4} size="h5">
        {w.signatoriesTitle}
      </Title>
      {signatories.length === 0 && <Text size="sm">{w.noSignatories}</Text>}
      {signatories.map((s, index) => (
        <Group
          key={s.key}
          align="flex-end"
          wrap="wrap"
          role="group"
          aria-label={fill(w.signatoryRow, { n: index + 1 })}
        >
          <NativeSelect
            label={w.party}
            value={s.party}
            data={free(s.party).map((p) => ({ value: p, label: w.parties[p] }))}
            onChange={(e) => change(s.key, { party: e.currentTarget.value as PlanParty })}
          />
          <TextInput
            label={w.signedBy}
            value={s.signedBy}
            onChange={(e) => change(s.key, { signedBy: e.currentTarget.value })}
            required
            minLength={2}
            maxLength={200}
          />
          <DateField label={w.signedOnLabel} value={s.signedOn} onChange={(day) => change(s.key, { signedOn: day })} />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={4}
            aria-label={fill(w.removeSignatory, { n: index + 1 })}
            onClick={() => setSignatories((rows) => rows.filter((r) => r.key !== s.key))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {free().length > 0 && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => setSignatories((rows) => [...rows, row(free()[0] ?? 'city')])}
          >
            {w.addSignatory}
          </Button>
        </Group>
      )}
      <Text size="sm" className="secondary-text">
        {w.signatoriesHint}
      </Text>
      <FormActions onCancel={onCancel} cancel={w.cancel} save={w.save} busy={submit.busy} />
    </TitledForm>
  );
}
