import { Button, Checkbox, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { budgetLineSchema, type BudgetLine, type Scheme } from '../../../shared/api/finance.schema.js';
import { apiClient } from '../../api/api-client.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { centsToEuroText, checkBudgetLine, type BudgetLineDraft, type BudgetLineField } from './finance-forms-model.js';
import { TitledForm } from '../../components/titled-form.js';

const draftOf = (line: BudgetLine | null): BudgetLineDraft =>
  line
    ? {
        code: line.code,
        label: line.label,
        budget: centsToEuroText(line.budgetCents),
        councilEstimate: centsToEuroText(line.councilEstimateCents),
        schemeNames: line.schemeNames,
      }
    : { code: '', label: '', budget: '', councilEstimate: '', schemeNames: [] };

/**
 * Adds a multi-year plan line or changes one (the API keys a line by its MJP number and year); the page remounts it
 * with `key` to edit another line.
 */
export function BudgetLineForm({
  schemes,
  year,
  line,
  onSaved,
}: {
  schemes: Scheme[];
  year: number;
  line: BudgetLine | null;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const w = t.financeForms;
  const [draft, setDraft] = useState<BudgetLineDraft>(() => draftOf(line));
  const [problems, setProblems] = useState<BudgetLineField[]>([]);
  const set = <K extends keyof BudgetLineDraft>(key: K, value: BudgetLineDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const has = (field: BudgetLineField, message: string) => (problems.includes(field) ? message : undefined);
  const { run, busy, error } = useSubmit(async (body: NonNullable<ReturnType<typeof checkBudgetLine>['body']>) => {
    await apiClient.request('/api/finance/budget-lines', { method: 'PUT', body, schema: budgetLineSchema });
    setDraft(draftOf(null));
    onSaved();
  }, w.budgetLineSaved);

  const submit = () => {
    const checked = checkBudgetLine(draft, year);
    setProblems(checked.problems);
    if (checked.body) void run(checked.body);
  };

  return (
    <TitledForm id="budget-line-form" title={w.budgetLineTitle} maw={720} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={w.budgetLineCode}
          description={w.budgetLineCodeHint}
          withAsterisk
          maxLength={15}
          value={draft.code}
          error={has('code', w.budgetLineCodeInvalid)}
          onChange={(e) => set('code', e.currentTarget.value)}
        />
        <TextInput
          label={w.budgetLineLabel}
          withAsterisk
          maxLength={200}
          value={draft.label}
          error={has('label', w.labelRequired)}
          onChange={(e) => set('label', e.currentTarget.value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={w.budgetLineBudget}
          withAsterisk
          inputMode="decimal"
          value={draft.budget}
          error={has('budget', w.amountInvalid)}
          onChange={(e) => set('budget', e.currentTarget.value)}
        />
        <TextInput
          label={w.budgetLineCouncil}
          inputMode="decimal"
          value={draft.councilEstimate}
          error={has('councilEstimate', w.amountInvalid)}
          onChange={(e) => set('councilEstimate', e.currentTarget.value)}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={w.budgetLineSchemes}
        withAsterisk
        value={draft.schemeNames}
        onChange={(value) => set('schemeNames', value)}
        error={has('schemeNames', w.budgetLineSchemesRequired)}
      >
        <Group mt={6} gap="md">
          {schemes.map((s) => (
            <Checkbox key={s.id} value={s.name} label={s.name} />
          ))}
        </Group>
      </Checkbox.Group>
      {error && <ErrorAlert error={error} />}
      <Group>
        <Button type="submit" loading={busy}>
          {t.finance.save}
        </Button>
      </Group>
    </TitledForm>
  );
}
