import { Alert, Anchor, Badge, Button, Group, Modal, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { BudgetLine, Expense, FinanceOverview, Staff } from '../../../shared/api/finance.schema.js';
import type { DecisionPath } from '../../../shared/api/decisions.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable, editColumn } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { planApi } from '../plan/plan.api.js';
import { BudgetLineForm } from './budget-line-form.js';
import { type DecisionEdit, DecisionForm } from '../decisions/decision-form.js';
import { ExpenseForm } from './expense-form.js';
import { pathsForYear } from './finance-forms-model.js';
import { StaffForm } from './staff-form.js';
import { financeApi } from './finance.api.js';
import { TitledSection } from '../../components/titled-section.js';
import { FinanceOverviewTab, useEuro } from './finance-overview-tab.js';

const financeTabs = ['overview', 'staff', 'expenses', 'budget', 'decisions'] as const;
type FinanceTab = (typeof financeTabs)[number];
type FinanceModal =
  | { kind: 'expense' }
  | { kind: 'staff'; staff: Staff | null }
  | { kind: 'line'; line: BudgetLine | null }
  | { kind: 'decision'; editing: DecisionEdit | null };

/** Conventions checked by the rules, staff, spending against the caps, the multi-year plan and the justification. */
export function FinancePage() {
  const { t, fill, date } = useI18n();
  const w = t.finance;
  const can = useCan();
  const mayManage = can('finance.manage');
  // The forms open in a modal from a button: a new item starts empty, editing one is its own action.
  const [modal, setModal] = useState<FinanceModal | null>(null);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: FinanceTab = financeTabs.includes(tabParam as FinanceTab) ? (tabParam as FinanceTab) : 'overview';
  const pickTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    next.set('tab', value ?? 'overview');
    setParams(next);
  };
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/u.test(yearParam) ? Number(yearParam) : undefined;
  const overview = useApiQuery(() => financeApi.overview(year), `finance:${year ?? 'default'}`, {
    keepPreviousData: true,
  });
  const decisions = useApiQuery(() => financeApi.decisions(), 'finance-decisions');
  const versionId = overview.status === 'success' ? overview.data.versionId : null;
  const tree = useApiQuery(
    () => (versionId ? planApi.tree(versionId) : Promise.resolve(null)),
    `finance-tree:${versionId ?? 'none'}`,
  );
  const euro = useEuro();

  if (overview.status === 'loading') {
    return (
      <>
        <PageHeader title={w.title} intro={w.intro} />
        <CenteredLoader />
      </>
    );
  }
  if (overview.status === 'error') {
    return (
      <>
        <PageHeader title={w.title} intro={w.intro} />
        {overview.error.code === 'PLAN_NONE' ? (
          <Alert color="blue">{w.noPlan}</Alert>
        ) : (
          <ErrorAlert error={overview.error} onRetry={overview.reload} />
        )}
      </>
    );
  }
  const data: FinanceOverview = overview.data;
  const objectives =
    tree.status === 'success' && tree.data
      ? tree.data.sections.flatMap((s) =>
          s.strategic.flatMap((st) =>
            st.operational.map((op) => ({ lineageId: op.lineageId, label: `${op.number} ${op.title}`.slice(0, 120) })),
          ),
        )
      : [];
  const schemeName = new Map(data.schemes.map((s) => [s.id, s.name]));
  const paths: DecisionPath[] =
    decisions.status === 'success' ? pathsForYear(decisions.data, data.versionId, data.year) : [];
  const f = t.financeForms;
  const stepWord = {
    college_referral: t.calendar.stageCollege,
    council_approval: t.calendar.stageCouncil,
    ministry_submission: t.calendar.stageMinistry,
  };
  const years = [data.year - 1, data.year, data.year + 1];
  const day = (isoDay: string) => date(`${isoDay}T12:00:00Z`);
  const categoryWord: Record<Expense['category'], string> = {
    wages: w.wages,
    equipment: w.equipmentCategory,
    training: w.training,
    operating: w.operating,
  };
  const savedOverview = () => {
    setModal(null);
    overview.reload();
  };

  return (
    <>
      <PageHeader title={w.title} intro={w.intro}>
        <Group align="flex-end">
          <NativeSelect
            label={w.year}
            value={String(data.year)}
            onChange={(e) => setParams({ year: e.currentTarget.value, tab })}
            data={years.map(String)}
            w={140}
          />
          <Text size="sm">{data.versionLabel}</Text>
        </Group>
      </PageHeader>
      {!mayManage && (
        <Alert color="blue" mb="md">
          {w.readOnly}
        </Alert>
      )}
      {data.schemes.length === 0 && (
        <Alert color="blue" mb="md">
          {w.setupIntro}{' '}
          {mayManage && (
            <Button size="xs" ml="sm" onClick={() => void financeApi.setup(data.year).then(overview.reload)}>
              {w.setup}
            </Button>
          )}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => pickTab(value)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{w.tabOverview}</Tabs.Tab>
          <Tabs.Tab value="staff">{w.tabStaff}</Tabs.Tab>
          <Tabs.Tab value="expenses">{w.tabExpenses}</Tabs.Tab>
          <Tabs.Tab value="budget">{w.tabBudget}</Tabs.Tab>
          <Tabs.Tab value="decisions">{w.tabDecisions}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <FinanceOverviewTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <TitledSection id="staff" title={w.staff}>
            <DataTable
              minWidth={620}
              empty={w.noStaff}
              rows={data.staff}
              columns={[
                { key: 'person', header: w.person, cell: (s) => s.label },
                { key: 'scheme', header: w.scheme, cell: (s) => schemeName.get(s.schemeId) },
                { key: 'regime', header: w.regime, cell: (s) => s.regime },
                { key: 'start', header: w.start, cell: (s) => day(s.startOn) },
                { key: 'end', header: w.end, cell: (s) => (s.endOn ? day(s.endOn) : '—') },
                { key: 'eligible', header: w.eligible, right: true, cell: (s) => euro(s.yearCents) },
                mayManage &&
                  editColumn<Staff>(
                    f.edit,
                    (s) => fill(f.editStaff, { name: s.label }),
                    (s) => setModal({ kind: 'staff', staff: s }),
                  ),
              ]}
            />
            {mayManage && data.schemes.length > 0 && (
              <Button mt="md" onClick={() => setModal({ kind: 'staff', staff: null })}>
                {f.addStaff}
              </Button>
            )}
          </TitledSection>
        </Tabs.Panel>
        <Tabs.Panel value="expenses">
          <TitledSection id="expenses" title={w.expenses}>
            {mayManage && data.schemes.length > 0 && (
              <Button mb="sm" onClick={() => setModal({ kind: 'expense' })}>
                {w.addExpense}
              </Button>
            )}
            <DataTable
              minWidth={720}
              empty={w.noExpenses}
              rows={[...data.expenses].reverse()}
              columns={[
                { key: 'date', header: w.date, cell: (e) => day(e.spentOn) },
                { key: 'scheme', header: w.scheme, cell: (e) => schemeName.get(e.schemeId) },
                { key: 'category', header: w.category, cell: (e) => categoryWord[e.category] },
                {
                  key: 'description',
                  header: w.description,
                  cell: (e) => (
                    <>
                      {e.description}
                      {e.overCap && (
                        <Badge ml="xs" color="red.9">
                          {w.overCap}
                        </Badge>
                      )}
                    </>
                  ),
                },
                { key: 'spent', header: w.spent, right: true, cell: (e) => euro(e.amountCents) },
                {
                  key: 'evidence',
                  header: w.evidence,
                  cell: (e) =>
                    e.fileIds.map((id, i) => (
                      <Anchor key={id} href={`/api/files/${id}`} mr="xs">{`${w.evidence} ${i + 1}`}</Anchor>
                    )),
                },
              ]}
            />
          </TitledSection>
        </Tabs.Panel>
        <Tabs.Panel value="budget">
          <TitledSection id="budget" title={w.budget}>
            <DataTable
              minWidth={mayManage ? 860 : 720}
              empty={w.noBudget}
              rows={data.budgetLines}
              columns={[
                { key: 'code', header: w.code, cell: (l) => l.code },
                { key: 'description', header: w.description, cell: (l) => l.label },
                { key: 'budget', header: w.budgetAmount, right: true, cell: (l) => euro(l.budgetCents) },
                {
                  key: 'council',
                  header: w.councilEstimate,
                  right: true,
                  cell: (l) => euro(l.councilEstimateCents),
                },
                { key: 'expected', header: w.expected, right: true, cell: (l) => euro(l.expectedCents) },
                { key: 'difference', header: w.difference, right: true, cell: (l) => euro(l.differenceCents) },
                {
                  key: 'check',
                  header: w.check,
                  cell: (l) => (
                    <>
                      <Badge color={l.flagged ? 'red.9' : 'teal.9'} variant={l.flagged ? 'filled' : 'outline'}>
                        {l.flagged ? w.toCorrect : w.inLine}
                      </Badge>
                      {l.councilDifferenceCents !== null && l.councilDifferenceCents !== 0 && (
                        <Text size="sm">
                          {fill(w.councilDifference, { difference: euro(l.councilDifferenceCents) })}
                        </Text>
                      )}
                    </>
                  ),
                },
                mayManage &&
                  editColumn<BudgetLine>(
                    f.edit,
                    (l) => fill(f.editLine, { code: l.code }),
                    (l) => setModal({ kind: 'line', line: l }),
                  ),
              ]}
            />
            {mayManage && data.schemes.length > 0 && (
              <Button mt="md" onClick={() => setModal({ kind: 'line', line: null })}>
                {f.addBudgetLine}
              </Button>
            )}
          </TitledSection>
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <TitledSection id="decisions" title={w.decisions}>
            <Stack gap="xs">
              {paths.map((p) => (
                <div key={p.subjectKey} data-testid="decision-path">
                  <Text fw={600}>{p.label}</Text>
                  <Group
                    gap="md"
                    component="ul"
                    aria-label={fill(f.stepsOf, { label: p.label })}
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  >
                    {p.steps.map((s) => (
                      <Text component="li" size="sm" key={s.step}>
                        {`${stepWord[s.step]}: ${s.decidedOn ? day(s.decidedOn) : f.notYet}`}
                        {can('decision.manage') && s.decidedOn && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            ml={4}
                            aria-label={fill(f.editDecision, { step: stepWord[s.step], label: p.label })}
                            onClick={() =>
                              setModal({ kind: 'decision', editing: { subjectKey: p.subjectKey, step: s.step } })
                            }
                          >
                            {f.edit}
                          </Button>
                        )}
                        {s.fileId && (
                          <>
                            {' '}
                            (
                            <Anchor size="sm" href={`/api/files/${encodeURIComponent(s.fileId)}`}>
                              {f.decisionDocument}
                            </Anchor>
                            )
                          </>
                        )}
                      </Text>
                    ))}
                  </Group>
                </div>
              ))}
            </Stack>
            {can('decision.manage') && paths.length > 0 && (
              <Button mt="md" onClick={() => setModal({ kind: 'decision', editing: null })}>
                {f.decisionNew}
              </Button>
            )}
          </TitledSection>
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={modal !== null}
        onClose={() => setModal(null)}
        closeButtonProps={{ 'aria-label': t.app.close }}
        size="xl"
        title={
          modal?.kind === 'expense'
            ? w.addExpense
            : modal?.kind === 'staff'
              ? modal.staff
                ? fill(f.editStaff, { name: modal.staff.label })
                : f.addStaff
              : modal?.kind === 'line'
                ? f.budgetLineTitle
                : modal?.kind === 'decision'
                  ? modal.editing
                    ? f.decisionEditTitle
                    : f.decisionTitle
                  : ''
        }
      >
        {modal?.kind === 'expense' && (
          <ExpenseForm
            key={data.year}
            schemes={data.schemes}
            year={data.year}
            objectives={objectives}
            onSaved={savedOverview}
          />
        )}
        {modal?.kind === 'staff' && (
          <StaffForm
            key={`${data.year}:${modal.staff?.id ?? 'new'}`}
            schemes={data.schemes}
            year={data.year}
            staff={modal.staff}
            onCancel={() => setModal(null)}
            onSaved={savedOverview}
          />
        )}
        {modal?.kind === 'line' && (
          <BudgetLineForm
            key={`${data.year}:${modal.line?.id ?? 'new'}`}
            schemes={data.schemes}
            year={data.year}
            line={modal.line}
            onSaved={savedOverview}
          />
        )}
        {modal?.kind === 'decision' && (
          <DecisionForm
            key={modal.editing ? `${modal.editing.subjectKey}:${modal.editing.step}` : 'new'}
            paths={paths}
            editing={modal.editing}
            onSaved={() => {
              setModal(null);
              decisions.reload();
            }}
          />
        )}
      </Modal>
    </>
  );
}
