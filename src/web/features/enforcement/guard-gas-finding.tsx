import { Alert, Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { GasArticle } from '../../../shared/enforcement/catalogue.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { intakeApi } from './intake.api.js';

const hhmm = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * The guard app's GAS finding (issue 18), for a guard who is a vaststeller: an article a guard may find, the plate
 * and the place; sent at once (it needs the network) into the same intake as the findings files, source `guard`.
 */
export function GuardGasFindingCard({ online }: { online: boolean }) {
  const { t, fill, locale } = useI18n();
  const w = t.enforcementIntake.guard;
  const [open, setOpen] = useState(false);
  const articles = useApiQuery(() => (open ? intakeApi.guardArticles() : Promise.resolve([])), `guard:${open}`);
  const empty = { article: '', time: hhmm(new Date()), plate: '', country: '', street: '', number: '', reference: '' };
  const [value, setValue] = useState(empty);
  const set = (key: keyof typeof empty) => (event: { currentTarget: { value: string } }) => {
    const next = event.currentTarget.value;
    setValue((current) => ({ ...current, [key]: next }));
  };
  const list: GasArticle[] = articles.status === 'success' ? articles.data : [];
  const save = useSubmit(
    async () => {
      const [h, m] = value.time.split(':').map(Number);
      const at = new Date();
      at.setHours(h ?? 0, m ?? 0, 0, 0);
      const finding = await intakeApi.guardFinding({
        observedAt: at.toISOString(),
        article: value.article || (list[0]?.article ?? ''),
        photos: 0,
        ...(value.plate ? { plate: value.plate } : {}),
        ...(value.country ? { country: value.country } : {}),
        ...(value.street ? { street: value.street } : {}),
        ...(value.number ? { number: value.number } : {}),
        ...(value.reference ? { reference: value.reference } : {}),
      });
      setValue(empty);
      setOpen(false);
      return finding;
    },
    (finding) => fill(w.saved, { reference: finding.reference }),
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
            {save.error && <ErrorAlert error={save.error} />}
            {articles.status === 'error' && <ErrorAlert error={articles.error} onRetry={articles.reload} />}
            <NativeSelect
              label={w.article}
              value={value.article || (list[0]?.article ?? '')}
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
            <FormActions
              onCancel={() => setOpen(false)}
              cancel={w.cancel}
              save={w.save}
              busy={save.busy}
              justify="space-between"
            />
          </Stack>
        </form>
      )}
    </Card>
  );
}
