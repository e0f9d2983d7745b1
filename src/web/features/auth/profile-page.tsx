import { Button, CopyButton, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isLocale, locales } from '../../../shared/i18n/locale.js';
import { toApiError } from '../../api/use-api-query.js';
import { PageHeader } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { FeedButtons, FeedState, useCalendarFeed } from '../calendar/calendar-feed.js';
import { ChangePasswordModal } from './change-password-modal.js';
import { useCan, useMe, useSession } from './session-context.js';

/** The signed-in user's own settings: language, password, and the secret calendar feed link. */
export function ProfilePage() {
  const { t, fill } = useI18n();
  const me = useMe();
  const can = useCan();
  const [changingPassword, setChangingPassword] = useState(false);
  const a = t.account;
  return (
    <>
      <PageHeader title={a.profile} intro={a.profileIntro} />
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
      <Stack gap="lg" maw={720}>
        <Text>
          {fill(a.identity, {
            name: me.user.displayName,
            email: me.user.email,
            role: t.roles[me.user.role],
            municipality: me.municipality.name,
          })}
        </Text>
        <LanguageSection />
        <Paper withBorder p="md" component="section" aria-labelledby="profile-password">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3" id="profile-password">
              {a.passwordTitle}
            </Title>
            <Text size="sm">{a.passwordIntro}</Text>
            <Button variant="default" onClick={() => setChangingPassword(true)}>
              {t.security.changePassword}
            </Button>
          </Stack>
        </Paper>
        {can('calendar.read') && <FeedSection />}
      </Stack>
    </>
  );
}

function LanguageSection() {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const { changeLocale } = useSession();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-language">
      <Stack gap="sm">
        <Title order={2} size="h3" id="profile-language">
          {t.account.languageTitle}
        </Title>
        <NativeSelect
          label={t.language.label}
          description={t.account.languageIntro}
          name="locale"
          value={locale}
          maw={260}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (!isLocale(next)) return;
            changeLocale(next).catch((error: unknown) =>
              notify(toApiError(error).message || t.errors.unexpected, 'error'),
            );
          }}
        >
          {locales.map((value) => (
            <option key={value} value={value} lang={value}>
              {localeNames[value]}
            </option>
          ))}
        </NativeSelect>
      </Stack>
    </Paper>
  );
}

function FeedSection() {
  const { t } = useI18n();
  const w = t.calendar;
  const state = useCalendarFeed();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-feed">
      <Stack gap="sm">
        <Title order={2} size="h3" id="profile-feed">
          {w.feedTitle}
        </Title>
        <Text size="sm">{w.feedIntro}</Text>
        <FeedState state={state} testId="profile-feed-url" size="sm">
          <CopyButton value={state.shownUrl ?? ''}>
            {({ copied, copy }) => (
              <Button size="xs" mt="xs" variant="light" onClick={copy} aria-live="polite">
                {copied ? t.account.copied : t.account.copy}
              </Button>
            )}
          </CopyButton>
        </FeedState>
        <FeedButtons state={state} />
      </Stack>
    </Paper>
  );
}
