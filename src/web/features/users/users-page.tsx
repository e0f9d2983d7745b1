import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../../../shared/api/users.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useMe } from '../auth/session-context.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { UserCards, UserTable } from './user-views.js';
import { usersApi } from './users.api.js';
import { LoginBlocksSection } from './login-blocks-section.js';

/** The municipality's users: admins manage them, coordinators read. */
export function UsersPage() {
  const { t, fill, number } = useI18n();
  const me = useMe();
  const can = useCan();
  const mayManage = can('user.manage');
  const users = useApiQuery(() => usersApi.list(), 'users');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const caption = fill(t.users.caption, { municipality: me.municipality.name });

  return (
    <>
      <PageHeader title={t.users.title} intro={fill(t.users.intro, { municipality: me.municipality.name })} />
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Text fw={500}>
          {users.status === 'success' ? fill(t.users.count, { count: number(users.data.length) }) : ''}
        </Text>
        {mayManage && <Button onClick={() => setCreating(true)}>{t.users.create}</Button>}
      </Group>
      {!mayManage && (
        <Alert variant="light" color="blue" mb="md">
          {t.users.readOnly}
        </Alert>
      )}

      {users.status === 'loading' && <CenteredLoader />}
      {users.status === 'error' && <ErrorAlert error={users.error} onRetry={users.reload} />}
      {users.status === 'success' && (
        <>
          <UserTable
            users={users.data}
            meId={me.user.id}
            caption={caption}
            onEdit={mayManage ? setEditing : undefined}
          />
          <UserCards
            users={users.data}
            meId={me.user.id}
            caption={caption}
            onEdit={mayManage ? setEditing : undefined}
          />
        </>
      )}

      {mayManage && <LoginBlocksSection />}

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
