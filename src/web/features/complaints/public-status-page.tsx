import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PublicStatus } from '../../../shared/api/complaints.schema.js';
import { complaintStatuses } from '../../../shared/complaints/complaint-status.js';
import { nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useDocumentTitle } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { textBinder } from '../../lib/bind-field.js';
import { complaintsApi } from './complaints.api.js';
import { parseStatusFragment } from './public-form-model.js';
import { PublicLayout } from './public-layout.js';

/**
 * The citizen's status page: reference + access code (from the link's fragment, never sent in a URL), then the status.
 */
export function PublicStatusPage() {
  const { slug = '' } = useParams();
  const { t, date, locale } = useI18n();
  const s = t.complaints.status;
  const [typed, setTyped] = useState({ reference: '', accessCode: '' });
  const bind = textBinder(typed, (key, value) => setTyped((current) => ({ ...current, [key]: value })));
  const [result, setResult] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  useDocumentTitle(s.title);

  const look = (ref: string, code: string) => {
    setLoading(true);
    setError(null);
    complaintsApi
      .status(slug, ref, code)
      .then(setResult, (reason: unknown) => {
        setResult(null);
        setError(toApiError(reason));
      })
      .finally(() => setLoading(false));
  };

  useEffect(() => {
    const fromLink = parseStatusFragment(window.location.hash);
    if (!fromLink) return;
    setTyped(fromLink);
    look(fromLink.reference, fromLink.accessCode);
    // Only once, for the link the citizen followed.
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reference = typed.reference.trim();
    const accessCode = typed.accessCode.trim();
    if (reference && accessCode) look(reference, accessCode);
  };

  const current = result ? complaintStatuses.indexOf(result.status) : -1;
  return (
    <PublicLayout title={t.complaints.nav}>
      <Stack gap="md">
        <div>
          <Title order={1}>{s.title}</Title>
          <Text mt={4}>{s.intro}</Text>
        </div>
        <form onSubmit={onSubmit} noValidate aria-label={s.title}>
          <Stack gap="sm">
            <TextInput label={s.reference} required autoComplete="off" {...bind('reference')} />
            <TextInput label={s.accessCode} required autoComplete="off" {...bind('accessCode')} />
            <Button type="submit" loading={loading}>
              {s.submit}
            </Button>
          </Stack>
        </form>
        {error &&
          (error.code === 'NOT_FOUND' ? (
            <Alert color="red" variant="light" role="alert">
              {s.notFound}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          ))}
        {result && (
          <Paper withBorder p="lg" radius="md" aria-live="polite" data-testid="complaint-status">
            <Stack gap="xs">
              <Title order={2} size="h3">
                {result.reference}
              </Title>
              {result.merged && (
                <Alert variant="light" color="blue">
                  {s.merged}
                </Alert>
              )}
              <Text>
                <strong>{s.category}:</strong> {nuisanceCategoryLabels[result.category][locale]}
              </Text>
              <Text>
                <strong>{s.receivedAt}:</strong> {date(result.receivedAt)}
              </Text>
              <Text>
                <strong>{s.state}:</strong>{' '}
                <span data-testid="complaint-state">{t.complaints.statuses[result.status]}</span>
              </Text>
              <Text fw={500} mt="xs">
                {s.steps}
              </Text>
              <ol className="status-steps">
                {complaintStatuses.map((status, index) => (
                  <li key={status} aria-current={index === current ? 'step' : undefined}>
                    {index <= current ? '✓ ' : ''}
                    {t.complaints.statuses[status]}
                  </li>
                ))}
              </ol>
              {result.answeredAt === null && (
                <Text>
                  <strong>{s.dueOn}:</strong> {date(result.dueOn)}
                </Text>
              )}
              {result.answer && (
                <>
                  <Title order={3} size="h4" mt="sm">
                    {s.answer}
                  </Title>
                  {result.answeredAt && (
                    <Text size="sm">
                      {s.answeredAt} {date(result.answeredAt)}
                    </Text>
                  )}
                  <Text className="answer-text">{result.answer}</Text>
                </>
              )}
            </Stack>
          </Paper>
        )}
        <Anchor component={Link} to={`/p/${slug}/complaints`}>
          {s.newReport}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
