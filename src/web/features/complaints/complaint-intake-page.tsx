import { Alert, Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { locales, type Locale } from '../../../shared/i18n/locale.js';
import {
  nuisanceCategories,
  nuisanceCategoryLabels,
  type NuisanceCategory,
} from '../../../shared/barometer/categories.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { useWijken } from '../../lib/wijken.js';
import { complaintsApi } from './complaints.api.js';
import { emptyForm, occurredAtOf } from './public-form-model.js';
import { DateField } from '../../components/date-field.js';

/**
 * Intake at the desk (counter, phone, letter): the citizen gets the reference and access code from the staff member.
 */
export function ComplaintIntakePage() {
  const { t, fill, locale } = useI18n();
  const p = t.complaints.public;
  const wijken = useWijken();
  const start = emptyForm(new Date());
  const [state, setState] = useState({
    category: '',
    date: start.date,
    time: start.time,
    wijkCode: '',
    address: '',
    description: '',
    email: '',
    name: '',
    locale: locale,
  });
  const [created, setCreated] = useState<{ id: string; reference: string; code: string } | null>(null);
  const set = (changes: Partial<typeof state>) => setState((current) => ({ ...current, ...changes }));

  const { run, busy, error } = useSubmit(async () => {
    const answer = await complaintsApi.create({
      category: state.category as NuisanceCategory,
      occurredAt: occurredAtOf(state.date, state.time, new Date(`${state.date}T${state.time}`).getTimezoneOffset()),
      place: { wijkCode: state.wijkCode, address: state.address.trim() },
      description: state.description.trim(),
      locale: state.locale,
      contactEmail: state.email.trim() || null,
      contactName: state.name.trim() || null,
    });
    setCreated({ id: answer.complaint.id, reference: answer.complaint.reference, code: answer.accessCode });
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <>
      <PageHeader title={t.complaints.intake.title} intro={t.complaints.intake.intro} />
      {created && (
        <Alert color="green" variant="light" mb="md" role="status">
          {fill(t.complaints.intake.created, { reference: created.reference, code: created.code })}{' '}
          <Link to={`/complaints/${created.id}`}>{created.reference}</Link>
        </Alert>
      )}
      {error && <ErrorAlert error={error} />}
      <Paper withBorder p="md" maw={720}>
        <form onSubmit={onSubmit}>
          <Stack gap="sm">
            <NativeSelect
              label={p.category}
              required
              value={state.category}
              onChange={(e) => set({ category: e.currentTarget.value })}
              data={[
                { value: '', label: p.choose },
                ...nuisanceCategories.map((c) => ({ value: c, label: nuisanceCategoryLabels[c][locale] })),
              ]}
            />
            <Group grow>
              <DateField label={p.date} required value={state.date} onChange={(day) => set({ date: day })} />
              <TextInput
                type="time"
                label={p.time}
                required
                value={state.time}
                onChange={(e) => set({ time: e.currentTarget.value })}
              />
            </Group>
            <TextInput
              label={p.address}
              required
              value={state.address}
              onChange={(e) => set({ address: e.currentTarget.value })}
            />
            <NativeSelect
              label={p.wijk}
              required
              value={state.wijkCode}
              onChange={(e) => set({ wijkCode: e.currentTarget.value })}
              data={[
                { value: '', label: p.choose },
                ...(wijken?.wijken ?? []).map((w) => ({ value: w.code, label: w.name })),
              ]}
            />
            <Textarea
              label={p.description}
              required
              autosize
              minRows={4}
              maxLength={4000}
              value={state.description}
              onChange={(e) => set({ description: e.currentTarget.value })}
            />
            <NativeSelect
              label={t.complaints.intake.language}
              value={state.locale}
              onChange={(e) => set({ locale: e.currentTarget.value as Locale })}
              data={locales.map((l) => ({ value: l, label: localeNames[l] }))}
            />
            <TextInput
              type="email"
              label={p.email}
              value={state.email}
              onChange={(e) => set({ email: e.currentTarget.value })}
            />
            <TextInput label={p.name} value={state.name} onChange={(e) => set({ name: e.currentTarget.value })} />
            <Button type="submit" loading={busy}>
              {t.complaints.intake.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
