import { Alert, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormActions } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { OutboxError } from './outbox-store.js';

/**
 * A form of the guard app: its heading (the form is labelled by it, `<id>-title`), the server's message when a queued
 * record came back for correction, the fields, and cancel / save with the thumbs (cancel left, save right).
 */
export function GuardForm({
  id,
  title,
  intro,
  correction,
  saving,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: string;
  correction: OutboxError | null | undefined;
  saving: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Title order={2} id={`${id}-title`}>
          {title}
        </Title>
        {intro && <Text size="sm">{intro}</Text>}
        {correction && (
          <Alert color="red" role="alert" title={t.guards.stateNeedsCorrection}>
            {correction.message || correction.code}
          </Alert>
        )}
        {children}
        <FormActions
          onCancel={onCancel}
          cancel={t.guards.cancel}
          save={t.guards.save}
          busy={saving}
          mt="sm"
          justify="space-between"
        />
      </Stack>
    </form>
  );
}
