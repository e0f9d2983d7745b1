import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { FinanceOverview, Pot, Scheme } from '../../../shared/api/finance.schema.js';
import { DataTable } from '../../components/data-table.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TitledSection } from '../../components/titled-section.js';

const stateColor: Record<Pot['state'], string> = { ok: 'teal.9', near: '#a33d08', over: 'red.9' };

/** Money in euro in the interface language ("€ 1.234,56"); `—` for none. */
export function useEuro(): (cents: number | null) => string {
  const { locale } = useI18n();
  return (cents) =>
    cents === null
      ? '—'
      : new Intl.NumberFormat(`${locale}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * The finance overview: each convention checked against the rules (wage, equipment cap, parts against the total),
 * the pots against their caps, and the finance report to download.
 */
export function FinanceOverviewTab({ data }: { data: FinanceOverview }) {
  const { t, fill } = useI18n();
  const w = t.finance;
  const euro = useEuro();
  const potWord: Record<Pot['key'], string> = { wages: w.potWages, equipment_training: w.potEquipment, all: w.potAll };
  const stateWord: Record<Pot['state'], string> = { ok: w.stateOk, near: w.stateNear, over: w.stateOver };
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

  return (
    <Stack gap="xl">
      <TitledSection id="conventions" title={w.conventions}>
        <Text size="sm" mb="sm">
          {w.rulesNote}
        </Text>
        <DataTable
          minWidth={760}
          rows={data.schemes}
          columns={[
            { key: 'scheme', header: w.scheme, cell: (s) => s.name },
            {
              key: 'fte',
              header: w.fte,
              right: true,
              cell: (s) => (s.fteHundredths === null ? '—' : s.fteHundredths / 100),
            },
            { key: 'amount', header: w.amount, right: true, cell: (s) => euro(s.amountCents) },
            { key: 'wageRule', header: w.wageRule, right: true, cell: (s) => euro(s.ruleWageCents) },
            { key: 'equipment', header: w.equipment, right: true, cell: (s) => euro(s.equipmentCents) },
            { key: 'equipmentCap', header: w.equipmentCap, right: true, cell: (s) => euro(s.equipmentCapCents) },
            {
              key: 'check',
              header: w.check,
              cell: (s) =>
                s.findings.length === 0 ? (
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
                ),
            },
          ]}
          footer={
            <Table.Tr>
              <Table.Th>{w.total}</Table.Th>
              <Table.Th />
              <Table.Th ta="right">{euro(data.totals.grantedCents)}</Table.Th>
              <Table.Th colSpan={4} />
            </Table.Tr>
          }
        />
      </TitledSection>
      <TitledSection id="pots" title={w.pots}>
        <DataTable
          minWidth={640}
          rows={data.schemes.flatMap((s) => s.pots.map((p) => ({ scheme: s, pot: p })))}
          rowKey={({ scheme, pot }) => `${scheme.id}-${pot.key}`}
          columns={[
            { key: 'scheme', header: w.scheme, cell: ({ scheme }) => scheme.name },
            { key: 'category', header: w.category, cell: ({ pot }) => potWord[pot.key] },
            { key: 'cap', header: w.cap, right: true, cell: ({ pot }) => euro(pot.capCents) },
            { key: 'spent', header: w.spent, right: true, cell: ({ pot }) => euro(pot.spentCents) },
            { key: 'remaining', header: w.remaining, right: true, cell: ({ pot }) => euro(pot.remainingCents) },
            {
              key: 'check',
              header: w.check,
              cell: ({ pot }) => (
                <Badge color={stateColor[pot.state]} variant={pot.state === 'ok' ? 'outline' : 'filled'}>
                  {stateWord[pot.state]}
                </Badge>
              ),
            },
          ]}
        />
      </TitledSection>
      <TitledSection id="report" title={w.report}>
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
      </TitledSection>
    </Stack>
  );
}
