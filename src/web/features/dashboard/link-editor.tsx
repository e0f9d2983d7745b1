import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registers.schema.js';
import type { IndicatorLinkInput, IndicatorQuery } from '../../../shared/monitoring/indicator-query.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldWithRole, labelOf } from '../registrations/register-form-model.js';
import { indicatorsApi } from './indicators.api.js';
import { measuresFor } from './overview-model.js';

interface LinkDraft {
  mode: 'query' | 'manual';
  typeKey: string;
  categories: string[];
  statuses: string[];
  measure: IndicatorQuery['measure'];
}

function startDraft(indicator: IndicatorState, types: RegisterType[]): LinkDraft {
  const query = indicator.link?.query ?? (indicator.proposal?.link.mode === 'query' ? indicator.proposal.link.query : null);
  const mode = indicator.link?.mode ?? indicator.proposal?.link.mode ?? 'query';
  return {
    mode,
    typeKey: query?.typeKey ?? types.find((type) => type.active)?.key ?? '',
    categories: query?.categories ?? [],
    statuses: query?.statuses ?? [],
    measure: query?.measure ?? 'count',
  };
}

/** Sets how an indicator gets its values: a query on a register (which kinds, which statuses, what to add up) or manual values. */
export function LinkEditor({ indicator, types, onSaved, onCancel }: { indicator: IndicatorState; types: RegisterType[]; onSaved: () => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const [draft, setDraft] = useState<LinkDraft>(() => startDraft(indicator, types));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const type = types.find((candidate) => candidate.key === draft.typeKey);
  const categoryField = fieldWithRole(type?.definition, 'category');
  const statusField = fieldWithRole(type?.definition, 'status');
  const measures = measuresFor(type);

  const measureLabel = (measure: IndicatorQuery['measure']) => {
    if (measure === 'count') return t.dashboard.link.measureCount;
    const field = fieldWithRole(type?.definition, measure);
    return `${measure === 'hours' ? t.dashboard.link.measureHours : t.dashboard.link.measureQuantity} (${field ? labelOf(field.labels, locale) : measure})`;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const link: IndicatorLinkInput = draft.mode === 'manual'
      ? { mode: 'manual' }
      : {
        mode: 'query',
        query: {
          typeKey: draft.typeKey,
          measure: measures.includes(draft.measure) ? draft.measure : 'count',
          ...(categoryField && draft.categories.length > 0 ? { categories: draft.categories } : {}),
          ...(statusField && draft.statuses.length > 0 ? { statuses: draft.statuses } : {}),
        },
      };
    setSaving(true);
    setFailure(null);
    indicatorsApi.setLink(indicator.id, link).then(
      () => {
        setSaving(false);
        notify(t.dashboard.link.saved, 'success');
        onSaved();
      },
      (reason: unknown) => {
        setSaving(false);
        setFailure(toApiError(reason));
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.dashboard.link.editTitle}>
      <Stack gap="sm">
        {failure && <ErrorAlert error={failure} />}
        <Radio.Group label={t.dashboard.link.mode} value={draft.mode} onChange={(mode) => setDraft((current) => ({ ...current, mode: mode === 'manual' ? 'manual' : 'query' }))} name="linkMode">
          <Stack gap={6} mt={6}>
            <Radio value="query" label={t.dashboard.link.modeQuery} />
            <Radio value="manual" label={t.dashboard.link.modeManual} />
          </Stack>
        </Radio.Group>
        {draft.mode === 'query' && (
          <>
            <NativeSelect
              label={t.dashboard.link.register}
              name="linkRegister"
              value={draft.typeKey}
              onChange={(event) => {
                const typeKey = event.currentTarget.value;
                setDraft((current) => ({ ...current, typeKey, categories: [], statuses: [], measure: 'count' }));
              }}
              data={types.filter((candidate) => candidate.active || candidate.key === draft.typeKey).map((candidate) => ({ value: candidate.key, label: labelOf(candidate.definition.labels, locale) }))}
            />
            {categoryField && (
              <Checkbox.Group
                label={labelOf(categoryField.labels, locale)}
                description={t.dashboard.link.noneMeansAll}
                value={draft.categories}
                onChange={(categories) => setDraft((current) => ({ ...current, categories }))}
              >
                <Group gap="sm" mt={6}>
                  {(categoryField.options ?? []).map((option) => <Checkbox key={option.value} value={option.value} label={labelOf(option.labels, locale)} />)}
                </Group>
              </Checkbox.Group>
            )}
            {statusField && (
              <Checkbox.Group
                label={labelOf(statusField.labels, locale)}
                description={t.dashboard.link.noneMeansAll}
                value={draft.statuses}
                onChange={(statuses) => setDraft((current) => ({ ...current, statuses }))}
              >
                <Group gap="sm" mt={6}>
                  {(statusField.options ?? []).map((option) => <Checkbox key={option.value} value={option.value} label={labelOf(option.labels, locale)} />)}
                </Group>
              </Checkbox.Group>
            )}
            <NativeSelect
              label={t.dashboard.link.measure}
              name="linkMeasure"
              value={measures.includes(draft.measure) ? draft.measure : 'count'}
              onChange={(event) => {
                const value = event.currentTarget.value as IndicatorQuery['measure'];
                setDraft((current) => ({ ...current, measure: value }));
              }}
              data={measures.map((measure) => ({ value: measure, label: measureLabel(measure) }))}
            />
          </>
        )}
        {draft.mode === 'manual' && <Text size="sm">{t.dashboard.link.manualExplained}</Text>}
        <Group gap="sm">
          <Button type="submit" loading={saving}>{t.dashboard.link.save}</Button>
          <Button variant="default" onClick={onCancel}>{t.dashboard.cancel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
