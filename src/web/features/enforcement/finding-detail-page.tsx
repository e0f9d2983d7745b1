import { Anchor, Badge, Button, Grid, List, Stack, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  type FindingDetail,
  type FindingHolder,
  paymentMatches,
} from '../../../shared/api/enforcement-procedure.schema.js';
import { categoryLabels, finderLabels, finders, offenceCategories } from '../../../shared/enforcement/catalogue.js';
import { findingStatuses, findingStatusLabels, gasProcedure } from '../../../shared/enforcement/procedure.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { DeadlineEntry, TimelineEntry } from '../../components/dated-entries.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';
import { closeLabel, deadlineLabel, outcomeLabel, stepLabel } from '../cases/case-words.js';
import { FindingAppealForm, FindingCloseForm, FindingStepForm } from './finding-step-forms.js';
import { procedureApi } from './procedure.api.js';

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * One finding of enforcement at volume (issue 18): the facts, the prescription day, the steps done and the deadlines,
 * the steps that may follow (with the forms to record them, an appeal, closing) and the holder behind a button: his
 * name and address are personal data, fetched (and audited) only when asked for.
 */
export function FindingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useApiQuery(() => procedureApi.finding(id), `finding:${id}`, { keepPreviousData: true });
  return (
    <QueryView query={query} title={t.enforcement.title}>
      {(finding) => <FindingView finding={finding} reload={query.reload} />}
    </QueryView>
  );
}

function FindingView({ finding, reload }: { finding: FindingDetail; reload: () => void }) {
  const { t, fill, locale, date } = useI18n();
  const w = t.enforcementProcedure.finding;
  const mayWrite = useCan()('enforcement.write');
  const open = finding.closedOn === null;
  return (
    <>
      <PageHeader title={fill(w.title, { reference: finding.reference })}>
        <Anchor component={Link} to="/enforcement?tab=findings" data-print="hide">
          {w.back}
        </Anchor>
        <Badge
          size="xl"
          variant={finding.prescribed ? 'filled' : 'light'}
          color={finding.prescribed ? 'red.9' : 'blue'}
          w="fit-content"
          data-testid="prescription"
        >
          {fill(finding.prescribed ? w.prescribed : w.prescription, { date: date(finding.prescriptionOn) })}
        </Badge>
        {finding.closedOn && (
          <Text>
            {fill(w.closed, {
              date: date(finding.closedOn),
              outcome: closeLabel(gasProcedure, finding.closeReason ?? '', locale),
            })}
          </Text>
        )}
      </PageHeader>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <FactsPanel finding={finding} />
            <TimelinePanel finding={finding} />
            {mayWrite && open && (
              <>
                <FindingStepForm finding={finding} onDone={reload} />
                <FindingAppealForm finding={finding} onDone={reload} />
                <FindingCloseForm finding={finding} onDone={reload} />
              </>
            )}
            {!mayWrite && open && <Text size="sm">{w.readOnly}</Text>}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <DeadlinesPanel finding={finding} />
            <HolderPanel finding={finding} />
            {finding.payments.length > 0 && <PaymentsPanel finding={finding} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** Rows of label and value, the label a row header. */
function Facts({ rows }: { rows: readonly [string, ReactNode][] }) {
  return (
    <Table>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="40%">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FactsPanel({ finding: f }: { finding: FindingDetail }) {
  const { t, locale, dateTime } = useI18n();
  const w = t.enforcementProcedure.finding;
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const article = locale === 'fr' ? f.articleLabel.fr : f.articleLabel.nl;
  return (
    <Panel id="facts" title={w.facts}>
      <Facts
        rows={[
          [w.reference, f.reference],
          [
            w.article,
            <>
              {f.articleCode}
              {article && ` — ${article}`}
              {isOneOf(offenceCategories, f.category) && (
                <Text size="xs" c="dimmed">
                  {categoryLabels[f.category][locale]}
                </Text>
              )}
            </>,
          ],
          [w.observedAt, dateTime(f.observedAt)],
          [w.place, [f.street, f.houseNumber].filter(Boolean).join(' ') || '—'],
          [
            w.plate,
            f.plate ? `${f.plate}${f.plateCountry && f.plateCountry !== 'BE' ? ` (${f.plateCountry})` : ''}` : '—',
          ],
          [w.source, isOneOf(finders, f.source) ? finderLabels[f.source][locale] : f.source],
          [w.observer, f.observer],
          [w.amount, f.amountCents === null ? w.caseByCase : euro(f.amountCents)],
          [w.paid, euro(f.paidCents)],
          [
            w.status,
            <Badge variant="light">
              {isOneOf(findingStatuses, f.status) ? findingStatusLabels[f.status][locale] : f.status}
            </Badge>,
          ],
          [w.communication, <span className="tabular">{f.structuredCommunication}</span>],
        ]}
      />
    </Panel>
  );
}

function TimelinePanel({ finding }: { finding: FindingDetail }) {
  const { t, locale } = useI18n();
  const w = t.enforcementProcedure.finding;
  return (
    <Panel id="timeline" title={w.timeline}>
      <List type="ordered" spacing="xs">
        <TimelineEntry day={finding.observedOn}>{w.observed}</TimelineEntry>
        {finding.steps.map((s, i) => (
          <TimelineEntry key={`${s.stepKey}-${i}`} day={s.doneOn} note={s.note}>
            {stepLabel(gasProcedure, s.stepKey, locale)}
            {s.outcome && `: ${outcomeLabel(gasProcedure, s.stepKey, s.outcome, locale)}`}
            {s.batchId && (
              <Text span size="sm" c="dimmed">
                {' '}
                ({w.inBatch})
              </Text>
            )}
          </TimelineEntry>
        ))}
      </List>
      {finding.steps.length === 0 && (
        <Text size="sm" mt="xs">
          {w.noSteps}
        </Text>
      )}
    </Panel>
  );
}

function DeadlinesPanel({ finding }: { finding: FindingDetail }) {
  const { t, fill, locale, date } = useI18n();
  const w = t.enforcementProcedure.finding;
  const isPeriod = (key: string) => gasProcedure.deadlines.find((d) => d.key === key)?.period === true;
  return (
    <Panel id="deadlines" title={w.deadlines}>
      {finding.deadlines.length === 0 ? (
        <Text size="sm">{w.noDeadlines}</Text>
      ) : (
        <List spacing="xs">
          {finding.deadlines.map((d) => {
            // A period (for a defence, for an appeal) runs until its day and then is over, whatever was done in it.
            const words = isPeriod(d.key)
              ? d.metOn
                ? w.deadlinePeriodOver
                : w.deadlinePeriod
              : d.metOn
                ? w.deadlineMet
                : d.overdue
                  ? w.deadlineLate
                  : w.deadlineOpen;
            const day = isPeriod(d.key) ? d.due : (d.metOn ?? d.due);
            return (
              <DeadlineEntry key={d.key} label={deadlineLabel(gasProcedure, d.key, locale)} overdue={d.overdue}>
                {fill(words, { date: date(day) })}
              </DeadlineEntry>
            );
          })}
        </List>
      )}
    </Panel>
  );
}

/** The holder is shown only on request: every read is personal data and audited on the server. */
function HolderPanel({ finding }: { finding: FindingDetail }) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.holder;
  // The DIV answers nl, fr, de or en (or nothing): the language's name in the reader's language, an unknown code as is.
  const names = new Map(Object.entries({ ...t.downloads.languages, de: w.german }));
  const languageName = (code: string) => (code === '' ? '—' : (names.get(code) ?? code));
  const [holder, setHolder] = useState<FindingHolder | null | undefined>(undefined);
  const show = useSubmit(async () => setHolder(await procedureApi.holder(finding.id)));
  return (
    <Panel id="holder" title={w.title}>
      {show.error && <ErrorAlert error={show.error} />}
      {!finding.hasHolder || holder === null ? (
        <Text size="sm">{w.none}</Text>
      ) : holder === undefined ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{w.audited}</Text>
          <Button variant="default" loading={show.busy} onClick={() => void show.run()}>
            {w.show}
          </Button>
        </Stack>
      ) : (
        <Facts
          rows={[
            [w.name, holder.fullName ?? '—'],
            [
              w.address,
              <>
                {holder.addressLine ?? '—'}
                <br />
                {[holder.postalCode, holder.city].filter(Boolean).join(' ')}
                {holder.country && holder.country !== 'BE' ? ` (${holder.country})` : ''}
              </>,
            ],
            [w.language, languageName(holder.language)],
          ]}
        />
      )}
    </Panel>
  );
}

function PaymentsPanel({ finding }: { finding: FindingDetail }) {
  const { t, locale, date } = useI18n();
  const w = t.enforcementProcedure;
  const matches = w.payments.matches;
  return (
    <Panel id="payments" title={w.finding.payments}>
      <List spacing="xs">
        {finding.payments.map((p) => (
          <List.Item key={p.entryReference}>
            {date(p.bookedOn)}: {formatEuroCents(p.amountCents, locale)} —{' '}
            {isOneOf(paymentMatches, p.match) ? matches[p.match] : p.match}
          </List.Item>
        ))}
      </List>
    </Panel>
  );
}
