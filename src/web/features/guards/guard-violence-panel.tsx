import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Incident } from '../../../shared/api/guards.schema.js';
import { followUpLabels, injuryLabels, violenceKindLabels } from '../../../shared/guards/violence.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { DataTable } from '../../components/data-table.js';
import { QueryView } from '../../components/query-view.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { registrationsApi } from '../registrations/registrations.api.js';
import { guardsApi } from './guards.api.js';
import { IncidentForm } from './incident-form.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { useToday } from '../auth/session-context.js';

/**
 * The register of violence against guards: statistics for the indicator, the incidents, and the form with the playbook.
 */
export function GuardViolencePanel() {
  const { t, locale, fill, dateTime } = useI18n();
  const notify = useNotify();
  const thisYear = yearOf(useToday());
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<Incident | 'new' | null>(null);
  const incidents = useApiQuery(() => guardsApi.incidents(year), `incidents-${year}`);
  const stats = useApiQuery(() => guardsApi.incidentStats(year), `stats-${year}`);
  const guards = useApiQuery(() => guardsApi.guards(), 'guards');
  const wijken = useApiQuery(() => registrationsApi.wijken(), 'wijken');

  if (editing) {
    const initial =
      editing === 'new'
        ? undefined
        : {
            ...editing,
            place:
              editing.lat !== null && editing.lon !== null
                ? { lat: editing.lat, lon: editing.lon }
                : editing.wijkCode
                  ? { wijkCode: editing.wijkCode }
                  : null,
          };
    return (
      <IncidentForm
        coordinator
        initial={initial}
        wijken={wijken.status === 'success' ? wijken.data : null}
        guards={guards.status === 'success' ? guards.data.guards : []}
        onCancel={() => setEditing(null)}
        onSave={async (input) => {
          await guardsApi.putIncident({ ...input, id: editing === 'new' ? crypto.randomUUID() : editing.id });
          notify(t.guards.incidentSaved, 'success');
          setEditing(null);
          incidents.reload();
          stats.reload();
        }}
      />
    );
  }
  return (
    <Stack>
      <Text size="sm">{t.guards.violenceIntro}</Text>
      <Group align="flex-end">
        <NativeSelect
          label={t.guards.year}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={Array.from({ length: thisYear - 2017 }, (_, i) => String(thisYear - i))}
          w={120}
        />
        <Button onClick={() => setEditing('new')}>{t.guards.violenceNew}</Button>
      </Group>
      {stats.status === 'success' && (
        <Text fw={600} data-testid="violence-stats">
          {fill(t.guards.violenceStats, {
            total: stats.data.total,
            year: stats.data.year,
            previous: stats.data.previousYearTotal,
            police: stats.data.withPoliceReport,
          })}
        </Text>
      )}
      <QueryView query={incidents}>
        {(data) => (
          <DataTable
            rows={data.items}
            minWidth={640}
            empty={t.guards.violenceNone}
            columns={[
              { key: 'when', header: t.guards.incidentWhen, cell: (incident) => dateTime(incident.occurredAt) },
              { key: 'guard', header: t.guards.guard, cell: (incident) => incident.guardName },
              {
                key: 'kind',
                header: t.guards.incidentKind,
                cell: (incident) => violenceKindLabels[incident.kind][locale],
              },
              {
                key: 'injuries',
                header: t.guards.incidentInjuries,
                cell: (incident) => injuryLabels[incident.injuries][locale],
              },
              {
                key: 'followUp',
                header: t.guards.incidentFollowUp,
                cell: (incident) => <Badge variant="outline">{followUpLabels[incident.followUpStatus][locale]}</Badge>,
              },
              {
                key: 'edit',
                header: '',
                cell: (incident) => (
                  <Button size="xs" variant="subtle" onClick={() => setEditing(incident)}>
                    {t.guards.edit}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </Stack>
  );
}
