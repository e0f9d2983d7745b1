import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { GasAmount, GasArticleInput } from '../../../shared/api/enforcement.schema.js';
import {
  categoryLabels,
  type Finder,
  finderLabels,
  finders,
  type GasArticle,
  inForce,
  type OffenceCategory,
  offenceCategories,
  regulationLabels,
  regulations,
  type Regulation,
} from '../../../shared/enforcement/catalogue.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable } from '../../components/data-table.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';
import { intakeApi } from './intake.api.js';

type Editing = { mode: 'add' } | { mode: 'edit'; article: GasArticle } | { mode: 'end'; article: GasArticle } | null;

/**
 * The catalogue tab (issue 18): the offence catalogue as data — every article version with its category's amount on
 * a chosen day, who may find it, prescription and validity; the fixed amounts per category and period. Those who
 * manage enforcement add, change and end articles and add amounts.
 */
export function CatalogueTab() {
  const { t, locale, fill, date } = useI18n();
  const w = t.enforcementIntake.catalogue;
  const can = useCan();
  const mayManage = can('enforcement.manage');
  const [on, setOn] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const catalogue = useApiQuery(() => intakeApi.catalogue(on || undefined), `catalogue:${on}`, {
    keepPreviousData: true,
  });
  if (catalogue.status === 'loading') return <CenteredLoader />;
  if (catalogue.status === 'error') return <ErrorAlert error={catalogue.error} onRetry={catalogue.reload} />;
  const { articles, amounts, on: day } = catalogue.data;
  const done = () => {
    setEditing(null);
    catalogue.reload();
  };
  const validity = (a: { validFrom: string; validTo: string | null }) =>
    a.validTo
      ? fill(w.fromTo, { from: date(a.validFrom), to: date(a.validTo) })
      : fill(w.from, { from: date(a.validFrom) });

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {w.title}
          </Title>
          <Group align="flex-end">
            <DateField label={w.on} value={on || day} onChange={setOn} />
            {mayManage && <Button onClick={() => setEditing({ mode: 'add' })}>{w.add}</Button>}
          </Group>
        </Group>
        <DataTable<GasArticle>
          rows={articles}
          minWidth={900}
          empty={w.empty}
          columns={[
            { key: 'article', header: w.columns.article, cell: (a) => a.article },
            {
              key: 'description',
              header: w.columns.description,
              cell: (a) => (locale === 'fr' ? a.labels.fr : a.labels.nl),
            },
            { key: 'category', header: w.columns.category, cell: (a) => categoryLabels[a.category][locale] },
            {
              key: 'amount',
              header: w.columns.amount,
              right: true,
              cell: (a) => (a.amountCents === null ? w.caseByCase : formatEuroCents(a.amountCents, locale)),
            },
            {
              key: 'finders',
              header: w.columns.finders,
              cell: (a) => a.finders.map((f) => finderLabels[f][locale]).join(', '),
            },
            { key: 'mixed', header: w.columns.mixed, cell: (a) => (a.mixed ? w.yes : w.no) },
            { key: 'mediation', header: w.columns.mediation, cell: (a) => (a.mediation ? w.yes : w.no) },
            {
              key: 'prescription',
              header: w.columns.prescription,
              cell: (a) => fill(w.months, { months: a.prescriptionMonths }),
            },
            {
              key: 'validity',
              header: w.columns.validity,
              cell: (a) => (
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{validity(a)}</Text>
                  <Badge variant="light" color={inForce(a, day) ? 'green' : 'gray'}>
                    {inForce(a, day) ? w.inForce : w.ended}
                  </Badge>
                </Group>
              ),
            },
            mayManage && {
              key: 'actions',
              header: <span className="visually-hidden">{w.edit}</span>,
              cell: (a) => (
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ mode: 'edit', article: a })}>
                    {w.edit}
                  </Button>
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ mode: 'end', article: a })}>
                    {w.end}
                  </Button>
                </Group>
              ),
            },
          ]}
        />
      </Card>
      <AmountsCard amounts={amounts} mayManage={mayManage} onSaved={catalogue.reload} validity={validity} />
      <FormModal
        opened={editing?.mode === 'add' || editing?.mode === 'edit'}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `${w.edit}: ${editing.article.article}` : w.add}
      >
        {(editing?.mode === 'add' || editing?.mode === 'edit') && (
          <ArticleForm
            article={editing.mode === 'edit' ? editing.article : null}
            onCancel={() => setEditing(null)}
            onSaved={done}
          />
        )}
      </FormModal>
      <FormModal
        opened={editing?.mode === 'end'}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'end' ? `${w.endTitle}: ${editing.article.article}` : w.endTitle}
      >
        {editing?.mode === 'end' && (
          <EndForm article={editing.article} onCancel={() => setEditing(null)} onSaved={done} />
        )}
      </FormModal>
    </Stack>
  );
}

function ArticleForm({
  article,
  onCancel,
  onSaved,
}: {
  article: GasArticle | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const w = t.enforcementIntake.catalogue;
  const [value, setValue] = useState<GasArticleInput>(
    article
      ? {
          article: article.article,
          regulation: article.regulation,
          category: article.category,
          labels: article.labels,
          mixed: article.mixed,
          mediation: article.mediation,
          finders: article.finders,
          prescriptionMonths: article.prescriptionMonths,
          validFrom: article.validFrom,
          validTo: article.validTo,
        }
      : {
          article: '',
          regulation: 'abp',
          category: 'abp',
          labels: { nl: '', fr: '' },
          mixed: false,
          mediation: true,
          finders: ['police'],
          prescriptionMonths: 6,
          validFrom: '',
          validTo: null,
        },
  );
  const save = useSubmit(async () => {
    if (article) {
      const { article: _code, validFrom: _from, ...patch } = value;
      await intakeApi.updateArticle(article.id, patch);
    } else await intakeApi.createArticle(value);
    onSaved();
  }, w.saved);
  const set = <K extends keyof GasArticleInput>(key: K, next: GasArticleInput[K]) =>
    setValue((current) => ({ ...current, [key]: next }));
  const toggleFinder = (finder: Finder, on: boolean) =>
    set('finders', on ? [...new Set([...value.finders, finder])] : value.finders.filter((f) => f !== finder));
  const f = w.form;
  return (
    <form onSubmit={(event: FormEvent) => save.onSubmit(event)} noValidate>
      <Stack gap="sm">
        {save.error && <ErrorAlert error={save.error} />}
        <TextInput
          label={f.article}
          required
          disabled={article !== null}
          value={value.article}
          onChange={(e) => set('article', e.currentTarget.value)}
        />
        <NativeSelect
          label={f.regulation}
          value={value.regulation}
          onChange={(e) => set('regulation', e.currentTarget.value as Regulation)}
          data={regulations.map((r) => ({ value: r, label: regulationLabels[r][locale] }))}
        />
        <NativeSelect
          label={f.category}
          value={value.category}
          onChange={(e) => set('category', e.currentTarget.value as OffenceCategory)}
          data={offenceCategories.map((c) => ({ value: c, label: categoryLabels[c][locale] }))}
        />
        <TextInput
          label={f.labelNl}
          required
          value={value.labels.nl}
          onChange={(e) => set('labels', { ...value.labels, nl: e.currentTarget.value })}
        />
        <TextInput
          label={f.labelFr}
          required
          value={value.labels.fr}
          onChange={(e) => set('labels', { ...value.labels, fr: e.currentTarget.value })}
        />
        <Checkbox label={f.mixed} checked={value.mixed} onChange={(e) => set('mixed', e.currentTarget.checked)} />
        <Checkbox
          label={f.mediation}
          checked={value.mediation}
          onChange={(e) => set('mediation', e.currentTarget.checked)}
        />
        <Checkbox.Group label={f.finders} value={value.finders}>
          <Group mt={4}>
            {finders.map((finder) => (
              <Checkbox
                key={finder}
                value={finder}
                label={finderLabels[finder][locale]}
                onChange={(e) => toggleFinder(finder, e.currentTarget.checked)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <NumberInput
          label={f.prescriptionMonths}
          min={1}
          max={120}
          allowDecimal={false}
          value={value.prescriptionMonths}
          onChange={(n) => set('prescriptionMonths', typeof n === 'number' ? n : Number(n) || 0)}
        />
        <DateField
          label={f.validFrom}
          required
          disabled={article !== null}
          value={value.validFrom}
          onChange={(day) => set('validFrom', day)}
        />
        <DateField label={f.validTo} value={value.validTo ?? ''} onChange={(day) => set('validTo', day || null)} />
        <FormActions onCancel={onCancel} cancel={w.cancel} save={w.save} busy={save.busy} />
      </Stack>
    </form>
  );
}

function EndForm({ article, onCancel, onSaved }: { article: GasArticle; onCancel: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const w = t.enforcementIntake.catalogue;
  const [day, setDay] = useState(article.validTo ?? '');
  const save = useSubmit(async () => {
    await intakeApi.endArticle(article.id, day);
    onSaved();
  }, w.ended_);
  return (
    <form onSubmit={save.onSubmit} noValidate>
      <Stack gap="sm">
        {save.error && <ErrorAlert error={save.error} />}
        <DateField label={w.endDay} required value={day} min={article.validFrom} onChange={setDay} />
        <FormActions onCancel={onCancel} cancel={w.cancel} save={w.save} busy={save.busy} />
      </Stack>
    </form>
  );
}

function AmountsCard({
  amounts,
  mayManage,
  onSaved,
  validity,
}: {
  amounts: GasAmount[];
  mayManage: boolean;
  onSaved: () => void;
  validity: (a: { validFrom: string; validTo: string | null }) => string;
}) {
  const { t, locale } = useI18n();
  const w = t.enforcementIntake.catalogue;
  const [category, setCategory] = useState<OffenceCategory>('cat1');
  const [validFrom, setValidFrom] = useState('');
  const [euros, setEuros] = useState<number | string>('');
  const save = useSubmit(async () => {
    await intakeApi.addAmount({ category, validFrom, amountCents: Math.round(Number(euros) * 100) });
    setValidFrom('');
    setEuros('');
    onSaved();
  }, w.amountSaved);
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4">
        {w.amounts}
      </Title>
      <DataTable<GasAmount>
        rows={amounts}
        rowKey={(a) => `${a.category}:${a.validFrom}`}
        minWidth={500}
        empty={w.amountsEmpty}
        columns={[
          { key: 'category', header: w.columns.category, cell: (a) => categoryLabels[a.category][locale] },
          { key: 'amount', header: w.columns.amount, right: true, cell: (a) => formatEuroCents(a.amountCents, locale) },
          { key: 'validity', header: w.columns.validity, cell: (a) => validity(a) },
        ]}
      />
      {mayManage && (
        <form onSubmit={save.onSubmit} noValidate>
          <Stack gap="sm" mt="md">
            {save.error && <ErrorAlert error={save.error} />}
            <Group align="flex-end" wrap="wrap">
              <NativeSelect
                label={w.columns.category}
                value={category}
                onChange={(e) => setCategory(e.currentTarget.value as OffenceCategory)}
                data={offenceCategories.map((c) => ({ value: c, label: categoryLabels[c][locale] }))}
              />
              <DateField label={w.amountFrom} required value={validFrom} onChange={setValidFrom} />
              <NumberInput
                label={w.amountCents}
                required
                min={0}
                max={350}
                decimalScale={2}
                decimalSeparator=","
                value={euros}
                onChange={setEuros}
              />
              <Button type="submit" loading={save.busy}>
                {w.addAmount}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
