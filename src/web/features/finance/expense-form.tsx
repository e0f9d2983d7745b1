import { Alert, Button, FileInput, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExpenseCategory, Scheme } from '../../../shared/api/finance.schema.js';
import { ApiError } from '../../api/api-client.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { euroTextToCents, financeApi } from './finance.api.js';
import { DateField } from '../../components/date-field.js';
import { readBase64 } from '../../lib/files.api.js';
import { TitledForm } from '../../components/titled-form.js';

interface CapDetails {
  capCents: number;
  remainingCents: number;
  amountCents: number;
  overByCents: number;
}

/**
 * Adds an expense to a scheme. Past the cap the server refuses; the form then says by how much and offers to save it
 * anyway as the city's own cost (a second, explicit click).
 */
export function ExpenseForm({
  schemes,
  year,
  objectives,
  onSaved,
}: {
  schemes: Scheme[];
  year: number;
  objectives: { lineageId: string; label: string }[];
  onSaved: () => void;
}) {
  const { t, fill, locale } = useI18n();
  const w = t.finance;
  const notify = useNotify();
  const euro = (cents: number) =>
    new Intl.NumberFormat(`${locale}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const [schemeId, setSchemeId] = useState(schemes[0]?.id ?? '');
  const scheme = schemes.find((s) => s.id === schemeId);
  const categories: ExpenseCategory[] =
    scheme?.kind === 'guards' ? ['wages', 'equipment', 'training'] : ['operating', 'wages', 'equipment', 'training'];
  const [category, setCategory] = useState<ExpenseCategory>(categories[0] ?? 'operating');
  const [spentOn, setSpentOn] = useState(`${year}-01-01`);
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [objective, setObjective] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [amountError, setAmountError] = useState<string | null>(null);
  const [capRefusal, setCapRefusal] = useState<CapDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const categoryWord: Record<ExpenseCategory, string> = {
    wages: w.wages,
    equipment: w.equipmentCategory,
    training: w.training,
    operating: w.operating,
  };

  const submit = async (confirmOverCap: boolean) => {
    const amountCents = euroTextToCents(amount);
    setAmountError(amountCents === null ? w.amountInvalid : null);
    if (amountCents === null || !scheme) return;
    setBusy(true);
    setError(null);
    try {
      const fileIds = file ? [(await financeApi.upload(file.name, await readBase64(file))).id] : [];
      const result = await financeApi.addExpense({
        schemeId: scheme.id,
        category: categories.includes(category) ? category : (categories[0] ?? 'operating'),
        spentOn,
        amountCents,
        description,
        objectiveLineageId: objective || null,
        fileIds,
        confirmOverCap,
      });
      setCapRefusal(null);
      setAmount('');
      setDescription('');
      setFile(null);
      notify(result.warning === 'over_cap' ? w.overCapSaved : w.saved, 'success');
      if (result.warning === 'near_cap') {
        notify(fill(w.nearCapWarning, { remaining: euro(result.pot.remainingCents) }), 'info');
      }
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'FINANCE_CAP_EXCEEDED') {
        setCapRefusal(caught.details as CapDetails);
      } else setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <TitledForm id="expense-form" title={w.addExpense} maw={640} onSubmit={() => submit(false)}>
      <NativeSelect
        label={w.scheme}
        value={schemeId}
        onChange={(e) => setSchemeId(e.currentTarget.value)}
        data={schemes.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={w.category}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as ExpenseCategory)}
          data={categories.map((c) => ({ value: c, label: categoryWord[c] }))}
        />
        <DateField
          label={w.date}
          required
          value={spentOn}
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          onChange={(day) => setSpentOn(day)}
        />
        <TextInput
          label={w.amountEuro}
          required
          inputMode="decimal"
          value={amount}
          error={amountError}
          onChange={(e) => setAmount(e.currentTarget.value)}
        />
      </Group>
      <TextInput
        label={w.description}
        required
        maxLength={500}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <NativeSelect
        label={w.objective}
        value={objective}
        onChange={(e) => setObjective(e.currentTarget.value)}
        data={[{ value: '', label: w.noObjective }, ...objectives.map((o) => ({ value: o.lineageId, label: o.label }))]}
      />
      <FileInput
        label={w.evidenceFile}
        value={file}
        onChange={setFile}
        clearable
        accept=".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt,.csv"
      />
      {capRefusal && (
        <Alert color="red" variant="light" title={w.capExceededTitle} role="alert">
          {fill(w.capExceeded, {
            amount: euro(capRefusal.amountCents),
            over: euro(capRefusal.overByCents),
            cap: euro(capRefusal.capCents),
            remaining: euro(capRefusal.remainingCents),
          })}
          <Group mt="sm">
            <Button color="#a33d08" loading={busy} onClick={() => void submit(true)}>
              {w.confirmOverCap}
            </Button>
            <Button variant="default" onClick={() => setCapRefusal(null)}>
              {w.cancel}
            </Button>
          </Group>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={busy} disabled={capRefusal !== null}>
          {w.save}
        </Button>
      </Group>
    </TitledForm>
  );
}
