import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { passwordPatternWeakness } from '../../../shared/auth/password-rule.js';
import { AuthFrame } from '../../components/auth-frame.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useDocumentTitle } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { type FieldRefusals, useSubmit } from '../../lib/use-submit.js';
import { authApi } from './auth.api.js';
import { LoginEmailField, NewPasswordFields } from './credential-fields.js';

/** The token from the mailed link: `/password-reset#token=…` (a fragment never reaches the server's logs). */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** Asks for the link by e-mail, or — opened from the link — sets the new password. Outside the signed-in shell. */
export function PasswordResetPage() {
  const { t } = useI18n();
  const token = tokenOf(useLocation().hash);
  useDocumentTitle(t.account.resetTitle);
  return (
    <AuthFrame>
      {token ? <NewPasswordForm token={token} /> : <RequestForm />}
      <Anchor component={Link} to="/login" size="sm" mt="md" display="inline-block">
        {t.account.backToLogin}
      </Anchor>
    </AuthFrame>
  );
}

function RequestForm() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const { run, busy, error } = useSubmit(async () => {
    await authApi.requestPasswordReset(email.trim());
    setSent(true);
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!email.trim());
    if (email.trim()) void run();
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t.account.resetTitle}</Title>
      <Text size="sm">{t.account.resetIntro}</Text>
      {error && <ErrorAlert error={error} />}
      {sent ? (
        <Alert color="green" role="status">
          {t.account.resetSent}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <LoginEmailField value={email} error={missing ? t.login.emailRequired : undefined} onChange={setEmail} />
            <Button type="submit" loading={busy} fullWidth>
              {t.account.resetSend}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

// The rule's refusal belongs to the field; anything else (an expired link) goes to the alert.
const newPasswordRefusals: FieldRefusals<'password' | 'confirm'> = { codes: { PASSWORD_TOO_WEAK: 'password' } };

function NewPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const {
    run,
    busy,
    error,
    fieldErrors: errors,
    setFieldErrors: setErrors,
  } = useSubmit(
    async () => {
      await authApi.confirmPasswordReset({ token, password });
      setDone(true);
    },
    undefined,
    newPasswordRefusals,
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { password?: string; confirm?: string } = {};
    if (passwordPatternWeakness(password)) found.password = t.security.passwordRule;
    if (confirm !== password) found.confirm = t.security.mismatch;
    setErrors(found);
    if (found.password || found.confirm) return;
    await run();
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t.account.newPasswordTitle}</Title>
      {error && <ErrorAlert error={error} />}
      {done ? (
        <Alert color="green" role="status">
          {t.account.resetDone}
        </Alert>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t.account.newPasswordIntro}</Text>
            <NewPasswordFields
              password={password}
              confirm={confirm}
              errors={errors}
              onPassword={setPassword}
              onConfirm={setConfirm}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t.account.resetSave}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
