import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { BudgetLine, FinanceOverview, Pot, Scheme, Staff } from '../../../shared/api/finance.schema.js';
import type { DecisionPath } from '../../../shared/api/decisions.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
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

const financeTabs = ['overview', 'staff', 'expenses', 'budget', 'decisions'] as const;
type FinanceTab = (typeof financeTabs)[number];
type FinanceModal =
  | { kind: 'expense' }
  | { kind: 'staff'; staff: Staff | null }
  | { kind: 'line'; line: BudgetLine | null }
  | { kind: 'decision'; editing: DecisionEdit | null };

const stateColor: Record<Pot['state'], string> = { ok: 'teal.9', near: '#a33d08', over: 'red.9' };

/** Conventions checked by the rules, staff, spending against the caps, the multi-year plan and the justification. */
export function FinancePage() {
  const { t, fill, date, locale } = useI18n();
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
  const euro = (cents: number | null) =>
    cents === null
      ? '—'
      : new Intl.NumberFormat(`${locale}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const potWord: Record<Pot['key'], string> = { wages: w.potWages, equipment_training: w.potEquipment, all: w.potAll };
  const stateWord: Record<Pot['state'], string> = { ok: w.stateOk, near: w.stateNear, over: w.stateOver };

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
  const finding = (s: Scheme) =>
    s.findings.map((f) => {
      switch (f.code) {
        case 'wage_differs':
          return fill(w.wageDiffers, { stated: euro(f.statedCents), rule: euro(f.ruleCents) });
        case 'equipment_over_cap':
          return fill(w.equipmentOverCap, { equipment: euro(f.equipmentCents), cap: euro(f.capCents) });
        case 'parts_differ_from_total':
          return fill(w.partsDiffer, { parts: euro(f.partsCents), amount: euro(f.amountCents) });
        case 'amount_below_wage':
          return fill(w.amountBelowWage, { amount: euro(f.amountCents), rule: euro(f.ruleCents) });
      }
    });
  const paths: DecisionPath[] =
    decisions.status === 'success' ? pathsForYear(decisions.data, data.versionId, data.year) : [];
  const f = t.financeForms;
  const stepWord = {
    college_referral: t.calendar.stageCollege,
    council_approval: t.calendar.stageCouncil,
    ministry_submission: t.calendar.stageMinistry,
  };
  const years = [data.year - 1, data.year, data.year + 1];

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
          <Stack gap="xl">
            <section aria-labelledby="conventions-title">
              <Title order={2} id="conventions-title" mb="xs">
                {w.conventions}
              </Title>
              <Text size="sm" mb="sm">
                {w.rulesNote}
              </Text>
              <Table.ScrollContainer minWidth={760}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.scheme}</Table.Th>
                      <Table.Th ta="right">{w.fte}</Table.Th>
                      <Table.Th ta="right">{w.amount}</Table.Th>
                      <Table.Th ta="right">{w.wageRule}</Table.Th>
                      <Table.Th ta="right">{w.equipment}</Table.Th>
                      <Table.Th ta="right">{w.equipmentCap}</Table.Th>
                      <Table.Th>{w.check}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.schemes.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>{s.name}</Table.Td>
                        <Table.Td ta="right">{s.fteHundredths === null ? '—' : s.fteHundredths / 100}</Table.Td>
                        <Table.Td ta="right">{euro(s.amountCents)}</Table.Td>
                        <Table.Td ta="right">{euro(s.ruleWageCents)}</Table.Td>
                        <Table.Td ta="right">{euro(s.equipmentCents)}</Table.Td>
                        <Table.Td ta="right">{euro(s.equipmentCapCents)}</Table.Td>
                        <Table.Td>
                          {s.findings.length === 0 ? (
                            <Badge color="teal.9" variant="outline">
                              {w.agrees}
                            </Badge>
                          ) : (
                            <Stack gap={2}>
                              <Badge color="red.9">{w.mismatch}</Badge>
                              {finding(s).map((text) => (
                                <Text key={text} size="sm" data-testid="convention-finding">
                                  {text}
                                </Text>
                              ))}
                            </Stack>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th>{w.total}</Table.Th>
                      <Table.Th />
                      <Table.Th ta="right">{euro(data.totals.grantedCents)}</Table.Th>
                      <Table.Th colSpan={4} />
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            </section>
            <section aria-labelledby="pots-title">
              <Title order={2} id="pots-title" mb="xs">
                {w.pots}
              </Title>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.scheme}</Table.Th>
                      <Table.Th>{w.category}</Table.Th>
                      <Table.Th ta="right">{w.cap}</Table.Th>
                      <Table.Th ta="right">{w.spent}</Table.Th>
                      <Table.Th ta="right">{w.remaining}</Table.Th>
                      <Table.Th>{w.check}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.schemes.flatMap((s) =>
                      s.pots.map((p) => (
                        <Table.Tr key={`${s.id}-${p.key}`}>
                          <Table.Td>{s.name}</Table.Td>
                          <Table.Td>{potWord[p.key]}</Table.Td>
                          <Table.Td ta="right">{euro(p.capCents)}</Table.Td>
                          <Table.Td ta="right">{euro(p.spentCents)}</Table.Td>
                          <Table.Td ta="right">{euro(p.remainingCents)}</Table.Td>
                          <Table.Td>
                            <Badge color={stateColor[p.state]} variant={p.state === 'ok' ? 'outline' : 'filled'}>
                              {stateWord[p.state]}
                            </Badge>
                          </Table.Td>
                        </Table.Tr>
                      )),
                    )}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </section>
            <section aria-labelledby="report-title">
              <Title order={2} id="report-title" mb="xs">
                {w.report}
              </Title>
              <Group>
                {(['docx', 'pdf', 'xlsx'] as const).flatMap((format) =>
                  (['nl', 'fr'] as const).map((lang) => (
                    <Anchor
                      key={`${format}-${lang}`}
                      href={`/api/reports/finance?year=${data.year}&format=${format}&lang=${lang}`}
                      download
                    >
                      {fill(w.download, { format: format.toUpperCase(), lang: lang.toUpperCase() })}
                    </Anchor>
                  )),
                )}
              </Group>
            </section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <section aria-labelledby="staff-title">
            <Title order={2} id="staff-title" mb="xs">
              {w.staff}
            </Title>
            {data.staff.length === 0 ? (
              <Text>{w.noStaff}</Text>
            ) : (
              <Table.ScrollContainer minWidth={620}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.person}</Table.Th>
                      <Table.Th>{w.scheme}</Table.Th>
                      <Table.Th>{w.regime}</Table.Th>
                      <Table.Th>{w.start}</Table.Th>
                      <Table.Th>{w.end}</Table.Th>
                      <Table.Th ta="right">{w.eligible}</Table.Th>
                      {mayManage && (
                        <Table.Th>
                          <span className="visually-hidden">{f.edit}</span>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.staff.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>{s.label}</Table.Td>
                        <Table.Td>{schemeName.get(s.schemeId)}</Table.Td>
                        <Table.Td>{s.regime}</Table.Td>
                        <Table.Td>{date(`${s.startOn}T12:00:00Z`)}</Table.Td>
                        <Table.Td>{s.endOn ? date(`${s.endOn}T12:00:00Z`) : '—'}</Table.Td>
                        <Table.Td ta="right">{euro(s.yearCents)}</Table.Td>
                        {mayManage && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              aria-label={fill(f.editStaff, { name: s.label })}
                              onClick={() => setModal({ kind: 'staff', staff: s })}
                            >
                              {f.edit}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {mayManage && data.schemes.length > 0 && (
              <Button mt="md" onClick={() => setModal({ kind: 'staff', staff: null })}>
                {f.addStaff}
              </Button>
            )}
          </section>
        </Tabs.Panel>
        <Tabs.Panel value="expenses">
          <section aria-labelledby="expenses-title">
            <Title order={2} id="expenses-title" mb="xs">
              {w.expenses}
            </Title>
            {mayManage && data.schemes.length > 0 && (
              <Button mb="sm" onClick={() => setModal({ kind: 'expense' })}>
                {w.addExpense}
              </Button>
            )}
            {data.expenses.length === 0 ? (
              <Text>{w.noExpenses}</Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.date}</Table.Th>
                      <Table.Th>{w.scheme}</Table.Th>
                      <Table.Th>{w.category}</Table.Th>
                      <Table.Th>{w.description}</Table.Th>
                      <Table.Th ta="right">{w.spent}</Table.Th>
                      <Table.Th>{w.evidence}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...data.expenses].reverse().map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>{date(`${e.spentOn}T12:00:00Z`)}</Table.Td>
                        <Table.Td>{schemeName.get(e.schemeId)}</Table.Td>
                        <Table.Td>
                          {
                            {
                              wages: w.wages,
                              equipment: w.equipmentCategory,
                              training: w.training,
                              operating: w.operating,
                            }[e.category]
                          }
                        </Table.Td>
                        <Table.Td>
                          {e.description}
                          {e.overCap && (
                            <Badge ml="xs" color="red.9">
                              {w.overCap}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{euro(e.amountCents)}</Table.Td>
                        <Table.Td>
                          {e.fileIds.map((id, i) => (
                            <Anchor key={id} href={`/api/files/${id}`} mr="xs">{`${w.evidence} ${i + 1}`}</Anchor>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
        </Tabs.Panel>
        <Tabs.Panel value="budget">
          <section aria-labelledby="budget-title">
            <Title order={2} id="budget-title" mb="xs">
              {w.budget}
            </Title>
            {data.budgetLines.length === 0 ? (
              <Text>{w.noBudget}</Text>
            ) : (
              <Table.ScrollContainer minWidth={mayManage ? 860 : 720}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.code}</Table.Th>
                      <Table.Th>{w.description}</Table.Th>
                      <Table.Th ta="right">{w.budgetAmount}</Table.Th>
                      <Table.Th ta="right">{w.councilEstimate}</Table.Th>
                      <Table.Th ta="right">{w.expected}</Table.Th>
                      <Table.Th ta="right">{w.difference}</Table.Th>
                      <Table.Th>{w.check}</Table.Th>
                      {mayManage && (
                        <Table.Th>
                          <span className="visually-hidden">{f.edit}</span>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.budgetLines.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>{l.code}</Table.Td>
                        <Table.Td>{l.label}</Table.Td>
                        <Table.Td ta="right">{euro(l.budgetCents)}</Table.Td>
                        <Table.Td ta="right">{euro(l.councilEstimateCents)}</Table.Td>
                        <Table.Td ta="right">{euro(l.expectedCents)}</Table.Td>
                        <Table.Td ta="right">{euro(l.differenceCents)}</Table.Td>
                        <Table.Td>
                          <Badge color={l.flagged ? 'red.9' : 'teal.9'} variant={l.flagged ? 'filled' : 'outline'}>
                            {l.flagged ? w.toCorrect : w.inLine}
                          </Badge>
                          {l.councilDifferenceCents !== null && l.councilDifferenceCents !== 0 && (
                            <Text size="sm">
                              {fill(w.councilDifference, { difference: euro(l.councilDifferenceCents) })}
                            </Text>
                          )}
                        </Table.Td>
                        {mayManage && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              aria-label={fill(f.editLine, { code: l.code })}
                              onClick={() => setModal({ kind: 'line', line: l })}
                            >
                              {f.edit}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {mayManage && data.schemes.length > 0 && (
              <Button mt="md" onClick={() => setModal({ kind: 'line', line: null })}>
                {f.addBudgetLine}
              </Button>
            )}
          </section>
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <section aria-labelledby="decisions-title">
            <Title order={2} id="decisions-title" mb="xs">
              {w.decisions}
            </Title>
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
                        {`${stepWord[s.step]}: ${s.decidedOn ? date(`${s.decidedOn}T12:00:00Z`) : f.notYet}`}
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
          </section>
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
            onSaved={() => {
              setModal(null);
              overview.reload();
            }}
          />
        )}
        {modal?.kind === 'staff' && (
          <StaffForm
            key={`${data.year}:${modal.staff?.id ?? 'new'}`}
            schemes={data.schemes}
            year={data.year}
            staff={modal.staff}
            onCancel={() => setModal(null)}
            onSaved={() => {
              setModal(null);
              overview.reload();
            }}
          />
        )}
        {modal?.kind === 'line' && (
          <BudgetLineForm
            key={`${data.year}:${modal.line?.id ?? 'new'}`}
            schemes={data.schemes}
            year={data.year}
            line={modal.line}
            onSaved={() => {
              setModal(null);
              overview.reload();
            }}
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
