import { Button, Group, Modal, type MantineSpacing } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** A modal that holds a form: medium width, the whole screen on a phone, a close button screen readers can name. */
export function FormModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
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
      size="md"
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
