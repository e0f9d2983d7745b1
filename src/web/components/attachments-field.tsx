import { Anchor, Button, FileButton, Group, Input, List } from '@mantine/core';
import { useState } from 'react';
import { allowedFileTypes, maxFileBytes } from '../../shared/api/files.schema.js';
import { toApiError } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { filesApi, readBase64 } from '../lib/files.api.js';
import { tone } from '../lib/tones.js';

interface AttachmentsFieldProps {
  label: string;
  required: boolean;
  /** Ids of the attached files. */
  ids: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
  fieldKey: string;
}

const maxAttachments = 20;
const accept = Object.keys(allowedFileTypes)
  .map((extension) => `.${extension}`)
  .join(',');

/** Whether svpp takes this file: an allowed extension and at most 10 MB (the server checks again). */
export function fileRefusal(file: { name: string; size: number }): 'type' | 'size' | null {
  const extension = file.name.includes('.') ? (file.name.toLowerCase().split('.').pop() ?? '') : '';
  if (!Object.hasOwn(allowedFileTypes, extension)) return 'type';
  return file.size > maxFileBytes ? 'size' : null;
}

/**
 * Files attached to a registration (minutes, evidence): each is uploaded when chosen and the registration keeps its
 * id. Files attached earlier stay on edit and can be opened or taken off.
 */
export function AttachmentsField({ label, required, ids, error, onChange, fieldKey }: AttachmentsFieldProps) {
  const { t, fill, number } = useI18n();
  const [names, setNames] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (files: File[]) => {
    setProblem(null);
    const room = maxAttachments - ids.length;
    if (files.length > room) {
      setProblem(fill(t.registrations.attachmentsTooMany, { max: maxAttachments }));
      return;
    }
    const added: string[] = [];
    setUploading(true);
    try {
      for (const file of files) {
        const refusal = fileRefusal(file);
        if (refusal) {
          setProblem(
            fill(refusal === 'type' ? t.registrations.attachmentType : t.registrations.attachmentSize, {
              name: file.name,
              max: number(maxFileBytes / 1024 / 1024),
            }),
          );
          break;
        }
        const stored = await filesApi.upload(file.name, await readBase64(file));
        added.push(stored.id);
        setNames((current) => ({ ...current, [stored.id]: stored.name }));
      }
    } catch (reason) {
      setProblem(toApiError(reason).message || t.errors.unexpected);
    } finally {
      setUploading(false);
      if (added.length > 0) onChange([...ids, ...added]);
    }
  };

  const shownError = problem ?? error;

  return (
    <Input.Wrapper
      label={label}
      required={required}
      error={shownError}
      data-field={fieldKey}
      description={t.registrations.attachmentsHint}
    >
      {ids.length > 0 && (
        <List size="sm" mt={6} spacing={4} listStyleType="none" pl={0}>
          {ids.map((id, index) => {
            const name = names[id] ?? fill(t.registrations.attachmentNumber, { number: index + 1 });
            return (
              <List.Item key={id}>
                <Group gap="sm" wrap="nowrap">
                  <Anchor href={`/api/files/${encodeURIComponent(id)}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Anchor>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={tone.red}
                    onClick={() => onChange(ids.filter((candidate) => candidate !== id))}
                    aria-label={fill(t.registrations.attachmentRemove, { name })}
                  >
                    {t.registrations.delete}
                  </Button>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <Group mt={6}>
        <FileButton
          onChange={(files) => void upload(files)}
          accept={accept}
          multiple
          disabled={uploading || ids.length >= maxAttachments}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="sm"
              loading={uploading}
              aria-label={`${t.registrations.attachmentsAdd} (${label})`}
            >
              {t.registrations.attachmentsAdd}
            </Button>
          )}
        </FileButton>
      </Group>
    </Input.Wrapper>
  );
}
