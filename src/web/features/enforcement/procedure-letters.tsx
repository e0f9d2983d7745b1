import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type LetterBatch, type LetterKind, letterKinds } from '../../../shared/api/enforcement-procedure.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { FirstRows } from './first-rows.js';
import { letterBatchUrl, procedureApi } from './procedure.api.js';

const formats = ['docx', 'pdf'] as const;
/** The newest batches shown before "show all": the post room works from the last few. */
const firstBatches = 10;

/**
 * The letter batches: make one (every finding ready for a notification, or every fine unpaid after its period for a
 * reminder), and download each batch as DOCX and PDF for the post room.
 */
export function LetterBatches({
  ready,
  mayWrite,
  onMade,
}: {
  ready: { letters: number; reminders: number } | null;
  mayWrite: boolean;
  onMade: () => void;
}) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementProcedure.letters;
  const [generation, setGeneration] = useState(0);
  const batches = useApiQuery(() => procedureApi.letterBatches(), `letter-batches:${generation}`, {
    keepPreviousData: true,
  });
  const [kind, setKind] = useState<LetterKind>('notification');
  const [nothingReady, setNothingReady] = useState(false);
  const refresh = () => {
    setGeneration((n) => n + 1);
    onMade();
  };
  const make = useSubmit(
    async () => {
      const batch = await procedureApi.createLetterBatch(kind);
      setNothingReady(batch === null);
      if (batch) refresh();
      return batch;
    },
    (batch) => (batch ? fill(w.created, { letters: number(batch.letters) }) : undefined),
  );

  return (
    <Panel id="letter-batches" title={w.title}>
      <Stack gap="sm">
        <Text size="sm">{w.intro}</Text>
        {ready && (
          <Text size="sm" fw={600}>
            {fill(w.ready, { letters: number(ready.letters), reminders: number(ready.reminders) })}
          </Text>
        )}
        {make.error && <ErrorAlert error={make.error} />}
        {mayWrite && (
          <form onSubmit={make.onSubmit} noValidate>
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={w.kind}
                value={kind}
                onChange={(e) => {
                  setKind(e.currentTarget.value as LetterKind);
                  setNothingReady(false);
                }}
                data={letterKinds.map((k) => ({ value: k, label: w.kinds[k] }))}
              />
              <Button type="submit" loading={make.busy}>
                {w.create}
              </Button>
            </Group>
          </form>
        )}
        {nothingReady && (
          <Alert color="gray" variant="light" aria-live="polite">
            {w.none}
          </Alert>
        )}
        {batches.status === 'loading' && <CenteredLoader />}
        {batches.status === 'error' && <ErrorAlert error={batches.error} onRetry={batches.reload} />}
        {batches.status === 'success' &&
          (batches.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {w.empty}
            </Text>
          ) : (
            <FirstRows rows={batches.data} first={firstBatches}>
              {(shown) => <BatchTable batches={shown} mayWrite={mayWrite} onRendered={refresh} />}
            </FirstRows>
          ))}
      </Stack>
    </Panel>
  );
}

function BatchTable({
  batches,
  mayWrite,
  onRendered,
}: {
  batches: readonly LetterBatch[];
  mayWrite: boolean;
  onRendered: () => void;
}) {
  const { t, fill, date, number, locale } = useI18n();
  const w = t.enforcementProcedure.letters;
  // The batch whose files are being made: only its button shows as loading.
  const [rendering, setRendering] = useState<string | null>(null);
  const render = useSubmit(async (id: string) => {
    setRendering(id);
    try {
      await procedureApi.renderLetterBatch(id);
    } finally {
      setRendering(null);
    }
    onRendered();
  }, w.rendered);
  const kindLabel = (kind: string) => (kind in w.kinds ? w.kinds[kind as keyof typeof w.kinds] : kind);
  // Every row has the same links and button: their names say which batch they are for.
  const which = (b: LetterBatch) => ({
    kind: kindLabel(b.kind).toLocaleLowerCase(locale),
    date: date(b.createdOn),
    letters: number(b.letters),
  });
  return (
    <>
      {render.error && <ErrorAlert error={render.error} />}
      <DataTable<LetterBatch>
        rows={batches}
        minWidth={560}
        columns={[
          { key: 'createdOn', header: w.columns.createdOn, cell: (b) => date(b.createdOn) },
          { key: 'kind', header: w.columns.kind, cell: (b) => kindLabel(b.kind) },
          { key: 'letters', header: w.columns.letters, right: true, cell: (b) => number(b.letters) },
          {
            key: 'files',
            header: w.columns.files,
            cell: (b) =>
              b.docxFileId && b.pdfFileId ? (
                <Group gap="sm" wrap="nowrap">
                  {formats.map((format) => (
                    <Anchor
                      key={format}
                      href={letterBatchUrl(b.id, format)}
                      download
                      aria-label={fill(w.downloadNamed, { format: format.toUpperCase(), ...which(b) })}
                    >
                      {fill(w.download, { format: format.toUpperCase() })}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm">{w.notRendered}</Text>
                  {mayWrite && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={rendering === b.id}
                      // One batch at a time: the other buttons wait rather than ignore a click.
                      disabled={render.busy && rendering !== b.id}
                      aria-label={fill(w.renderNamed, which(b))}
                      onClick={() => void render.run(b.id)}
                    >
                      {w.render}
                    </Button>
                  )}
                </Group>
              ),
          },
        ]}
      />
    </>
  );
}
