import { Modal, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import {
  type Target,
  updateIndicatorBodySchema,
  updateObjectiveBodySchema,
  updateResultBodySchema,
  updateSectionBodySchema,
} from '../../../shared/api/plan.schema.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { invalidFields, invalidFieldsOf } from '../../api/validation-issues.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-modal.js';
import { textBinder } from '../../lib/bind-field.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { focusFirstInvalid } from '../../lib/focus-invalid.js';
import { elementLabel, type PlanElementRef } from './plan-element.js';
import { planApi } from './plan.api.js';
import { draftFromTarget, sameTargets, type TargetDraft, type TargetErrors, targetFromDraft } from './target-draft.js';
import { TargetEditor } from './target-editor.js';

interface Values {
  number: string;
  title: string;
  description: string;
  owner: string;
  partners: string[];
  text: string;
  targets: TargetDraft[];
}

type Field = 'number' | 'title' | 'description' | 'owner' | 'partners' | 'text' | 'targets';
type FieldErrors = Partial<Record<Field, string>>;

const empty: Values = { number: '', title: '', description: '', owner: '', partners: [], text: '', targets: [] };

function valuesOf(element: PlanElementRef): Values {
  switch (element.type) {
    case 'section':
      return { ...empty, title: element.section.title, description: element.section.description ?? '' };
    case 'objective':
      return {
        ...empty,
        number: element.objective.number,
        title: element.objective.title,
        owner: element.objective.owner ?? '',
        partners: element.objective.partners,
      };
    case 'result':
      return { ...empty, text: element.result.text };
    case 'indicator':
      return { ...empty, text: element.indicator.text, targets: element.indicator.targets.map(draftFromTarget) };
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Corrects one element of the plan; only what changed is sent (and lands in its history). */
export function EditElementModal({
  element,
  onClose,
  onSaved,
}: {
  element: PlanElementRef | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.edit;
  const notify = useNotify();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const [values, setValues] = useState<Values | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [targetErrors, setTargetErrors] = useState<TargetErrors[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setValues(element ? valuesOf(element) : null);
    setErrors({});
    setTargetErrors([]);
    setFailure(null);
  }, [element]);

  useEffect(() => focusFirstInvalid(formRef.current), [errors, targetErrors]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => (current ? { ...current, [key]: value } : current));
  // The fields show only once `values` is set; `empty` merely gives the binder its type.
  const bind = textBinder(values ?? empty, set, errors);

  const fieldMessage: Record<Field, string> = {
    number: words.invalidNumber,
    title: words.invalidTitle,
    description: words.invalidDescription,
    owner: words.invalidOwner,
    partners: words.invalidPartners,
    text: words.invalidText,
    targets: words.invalidTargets,
  };
  const errorsFor = (fields: string[]): FieldErrors =>
    Object.fromEntries(
      fields
        .filter((field): field is Field => Object.hasOwn(fieldMessage, field))
        .map((field) => [field, fieldMessage[field]]),
    );

  /** The changed fields, checked with the server's own schema; null when the form has errors (already shown). */
  const changes = (): { send: () => Promise<unknown> } | 'unchanged' | null => {
    if (!element || !values) return null;
    const check = <T,>(schema: z.ZodType<T>, body: Record<string, unknown>) => {
      if (Object.keys(body).length === 0) return 'unchanged' as const;
      const checked = schema.safeParse(body);
      if (!checked.success) {
        setErrors(errorsFor(invalidFieldsOf(checked.error)));
        return null;
      }
      return checked.data;
    };
    switch (element.type) {
      case 'section': {
        const body: Record<string, unknown> = {};
        if (values.title.trim() !== element.section.title) body.title = values.title;
        const description = values.description.trim() === '' ? null : values.description;
        if ((description ?? '') !== (element.section.description ?? '')) body.description = description;
        const data = check(updateSectionBodySchema, body);
        if (data === null || data === 'unchanged') return data;
        return { send: () => planApi.updateSection(element.section.id, data) };
      }
      case 'objective': {
        const { objective } = element;
        const body: Record<string, unknown> = {};
        if (values.number.trim() !== objective.number) body.number = values.number;
        if (values.title.trim() !== objective.title) body.title = values.title;
        const owner = values.owner.trim() === '' ? null : values.owner.trim();
        if (owner !== (objective.owner ?? null)) body.owner = owner;
        const partners = values.partners.map((partner) => partner.trim()).filter((partner) => partner !== '');
        if (!sameList(partners, objective.partners)) body.partners = partners;
        const data = check(updateObjectiveBodySchema, body);
        if (data === null || data === 'unchanged') return data;
        return { send: () => planApi.updateObjective(objective.id, data) };
      }
      case 'result': {
        if (values.text.trim() === element.result.text) return 'unchanged';
        const data = check(updateResultBodySchema, { text: values.text });
        if (data === null || data === 'unchanged') return data;
        return { send: () => planApi.updateResult(element.result.id, data) };
      }
      case 'indicator': {
        const { indicator } = element;
        const built = values.targets.map(targetFromDraft);
        const perTarget = built.map((item) => item.errors ?? {});
        if (perTarget.some((item) => Object.keys(item).length > 0)) {
          setTargetErrors(perTarget);
          setErrors({});
          return null;
        }
        setTargetErrors([]);
        const targets = built.map((item) => item.target).filter((target): target is Target => target !== undefined);
        const body: Record<string, unknown> = {};
        if (values.text.trim() !== indicator.text) body.text = values.text;
        if (!sameTargets(targets, indicator.targets)) body.targets = targets;
        const data = check(updateIndicatorBodySchema, body);
        if (data === null || data === 'unchanged') return data;
        return { send: () => planApi.updateIndicator(indicator.id, data) };
      }
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!element) return;
    setFailure(null);
    const prepared = changes();
    if (prepared === null) return;
    if (prepared === 'unchanged') {
      notify(words.noChanges);
      onClose();
      return;
    }
    setErrors({});
    setSaving(true);
    prepared.send().then(
      () => {
        setSaving(false);
        notify(fill(words.saved, { element: elementLabel(element, t, fill) }), 'success');
        onSaved();
      },
      (reason: unknown) => {
        setSaving(false);
        const error = toApiError(reason);
        const fields = invalidFields(error);
        if (fields.length > 0 && Object.keys(errorsFor(fields)).length > 0) setErrors(errorsFor(fields));
        else setFailure(error);
      },
    );
  };

  const title = element ? fill(words.title, { element: elementLabel(element, t, fill) }) : '';

  return (
    <Modal
      opened={element !== null}
      onClose={onClose}
      title={title}
      fullScreen={isPhone}
      size={element?.type === 'indicator' ? 'xl' : 'lg'}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      {element && values && (
        <form ref={formRef} onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            {failure && <ErrorAlert error={failure} title={words.failed} />}
            {element.type === 'section' && (
              <>
                <TextInput label={words.sectionTitle} required {...bind('title')} />
                <Textarea label={words.description} autosize minRows={3} maxRows={12} {...bind('description')} />
              </>
            )}
            {element.type === 'objective' && (
              <>
                <TextInput label={words.number} description={words.numberHint} required {...bind('number')} />
                <Textarea label={words.objectiveTitle} required autosize minRows={2} maxRows={8} {...bind('title')} />
                <TextInput label={words.owner} description={words.ownerHint} {...bind('owner')} />
                <TagsInput
                  label={words.partners}
                  name="partners"
                  description={words.partnersHint}
                  value={values.partners}
                  error={errors.partners}
                  onChange={(partners) => set('partners', partners)}
                  splitChars={[';']}
                  acceptValueOnBlur
                  clearable
                  clearButtonProps={{ 'aria-label': words.clearPartners }}
                />
              </>
            )}
            {(element.type === 'result' || element.type === 'indicator') && (
              <Textarea
                label={element.type === 'result' ? words.resultText : words.indicatorText}
                required
                autosize
                minRows={2}
                maxRows={10}
                {...bind('text')}
              />
            )}
            {element.type === 'indicator' && (
              <>
                <Title order={3} size="h5" mt="xs">
                  {words.targets}
                </Title>
                {errors.targets && (
                  <Text size="sm" c="var(--mantine-color-error)">
                    {errors.targets}
                  </Text>
                )}
                <TargetEditor
                  drafts={values.targets}
                  errors={targetErrors}
                  onChange={(targets) => set('targets', targets)}
                />
              </>
            )}
            <FormActions onCancel={onClose} cancel={words.cancel} save={words.save} busy={saving} mt="sm" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
