import './plan.css';
import { Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PlanVersionSummary } from '../../../shared/api/plan.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useMe } from '../auth/session-context.js';
import { planApi } from './plan.api.js';
import { PlanImport, VersionList } from './plan-versions.js';
import { PlanWorkspace } from './plan-workspace.js';

/** The version people work with unless they pick another: the newest confirmed one, else the newest draft. */
export function defaultVersionId(versions: PlanVersionSummary[]): string | null {
  const newestFirst = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  return (newestFirst.find((version) => version.status === 'confirmed') ?? newestFirst[0])?.id ?? null;
}

/** The plan workspace: versions, import and review of a new text, and the plan as a searchable, correctable tree. */
export function PlanPage() {
  const { t, fill } = useI18n();
  const words = t.planWorkspace;
  const me = useMe();
  const can = useCan();
  const mayManage = can('plan.manage');
  const versions = useApiQuery(() => planApi.versions(), 'plan-versions', { keepPreviousData: true });
  const [params, setParams] = useSearchParams();
  const [focusOnLoad, setFocusOnLoad] = useState(false);
  // The upload form is folded away once there is a plan: the tree is what people work with.
  const [importOpen, setImportOpen] = useState(false);
  // A discarded draft leaves the list at once, before the list is read again.
  const [discarded, setDiscarded] = useState<ReadonlySet<string>>(() => new Set());

  const list = versions.status === 'success' ? versions.data.filter((version) => !discarded.has(version.id)) : [];
  const requested = params.get('version');
  // A version just imported is not in the list until it is read again: trust the address meanwhile.
  const known = requested !== null && (list.some((version) => version.id === requested) || versions.refreshing);
  const selectedId = known ? requested : defaultVersionId(list);

  const open = (id: string | null, focus: boolean) => {
    setFocusOnLoad(focus);
    setParams(id ? { version: id } : {});
  };

  return (
    <>
      <PageHeader title={words.title} intro={fill(words.intro, { municipality: me.municipality.name })} />
      {versions.status === 'loading' && <CenteredLoader />}
      {versions.status === 'error' && <ErrorAlert error={versions.error} onRetry={versions.reload} />}
      {versions.status === 'success' && (
        <>
          <section aria-labelledby="plan-versions-title" className="plan-versions">
            <Group justify="space-between" align="center" mb="xs" gap="xs">
              <Title order={2} size="h4" id="plan-versions-title">
                {words.versions.title}
              </Title>
              {mayManage && list.length > 0 && (
                <Button
                  variant={importOpen ? 'default' : 'outline'}
                  size="xs"
                  aria-expanded={importOpen}
                  aria-controls={importOpen ? 'plan-import' : undefined}
                  onClick={() => setImportOpen(!importOpen)}
                >
                  {words.import.toggle}
                </Button>
              )}
            </Group>
            {list.length === 0 ? (
              <Text>{mayManage ? words.versions.noneManager : words.versions.none}</Text>
            ) : (
              <VersionList versions={list} selectedId={selectedId} onSelect={(id) => open(id, true)} />
            )}
          </section>
          {mayManage && (importOpen || list.length === 0) && (
            <PlanImport
              onImported={(version) => {
                setImportOpen(false);
                versions.reload();
                open(version.id, true);
              }}
            />
          )}
          {selectedId && (
            <PlanWorkspace
              key={selectedId}
              versionId={selectedId}
              mayManage={mayManage}
              focusOnLoad={focusOnLoad}
              onVersionsChanged={versions.reload}
              onDiscarded={() => {
                setDiscarded((current) => new Set([...current, selectedId]));
                versions.reload();
                open(null, true);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
