import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Action } from '../../shared/access/roles.js';
import { useCan, useSession } from '../features/auth/session-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { CenteredLoader } from './centered-loader.js';
import { PageHeader } from './page-header.js';

/** Renders its children for a signed-in user; sends anyone else to the login page and back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <CenteredLoader />;
  if (state.status === 'anonymous') {
    return (
      <Navigate
        to="/login"
        replace
        state={state.loggedOut ? null : { from: `${location.pathname}${location.search}` }}
      />
    );
  }
  return children;
}

/** Renders its children when the policy grants the action, otherwise a "no access" page. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const can = useCan();
  const { t } = useI18n();
  if (can(action)) return children;
  return (
    <>
      <PageHeader title={t.errors.forbiddenTitle} />
      <Text>{t.errors.forbiddenText}</Text>
    </>
  );
}
