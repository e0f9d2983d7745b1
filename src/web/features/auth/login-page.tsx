import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { isRole, roleMay } from '../../../shared/access/roles.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { AuthFrame } from '../../components/auth-frame.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useDocumentTitle } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { LoginEmailField, PasswordField } from './credential-fields.js';
import { useSession } from './session-context.js';

interface FieldErrors {
  email?: string;
  password?: string;
}

/**
 * Where to go after logging in: the page that asked for a login, else the user's home — the phone app for
 * community guards, the start page for everyone else. Only paths inside the app.
 */
function returnPath(state: unknown, role: string): string {
  const from = (state as { from?: unknown } | null)?.from;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login') return from;
  return isRole(role) && roleMay(role, 'guard.duty') ? '/guard' : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const { state, login } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(t.login.title);

  // After a successful login the session turns signed-in and this sends the user on.
  if (state.status === 'signed-in' && !submitting) {
    return <Navigate to={returnPath(location.state, state.me.user.role)} replace />;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t.login.emailRequired;
    if (!password) errors.password = t.login.passwordRequired;
    setFieldErrors(errors);
    setError(null);
    if (errors.email || errors.password) return;
    setSubmitting(true);
    login(email.trim(), password).then(
      () => setSubmitting(false),
      (reason: unknown) => {
        setSubmitting(false);
        setPassword('');
        setError(toApiError(reason));
      },
    );
  };

  return (
    <AuthFrame>
      <Stack gap="md">
        <div>
          <Title order={1}>{t.login.title}</Title>
          <Text size="sm" mt={4} className="page-intro">
            {t.app.fullName}
          </Text>
        </div>
        <Text size="sm">{t.login.intro}</Text>
        {error && <ErrorAlert error={error} title={t.login.failedTitle} />}
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <LoginEmailField value={email} error={fieldErrors.email} onChange={setEmail} />
            <PasswordField
              label={t.login.password}
              name="password"
              purpose="current"
              value={password}
              error={fieldErrors.password}
              onChange={setPassword}
            />
            <Button type="submit" loading={submitting} fullWidth mt="xs">
              {t.login.submit}
            </Button>
            <Anchor component={Link} to="/password-reset" size="sm" ta="center">
              {t.account.forgotPassword}
            </Anchor>
          </Stack>
        </form>
      </Stack>
    </AuthFrame>
  );
}
