import { Alert } from '@mantine/core';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from '../auth/session-context.js';

/** Placeholder until the plan import lands: says so plainly. */
export function PlanPage() {
  const { t, fill } = useI18n();
  const me = useMe();
  return (
    <>
      <PageHeader title={t.plan.title} intro={fill(t.plan.intro, { municipality: me.municipality.name })} />
      <Alert variant="light" color="blue">{t.plan.comingSoon}</Alert>
    </>
  );
}
