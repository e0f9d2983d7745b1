import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  emptyTargetDraft,
  fieldsForKind,
  growthUnits,
  type TargetDraft,
  type TargetErrors,
  targetFromDraft,
  targetKinds,
  type TargetKind,
  targetOperators,
  targetPeriods,
  withKind,
} from './target-draft.js';

interface TargetEditorProps {
  drafts: TargetDraft[];
  errors: TargetErrors[];
  onChange: (drafts: TargetDraft[]) => void;
}

const operatorKey = { '>=': 'atLeast', '<=': 'atMost', '=': 'exactly' } as const;

/** A small structured editor of an indicator's targets: kind, comparison, value, period, years and due date. */
export function TargetEditor({ drafts, errors, onChange }: TargetEditorProps) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.target;

  const update = (index: number, next: TargetDraft) =>
    onChange(drafts.map((draft, at) => (at === index ? next : draft)));
  const remove = (index: number) => onChange(drafts.filter((_, at) => at !== index));

  return (
    <Stack gap="sm">
      {drafts.length === 0 && <Text size="sm">{words.none}</Text>}
      {drafts.map((draft, index) => (
        <TargetFields
          key={index}
          index={index}
          draft={draft}
          errors={errors[index] ?? {}}
          onChange={(next) => update(index, next)}
          onRemove={() => remove(index)}
        />
      ))}
      <Group>
        <Button variant="outline" size="sm" onClick={() => onChange([...drafts, emptyTargetDraft()])}>
          {words.add}
        </Button>
      </Group>
      <Text size="xs" className="secondary-text">
        {fill(words.count, { count: drafts.length })}
      </Text>
    </Stack>
  );
}

function TargetFields({
  index,
  draft,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  draft: TargetDraft;
  errors: TargetErrors;
  onChange: (draft: TargetDraft) => void;
  onRemove: () => void;
}) {
  const { t, fill, locale } = useI18n();
  const words = t.planWorkspace.target;
  const fields = new Set(fieldsForKind(draft.kind));
  const set = <K extends keyof TargetDraft>(key: K, value: TargetDraft[K]) => onChange({ ...draft, [key]: value });
  const error = (field: keyof TargetErrors) => {
    const code = errors[field];
    return code ? words.errors[code] : undefined;
  };
  const checked = targetFromDraft(draft);
  const legend = fill(words.legend, { number: index + 1 });

  return (
    <Fieldset legend={legend} variant="default" className="target-fieldset">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs" className="target-grid">
        <NativeSelect
          label={words.kind}
          value={draft.kind}
          onChange={(event) => onChange(withKind(draft, event.currentTarget.value as TargetKind))}
          data={targetKinds.map((kind) => ({ value: kind, label: words.kinds[kind] }))}
        />
        {fields.has('op') && (
          <NativeSelect
            label={words.op}
            value={draft.op}
            onChange={(event) => set('op', event.currentTarget.value as TargetDraft['op'])}
            data={targetOperators.map((op) => ({ value: op, label: words.operators[operatorKey[op]] }))}
          />
        )}
        {fields.has('value') && (
          <TextInput
            label={words.value}
            inputMode="decimal"
            required
            value={draft.value}
            error={error('value')}
            onChange={(event) => set('value', event.currentTarget.value)}
          />
        )}
        {fields.has('unit') && (
          <NativeSelect
            label={words.unit}
            value={draft.unit}
            onChange={(event) => set('unit', event.currentTarget.value as TargetDraft['unit'])}
            data={growthUnits.map((unit) => ({ value: unit, label: words.units[unit] }))}
          />
        )}
        <NativeSelect
          label={words.per}
          value={draft.per}
          onChange={(event) => set('per', event.currentTarget.value as TargetDraft['per'])}
          data={[
            { value: '', label: words.noPeriod },
            ...targetPeriods.map((per) => ({ value: per, label: words.periods[per] })),
          ]}
        />
        <TextInput
          label={words.year}
          description={words.yearHint}
          inputMode="numeric"
          maxLength={4}
          value={draft.year}
          error={error('year')}
          onChange={(event) => set('year', event.currentTarget.value)}
        />
        <TextInput
          label={words.from}
          inputMode="numeric"
          maxLength={4}
          value={draft.from}
          error={error('from')}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
        <TextInput
          label={words.until}
          inputMode="numeric"
          maxLength={4}
          value={draft.until}
          error={error('until')}
          onChange={(event) => set('until', event.currentTarget.value)}
        />
        <TextInput
          label={words.due}
          description={words.dueHint}
          placeholder={words.duePlaceholder}
          inputMode="numeric"
          maxLength={10}
          value={draft.due}
          error={error('due')}
          onChange={(event) => set('due', event.currentTarget.value)}
        />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" mt="sm" gap="sm">
        <Text size="sm" aria-live="polite" className="target-preview">
          <strong>{words.inWords}</strong> {checked.target ? describeTarget(checked.target, locale) : words.incomplete}
        </Text>
        <Button variant="subtle" color="red" c="red.9" size="compact-sm" onClick={onRemove}>
          {fill(words.remove, { number: index + 1 })}
        </Button>
      </Group>
    </Fieldset>
  );
}
