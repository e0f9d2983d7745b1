import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { RegisterType, Registration } from '../../../shared/api/registrations.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DeleteRegistrationModal } from './delete-registration-modal.js';
import { formValuesFrom, labelOf, placeStateFrom } from './register-form-model.js';
import { RegistrationForm } from './registration-form.js';
import { registrationsApi } from './registrations.api.js';
import { loadRegisterTypes } from './use-registers.js';
import { useWijken } from '../../lib/wijken.js';

function backPath(state: unknown): string {
  const back = (state as { back?: unknown } | null)?.back;
  return typeof back === 'string' && back.startsWith('/registrations') ? back : '/registrations';
}

/** Corrects or removes one registration. */
export function RegistrationEditPage() {
  const { t, locale, date } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  // Back to the list as it was left (its filters and page), when the list sent us here.
  const back = backPath(location.state);
  const wijken = useWijken();
  const data = useApiQuery(async (): Promise<{ registration: Registration; types: RegisterType[] }> => {
    const [registration, types] = await Promise.all([registrationsApi.get(id), loadRegisterTypes()]);
    return { registration, types };
  }, `registration:${id}`);
  const [deleting, setDeleting] = useState(false);

  const type =
    data.status === 'success'
      ? data.data.types.find((candidate) => candidate.key === data.data.registration.typeKey)
      : undefined;

  return (
    <>
      <PageHeader title={t.registrations.editTitle} />
      {data.status === 'loading' && <CenteredLoader />}
      {data.status === 'error' && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.status === 'success' && !type && (
        <Alert color="blue" variant="light">
          {t.registrations.registerGone}
        </Alert>
      )}
      {data.status === 'success' && type && (
        <>
          <RegistrationForm
            types={data.data.types}
            wijken={wijken}
            existing={data.data.registration}
            initial={{
              typeKey: type.key,
              occurredOn: data.data.registration.occurredOn,
              occurredUntil: data.data.registration.occurredUntil ?? '',
              values: formValuesFrom(type.definition, data.data.registration.values, locale),
              place: placeStateFrom(data.data.registration),
              subjectId: data.data.registration.subjectId ?? '',
            }}
            allowAnother={false}
            cancelTo={back}
            onSaved={() => void navigate(back)}
            onDelete={() => setDeleting(true)}
          />
          <DeleteRegistrationModal
            target={
              deleting
                ? {
                    id: data.data.registration.id,
                    description: `${labelOf(type.definition.labels, locale)}, ${date(data.data.registration.occurredOn)}`,
                  }
                : null
            }
            onClose={() => setDeleting(false)}
            onDeleted={() => void navigate(back)}
          />
        </>
      )}
    </>
  );
}
