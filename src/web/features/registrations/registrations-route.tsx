import { Navigate } from 'react-router-dom';
import { RequirePermission } from '../../components/access-guards.js';
import { useCan } from '../auth/session-context.js';
import { RegistrationsPage } from './registrations-page.js';

/** The list for those who may read registrations; those who may only register (community guards) go to the form. */
export function RegistrationsRoute() {
  const can = useCan();
  if (!can('register.read') && can('register.write')) return <Navigate to="/registrations/new" replace />;
  return (
    <RequirePermission action="register.read">
      <RegistrationsPage />
    </RequirePermission>
  );
}
