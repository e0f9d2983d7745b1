import { Alert, Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { GuardFindingInput } from '../../../shared/api/enforcement.schema.js';
import type { GasArticle } from '../../../shared/enforcement/catalogue.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { offlineCache, type OutboxItem } from '../guards/outbox-store.js';
import { intakeApi } from './intake.api.js';

const hhmm = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/** What the card puts in the guard app's outbox: the finding as the server takes it, under the phone-made id. */
export interface GasFindingQueued {
  id: string;
  kind: 'gas_finding';
  /** The finding's reference, shown in the outbox list. */
  label: string;
  body: GuardFindingInput;
}

/** The articles a guard may find: from the server when it answers (kept on the phone), else the ones kept. */
export async function phoneGuardArticles(): Promise<GasArticle[]> {
  try {
    const articles = await intakeApi.guardArticles();
    await offlineCache.set('gas-articles', articles).catch(() => undefined);
    return articles;
  } catch (error) {
    const kept = await offlineCache.get<GasArticle[]>('gas-articles').catch(() => undefined);
    if (kept) return kept.value;
    throw error;
  }
}

/**
 * The reference a queued finding is sent with: the guard's own report number, or one made from the phone's id. It is
 * the server's idempotency key, so an outbox that sends the finding twice still leaves one finding.
 */
export function queuedReference(typed: string, id: string, observedAt: Date): string {
  return typed.trim() || `G-${observedAt.getFullYear()}-${id.slice(0, 8).toUpperCase()}`;
}

function formValues(editing: OutboxItem | null) {
  const body = (editing?.body ?? {}) as Partial<GuardFindingInput>;
  return {
    article: body.article ?? '',
    time: hhmm(body.observedAt ? new Date(body.observedAt) : new Date()),
    plate: body.plate ?? '',
    country: body.country ?? '',
    street: body.street ?? '',
    number: body.number ?? '',
    reference: body.reference ?? '',
  };
}

/**
 * The guard app's GAS finding (issue 18), for a guard who is a vaststeller: an article a guard may find, the plate
 * and the place. It joins the guard app's outbox (sent now when there is a network, else when it returns) and ends
 * in the same intake as the findings files, source `guard`. `editing`: a queued finding the server refused.
 */
export function GuardGasFindingCard({
  online,
  editing = null,
  onQueue,
  onDone,
  loadArticles = phoneGuardArticles,
}: {
  online: boolean;
  editing?: OutboxItem | null;
  onQueue: (item: GasFindingQueued) => Promise<void>;
  onDone?: () => void;
  loadArticles?: () => Promise<GasArticle[]>;
}) {
  const { t, fill, locale } = useI18n();
  const w = t.enforcementIntake.guard;
  const [open, setOpen] = useState(editing !== null);
  const articles = useApiQuery(() => (open ? loadArticles() : Promise.resolve([])), `guard:${open}`);
  const [value, setValue] = useState(() => formValues(editing));
  const set = (key: keyof typeof value) => (event: { currentTarget: { value: string } }) => {
    const next = event.currentTarget.value;
    setValue((current) => ({ ...current, [key]: next }));
  };
  const list: GasArticle[] = articles.status === 'success' ? articles.data : [];
  const article = value.article || (list[0]?.article ?? '');
  const close = () => {
    setValue(formValues(null));
    setOpen(false);
    onDone?.();
  };
  const save = useSubmit(
    async () => {
      if (!article) return null;
      const id = editing?.id ?? crypto.randomUUID();
      const [h, m] = value.time.split(':').map(Number);
      // A corrected finding keeps its day; a new one is of today.
      const at = editing ? new Date(String(editing.body.observedAt)) : new Date();
      at.setHours(h ?? 0, m ?? 0, 0, 0);
      const reference = queuedReference(value.reference, id, at);
      await onQueue({
        id,
        kind: 'gas_finding',
        label: reference,
        body: {
          reference,
          observedAt: at.toISOString(),
          article,
          photos: 0,
          ...(value.plate.trim() ? { plate: value.plate.trim() } : {}),
          ...(value.country.trim() ? { country: value.country.trim() } : {}),
          ...(value.street.trim() ? { street: value.street.trim() } : {}),
          ...(value.number.trim() ? { number: value.number.trim() } : {}),
        },
      });
      close();
      return reference;
    },
    (reference) => (reference ? fill(w.queued, { reference }) : undefined),
  );

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="guard-gas-heading">
      <Title order={2} size="h4" id="guard-gas-heading">
        {w.title}
      </Title>
      <Text size="sm">{w.intro}</Text>
      {!open ? (
        <Button mt="sm" fullWidth onClick={() => setOpen(true)}>
          {w.open}
        </Button>
      ) : (
        <form onSubmit={save.onSubmit} noValidate>
          <Stack gap="xs" mt="sm">
            {!online && (
              <Alert color="orange" variant="light">
                {w.offline}
              </Alert>
            )}
            {editing?.error && (
              <Alert color="red" role="alert" title={t.guards.stateNeedsCorrection}>
                {editing.error.message || editing.error.code}
              </Alert>
            )}
            {save.error && <ErrorAlert error={save.error} />}
            {articles.status === 'error' &&
              (online ? (
                <ErrorAlert error={articles.error} onRetry={articles.reload} />
              ) : (
                <Alert color="orange" variant="light" role="alert">
                  {w.noArticles}
                </Alert>
              ))}
            <NativeSelect
              label={w.article}
              value={article}
              onChange={set('article')}
              data={list.map((a) => ({
                value: a.article,
                label: `${a.article} — ${locale === 'fr' ? a.labels.fr : a.labels.nl}`,
              }))}
            />
            <TextInput label={w.observedAt} type="time" value={value.time} onChange={set('time')} />
            <TextInput label={w.plate} value={value.plate} onChange={set('plate')} autoCapitalize="characters" />
            <TextInput label={w.country} value={value.country} onChange={set('country')} maxLength={2} />
            <TextInput label={w.street} value={value.street} onChange={set('street')} />
            <TextInput label={w.number} value={value.number} onChange={set('number')} />
            <TextInput label={w.reference} value={value.reference} onChange={set('reference')} />
            <FormActions onCancel={close} cancel={w.cancel} save={w.save} busy={save.busy} justify="space-between" />
          </Stack>
        </form>
      )}
    </Card>
  );
}
