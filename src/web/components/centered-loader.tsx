import { Center, Loader } from '@mantine/core';
import { useI18n } from '../i18n/i18n-context.js';

/** A spinner with a spoken label. */
export function CenteredLoader() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-label={t.app.loading}>
      <Loader size="md" />
    </Center>
  );
}
