import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PlanTree } from '../../../shared/api/plan.schema.js';
import { formatEuroCents, formatNumber } from '../../../shared/i18n/format.js';
import { isLocale, type Locale, locales } from '../../../shared/i18n/locale.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { EditElementModal } from './edit-element-modal.js';
import { ElementHistoryDrawer } from './element-history-drawer.js';
import type { PlanElementRef } from './plan-element.js';
import { PlanReview } from './plan-review.js';
import { PlanTreeView, type RevealRequest } from './plan-tree.js';
import { planApi, planExportFormats } from './plan.api.js';
import { usePeriod, VersionStatusBadge } from './plan-versions.js';
import { DecisionStageBadge } from '../decisions/decision-stage.js';

interface PlanWorkspaceProps {
  versionId: string;
  mayManage: boolean;
  /** The version list must be read again (a confirmation or a correction changed it). */
  onVersionsChanged: () => void;
  onDiscarded: () => void;
  /** Put the focus on the workspace's heading once loaded (after opening or importing a version). */
  focusOnLoad: boolean;
}

/** One plan version: its facts, the review of a draft, the export, and the tree with corrections and history. */
export function PlanWorkspace({
  versionId,
  mayManage,
  onVersionsChanged,
  onDiscarded,
  focusOnLoad,
}: PlanWorkspaceProps) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace;
  const tree = useApiQuery(() => planApi.tree(versionId), `plan-tree:${versionId}`, { keepPreviousData: true });
  const [editing, setEditing] = useState<PlanElementRef | null>(null);
  const [historyOf, setHistoryOf] = useState<PlanElementRef | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = tree.status === 'success';
  // After a confirmation the review (and the button that had the focus) goes away: the focus moves to the heading.
  const [focusAfterReload, setFocusAfterReload] = useState(false);

  useEffect(() => {
    if (loaded && focusOnLoad) headingRef.current?.focus();
  }, [loaded, focusOnLoad, versionId]);

  const confirmed = tree.status === 'success' && tree.data.version.status === 'confirmed';
  useEffect(() => {
    if (!focusAfterReload || !confirmed) return;
    headingRef.current?.focus();
    setFocusAfterReload(false);
  }, [focusAfterReload, confirmed]);

  if (tree.status === 'loading') return <CenteredLoader />;
  if (tree.status === 'error') return <ErrorAlert error={tree.error} onRetry={tree.reload} />;
  const data = tree.data;
  const { version } = data;
  const isDraft = version.status === 'draft';

  return (
    <section aria-labelledby="plan-workspace-title" className="plan-workspace" aria-busy={tree.refreshing}>
      <Group gap="sm" align="center" wrap="wrap" mb="xs">
        <Title order={2} id="plan-workspace-title" ref={headingRef} tabIndex={-1} className="focus-heading">
          {fill(words.workspaceTitle, { label: version.label, version: version.versionNo })}
        </Title>
        <VersionStatusBadge status={version.status} />
        <DecisionStageBadge versionId={version.id} />
      </Group>
      <VersionFacts tree={data} />
      <PlanExport versionId={version.id} />

      {isDraft && mayManage && (
        <PlanReview
          tree={data}
          onReveal={(elementId) => setReveal((current) => ({ elementId, seq: (current?.seq ?? 0) + 1 }))}
          onConfirmed={() => {
            setFocusAfterReload(true);
            tree.reload();
            onVersionsChanged();
          }}
          onDiscarded={onDiscarded}
        />
      )}
      {isDraft && !mayManage && (
        <Alert variant="light" color="blue" mt="md">
          {words.draftNote}
        </Alert>
      )}

      <PlanTreeView tree={data} mayManage={mayManage} onEdit={setEditing} onHistory={setHistoryOf} reveal={reveal} />

      {mayManage && (
        <EditElementModal
          element={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            tree.reload();
            onVersionsChanged();
          }}
        />
      )}
      <ElementHistoryDrawer element={historyOf} onClose={() => setHistoryOf(null)} />
    </section>
  );
}

function VersionFacts({ tree }: { tree: PlanTree }) {
  const { t, fill, dateTime, locale } = useI18n();
  const words = t.planWorkspace.versions;
  const period = usePeriod();
  const { version } = tree;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {fill(words.period, { period: period(version) })} · {fill(words.source, { file: version.sourceFilename })}
      </Text>
      <Text size="sm">
        {fill(words.fullCounts, {
          sections: version.counts.sections,
          general: version.counts.general,
          strategic: version.counts.strategic,
          operational: version.counts.operational,
          results: version.counts.results,
          indicators: version.counts.indicators,
        })}
      </Text>
      {version.versionNo > 1 && (
        <Text size="sm">
          {fill(words.continued, { count: version.continuedIndicators, total: version.counts.indicators })}
        </Text>
      )}
      {version.funding.length > 0 && (
        <Text size="sm">
          {words.funding}{' '}
          {version.funding
            .map(
              (line) =>
                `${line.scheme}: ${formatEuroCents(Math.round(line.amount_eur * 100), locale)}${line.fte != null ? ` (${fill(words.fte, { fte: formatNumber(line.fte, locale) })})` : ''}`,
            )
            .join(' · ')}
        </Text>
      )}
      <Text size="xs" className="secondary-text">
        {fill(words.importedAt, { date: dateTime(version.createdAt) })}
        {version.confirmedAt ? ` · ${fill(words.confirmedAt, { date: dateTime(version.confirmedAt) })}` : ''}
      </Text>
    </Stack>
  );
}

const formatLabels = { docx: 'Word (DOCX)', pdf: 'PDF', xlsx: 'Excel (XLSX)' } as const;

/** Download links for the plan as a document, shown only when the server offers the export. */
function PlanExport({ versionId }: { versionId: string }) {
  const { t, locale } = useI18n();
  const words = t.planWorkspace.export;
  const [lang, setLang] = useState<Locale>(locale);
  const available = useApiQuery(() => planApi.exportAvailable(versionId, locale), `plan-export:${versionId}`);
  if (available.status !== 'success' || !available.data) return null;
  return (
    <Group
      gap="xs"
      mt="sm"
      align="flex-end"
      wrap="wrap"
      role="group"
      aria-labelledby="plan-export-title"
      data-print="hide"
    >
      <Text size="sm" fw={600} id="plan-export-title" className="export-title">
        {words.title}
      </Text>
      <NativeSelect
        label={words.language}
        size="xs"
        value={lang}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLocale(value)) setLang(value);
        }}
        data={locales.map((value) => ({ value, label: localeNames[value] }))}
      />
      {planExportFormats.map((format) => (
        <Button
          key={format}
          component="a"
          href={planApi.exportUrl(versionId, format, lang)}
          download
          size="xs"
          variant="outline"
        >
          {formatLabels[format]}
        </Button>
      ))}
    </Group>
  );
}
