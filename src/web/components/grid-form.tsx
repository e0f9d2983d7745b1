import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../api/api-client.js';
import { ErrorAlert } from './error-alert.js';

/**
 * A form whose fields sit two by two (one under the other on a phone): the server's refusal above them, what goes
 * under the grid (`below`, a note), then the submit button, busy while it saves.
 */
export function GridForm({
  onSubmit,
  error,
  busy,
  save,
  disabled,
  variant,
  below,
  children,
}: {
  onSubmit: (event: FormEvent) => void;
  error: ApiError | null;
  busy: boolean;
  save: string;
  disabled: boolean;
  variant?: 'outline';
  below?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {error && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>{children}</SimpleGrid>
        {below}
        <Group>
          <Button type="submit" variant={variant} loading={busy} disabled={disabled}>
            {save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
