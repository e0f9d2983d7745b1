import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** The page's one h1, its intro, and the document title. */
export function PageHeader({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1}>{title}</Title>
      {intro && <Text className="page-intro">{intro}</Text>}
      {children}
    </Stack>
  );
}

export function useDocumentTitle(page: string): void {
  const { t, fill } = useI18n();
  useEffect(() => {
    document.title = fill(t.app.documentTitle, { page });
  }, [page, t, fill]);
}
