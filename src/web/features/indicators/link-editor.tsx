import { Alert, Button, Checkbox, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import {
  type IndicatorLinkInput,
  type IndicatorQuery,
  type ManualReason,
  manualReasons,
  type Ratio,
} from '../../../shared/indicators/indicator-query.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldWithRole, labelOf } from '../registrations/register-form-model.js';
import { indicatorsApi } from './indicators.api.js';
import { useWords } from './indicator-flags.js';
import { linkInWords, subjectNamesOf } from './link-words.js';
import { measuresFor } from './overview-model.js';

interface LinkDraft {
  mode: 'query' | 'ratio' | 'manual';
  typeKey: string;
  /** '' = any subject (the whole register). */
  subjectId: string;
  categories: string[];
  statuses: string[];
  measure: IndicatorQuery['measure'];
  manualReason: ManualReason | '';
}

/** The ratio the indicator has or is proposed: shown read-only, and sent back unchanged when kept. */
function ratioOf(indicator: IndicatorState): Ratio | null {
  return indicator.link?.ratio ?? (indicator.proposal?.link.mode === 'ratio' ? indicator.proposal.link.ratio : null);
}

function startDraft(indicator: IndicatorState, types: RegisterType[]): LinkDraft {
  const proposed = indicator.proposal?.link;
  const query = indicator.link?.query ?? (proposed?.mode === 'query' ? proposed.query : null);
  const mode = indicator.link?.mode ?? proposed?.mode ?? 'query';
  const manualReason =
    indicator.link?.manualReason ?? (proposed?.mode === 'manual' ? proposed.manualReason : undefined);
  return {
    mode: mode === 'ratio' && !ratioOf(indicator) ? 'query' : mode,
    typeKey: query?.typeKey ?? types.find((type) => type.active)?.key ?? '',
    subjectId: query?.subjectId ?? '',
    categories: query?.categories ?? [],
    statuses: query?.statuses ?? [],
    measure: query?.measure ?? 'count',
    manualReason: manualReason ?? '',
  };
}

/**
 * Sets how an indicator gets its values: a query on a register (which subject, which kinds, which statuses, what to
 * add up) or manual values with the reason. A ratio is shown read-only and kept as it is, or replaced by another kind.
 */
export function LinkEditor({
  indicator,
  types,
  subjects,
  onSaved,
  onCancel,
}: {
  indicator: IndicatorState;
  types: RegisterType[];
  subjects: Subject[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, locale, fill } = useI18n();
  const words = useWords();
  const ratio = ratioOf(indicator);
  const notify = useNotify();
  const [draft, setDraft] = useState<LinkDraft>(() => startDraft(indicator, types));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const type = types.find((candidate) => candidate.key === draft.typeKey);
  const categoryField = fieldWithRole(type?.definition, 'category');
  const statusField = fieldWithRole(type?.definition, 'status');
  const measures = measuresFor(type);
  const subjectChoices = subjects.filter(
    (subject) => subject.typeKey === draft.typeKey && (subject.active || subject.id === draft.subjectId),
  );
  const names = subjectNamesOf(subjects, indicator.link?.subjects);

  const measureLabel = (measure: IndicatorQuery['measure']) => {
    if (measure === 'count') return t.dashboard.link.measureCount;
    const field = fieldWithRole(type?.definition, measure === 'latest' ? 'quantity' : measure);
    const fieldLabel = field ? labelOf(field.labels, locale) : measure;
    if (measure === 'latest') return `${t.subjects.link.measureLatest} (${fieldLabel})`;
    return `${measure === 'hours' ? t.dashboard.link.measureHours : t.dashboard.link.measureQuantity} (${fieldLabel})`;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (draft.mode === 'ratio' && !ratio) return;
    const link: IndicatorLinkInput =
      draft.mode === 'manual'
        ? { mode: 'manual', ...(draft.manualReason ? { manualReason: draft.manualReason } : {}) }
        : draft.mode === 'ratio' && ratio
          ? { mode: 'ratio', ratio }
          : {
              mode: 'query',
              query: {
                typeKey: draft.typeKey,
                ...(draft.subjectId && subjectChoices.some((subject) => subject.id === draft.subjectId)
                  ? { subjectId: draft.subjectId }
                  : {}),
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
        <Radio.Group
          label={t.dashboard.link.mode}
          value={draft.mode}
          onChange={(mode) =>
            setDraft((current) => ({
              ...current,
              mode: mode === 'manual' ? 'manual' : mode === 'ratio' && ratio ? 'ratio' : 'query',
            }))
          }
          name="linkMode"
        >
          <Stack gap={6} mt={6}>
            <Radio value="query" label={t.dashboard.link.modeQuery} />
            {ratio && <Radio value="ratio" label={t.subjects.link.modeRatio} />}
            <Radio value="manual" label={t.dashboard.link.modeManual} />
          </Stack>
        </Radio.Group>
        {draft.mode === 'ratio' && ratio && (
          <Alert variant="light" color="blue" p="xs">
            <Text size="sm" fw={600}>
              {linkInWords({ mode: 'ratio', ratio }, types, names, words)}
            </Text>
            <Text size="xs" mt={4}>
              {t.subjects.link.ratioReadOnly}
            </Text>
          </Alert>
        )}
        {draft.mode === 'query' && (
          <>
            <NativeSelect
              label={t.dashboard.link.register}
              name="linkRegister"
              value={draft.typeKey}
              onChange={(event) => {
                const typeKey = event.currentTarget.value;
                setDraft((current) => ({
                  ...current,
                  typeKey,
                  subjectId: '',
                  categories: [],
                  statuses: [],
                  measure: 'count',
                }));
              }}
              data={types
                .filter((candidate) => candidate.active || candidate.key === draft.typeKey)
                .map((candidate) => ({ value: candidate.key, label: labelOf(candidate.definition.labels, locale) }))}
            />
            {subjectChoices.length > 0 && (
              <NativeSelect
                label={t.subjects.link.subjectLabel}
                description={t.subjects.link.subjectDescription}
                name="linkSubject"
                value={draft.subjectId}
                onChange={(event) => {
                  const subjectId = event.currentTarget.value;
                  setDraft((current) => ({ ...current, subjectId }));
                }}
                data={[
                  { value: '', label: t.subjects.link.subjectAny },
                  ...subjectChoices.map((subject) => ({
                    value: subject.id,
                    label: subject.sectionNumber
                      ? fill(t.subjects.picker.option, { name: subject.name, section: subject.sectionNumber })
                      : subject.name,
                  })),
                ]}
              />
            )}
            {categoryField && (
              <Checkbox.Group
                label={labelOf(categoryField.labels, locale)}
                description={t.dashboard.link.noneMeansAll}
                value={draft.categories}
                onChange={(categories) => setDraft((current) => ({ ...current, categories }))}
              >
                <Group gap="sm" mt={6}>
                  {(categoryField.options ?? []).map((option) => (
                    <Checkbox key={option.value} value={option.value} label={labelOf(option.labels, locale)} />
                  ))}
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
                  {(statusField.options ?? []).map((option) => (
                    <Checkbox key={option.value} value={option.value} label={labelOf(option.labels, locale)} />
                  ))}
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
        {draft.mode === 'manual' && (
          <>
            <NativeSelect
              label={t.subjects.link.manualReason}
              name="linkManualReason"
              value={draft.manualReason}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((current) => ({
                  ...current,
                  manualReason: (manualReasons as readonly string[]).includes(value) ? (value as ManualReason) : '',
                }));
              }}
              data={[
                { value: '', label: t.subjects.manualReasons.none },
                ...manualReasons.map((reason) => ({ value: reason, label: t.subjects.manualReasons[reason] })),
              ]}
            />
            <Text size="sm">{t.dashboard.link.manualExplained}</Text>
          </>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {t.dashboard.link.save}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t.dashboard.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
