import { Button, Group, Input, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import { tone } from './tones.js';

interface AttachmentsFieldProps {
  label: string;
  required: boolean;
  /** Ids of files already attached (uploaded through the files API). */
  ids: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
  fieldKey: string;
}

/**
 * The files attached to a registration. Attached files are kept on edit and can be taken off; uploading new files
 * waits for the files API (POST /api/files), which the server does not offer yet, so a field without files shows
 * nothing.
 */
export function AttachmentsField({ label, required, ids, error, onChange, fieldKey }: AttachmentsFieldProps) {
  const { t, fill } = useI18n();
  // Nothing to show or do until there are attachments (new ones need the files API).
  if (ids.length === 0 && !error) return null;
  return (
    <Input.Wrapper label={label} required={required} error={error} data-field={fieldKey} description={t.registrations.attachmentsLater}>
      <Group gap="sm" mt={4}>
        <Text size="sm">{ids.length === 0 ? t.registrations.attachmentsNone : fill(t.registrations.attachmentsCount, { count: ids.length })}</Text>
        {ids.length > 0 && <Button size="compact-sm" variant="subtle" color={tone.red} onClick={() => onChange([])}>{t.registrations.attachmentsRemove}</Button>}
      </Group>
    </Input.Wrapper>
  );
}
