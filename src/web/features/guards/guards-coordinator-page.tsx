import { Tabs } from '@mantine/core';
import { PageHeader, useDocumentTitle } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { GuardBriefingPanel, GuardShiftsPanel, GuardVaststellersPanel } from './guard-admin-panels.js';
import { GuardMeldingenPanel } from './guard-meldingen-panel.js';
import { GuardOverviewPanel } from './guard-overview-panel.js';
import { GuardViolencePanel } from './guard-violence-panel.js';
import './guards.css';

/** `/guards`: the coordinator's view of the community guards. */
export function GuardsCoordinatorPage() {
  const { t } = useI18n();
  useDocumentTitle(t.guards.coordinatorTitle);
  return (
    <>
      <PageHeader title={t.guards.coordinatorTitle} intro={t.guards.coordinatorIntro} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t.guards.tabOverview}</Tabs.Tab>
          <Tabs.Tab value="meldingen">{t.guards.tabMeldingen}</Tabs.Tab>
          <Tabs.Tab value="shifts">{t.guards.tabShifts}</Tabs.Tab>
          <Tabs.Tab value="briefing">{t.guards.tabBriefing}</Tabs.Tab>
          <Tabs.Tab value="guards">{t.guards.tabGuards}</Tabs.Tab>
          <Tabs.Tab value="violence">{t.guards.tabViolence}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <GuardOverviewPanel />
        </Tabs.Panel>
        <Tabs.Panel value="meldingen">
          <GuardMeldingenPanel />
        </Tabs.Panel>
        <Tabs.Panel value="shifts">
          <GuardShiftsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="briefing">
          <GuardBriefingPanel />
        </Tabs.Panel>
        <Tabs.Panel value="guards">
          <GuardVaststellersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="violence">
          <GuardViolencePanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
