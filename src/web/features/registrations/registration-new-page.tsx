import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { RegistrationForm } from './registration-form.js';
import { newDraft, registersByHand, startRegister } from './registration-draft.js';
import { useRegisterTypes } from './use-registers.js';
import { useWijken } from '../../lib/wijken.js';

/** A new registration: starts in the register used last; after saving, back to the list (or on to the next one). */
export function RegistrationNewPage() {
  const { t } = useI18n();
  const can = useCan();
  const today = useToday();
  const navigate = useNavigate();
  const types = useRegisterTypes();
  const wijken = useWijken();
  const mayRead = can('register.read');

  // `?register=<key>` (a link from another page, e.g. the steering group's) starts in that register.
  const [params] = useSearchParams();
  const asked = params.get('register');
  const start =
    types.status === 'success'
      ? (registersByHand(types.data).find((type) => type.key === asked) ?? startRegister(types.data))
      : undefined;

  return (
    <>
      <PageHeader title={t.registrations.newTitle} intro={t.registrations.newIntro} />
      {types.status === 'loading' && <CenteredLoader />}
      {types.status === 'error' && <ErrorAlert error={types.error} onRetry={types.reload} />}
      {types.status === 'success' && !start && (
        <Alert color="blue" variant="light">
          {t.registrations.noRegisters}
        </Alert>
      )}
      {types.status === 'success' && start && (
        <RegistrationForm
          types={types.data}
          wijken={wijken}
          initial={newDraft(start, today)}
          allowAnother
          cancelTo={mayRead ? '/registrations' : '/'}
          onSaved={(_registration, another) => {
            // Without register.read (community guards) there is no list to return to: the form starts afresh.
            if (!another && mayRead) void navigate('/registrations');
          }}
        />
      )}
    </>
  );
}
