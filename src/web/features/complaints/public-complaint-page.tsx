import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Input,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PublicForm, PublicReceipt } from '../../../shared/api/complaints.schema.js';
import { intakeRules } from '../../../shared/complaints/intake-rules.js';
import { nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError, useApiQuery } from '../../api/use-api-query.js';
import { wijkAt } from '../../components/charts/geo-points.js';
import { WijkMapView as WijkMap } from '../../components/charts/lazy-charts.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useDocumentTitle } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { textBinder } from '../../lib/bind-field.js';
import { complaintsApi } from './complaints.api.js';
import { fileToBase64 } from './file-to-base64.js';
import {
  acceptsFile,
  emptyForm,
  type FieldErrors,
  type PublicFormState,
  toPublicBody,
  validatePublicForm,
} from './public-form-model.js';
import { PublicLayout } from './public-layout.js';
import { PrivacyNotice } from './privacy-notice.js';
import { DateField } from '../../components/date-field.js';

/**
 * The citizen's complaint form (no login): category, when, where (map or address), description, files, contact,
 * privacy.
 */
export function PublicComplaintPage() {
  const { slug = '' } = useParams();
  const { t, fill } = useI18n();
  const form = useApiQuery(() => complaintsApi.publicForm(slug), slug);
  const name = form.status === 'success' ? form.data.municipality.name : '';
  useDocumentTitle(t.complaints.public.title);
  return (
    <PublicLayout title={fill(t.complaints.public.header, { municipality: name })}>
      {form.status === 'loading' && <CenteredLoader />}
      {form.status === 'error' && (
        <ErrorAlert
          error={form.error}
          title={form.error.code === 'MUNICIPALITY_NOT_FOUND' ? t.complaints.public.notFound : undefined}
        />
      )}
      {form.status === 'success' && <ComplaintForm form={form.data} onReload={form.reload} />}
    </PublicLayout>
  );
}

function ComplaintForm({ form, onReload }: { form: PublicForm; onReload: () => void }) {
  const { t, fill, locale, date } = useI18n();
  const p = t.complaints.public;
  const [state, setState] = useState<PublicFormState>(() => emptyForm(new Date()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);
  const mapHelpId = useId();
  const pointId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const set = (changes: Partial<PublicFormState>) => setState((current) => ({ ...current, ...changes }));
  const pointWijk = useMemo(
    () => (state.point && form.geojson ? wijkAt(form.geojson, state.point) : null),
    [state.point, form.geojson],
  );
  const sizeMb = String(intakeRules.maxAttachmentBytes / 1024 / 1024);
  const message = (key: NonNullable<FieldErrors[keyof FieldErrors]> | undefined) => (key ? p[key] : undefined);
  const bind = textBinder(
    state,
    (key, value) => set({ [key]: value }),
    Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, message(key)])),
  );

  if (receipt) {
    const statusLink = `/p/${form.municipality.slug}/complaints/status#${receipt.reference}.${receipt.accessCode}`;
    return (
      <Paper withBorder p="lg" radius="md" ref={resultRef} tabIndex={-1} aria-live="polite">
        <Stack gap="sm">
          <Title order={1}>{p.thanksTitle}</Title>
          <Text>
            {p.reference}: <strong data-testid="complaint-reference">{receipt.reference}</strong>
          </Text>
          <Text>
            {p.accessCode}: <strong data-testid="complaint-code">{receipt.accessCode}</strong>
          </Text>
          <Text size="sm">{p.keepCode}</Text>
          <Text size="sm">{fill(p.dueOn, { date: date(receipt.dueOn) })}</Text>
          <Group>
            <Button component={Link} to={statusLink}>
              {p.followLink}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setReceipt(null);
                setState(emptyForm(new Date()));
                setFiles([]);
                onReload();
              }}
            >
              {p.another}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  const pickFiles = (picked: FileList | null) => {
    const list = [...(picked ?? [])];
    const rejected = list.find((f) => !acceptsFile(f));
    if (list.length > intakeRules.maxAttachments) {
      setFileError(fill(p.tooManyFiles, { count: intakeRules.maxAttachments }));
    } else if (rejected) setFileError(fill(p.attachmentRejected, { name: rejected.name, size: sizeMb }));
    else setFileError(null);
    setFiles(list.filter(acceptsFile).slice(0, intakeRules.maxAttachments));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePublicForm(state);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document
        .querySelector<HTMLElement>(
          `[data-field="${first}"] input, [data-field="${first}"] textarea, [data-field="${first}"] select, [data-field="${first}"] [tabindex="0"]`,
        )
        ?.focus();
      return;
    }
    setSending(true);
    Promise.all(files.map(async (f) => ({ name: f.name, contentBase64: await fileToBase64(f) })))
      .then((attachments) =>
        complaintsApi.submit(
          toPublicBody(state, {
            municipality: form.municipality.slug,
            formToken: form.formToken,
            locale,
            offsetMinutes: new Date(`${state.date}T${state.time}`).getTimezoneOffset(),
            attachments,
          }),
        ),
      )
      .then(
        (answer) => {
          setReceipt(answer);
          window.scrollTo(0, 0);
          setTimeout(() => resultRef.current?.focus(), 0);
        },
        (reason: unknown) => setError(toApiError(reason)),
      )
      .finally(() => setSending(false));
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{p.title}</Title>
        <Text mt={4}>{fill(p.intro, { municipality: form.municipality.name, days: form.responseDays })}</Text>
      </div>
      <Text size="sm">
        <Anchor component={Link} to={`/p/${form.municipality.slug}/complaints/status`}>
          {t.complaints.status.title}
        </Anchor>
      </Text>
      {error && <ErrorAlert error={error} title={p.failed} />}
      <form onSubmit={onSubmit} noValidate aria-label={p.formLabel}>
        <Stack gap="md">
          <div data-field="category">
            <NativeSelect
              label={p.category}
              required
              {...bind('category')}
              data={[
                { value: '', label: p.choose },
                ...form.categories.map((c) => ({ value: c, label: nuisanceCategoryLabels[c][locale] })),
              ]}
            />
          </div>
          <fieldset className="plain-fieldset">
            <legend className="field-legend">{p.when}</legend>
            <Group grow align="flex-start">
              <div data-field="date">
                <DateField
                  label={p.date}
                  required
                  name="date"
                  value={state.date}
                  error={message(errors.date)}
                  onChange={(day) => set({ date: day })}
                />
              </div>
              <div data-field="time">
                <TextInput type="time" label={p.time} required {...bind('time')} />
              </div>
            </Group>
          </fieldset>
          <div data-field="place">
            <Radio.Group
              label={p.place}
              required
              value={state.placeMode}
              onChange={(v) => set({ placeMode: v === 'address' ? 'address' : 'map' })}
              name="placeMode"
            >
              <Group gap="lg" mt={6}>
                {form.geojson !== null && <Radio value="map" label={p.placeMap} />}
                <Radio value="address" label={p.placeAddress} />
              </Group>
            </Radio.Group>
            {state.placeMode === 'map' && form.geojson !== null ? (
              <Stack gap={6} mt="xs">
                <Text size="sm" id={mapHelpId}>
                  {p.mapHelp}
                </Text>
                <WijkMap
                  geojson={form.geojson}
                  mapName={`public-wijken-${form.municipality.slug}`}
                  value={state.point}
                  label={fill(p.mapLabel, { municipality: form.municipality.name })}
                  describedBy={`${mapHelpId} ${pointId}`}
                  invalid={errors.place !== undefined}
                  height={300}
                  onPick={(point) =>
                    set({ point, pointInside: form.geojson ? wijkAt(form.geojson, point) !== null : false })
                  }
                />
                {form.attribution && (
                  <Text className="map-attribution">
                    {p.mapSource} {form.attribution}
                  </Text>
                )}
                <Text size="sm" id={pointId} aria-live="polite" fw={state.point ? 600 : 400}>
                  {state.point
                    ? pointWijk
                      ? fill(p.pointInWijk, { wijk: pointWijk.name })
                      : p.pointOutside
                    : p.noPoint}
                </Text>
                <TextInput
                  label={p.addressOptional}
                  autoComplete="street-address"
                  maxLength={300}
                  {...bind('address')}
                />
              </Stack>
            ) : (
              <Stack gap="xs" mt="xs">
                <TextInput
                  label={p.address}
                  required
                  autoComplete="street-address"
                  maxLength={300}
                  {...bind('address')}
                />
                <NativeSelect
                  label={p.wijk}
                  required
                  name="wijkCode"
                  value={state.wijkCode}
                  onChange={(e) => set({ wijkCode: e.currentTarget.value })}
                  data={[{ value: '', label: p.choose }, ...form.wijken.map((w) => ({ value: w.code, label: w.name }))]}
                />
              </Stack>
            )}
            {errors.place && (
              <Input.Error role="alert" mt={4}>
                {p.pickPlace}
              </Input.Error>
            )}
          </div>
          <div data-field="description">
            <Textarea
              label={p.description}
              required
              autosize
              minRows={4}
              maxLength={intakeRules.maxDescriptionChars}
              description={fill(p.descriptionHelp, { max: intakeRules.maxDescriptionChars })}
              {...bind('description')}
            />
          </div>
          <div>
            <label className="field-label" htmlFor="complaint-files">
              {p.attachments}
            </label>
            <Text size="xs" id="complaint-files-help" mb={4}>
              {fill(p.attachmentsHelp, { count: intakeRules.maxAttachments, size: sizeMb })}
            </Text>
            <input
              id="complaint-files"
              type="file"
              multiple
              accept=".png,.jpg,.jpeg,.pdf,image/png,image/jpeg,application/pdf"
              aria-describedby="complaint-files-help"
              onChange={(e) => pickFiles(e.currentTarget.files)}
            />
            {fileError && (
              <Input.Error role="alert" mt={4}>
                {fileError}
              </Input.Error>
            )}
          </div>
          <fieldset className="plain-fieldset">
            <legend className="field-legend">{p.contactTitle}</legend>
            <Text size="sm" mb="xs">
              {p.contactHelp}
            </Text>
            <Stack gap="xs">
              <div data-field="email">
                <TextInput type="email" label={p.email} autoComplete="email" {...bind('email')} />
              </div>
              <TextInput label={p.name} autoComplete="name" maxLength={120} {...bind('name')} />
            </Stack>
          </fieldset>
          {/* The honeypot: off screen and out of the tab order; people leave it empty, bots fill it in. */}
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="complaint-website">{p.honeypot}</label>
            <input
              id="complaint-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={state.website}
              onChange={(e) => set({ website: e.currentTarget.value })}
            />
          </div>
          <PrivacyNotice municipality={form.municipality.name} />
          <div data-field="privacy">
            <Checkbox
              label={p.privacyAccept}
              name="privacy"
              checked={state.privacy}
              error={message(errors.privacy)}
              onChange={(e) => set({ privacy: e.currentTarget.checked })}
            />
          </div>
          <Button type="submit" loading={sending} size="md">
            {p.submit}
          </Button>
          {Object.keys(errors).length > 0 && (
            <Alert color="red" variant="light" role="status">
              {p.failed}
            </Alert>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
