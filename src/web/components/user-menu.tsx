import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordModal } from '../features/auth/change-password-modal.js';
import { useMe, useSession } from '../features/auth/session-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useNotify } from './use-notify.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** The signed-in user's name and role, and the way out. */
export function UserMenu() {
  const { t, fill } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);

  const onLogout = () => {
    logout()
      .catch(() => undefined) // the session is forgotten locally either way
      .finally(() => {
        notify(t.userMenu.loggedOut);
        void navigate('/login', { replace: true });
      });
  };

  return (
    <>
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <UnstyledButton
            aria-label={fill(t.userMenu.label, { name: me.user.displayName })}
            className="user-menu-button"
          >
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" color="blue" variant="filled" aria-hidden>
                {initials(me.user.displayName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="md" aria-hidden>
                {me.user.displayName}
              </Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <div className="user-menu-identity">
            <Text size="sm" fw={600}>
              {me.user.displayName}
            </Text>
            <Text size="xs">{me.user.email}</Text>
            <Text size="xs">{fill(t.userMenu.signedInAs, { role: t.roles[me.user.role] })}</Text>
          </div>
          <Menu.Divider />
          <Menu.Item onClick={() => void navigate('/profile')}>{t.account.profile}</Menu.Item>
          <Menu.Item onClick={() => setChangingPassword(true)}>{t.security.changePassword}</Menu.Item>
          <Menu.Item onClick={onLogout}>{t.userMenu.logout}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
