import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError, useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { parseNumberText } from '../registrations/register-form-model.js';
import { indicatorsApi } from './indicators.api.js';
import { tone } from '../../lib/tones.js';
import { DateField } from '../../components/date-field.js';
import { TableHead } from '../../components/table-head.js';

interface ValueDraft {
  periodStart: string;
  periodEnd: string;
  value: string;
  comment: string;
  evidence: string;
}

type ValueErrors = Partial<Record<keyof ValueDraft, string>>;

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/**
 * The manual values of an indicator, a value per period with comment and evidence; staff and coordinators enter them.
 */
export function ManualValues({ indicator, onChanged }: { indicator: IndicatorState; onChanged: () => void }) {
  const { t, fill, date, number } = useI18n();
  const can = useCan();
  const notify = useNotify();
  const mayEnter = can('indicator.value');
  const values = useApiQuery(() => indicatorsApi.values(indicator.id), `values:${indicator.id}`, {
    keepPreviousData: true,
  });
  const [draft, setDraft] = useState<ValueDraft>({
    periodStart: indicator.window.start,
    periodEnd: indicator.window.end,
    value: '',
    comment: '',
    evidence: '',
  });
  const [errors, setErrors] = useState<ValueErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);

  const set = (key: keyof ValueDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const dayField = (key: 'periodStart' | 'periodEnd', label: string) => (
    <DateField
      label={label}
      name={`manual-${key}`}
      required
      value={draft[key]}
      error={errors[key]}
      onChange={(day) => set(key, day)}
    />
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const next: ValueErrors = {};
    if (!isDate(draft.periodStart)) next.periodStart = t.dashboard.values.invalidDate;
    if (!isDate(draft.periodEnd)) next.periodEnd = t.dashboard.values.invalidDate;
    else if (!next.periodStart && draft.periodEnd < draft.periodStart) {
      next.periodEnd = t.dashboard.values.endBeforeStart;
    }
    const value = parseNumberText(draft.value, false);
    if (value === null || !Number.isFinite(value) || Math.abs(value) > 1e9) {
      next.value = t.dashboard.values.invalidValue;
    }
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length > 0 || value === null) {
      const field = Object.keys(next)[0];
      if (field) document.querySelector<HTMLElement>(`[name="manual-${field}"]`)?.focus();
      return;
    }
    setSaving(true);
    indicatorsApi
      .putValue(indicator.id, {
        periodStart: draft.periodStart,
        periodEnd: draft.periodEnd,
        value,
        comment: draft.comment.trim() || null,
        evidence: draft.evidence.trim() || null,
      })
      .then(
        () => {
          setSaving(false);
          setDraft((current) => ({ ...current, value: '', comment: '', evidence: '' }));
          notify(t.dashboard.values.saved, 'success');
          values.reload();
          onChanged();
        },
        (reason: unknown) => {
          setSaving(false);
          setFailure(toApiError(reason));
        },
      );
  };

  const remove = (id: string) => {
    setRemoving(id);
    indicatorsApi.deleteValue(id).then(
      () => {
        setRemoving(null);
        notify(t.dashboard.values.removed, 'success');
        values.reload();
        onChanged();
      },
      (reason: unknown) => {
        setRemoving(null);
        setFailure(toApiError(reason));
      },
    );
  };

  return (
    <Stack gap="sm">
      {values.status === 'loading' && <CenteredLoader />}
      {values.status === 'error' && <ErrorAlert error={values.error} onRetry={values.reload} />}
      {values.status === 'success' && values.data.length === 0 && <Text size="sm">{t.dashboard.values.none}</Text>}
      {values.status === 'success' && values.data.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t.dashboard.values.title} tabIndex={0}>
          <Table verticalSpacing="xs" fz="sm">
            <TableHead
              cells={[
                t.dashboard.values.period,
                { label: t.dashboard.values.value, right: true },
                t.dashboard.values.comment,
                mayEnter && { label: t.dashboard.actions, hidden: true },
              ]}
            />
            <Table.Tbody>
              {values.data.map((value) => (
                <Table.Tr key={value.id}>
                  <Table.Td className="nowrap">
                    {date(value.periodStart)} – {date(value.periodEnd)}
                  </Table.Td>
                  <Table.Td ta="right">{number(value.value)}</Table.Td>
                  <Table.Td>
                    {value.comment && <Text size="sm">{value.comment}</Text>}
                    {value.evidence && (
                      <Text size="xs" className="secondary-text">
                        {t.dashboard.values.evidence}: {value.evidence}
                      </Text>
                    )}
                  </Table.Td>
                  {mayEnter && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={tone.red}
                        loading={removing === value.id}
                        onClick={() => remove(value.id)}
                        aria-label={fill(t.dashboard.values.removeLabel, {
                          period: `${date(value.periodStart)} – ${date(value.periodEnd)}`,
                        })}
                      >
                        {t.dashboard.values.remove}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {failure && <ErrorAlert error={failure} />}
      {mayEnter && (
        <Paper withBorder p="sm" radius="md">
          <form onSubmit={onSubmit} noValidate aria-label={t.dashboard.values.enterTitle}>
            <Stack gap="sm">
              <Text fw={600} size="sm">
                {t.dashboard.values.enterTitle}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                {dayField('periodStart', t.dashboard.values.from)}
                {dayField('periodEnd', t.dashboard.values.until)}
                <TextInput
                  label={t.dashboard.values.value}
                  name="manual-value"
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.value}
                  error={errors.value}
                  onChange={(event) => set('value', event.currentTarget.value)}
                />
              </SimpleGrid>
              <Textarea
                label={t.dashboard.values.comment}
                name="manual-comment"
                autosize
                minRows={2}
                maxLength={4000}
                value={draft.comment}
                onChange={(event) => set('comment', event.currentTarget.value)}
              />
              <TextInput
                label={t.dashboard.values.evidence}
                description={t.dashboard.values.evidenceHint}
                name="manual-evidence"
                maxLength={2000}
                value={draft.evidence}
                onChange={(event) => set('evidence', event.currentTarget.value)}
              />
              <Group>
                <Button type="submit" loading={saving}>
                  {t.dashboard.values.save}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
