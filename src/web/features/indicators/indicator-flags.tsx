import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  acceptFlagBodySchema,
  type IndicatorFlag,
  type IndicatorState,
} from '../../../shared/api/indicators.schema.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { indicatorsApi } from './indicators.api.js';
import { flagInWords, type Words } from './link-words.js';
import { needsReview } from './overview-model.js';

/**
 * Mantine's orange.9 (#d9480f) is only 4.3:1 on white and 3.6:1 on the light orange alert; this one is at least 4.5:1
 * on both.
 */
const REVIEW_ORANGE = '#a33d08';

/** The user's language for the pure word functions of link-words.ts. */
export function useWords(): Words {
  const { t, locale, number, date } = useI18n();
  return { t, locale, number: (value) => number(value), date };
}

/**
 * The marker on an indicator row: "te controleren" while a flag waits for a person, "nagekeken" once all are accepted.
 */
export function FlagMarker({ indicator }: { indicator: IndicatorState }) {
  const { t } = useI18n();
  if (!indicator.flags || indicator.flags.length === 0) return null;
  const open = needsReview(indicator);
  return (
    <Badge
      component="span"
      size="xs"
      variant={open ? 'filled' : 'outline'}
      color={open ? REVIEW_ORANGE : 'gray.7'}
      ml={8}
      className="flag-marker"
      data-review={open || undefined}
    >
      {open ? `⚠ ${t.subjects.flags.marker}` : t.subjects.flags.markerAccepted}
    </Badge>
  );
}

/**
 * The reasons to look again at an indicator's value, in words; a coordinator accepts each with a comment (required),
 * and the accepted comment is shown from then on.
 */
export function IndicatorFlags({
  indicator,
  year,
  onChanged,
  headingOrder = 3,
}: {
  indicator: IndicatorState;
  year: number;
  onChanged: () => void;
  headingOrder?: 3 | 4;
}) {
  const { t } = useI18n();
  const flags = indicator.flags ?? [];
  if (flags.length === 0) return null;
  const Heading = headingOrder === 3 ? 'h3' : 'h4';
  return (
    <section aria-label={t.subjects.flags.title} className="indicator-flags">
      <Text component={Heading} fw={700} size="sm" mb={4}>
        {t.subjects.flags.title}
      </Text>
      <Stack gap="xs">
        {flags.map((flag) => (
          <FlagItem
            key={`${flag.kind}:${flag.fingerprint}`}
            indicator={indicator}
            flag={flag}
            year={year}
            onChanged={onChanged}
          />
        ))}
      </Stack>
    </section>
  );
}

function FlagItem({
  indicator,
  flag,
  year,
  onChanged,
}: {
  indicator: IndicatorState;
  flag: IndicatorFlag;
  year: number;
  onChanged: () => void;
}) {
  const { t, fill, date } = useI18n();
  const linkWords = useWords();
  const can = useCan();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const words = flagInWords(flag, linkWords);
  const fieldId = `flag-comment-${indicator.id}-${flag.kind}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const body = { kind: flag.kind, fingerprint: flag.fingerprint, comment };
    if (!acceptFlagBodySchema.safeParse(body).success) {
      setProblem(t.subjects.flags.commentRequired);
      return;
    }
    setProblem(null);
    setFailure(null);
    setSaving(true);
    indicatorsApi.acceptFlag(indicator.id, { ...body, comment: comment.trim() }, year).then(
      () => {
        setSaving(false);
        setOpen(false);
        notify(t.subjects.flags.acceptedDone, 'success');
        onChanged();
      },
      (reason: unknown) => {
        setSaving(false);
        setFailure(toApiError(reason));
      },
    );
  };

  return (
    <Alert variant="light" color={flag.accepted ? 'gray' : 'orange'} p="xs" data-flag={flag.kind}>
      <Text size="sm">{words}</Text>
      {flag.accepted && (
        <Text size="sm" mt={4} fs="italic">
          {fill(t.subjects.flags.accepted, { date: date(flag.accepted.at), comment: flag.accepted.comment })}
        </Text>
      )}
      {!flag.accepted && can('indicator.manage') && !open && (
        <Button size="xs" variant="outline" color={REVIEW_ORANGE} mt="xs" onClick={() => setOpen(true)}>
          {t.subjects.flags.accept}
        </Button>
      )}
      {!flag.accepted && open && (
        <form onSubmit={submit} noValidate aria-label={t.subjects.flags.accept}>
          <Stack gap="xs" mt="xs">
            {failure && <ErrorAlert error={failure} />}
            <Textarea
              id={fieldId}
              label={t.subjects.flags.acceptLabel}
              description={t.subjects.flags.acceptHint}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={comment}
              error={problem}
              onChange={(event) => {
                setComment(event.currentTarget.value);
                setProblem(null);
              }}
            />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={saving}>
                {t.subjects.flags.acceptSave}
              </Button>
              <Button size="xs" variant="default" onClick={() => setOpen(false)}>
                {t.subjects.cancel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Alert>
  );
}
