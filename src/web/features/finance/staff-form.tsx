import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { staffSchema, type Scheme } from '../../../shared/api/finance.schema.js';
import { apiClient, type ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { normaliseRegime } from './finance-forms-model.js';

/** A person funded by a guards contingent: regime and period give the eligible wage subsidy per month. */
export function StaffForm({ schemes, year, onSaved }: { schemes: Scheme[]; year: number; onSaved: () => void }) {
  const { t } = useI18n();
  const w = t.financeForms;
  const notify = useNotify();
  const staffSchemes = schemes.filter((s) => s.kind === 'guards');
  const [schemeId, setSchemeId] = useState(staffSchemes[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [regime, setRegime] = useState('1/1');
  const [startOn, setStartOn] = useState(`${year}-01-01`);
  const [endOn, setEndOn] = useState('');
  const [problems, setProblems] = useState<{ label?: string; regime?: string; endOn?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const normalised = normaliseRegime(regime);
    const found = {
      ...(label.trim() === '' ? { label: t.partners.required } : {}),
      ...(normalised === null ? { regime: w.regimeInvalid } : {}),
      ...(endOn && endOn < startOn ? { endOn: w.endBeforeStart } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || normalised === null) return;
    setBusy(true);
    setError(null);
    try {
      await apiClient.request('/api/finance/staff', { method: 'POST', body: { schemeId, label: label.trim(), regime: normalised, startOn, endOn: endOn || null }, schema: staffSchema });
      setLabel('');
      setEndOn('');
      notify(w.staffSaved, 'success');
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack component="form" gap="sm" maw={720} aria-labelledby="staff-form-title" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <Title order={3} id="staff-form-title">{w.addStaff}</Title>
      {staffSchemes.length === 0 ? <Text size="sm">{w.noStaffScheme}</Text> : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t.finance.scheme} value={schemeId} onChange={(e) => setSchemeId(e.currentTarget.value)} data={staffSchemes.map((s) => ({ value: s.id, label: s.name }))} />
            <TextInput label={w.staffLabel} withAsterisk maxLength={120} value={label} error={problems.label} onChange={(e) => setLabel(e.currentTarget.value)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={w.regimeLabel} description={w.regimeHint} withAsterisk value={regime} error={problems.regime} onChange={(e) => setRegime(e.currentTarget.value)} />
            <TextInput label={w.startOn} type="date" required value={startOn} onChange={(e) => setStartOn(e.currentTarget.value)} />
            <TextInput label={w.endOn} type="date" value={endOn} min={startOn} error={problems.endOn} onChange={(e) => setEndOn(e.currentTarget.value)} />
          </SimpleGrid>
          {error && <ErrorAlert error={error} />}
          <Group><Button type="submit" loading={busy}>{t.finance.save}</Button></Group>
        </>
      )}
    </Stack>
  );
}
