import './registrations.css';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { toApiError } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { ApiError } from '../../api/api-client.js';
import { labelOf } from './register-form-model.js';
import { RegisterTypeEditor } from './register-type-editor.js';
import { registrationsApi } from './registrations.api.js';
import { useRegisterTypes } from './use-registers.js';
import { tone } from '../../lib/tones.js';
import { TableHead } from '../../components/table-head.js';
import { TitledSection } from '../../components/titled-section.js';

/**
 * The municipality's own registers (coordinators and admins): define, change, deactivate; the built-in ones for
 * reference.
 */
export function RegisterTypesPage() {
  const { t, fill, locale } = useI18n();
  const notify = useNotify();
  const types = useRegisterTypes();
  const [editing, setEditing] = useState<RegisterType | 'new' | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const own = types.status === 'success' ? types.data.filter((type) => !type.builtin) : [];
  const builtin = types.status === 'success' ? types.data.filter((type) => type.builtin) : [];

  const toggle = (type: RegisterType) => {
    setBusyKey(type.key);
    setFailure(null);
    registrationsApi.updateType(type.key, { active: !type.active }).then(
      (saved) => {
        setBusyKey(null);
        notify(
          fill(saved.active ? t.registrations.types.activated : t.registrations.types.deactivated, {
            name: labelOf(saved.definition.labels, locale),
          }),
          'success',
        );
        types.reload();
      },
      (reason: unknown) => {
        setBusyKey(null);
        setFailure(toApiError(reason));
      },
    );
  };

  const summary = (type: RegisterType) =>
    [
      fill(
        type.definition.fields.length === 1 ? t.registrations.types.fieldCountOne : t.registrations.types.fieldCount,
        { count: type.definition.fields.length },
      ),
      t.registrations.types.places[type.definition.place],
      ...(type.definition.period ? [t.registrations.types.periodShort] : []),
    ].join(' · ');

  return (
    <>
      <PageHeader title={t.registrations.types.title} intro={t.registrations.types.intro} />
      <Group mb="md" gap="sm" wrap="wrap">
        <Button onClick={() => setEditing('new')}>{t.registrations.types.new}</Button>
        <Anchor component={Link} to="/registrations">
          {t.registrations.types.backToList}
        </Anchor>
      </Group>
      {failure && <ErrorAlert error={failure} />}
      {types.status === 'loading' && <CenteredLoader />}
      {types.status === 'error' && <ErrorAlert error={types.error} onRetry={types.reload} />}
      {types.status === 'success' && (
        <Stack gap="lg">
          <TitledSection id="own-registers" title={t.registrations.types.ownTitle} size="h3" gap="sm">
            {own.length === 0 && <Text>{t.registrations.types.none}</Text>}
            {own.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby="own-registers-title" tabIndex={0}>
                <Table verticalSpacing="sm" miw={520}>
                  <TableHead
                    cells={[
                      t.registrations.types.name,
                      t.registrations.types.key,
                      t.registrations.types.status,
                      { label: t.registrations.actions, hidden: true },
                    ]}
                  />
                  <Table.Tbody>
                    {own.map((type) => {
                      const name = labelOf(type.definition.labels, locale);
                      return (
                        <Table.Tr key={type.key} data-register-key={type.key}>
                          <Table.Td>
                            <Text fw={600} size="sm">
                              {name}
                            </Text>
                            <Text size="xs" className="secondary-text">
                              {summary(type)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <code>{type.key}</code>
                          </Table.Td>
                          <Table.Td>
                            <Badge className="status-badge" variant="filled" color={type.active ? 'teal.9' : 'gray.7'}>
                              {type.active ? t.registrations.types.active : t.registrations.types.inactive}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <OwnRegisterActions
                              name={name}
                              active={type.active}
                              busy={busyKey === type.key}
                              onEdit={() => setEditing(type)}
                              onToggle={() => toggle(type)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </TitledSection>
          <TitledSection id="builtin-registers" title={t.registrations.types.builtinTitle} size="h3">
            <Text size="sm" mb="sm" className="secondary-text">
              {t.registrations.types.builtinIntro}
            </Text>
            <Stack gap="xs">
              {builtin.map((type) => (
                <Paper key={type.key} withBorder p="sm" radius="md">
                  <Text fw={600}>
                    {labelOf(type.definition.labels, locale)}{' '}
                    <Text span size="xs" className="secondary-text">
                      ({summary(type)})
                    </Text>
                  </Text>
                  <List size="sm" mt={4} className="inline-list">
                    {type.definition.fields.map((field) => (
                      <List.Item key={field.key}>
                        {labelOf(field.labels, locale)} — {t.registrations.types.kinds[field.kind]}
                        {field.required ? ` (${t.registrations.types.requiredShort})` : ''}
                      </List.Item>
                    ))}
                  </List>
                </Paper>
              ))}
            </Stack>
          </TitledSection>
        </Stack>
      )}
      <RegisterTypeEditor
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          types.reload();
        }}
      />
    </>
  );
}

/** The buttons of an own register's row: edit it, and deactivate or activate it. */
function OwnRegisterActions({
  name,
  active,
  busy,
  onEdit,
  onToggle,
}: {
  name: string;
  active: boolean;
  busy: boolean;
  onEdit: () => void;
  onToggle: () => void;
}) {
  const { t, fill } = useI18n();
  const words = t.registrations.types;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button size="xs" variant="outline" onClick={onEdit} aria-label={fill(words.editLabel, { name })}>
        {t.registrations.edit}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color={active ? tone.red : tone.teal}
        loading={busy}
        onClick={onToggle}
        aria-label={fill(active ? words.deactivateLabel : words.activateLabel, { name })}
      >
        {active ? words.deactivate : words.activate}
      </Button>
    </Group>
  );
}
