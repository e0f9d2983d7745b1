import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-client.js';
import { toApiError, useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { casesApi } from './cases.api.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { DateField } from '../../components/date-field.js';
import { TableHead } from '../../components/table-head.js';
import { Panel } from '../../components/panel.js';

/** The neighbour-mediation volunteers: start, training, intervision attendance, and the plan's yearly figures. */
export function VolunteersPage() {
  const { t, fill, date, number } = useI18n();
  const words = t.cases;
  const can = useCan();
  const notify = useNotify();
  const mayManage = can('case.manage');
  const thisYear = yearOf(useToday());
  const [year, setYear] = useState(2020);
  const [month, setMonth] = useState(`${year}-01`);
  const list = useApiQuery(() => casesApi.volunteers(), 'volunteers');
  const stats = useApiQuery(() => casesApi.volunteerStatistics(year), `volunteer-stats:${year}`, {
    keepPreviousData: true,
  });
  const [error, setError] = useState<ApiError | null>(null);

  const toggle = async (id: string, attended: boolean) => {
    setError(null);
    try {
      await casesApi.setIntervision(id, month, attended);
      notify(words.attendanceSaved, 'success');
      list.reload();
      stats.reload();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const years = Array.from({ length: Math.max(1, thisYear - 2018) }, (_, i) => String(2019 + i));
  return (
    <>
      <PageHeader title={words.volunteersTitle} intro={words.volunteersIntro} />
      <Group mb="md" align="end">
        <NativeSelect
          label={words.year}
          value={String(year)}
          data={years}
          onChange={(e) => {
            setYear(Number(e.currentTarget.value));
            setMonth(`${e.currentTarget.value}-01`);
          }}
        />
      </Group>
      {stats.status === 'success' && (
        <Paper withBorder p="md" mb="md" component="section" aria-label={`${words.volunteersTitle} ${year}`}>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(
              [
                [words.engaged, number(stats.data.engaged)],
                [words.newInYear, number(stats.data.newInYear)],
                [words.overAYear, number(stats.data.engagedOverAYear)],
                [words.ratio, stats.data.ratio === null ? words.notAvailable : number(stats.data.ratio, 2)],
                [words.trained, number(stats.data.trained)],
                [words.intervisionMonths, number(stats.data.intervisionMonths)],
                [
                  words.attendance,
                  stats.data.attendanceRate === null
                    ? words.notAvailable
                    : `${number(stats.data.attendanceRate * 100, 0)} %`,
                ],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <Text size="sm">{label}</Text>
                <Text fw={700} size="xl">
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
          <Text mt="sm">
            {fill(words.mediations, { opened: stats.data.mediation.opened, concluded: stats.data.mediation.concluded })}
          </Text>
        </Paper>
      )}
      {error && <ErrorAlert error={error} />}
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' && (
        <Stack>
          {mayManage && (
            <TextInput
              type="month"
              label={words.month}
              value={month}
              onChange={(e) => setMonth(e.currentTarget.value)}
              w={220}
            />
          )}
          {list.data.items.length === 0 ? (
            <Text>{words.noVolunteers}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <TableHead
                  cells={[words.fullName, words.startedOn, words.trainedOn, words.endedOn, words.attendance]}
                />
                <Table.Tbody>
                  {list.data.items.map((v) => {
                    const record = v.intervisions.find((i) => i.month === month);
                    return (
                      <Table.Tr key={v.id}>
                        <Table.Td>{v.fullName}</Table.Td>
                        <Table.Td>{date(v.startedOn)}</Table.Td>
                        <Table.Td>{v.trainedOn ? date(v.trainedOn) : '—'}</Table.Td>
                        <Table.Td>{v.endedOn ? date(v.endedOn) : words.active}</Table.Td>
                        <Table.Td>
                          {mayManage ? (
                            <Checkbox
                              label={fill(words.attended, { month })}
                              checked={record?.attended ?? false}
                              onChange={(e) => void toggle(v.id, e.currentTarget.checked)}
                            />
                          ) : (
                            `${v.intervisions.filter((i) => i.attended && i.month.startsWith(`${year}-`)).length}`
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {mayManage && (
            <AddVolunteer
              onDone={() => {
                list.reload();
                stats.reload();
              }}
            />
          )}
        </Stack>
      )}
    </>
  );
}

function AddVolunteer({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const today = useToday();
  const words = t.cases;
  const notify = useNotify();
  const [fullName, setFullName] = useState('');
  const [startedOn, setStartedOn] = useState(today);
  const [trainedOn, setTrainedOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await casesApi.addVolunteer({ fullName, startedOn, trainedOn: trainedOn || null });
      notify(words.volunteerAdded, 'success');
      setFullName('');
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };
  return (
    <Panel id="add-volunteer" title={words.addVolunteer}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={words.fullName}
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              required
              autoComplete="off"
            />
            <DateField label={words.startedOn} value={startedOn} onChange={(day) => setStartedOn(day)} required />
            <DateField label={words.trainedOn} value={trainedOn} onChange={(day) => setTrainedOn(day)} />
          </SimpleGrid>
          <Group>
            <Button type="submit" disabled={fullName.trim() === ''}>
              {words.addVolunteer}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
