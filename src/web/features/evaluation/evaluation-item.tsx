import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Evaluation, evaluationInputSchema } from '../../../shared/api/evaluation.schema.js';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import { FlagMarker, IndicatorFlags } from '../indicators/indicator-flags.js';
import { type Status, statuses } from '../../../shared/indicators/indicator-status.js';
import { statusWords } from '../../../shared/indicators/status-words.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-modal.js';
import { textBinder } from '../../lib/bind-field.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { evaluationApi, type EvaluationInput } from './evaluation.api.js';
import { StatusBadge } from '../../components/status-badge.js';

interface EvaluationItemProps {
  item: Evaluation;
  owner: string | null;
  /** The plan's language, for its texts (the title). */
  planLanguage: string | undefined;
  mayWrite: boolean;
  onSaved: (saved: Evaluation) => void;
  /** The objective's indicators with review flags (a shared computation, a value far above its target). */
  flagged?: IndicatorState[];
  onFlagsChanged?: () => void;
}

function valuesOf(item: Evaluation): EvaluationInput {
  const written = item.evaluation;
  return written
    ? { done: written.done, bottlenecks: written.bottlenecks, adjustments: written.adjustments, status: written.status }
    : { done: '', bottlenecks: '', adjustments: '', status: item.computedStatus };
}

/** One operational objective: computed status beside the evaluator's, and the evaluation (a form for evaluators). */
export function EvaluationItem({
  item,
  owner,
  planLanguage,
  mayWrite,
  onSaved,
  flagged = [],
  onFlagsChanged = () => undefined,
}: EvaluationItemProps) {
  const { t, fill, locale, dateTime } = useI18n();
  const words = t.evaluation;
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<EvaluationInput>(() => valuesOf(item));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLTextAreaElement>(null);
  const written = item.evaluation;
  const contentId = `evaluation-${item.objectiveId}`;
  const titleId = `evaluation-title-${item.objectiveId}`;

  useEffect(() => {
    if (open && mayWrite) firstFieldRef.current?.focus();
  }, [open, mayWrite]);

  const toggle = () => {
    if (!open) {
      setValues(valuesOf(item));
      setFailure(null);
    }
    setOpen(!open);
  };

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = evaluationInputSchema.safeParse(values);
    if (!checked.success) return;
    setSaving(true);
    evaluationApi.write(item.objectiveId, item.year, checked.data).then(
      (saved) => {
        setSaving(false);
        notify(fill(words.saved, { number: item.number, year: item.year }), 'success');
        onSaved(saved);
        close();
      },
      (reason: unknown) => {
        setSaving(false);
        setFailure(toApiError(reason));
      },
    );
  };

  const set = <K extends keyof EvaluationInput>(key: K, value: EvaluationInput[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const bind = textBinder(values, set);
  const toggleLabel = mayWrite ? (written ? words.edit : words.write) : words.read;

  return (
    <Card component="li" withBorder radius="md" padding="sm" className="evaluation-item" data-objective={item.number}>
      <Title order={3} size="h5" id={titleId} className="evaluation-title">
        <span className="tree-number">{item.number}</span> <span lang={planLanguage}>{item.title}</span>
      </Title>
      {owner && (
        <Text size="sm" mt={2}>
          {fill(words.owner, { owner })}
        </Text>
      )}
      <Group gap="md" mt="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{words.computed}</Text>
          <StatusBadge status={item.computedStatus} />
        </Group>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{words.judged}</Text>
          {written ? (
            <StatusBadge status={written.status} />
          ) : (
            <Badge className="status-badge" variant="outline" color="gray.7">
              {words.notYet}
            </Badge>
          )}
        </Group>
      </Group>
      {written && written.computedStatusAtWriting !== item.computedStatus && (
        <Text size="xs" mt={4}>
          {fill(words.computedAtWriting, { status: statusWords[locale][written.computedStatusAtWriting] })}
        </Text>
      )}
      {flagged.map((indicator) => (
        <div key={indicator.id} className="evaluation-flags" data-indicator-id={indicator.id}>
          <Text size="sm" fw={600} mt="xs">
            {fill(t.subjects.flags.inEvaluation, { text: indicator.text })}
            <FlagMarker indicator={indicator} />
          </Text>
          <IndicatorFlags indicator={indicator} year={item.year} onChanged={onFlagsChanged} headingOrder={4} />
        </div>
      ))}
      {written && (
        <Text size="xs" className="secondary-text" mt={4}>
          {written.updatedBy
            ? fill(words.updatedBy, { date: dateTime(written.updatedAt), who: written.updatedBy })
            : fill(words.updated, { date: dateTime(written.updatedAt) })}
        </Text>
      )}
      {(mayWrite || written) && (
        <Group mt="xs">
          <Button
            ref={toggleRef}
            size="xs"
            variant={open ? 'default' : 'outline'}
            aria-expanded={open}
            aria-controls={open ? contentId : undefined}
            onClick={toggle}
          >
            {toggleLabel}
          </Button>
        </Group>
      )}
      {open && (
        <div id={contentId} className="evaluation-content">
          {mayWrite ? (
            <form onSubmit={onSubmit} noValidate>
              <Stack gap="sm" mt="sm">
                {failure && <ErrorAlert error={failure} title={words.failed} />}
                {(['done', 'bottlenecks', 'adjustments'] as const).map((key, index) => (
                  <Textarea
                    key={key}
                    ref={index === 0 ? firstFieldRef : undefined}
                    label={words[key]}
                    autosize
                    minRows={2}
                    maxRows={10}
                    {...bind(key)}
                  />
                ))}
                <NativeSelect
                  label={words.status}
                  description={fill(words.statusHint, { status: statusWords[locale][item.computedStatus] })}
                  name="status"
                  value={values.status}
                  onChange={(event) => set('status', event.currentTarget.value as Status)}
                  data={statuses.map((status) => ({ value: status, label: statusWords[locale][status] }))}
                />
                <FormActions onCancel={close} cancel={words.cancel} save={words.save} busy={saving} />
              </Stack>
            </form>
          ) : (
            written && (
              <dl className="evaluation-text">
                <dt>{words.done}</dt>
                <dd>{written.done || words.empty}</dd>
                <dt>{words.bottlenecks}</dt>
                <dd>{written.bottlenecks || words.empty}</dd>
                <dt>{words.adjustments}</dt>
                <dd>{written.adjustments || words.empty}</dd>
              </dl>
            )
          )}
        </div>
      )}
    </Card>
  );
}
