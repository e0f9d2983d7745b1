import './complaints.css';
import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch.js';
import { SkipLink, mainContentId } from '../../components/skip-link.js';

/** The citizen's frame, outside the signed-in app: the desk's name, the language switch, the content. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box className="public-backdrop">
      <SkipLink />
      <header className="login-header">
        <Group justify="space-between" px="md" h={60} wrap="nowrap">
          <Text fw={800} fz="lg" className="app-name">
            {title}
          </Text>
          <LanguageSwitch />
        </Group>
      </header>
      <Container size={720} component="main" id={mainContentId} tabIndex={-1} py="lg" px="md" className="main-content">
        {children}
      </Container>
    </Box>
  );
}
