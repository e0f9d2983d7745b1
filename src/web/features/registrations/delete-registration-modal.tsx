import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { registrationsApi } from './registrations.api.js';

/** Asks before removing a registration (it stays in the audit log) and removes it. */
export function DeleteRegistrationModal({
  target,
  onClose,
  onDeleted,
}: {
  target: { id: string; description: string } | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, fill } = useI18n();
  const {
    run,
    busy,
    error: failure,
  } = useSubmit(async (id: string) => {
    await registrationsApi.remove(id);
    onDeleted();
  }, t.registrations.deleted);

  const confirm = () => {
    if (target) void run(target.id);
  };

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t.registrations.deleteTitle}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      <Stack gap="sm">
        {failure && <ErrorAlert error={failure} />}
        <Text>{fill(t.registrations.deleteQuestion, { registration: target?.description ?? '' })}</Text>
        <Text size="sm" className="secondary-text">
          {t.registrations.deleteAudit}
        </Text>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t.registrations.cancel}
          </Button>
          <Button color="red.9" onClick={confirm} loading={busy}>
            {t.registrations.deleteConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
