import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitch } from './language-switch.js';
import { mainContentId } from './skip-link.js';

/** The bar above a page outside the signed-in app: a name and the language switch. */
export function PublicHeader({ title, fz = 'xl' }: { title: string; fz?: string }) {
  return (
    <header className="login-header">
      <Group justify="space-between" px="md" h={60} wrap="nowrap">
        <Text fw={800} fz={fz} className="app-name">
          {title}
        </Text>
        <LanguageSwitch />
      </Group>
    </header>
  );
}

/** The frame of the login and password-reset pages: the app's name, the language switch and one card. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box className="login-backdrop">
      <PublicHeader title={t.app.name} />
      <Container size={440} component="main" id={mainContentId} tabIndex={-1} py="xl" className="main-content">
        <Paper withBorder shadow="sm" radius="md" p="lg">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
