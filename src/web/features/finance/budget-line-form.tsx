import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { budgetLineSchema, type BudgetLine, type Scheme } from '../../../shared/api/finance.schema.js';
import { apiClient, type ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { centsToEuroText, checkBudgetLine, type BudgetLineDraft, type BudgetLineField } from './finance-forms-model.js';

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
  const notify = useNotify();
  const [draft, setDraft] = useState<BudgetLineDraft>(() => draftOf(line));
  const [problems, setProblems] = useState<BudgetLineField[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof BudgetLineDraft>(key: K, value: BudgetLineDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const has = (field: BudgetLineField, message: string) => (problems.includes(field) ? message : undefined);

  const submit = async () => {
    const checked = checkBudgetLine(draft, year);
    setProblems(checked.problems);
    if (!checked.body) return;
    setBusy(true);
    setError(null);
    try {
      await apiClient.request('/api/finance/budget-lines', {
        method: 'PUT',
        body: checked.body,
        schema: budgetLineSchema,
      });
      setDraft(draftOf(null));
      notify(w.budgetLineSaved, 'success');
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack
      component="form"
      gap="sm"
      maw={720}
      aria-labelledby="budget-line-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Title order={3} id="budget-line-form-title">
        {w.budgetLineTitle}
      </Title>
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
    </Stack>
  );
}
