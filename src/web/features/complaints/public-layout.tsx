import './complaints.css';
import { Box, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { PublicHeader } from '../../components/auth-frame.js';
import { SkipLink, mainContentId } from '../../components/skip-link.js';

/** The citizen's frame, outside the signed-in app: the desk's name, the language switch, the content. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box className="public-backdrop">
      <SkipLink />
      <PublicHeader title={title} fz="lg" />
      <Container size={720} component="main" id={mainContentId} tabIndex={-1} py="lg" px="md" className="main-content">
        {children}
      </Container>
    </Box>
  );
}
