import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSubmit } from '../lib/use-submit.js';
import { ErrorAlert } from './error-alert.js';
import { FormActions } from './form-modal.js';

/**
 * The inside of a "remove …?" modal: the question, then cancel and the confirming button. Confirming runs `action`;
 * when it succeeds, `success` is shown and `onDone` follows (a failure stays in the modal, in words).
 */
export function ConfirmForm({
  question,
  action,
  success,
  cancel,
  confirm,
  onCancel,
  onDone,
}: {
  question: ReactNode;
  action: () => Promise<unknown>;
  success: string;
  cancel: string;
  confirm: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const submit = useSubmit(action, success);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (await submit.run()) onDone();
      }}
    >
      <Stack>
        {submit.error && <ErrorAlert error={submit.error} />}
        <Text>{question}</Text>
        <FormActions onCancel={onCancel} cancel={cancel} save={confirm} busy={submit.busy} />
      </Stack>
    </form>
  );
}
