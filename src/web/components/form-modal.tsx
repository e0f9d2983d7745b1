import { Button, Group, Modal, type MantineSpacing, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ErrorAlert } from './error-alert.js';

/**
 * A modal that holds a form: medium width (`xl` for a long one), the whole screen on a phone, a close button screen
 * readers can name.
 */
export function FormModal({
  opened,
  onClose,
  title,
  size = 'md',
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: 'md' | 'xl';
  children: ReactNode;
}) {
  const { t } = useI18n();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={isPhone}
      size={size}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      {children}
    </Modal>
  );
}

/**
 * The end of a form: cancel, then the submit button (busy while it saves), on the right (or, with
 * `justify="space-between"`, cancel on the left: the guards' phone forms, where the thumbs are).
 */
export function FormActions({
  onCancel,
  cancel,
  save,
  busy,
  mt,
  justify = 'flex-end',
}: {
  onCancel: () => void;
  cancel: string;
  save: string;
  busy: boolean;
  mt?: MantineSpacing;
  justify?: 'flex-end' | 'space-between';
}) {
  return (
    <Group justify={justify} mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {cancel}
      </Button>
      <Button type="submit" loading={busy}>
        {save}
      </Button>
    </Group>
  );
}

/**
 * A {@link FormModal} that is one form: the server's refusal on top, the fields, then cancel (it closes the modal) and
 * save ("Annuleren" and "Opslaan" unless named). `state` is the form's {@link useSubmit} (its error and busy flag);
 * `formRef` lets the caller focus the first field marked invalid.
 */
export function ModalForm({
  opened,
  onClose,
  title,
  size,
  formRef,
  onSubmit,
  state,
  cancel,
  save,
  gap = 'sm',
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: 'md' | 'xl';
  formRef?: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  state: { error: ApiError | null; busy: boolean };
  cancel?: string;
  save?: string;
  /** The space between the fields: `md` for a long form of grouped parts. */
  gap?: 'sm' | 'md';
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size={size}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Stack gap={gap}>
          {state.error && <ErrorAlert error={state.error} />}
          {children}
          <FormActions
            onCancel={onClose}
            cancel={cancel ?? t.app.cancel}
            save={save ?? t.app.save}
            busy={state.busy}
            mt="sm"
          />
        </Stack>
      </form>
    </FormModal>
  );
}
