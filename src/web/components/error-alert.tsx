import { Alert, Button, Text } from '@mantine/core';
import { type ApiError, clientErrorCodes } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The server's localised message, with its stable code small underneath for support. */
export function ErrorAlert({ error, title, onRetry }: { error: ApiError; title?: string; onRetry?: () => void }) {
  const { t, fill } = useI18n();
  const message = error.message || (error.code === clientErrorCodes.network ? t.errors.network : t.errors.unexpected);
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{message}</Text>
      <Text size="xs" mt={4} className="error-code">
        {fill(t.errors.code, { code: error.code })}
      </Text>
      {onRetry && (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={onRetry}>
          {t.errors.retry}
        </Button>
      )}
    </Alert>
  );
}
