import { Tabs } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Action } from '../../../shared/access/roles.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';

function tab<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * Enforcement at volume (issue 18): findings by the thousand, their procedure, the catalogue, the analysis, the
 * association (GASAM) and the steering group. Each tab is its own module and chunk.
 */
const tabs = {
  findings: { action: 'enforcement.read', Component: tab(() => import('./findings-tab.js'), 'FindingsTab') },
  procedure: { action: 'enforcement.read', Component: tab(() => import('./procedure-tab.js'), 'ProcedureTab') },
  analysis: {
    action: 'enforcement.statistics.read',
    Component: tab(() => import('./analysis-tab.js'), 'AnalysisTab'),
  },
  catalogue: { action: 'enforcement.read', Component: tab(() => import('./catalogue-tab.js'), 'CatalogueTab') },
  association: {
    action: 'enforcement.read',
    Component: tab(() => import('./association-tab.js'), 'AssociationTab'),
  },
  steering: { action: 'enforcement.read', Component: tab(() => import('./steering-tab.js'), 'SteeringTab') },
} satisfies Record<string, { action: Action; Component: ComponentType }>;
type TabKey = keyof typeof tabs;

export function EnforcementPage() {
  const { t } = useI18n();
  const w = t.enforcement;
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const visible = (Object.keys(tabs) as TabKey[]).filter((key) => can(tabs[key].action));
  const asked = params.get('tab') as TabKey | null;
  const current: TabKey | undefined = asked && visible.includes(asked) ? asked : visible[0];
  const pick = (value: string | null) => {
    const next = new URLSearchParams();
    next.set('tab', value ?? visible[0] ?? 'analysis');
    setParams(next);
  };
  return (
    <>
      <PageHeader title={w.title} intro={w.description} />
      <Tabs value={current ?? null} onChange={pick} keepMounted={false}>
        <Tabs.List mb="md">
          {visible.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {w.tabs[key]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((key) => {
          const { Component } = tabs[key];
          return (
            <Tabs.Panel key={key} value={key}>
              <Suspense fallback={<CenteredLoader />}>
                <Component />
              </Suspense>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}
