import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PersonInput } from '../../../shared/api/cases.schema.js';
import { type CaseTypeKey, caseTypeKeys, caseTypes } from '../../../shared/cases/case-types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LongTextField } from '../../components/long-text-field.js';
import { PageHeader } from '../../components/page-header.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useWijken } from '../../lib/wijken.js';
import { casesApi } from './cases.api.js';
import { useToday } from '../auth/session-context.js';
import { DateField } from '../../components/date-field.js';
import { PastDayField } from '../../components/past-day-field.js';

interface PersonDraft {
  role: string;
  fullName: string;
  birthDate: string;
  phone: string;
}

const blank = (role: string): PersonDraft => ({ role, fullName: '', birthDate: '', phone: '' });
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Opens a case: its kind, the day, the wijk, an anonymised description and the people involved. */
export function CaseNewPage() {
  const { t, fill, locale } = useI18n();
  const today = useToday();
  const words = t.cases;
  const navigate = useNavigate();
  const wijken = useWijken();
  const [typeKey, setTypeKey] = useState<CaseTypeKey>('nero');
  const type = caseTypes[typeKey];
  const [openedOn, setOpenedOn] = useState(today);
  const [wijkCode, setWijkCode] = useState('');
  const [summary, setSummary] = useState('');
  const [persons, setPersons] = useState<PersonDraft[]>([blank(type.personRoles[0]?.key ?? '')]);

  const changeType = (key: CaseTypeKey) => {
    setTypeKey(key);
    setPersons([blank(caseTypes[key].personRoles[0]?.key ?? '')]);
  };
  const update = (index: number, change: Partial<PersonDraft>) =>
    setPersons((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));

  const { run, busy, error } = useSubmit(
    async () => {
      const body: PersonInput[] = persons.map((p) =>
        type.pseudonymous
          ? { role: p.role }
          : { role: p.role, fullName: orNull(p.fullName), birthDate: orNull(p.birthDate), phone: orNull(p.phone) },
      );
      const { id } = await casesApi.create({
        typeKey,
        openedOn,
        wijkCode: orNull(wijkCode),
        summary: orNull(summary),
        persons: body,
      });
      const created = await casesApi.get(id);
      void navigate(`/cases/${id}`);
      return created;
    },
    (created) => fill(words.created, { reference: created.reference }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run();
  };

  return (
    <>
      <PageHeader title={words.newTitle} intro={words.newIntro} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack maw={760}>
          {error && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={words.type}
              value={typeKey}
              onChange={(e) => changeType(e.currentTarget.value as CaseTypeKey)}
              required
              data={caseTypeKeys.map((key) => ({ value: key, label: caseTypes[key].labels[locale] }))}
            />
            <PastDayField label={words.openedOn} value={openedOn} onChange={setOpenedOn} />
            <NativeSelect
              label={words.wijk}
              value={wijkCode}
              onChange={(e) => setWijkCode(e.currentTarget.value)}
              required={type.wijkRequired ?? false}
              data={[
                { value: '', label: words.noWijk },
                ...(wijken?.wijken ?? []).map((w) => ({ value: w.code, label: w.name })),
              ]}
            />
          </SimpleGrid>
          <LongTextField
            label={words.summary}
            description={words.summaryHelp}
            value={summary}
            onChange={setSummary}
            maxLength={5000}
          />
          <Paper withBorder p="md" component="fieldset">
            <Title order={2} size="h4" component="legend">
              {words.persons}
            </Title>
            {type.pseudonymous && (
              <Text size="sm" mb="sm">
                {words.pseudonymousNote}
              </Text>
            )}
            <Stack>
              {persons.map((person, index) => (
                <Group key={index} align="end" wrap="wrap" gap="sm">
                  <NativeSelect
                    label={words.personRole}
                    value={person.role}
                    onChange={(e) => update(index, { role: e.currentTarget.value })}
                    data={type.personRoles.map((r) => ({ value: r.key, label: r.labels[locale] }))}
                  />
                  {!type.pseudonymous && (
                    <>
                      <TextInput
                        label={words.fullName}
                        value={person.fullName}
                        onChange={(e) => update(index, { fullName: e.currentTarget.value })}
                        autoComplete="off"
                      />
                      <DateField
                        label={words.birthDate}
                        value={person.birthDate}
                        onChange={(day) => update(index, { birthDate: day })}
                      />
                      <TextInput
                        type="tel"
                        label={words.phone}
                        value={person.phone}
                        onChange={(e) => update(index, { phone: e.currentTarget.value })}
                        autoComplete="off"
                      />
                    </>
                  )}
                  {persons.length > 1 && (
                    <Button
                      variant="subtle"
                      color="red.9"
                      onClick={() => setPersons((list) => list.filter((_, i) => i !== index))}
                      aria-label={fill(words.removePerson, { n: index + 1 })}
                    >
                      ×
                    </Button>
                  )}
                </Group>
              ))}
              <Button
                variant="default"
                onClick={() => setPersons((list) => [...list, blank(type.personRoles[0]?.key ?? '')])}
                disabled={persons.length >= 10}
                w="fit-content"
              >
                {words.addPerson}
              </Button>
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={busy}>
              {words.create}
            </Button>
            <Button variant="default" onClick={() => void navigate('/cases')}>
              {words.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
