import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../../../shared/api/users.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { useCan, useMe } from '../auth/session-context.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { roleLabel } from './user-fields.js';
import { usersApi } from './users.api.js';

/** The municipality's users: admins manage them, coordinators read. */
export function UsersPage() {
  const { t, fill, number, dateTime } = useI18n();
  const me = useMe();
  const can = useCan();
  const mayManage = can('user.manage');
  const users = useApiQuery(() => usersApi.list(), 'users');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);

  return (
    <>
      <PageHeader title={t.users.title} intro={fill(t.users.intro, { municipality: me.municipality.name })} />
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Text fw={500}>{users.status === 'success' ? fill(t.users.count, { count: number(users.data.length) }) : ''}</Text>
        {mayManage && <Button onClick={() => setCreating(true)}>{t.users.create}</Button>}
      </Group>
      {!mayManage && <Alert variant="light" color="blue" mb="md">{t.users.readOnly}</Alert>}

      {users.status === 'loading' && <CenteredLoader />}
      {users.status === 'error' && <ErrorAlert error={users.error} onRetry={users.reload} />}
      {users.status === 'success' && (
        <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <Table striped highlightOnHover verticalSpacing="sm" className="users-table">
            <caption id="users-caption" className="visually-hidden">{fill(t.users.caption, { municipality: me.municipality.name })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.users.name}</Table.Th>
                <Table.Th scope="col">{t.users.role}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">{t.users.locale}</Table.Th>
                <Table.Th scope="col">{t.users.status}</Table.Th>
                <Table.Th scope="col" visibleFrom="md">{t.users.lastLogin}</Table.Th>
                {mayManage && <Table.Th scope="col"><span className="visually-hidden">{t.users.actions}</span></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id} data-user-email={user.email}>
                  <Table.Td>
                    <Text fw={600} size="sm">{user.displayName} {user.id === me.user.id && t.users.you}</Text>
                    <Text size="xs" className="secondary-text">{user.email}</Text>
                  </Table.Td>
                  <Table.Td>{roleLabel(user.role, t)}</Table.Td>
                  <Table.Td visibleFrom="sm"><span lang={user.locale}>{localeNames[user.locale]}</span></Table.Td>
                  <Table.Td>
                    <Badge color={user.active ? 'teal.9' : 'gray.7'} variant="filled">{user.active ? t.users.active : t.users.inactive}</Badge>
                  </Table.Td>
                  <Table.Td visibleFrom="md">{user.lastLoginAt ? dateTime(user.lastLoginAt) : t.users.never}</Table.Td>
                  {mayManage && (
                    <Table.Td>
                      <Button size="xs" variant="outline" onClick={() => setEditing(user)} aria-label={fill(t.users.editLabel, { name: user.displayName })}>
                        {t.users.edit}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      {mayManage && (
        <>
          <CreateUserModal
            opened={creating}
            onClose={() => setCreating(false)}
            onCreated={() => {
              setCreating(false);
              users.reload();
            }}
          />
          <EditUserModal
            user={editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              users.reload();
            }}
          />
        </>
      )}
    </>
  );
}
