import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { User } from '../../../shared/api/users.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { roleLabel } from './user-fields.js';
import { TableHead } from '../../components/table-head.js';
import { CaptionedTable } from '../../components/captioned-table.js';

interface UserViewProps {
  users: User[];
  meId: string;
  caption: string;
  /** Given to admins only: opens the edit dialog. */
  onEdit: ((user: User) => void) | undefined;
}

function StatusBadge({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <Badge className="status-badge" color={active ? 'teal.9' : 'gray.7'} variant="filled">
      {active ? t.users.active : t.users.inactive}
    </Badge>
  );
}

/** A user's name (with "(you)" for oneself) over their e-mail address. */
function NameAndEmail({ user, meId }: { user: User; meId: string }) {
  const { t } = useI18n();
  return (
    <>
      <Text fw={600} size="sm">
        {user.displayName} {user.id === meId && t.users.you}
      </Text>
      <Text size="xs" className="secondary-text">
        {user.email}
      </Text>
    </>
  );
}

function EditButton({ user, onEdit }: { user: User; onEdit: (user: User) => void }) {
  const { t, fill } = useI18n();
  return (
    <Button
      size="xs"
      variant="outline"
      onClick={() => onEdit(user)}
      aria-label={fill(t.users.editLabel, { name: user.displayName })}
    >
      {t.users.edit}
    </Button>
  );
}

/** From the `sm` breakpoint up: one row per user. */
export function UserTable({ users, meId, caption, onEdit }: UserViewProps) {
  const { t, dateTime } = useI18n();
  return (
    <CaptionedTable captionId="users-caption" caption={caption} highlightOnHover verticalSpacing="sm">
      <TableHead
        cells={[
          t.users.name,
          t.users.role,
          t.users.locale,
          t.users.status,
          { label: t.users.lastLogin, visibleFrom: 'md' },
          onEdit && { label: t.users.actions, hidden: true },
        ]}
      />
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id} data-user-email={user.email}>
            <Table.Td>
              <NameAndEmail user={user} meId={meId} />
            </Table.Td>
            <Table.Td>{roleLabel(user.role, t)}</Table.Td>
            <Table.Td>
              <span lang={user.locale}>{localeNames[user.locale]}</span>
            </Table.Td>
            <Table.Td>
              <StatusBadge active={user.active} />
            </Table.Td>
            <Table.Td visibleFrom="md">{user.lastLoginAt ? dateTime(user.lastLoginAt) : t.users.never}</Table.Td>
            {onEdit && (
              <Table.Td>
                <EditButton user={user} onEdit={onEdit} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

/** Below the `sm` breakpoint: one card per user, nothing to scroll sideways. */
export function UserCards({ users, meId, caption, onEdit }: UserViewProps) {
  const { t, dateTime } = useI18n();
  return (
    <ul className="user-cards" aria-label={caption} data-hidden-from="sm">
      {users.map((user) => (
        <li key={user.id} data-user-email={user.email}>
          <Paper withBorder radius="md" p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2}>
                <NameAndEmail user={user} meId={meId} />
                <Text size="sm">
                  {roleLabel(user.role, t)} · <span lang={user.locale}>{localeNames[user.locale]}</span>
                </Text>
                <Text size="xs" className="secondary-text">
                  {t.users.lastLogin}: {user.lastLoginAt ? dateTime(user.lastLoginAt) : t.users.never}
                </Text>
              </Stack>
              <Stack gap="xs" align="flex-end">
                <StatusBadge active={user.active} />
                {onEdit && <EditButton user={user} onEdit={onEdit} />}
              </Stack>
            </Group>
          </Paper>
        </li>
      ))}
    </ul>
  );
}
