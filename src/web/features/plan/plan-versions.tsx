import { Badge, Button, Card, FileInput, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { PlanVersionSummary } from '../../../shared/api/plan.schema.js';
import { ApiError } from '../../api/api-client.js';
import { CardHeading } from '../../components/card-heading.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { planApi } from './plan.api.js';

/**
 * The largest file sent to the server (its body schema takes 25 MB of text). The parser itself refuses more than
 * 5 MB with PLAN_PARSE_TOO_LARGE; larger files are refused here, before uploading them.
 */
export const maxPlanFileBytes = 25 * 1024 * 1024;

export function VersionStatusBadge({ status }: { status: PlanVersionSummary['status'] }) {
  const { t } = useI18n();
  return (
    <Badge className="status-badge" variant="filled" color={status === 'confirmed' ? 'teal.9' : '#9C4A00'}>
      {status === 'confirmed' ? t.planWorkspace.versions.confirmed : t.planWorkspace.versions.draft}
    </Badge>
  );
}

/** "01/01/2020 – 31/12/2020", or the words for an unknown period. */
export function usePeriod(): (version: PlanVersionSummary) => string {
  const { t, date } = useI18n();
  return (version) => {
    if (!version.periodStart && !version.periodEnd) return t.planWorkspace.versions.noPeriod;
    return `${version.periodStart ? date(version.periodStart) : '…'} – ${version.periodEnd ? date(version.periodEnd) : '…'}`;
  };
}

/** Every version of the plan, newest first; one is open in the workspace below. */
export function VersionList({
  versions,
  selectedId,
  onSelect,
}: {
  versions: PlanVersionSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, fill, number, dateTime } = useI18n();
  const words = t.planWorkspace.versions;
  const period = usePeriod();
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, xl: 3 }}
      spacing="sm"
      component="ul"
      className="version-list"
      aria-label={words.listLabel}
    >
      {versions.map((version) => {
        const selected = version.id === selectedId;
        return (
          <Card
            component="li"
            key={version.id}
            withBorder
            padding="sm"
            radius="md"
            className={selected ? 'version-card is-selected' : 'version-card'}
            data-version={version.versionNo}
            aria-current={selected ? 'true' : undefined}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div>
                <Text fw={700}>{version.label}</Text>
                <Text size="sm">{fill(words.versionNo, { version: version.versionNo })}</Text>
              </div>
              <VersionStatusBadge status={version.status} />
            </Group>
            <Text size="sm" mt={4}>
              {fill(words.period, { period: period(version) })}
            </Text>
            <Text size="sm">
              {fill(words.counts, {
                sections: number(version.counts.sections),
                operational: number(version.counts.operational),
                indicators: number(version.counts.indicators),
              })}
            </Text>
            <Text size="sm">{fill(words.warnings, { count: number(version.warnings.length) })}</Text>
            {version.versionNo > 1 && (
              <Text size="sm">
                {fill(words.continued, {
                  count: number(version.continuedIndicators),
                  total: number(version.counts.indicators),
                })}
              </Text>
            )}
            <Text size="xs" className="secondary-text" mt={4}>
              {version.confirmedAt
                ? fill(words.confirmedAt, { date: dateTime(version.confirmedAt) })
                : fill(words.importedAt, { date: dateTime(version.createdAt) })}
            </Text>
            <Group mt="xs">
              {selected ? (
                <Text size="sm" fw={600} className="open-marker">
                  {words.isOpen}
                </Text>
              ) : (
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => onSelect(version.id)}
                  aria-label={fill(words.openLabel, { label: version.label, version: version.versionNo })}
                >
                  {words.open}
                </Button>
              )}
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

/** Upload of a plan text (.txt converted from the PDF): read in the browser, stored by the server as a draft. */
export function PlanImport({ onImported }: { onImported: (version: PlanVersionSummary) => void }) {
  const { t, fill, number } = useI18n();
  const words = t.planWorkspace.import;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const {
    run,
    busy,
    error: failure,
    setError: setFailure,
  } = useSubmit(
    async (chosen: File) => {
      const text = await chosen.text();
      // A NUL byte means a binary file (a pdf renamed to .txt): said as such here, since the server refuses any NUL
      // in a request with the general TEXT_INVALID_CHARACTERS before its plan parser could say PLAN_PARSE_BINARY.
      if (text.includes('\u0000')) throw new ApiError(0, 'PLAN_PARSE_BINARY', words.notText);
      const version = await planApi.importText(chosen.name, text);
      setFile(null);
      onImported(version);
      return version;
    },
    (version) =>
      fill(words.imported, { label: version.label, version: version.versionNo, warnings: version.warnings.length }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!file) {
      setFileError(words.fileRequired);
      return;
    }
    setFileError(undefined);
    if (file.size > maxPlanFileBytes) {
      setFailure(
        new ApiError(
          0,
          'PLAN_FILE_TOO_LARGE',
          fill(words.tooLarge, { size: number(Math.round(file.size / 1024 / 1024)) }),
        ),
      );
      return;
    }
    void run(file);
  };

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="plan-import-title"
      className="plan-import"
      id="plan-import"
    >
      <CardHeading id="plan-import-title" order={2} title={words.title} intro={words.intro} />
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" mt="sm">
          {failure && <ErrorAlert error={failure} title={words.failed} />}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label={words.file}
              description={words.fileHint}
              placeholder={words.choose}
              accept=".txt,text/plain"
              name="plan-file"
              value={file}
              onChange={(value) => {
                setFile(value);
                setFileError(undefined);
                setFailure(null);
              }}
              error={fileError}
              clearable
              clearButtonProps={{ 'aria-label': words.clear }}
              className="plan-file-input"
              classNames={{ placeholder: 'plan-file-placeholder' }}
            />
            <Button type="submit" loading={busy}>
              {words.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
