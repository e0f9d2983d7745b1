import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Agreement } from '../../../shared/api/partners.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { planApi } from '../plan/plan.api.js';
import { AgreementForm, PartnerForm, ReviewForm } from './partner-forms.js';
import { partnersApi } from './partners.api.js';
import { TableHead } from '../../components/table-head.js';

/** Long Dutch compounds (“Samenwerkingsovereenkomsten”) must not push a phone's page sideways. */
const wrapWords = { overflowWrap: 'anywhere', hyphens: 'auto' } as const;

/** The operational objectives of the newest confirmed plan version, to link an agreement to. */
function usePlanObjectives(enabled: boolean): { lineageId: string; label: string }[] {
  const tree = useApiQuery(async () => {
    if (!enabled) return null;
    const versions = await planApi.versions();
    const version =
      [...versions].sort((a, b) => b.versionNo - a.versionNo).find((v) => v.status === 'confirmed') ?? null;
    return version ? planApi.tree(version.id) : null;
  }, `partners-objectives:${enabled}`);
  if (tree.status !== 'success' || !tree.data) return [];
  return tree.data.sections.flatMap((s) =>
    s.strategic.flatMap((st) =>
      st.operational.map((op) => ({ lineageId: op.lineageId, label: `${op.number} ${op.title}`.slice(0, 120) })),
    ),
  );
}

/** Partner organisations and cooperation agreements with their objectives, monitoring rhythm, documents and reviews. */
export function PartnersPage() {
  const { t, fill, date } = useI18n();
  const w = t.partners;
  const can = useCan();
  const mayManage = can('partner.manage');
  const list = useApiQuery(() => partnersApi.list(), 'partners');
  const objectives = usePlanObjectives(mayManage);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const today = useToday();
  const day = (iso: string) => date(`${iso}T12:00:00Z`);

  if (list.status === 'loading') {
    return (
      <>
        <PageHeader title={w.title} intro={w.intro} />
        <CenteredLoader />
      </>
    );
  }
  if (list.status === 'error') {
    return (
      <>
        <PageHeader title={w.title} intro={w.intro} />
        <ErrorAlert error={list.error} onRetry={list.reload} />
      </>
    );
  }
  const { partners, agreements } = list.data;

  const agreementCard = (a: Agreement) => (
    <Paper
      key={a.id}
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`agreement-${a.id}`}
      data-testid="agreement"
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={`agreement-${a.id}`}>
          {a.title}
        </Title>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {a.partnerName}
          </Text>
          <Badge variant="outline" color="blue.9">
            {w.rhythmNames[a.rhythm]}
          </Badge>
        </Group>
        <Text size="sm">{`${w.signedOn} ${day(a.signedOn)}${a.endOn ? ` · ${fill(w.until, { date: day(a.endOn) })}` : ''}`}</Text>
        <Text size="sm" fw={600}>
          {w.objectives}
        </Text>
        <List size="sm" spacing={2}>
          {a.objectives.map((o, i) => (
            <List.Item key={`${i}-${o}`}>{o}</List.Item>
          ))}
        </List>
        {a.fileIds.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {w.documents}:
            </Text>
            {a.fileIds.map((id, i) => (
              <Anchor key={id} size="sm" href={`/api/files/${encodeURIComponent(id)}`}>
                {fill(w.document, { number: i + 1 })}
              </Anchor>
            ))}
          </Group>
        )}
        <Text size="sm">
          <strong>{w.nextReview}:</strong> {a.nextReviewOn ? day(a.nextReviewOn) : w.noNextReview}
        </Text>
        {a.reviews.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {w.reviews}
            </Text>
            <List size="sm" spacing={2} data-testid="reviews">
              {a.reviews.map((r) => (
                <List.Item key={r.dueOn}>
                  {r.reviewedOn
                    ? fill(w.reviewDone, { due: day(r.dueOn), done: day(r.reviewedOn) })
                    : fill(w.reviewOpen, { due: day(r.dueOn) })}
                  {r.notes ? <Text span size="sm">{` — ${r.notes}`}</Text> : null}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {mayManage &&
          (reviewing === a.id ? (
            <ReviewForm
              agreement={a}
              today={today}
              onCancel={() => setReviewing(null)}
              onSaved={() => {
                setReviewing(null);
                list.reload();
              }}
            />
          ) : a.reviews.length > 0 ? (
            <Group>
              <Button
                variant="light"
                size="sm"
                onClick={() => setReviewing(a.id)}
                aria-label={`${w.recordReview}: ${a.title}`}
              >
                {w.recordReview}
              </Button>
            </Group>
          ) : (
            <Text size="sm">{w.noOpenReview}</Text>
          ))}
      </Stack>
    </Paper>
  );

  return (
    <>
      <PageHeader title={w.title} intro={w.intro} />
      {!mayManage && (
        <Alert color="blue" mb="md">
          {w.readOnly}
        </Alert>
      )}
      <Stack gap="xl">
        <section aria-labelledby="partners-title">
          <Title order={2} id="partners-title" mb="xs" style={wrapWords}>
            {w.partnersTitle}
          </Title>
          {partners.length === 0 ? (
            <Text>{w.noPartners}</Text>
          ) : (
            <Table striped maw={720}>
              <TableHead cells={[w.name, w.kind]} />
              <Table.Tbody>
                {partners.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
                    <Table.Td>{w.kindNames[p.kind]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {mayManage && (
            <Paper withBorder p="md" mt="md" radius="md">
              <PartnerForm onSaved={list.reload} />
            </Paper>
          )}
        </section>

        <section aria-labelledby="agreements-title">
          <Title order={2} id="agreements-title" mb="xs" style={wrapWords}>
            {w.agreementsTitle}
          </Title>
          {agreements.length === 0 ? (
            <Text>{w.noAgreements}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>{agreements.map(agreementCard)}</SimpleGrid>
          )}
          {mayManage && partners.length > 0 && (
            <Paper withBorder p="md" mt="md" radius="md">
              <AgreementForm partners={partners} objectives={objectives} today={today} onSaved={list.reload} />
            </Paper>
          )}
        </section>
      </Stack>
    </>
  );
}
