import { Button, Group, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { staffSchema, type Scheme, type Staff } from '../../../shared/api/finance.schema.js';
import { apiClient } from '../../api/api-client.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { normaliseRegime } from './finance-forms-model.js';
import { DateField } from '../../components/date-field.js';
import { TitledForm } from '../../components/titled-form.js';

/**
 * A person funded by a guards contingent: regime and period give the eligible wage subsidy per month. With `staff` it
 * corrects that person (PUT); the page remounts it with `key` to edit another one.
 */
export function StaffForm({
  schemes,
  year,
  staff,
  onSaved,
  onCancel,
}: {
  schemes: Scheme[];
  year: number;
  staff?: Staff | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t, fill } = useI18n();
  const w = t.financeForms;
  const staffSchemes = schemes.filter((s) => s.kind === 'guards');
  const [schemeId, setSchemeId] = useState(staff?.schemeId ?? staffSchemes[0]?.id ?? '');
  const [label, setLabel] = useState(staff?.label ?? '');
  const [regime, setRegime] = useState(staff?.regime ?? '1/1');
  const [startOn, setStartOn] = useState(staff?.startOn ?? `${year}-01-01`);
  const [endOn, setEndOn] = useState(staff?.endOn ?? '');
  const [problems, setProblems] = useState<{ label?: string; regime?: string; endOn?: string }>({});
  const { run, busy, error } = useSubmit(
    async (body: { schemeId: string; label: string; regime: string; startOn: string; endOn: string | null }) => {
      const target = staff
        ? { url: `/api/finance/staff/${encodeURIComponent(staff.id)}`, method: 'PUT' as const }
        : { url: '/api/finance/staff', method: 'POST' as const };
      await apiClient.request(target.url, { method: target.method, body, schema: staffSchema });
      setLabel('');
      setEndOn('');
      onSaved();
    },
    staff ? w.staffUpdated : w.staffSaved,
  );

  const submit = () => {
    const normalised = normaliseRegime(regime);
    const found = {
      ...(label.trim() === '' ? { label: t.partners.required } : {}),
      ...(normalised === null ? { regime: w.regimeInvalid } : {}),
      ...(endOn && endOn < startOn ? { endOn: w.endBeforeStart } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || normalised === null) return;
    void run({ schemeId, label: label.trim(), regime: normalised, startOn, endOn: endOn || null });
  };

  return (
    <TitledForm
      id="staff-form"
      title={staff ? fill(w.editStaff, { name: staff.label }) : w.addStaff}
      maw={720}
      onSubmit={submit}
    >
      {staffSchemes.length === 0 ? (
        <Text size="sm">{w.noStaffScheme}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t.finance.scheme}
              value={schemeId}
              onChange={(e) => setSchemeId(e.currentTarget.value)}
              data={staffSchemes.map((s) => ({ value: s.id, label: s.name }))}
            />
            <TextInput
              label={w.staffLabel}
              withAsterisk
              maxLength={120}
              value={label}
              error={problems.label}
              onChange={(e) => setLabel(e.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={w.regimeLabel}
              description={w.regimeHint}
              withAsterisk
              value={regime}
              error={problems.regime}
              onChange={(e) => setRegime(e.currentTarget.value)}
            />
            <DateField label={w.startOn} required value={startOn} onChange={(day) => setStartOn(day)} />
            <DateField
              label={w.endOn}
              value={endOn}
              min={startOn}
              error={problems.endOn}
              onChange={(day) => setEndOn(day)}
            />
          </SimpleGrid>
          {error && <ErrorAlert error={error} />}
          <Group>
            <Button type="submit" loading={busy}>
              {t.finance.save}
            </Button>
            {staff && onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t.finance.cancel}
              </Button>
            )}
          </Group>
        </>
      )}
    </TitledForm>
  );
}
