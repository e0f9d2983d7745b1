import { Button, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context.js';
import { PageHeader } from './page-header.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t.notFound.title} />
      <Text mb="md">{t.notFound.text}</Text>
      <Button component={Link} to="/">
        {t.notFound.backHome}
      </Button>
    </>
  );
}
