import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { readBase64 } from '../../lib/files.api.js';
import { useSubmit } from '../../lib/use-submit.js';

/** What every checked file answers: whether it was read before. */
interface DryRunResult {
  repeated: boolean;
}

/**
 * A file read in two moves, the way every import of the procedure goes: a check (dry run) that stores nothing and
 * says what would happen, then the import itself, offered only when the check found nothing wrong.
 */
export function DryRunUpload<R extends DryRunResult>({
  id,
  title,
  intro,
  accept,
  run,
  clean,
  summary,
  details,
  applied,
  onApplied,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  accept: string;
  run: (filename: string, contentBase64: string, dryRun: boolean) => Promise<R>;
  /** The check found nothing that stops the import. */
  clean: (checked: R) => boolean;
  /** The check's counts, in words. */
  summary: (checked: R) => ReactNode;
  /** What the check lists below its counts (rejected rows, lines to look at). */
  details?: (checked: R) => ReactNode;
  /** The import's result, in words (also the notice). */
  applied: (result: R) => string;
  onApplied: (result: R) => void;
}) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.upload;
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [done, setDone] = useState<R | null>(null);
  const check = useSubmit(async () => {
    if (!file) return;
    setDone(null);
    setChecked(await run(file.name, await readBase64(file), true));
  });
  const load = useSubmit(
    async () => {
      if (!file) return undefined;
      const result = await run(file.name, await readBase64(file), false);
      setDone(result);
      setChecked(null);
      onApplied(result);
      return result;
    },
    (result) => (result ? applied(result) : undefined),
  );
  const error = check.error ?? load.error;
  const ready = checked !== null && !checked.repeated && clean(checked);

  return (
    <Panel id={id} title={title}>
      <Stack gap="sm">
        {/* A column list has no spaces: it may break anywhere rather than widen a phone page. */}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {intro}
        </Text>
        {error && <ErrorAlert error={error} />}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <FileInput
            label={w.file}
            accept={accept}
            value={file}
            onChange={(value) => {
              setFile(value);
              setChecked(null);
              setDone(null);
              check.setError(null);
              load.setError(null);
            }}
            clearable
            w={320}
          />
          <Button variant="default" disabled={!file} loading={check.busy} onClick={() => void check.run()}>
            {w.check}
          </Button>
          <Button disabled={!ready} loading={load.busy} onClick={() => void load.run()}>
            {w.apply}
          </Button>
        </Group>
        {checked && (
          <Alert color={ready ? 'blue' : 'orange'} variant="light" aria-live="polite">
            {checked.repeated ? <Text size="sm">{w.repeated}</Text> : summary(checked)}
          </Alert>
        )}
        {done && (
          <Alert color="green" variant="light" aria-live="polite">
            {done.repeated ? w.repeated : applied(done)}
          </Alert>
        )}
        {checked && !checked.repeated && details?.(checked)}
      </Stack>
    </Panel>
  );
}
