import { Route, Routes } from 'react-router-dom';
import { RequirePermission, RequireSession } from './components/access-guards.js';
import { AppLayout } from './components/app-layout.js';
import { NotFoundPage } from './components/not-found-page.js';
import { AuditPage } from './features/audit/audit-page.js';
import { LoginPage } from './features/auth/login-page.js';
import { HomePage } from './features/home/home-page.js';
import { DashboardPage } from './features/dashboard/dashboard-page.js';
import { RegisterTypesPage } from './features/registrations/register-types-page.js';
import { RegistrationEditPage } from './features/registrations/registration-edit-page.js';
import { RegistrationNewPage } from './features/registrations/registration-new-page.js';
import { RegistrationsRoute } from './features/registrations/registrations-route.js';
import { EvaluationPage } from './features/evaluation/evaluation-page.js';
import { PlanPage } from './features/plan/plan-page.js';
import { UsersPage } from './features/users/users-page.js';

/** Every page of the web app. Access mirrors the server's policy (src/shared/access/roles.ts). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession><AppLayout /></RequireSession>}>
        <Route index element={<HomePage />} />
        <Route path="dashboard" element={<RequirePermission action="plan.read"><DashboardPage /></RequirePermission>} />
        <Route path="registrations" element={<RegistrationsRoute />} />
        <Route path="registrations/new" element={<RequirePermission action="register.write"><RegistrationNewPage /></RequirePermission>} />
        <Route path="registrations/registers" element={<RequirePermission action="register.manage"><RegisterTypesPage /></RequirePermission>} />
        <Route path="registrations/:id" element={<RequirePermission action="register.write"><RegistrationEditPage /></RequirePermission>} />
        <Route path="plan" element={<RequirePermission action="plan.read"><PlanPage /></RequirePermission>} />
        <Route path="evaluation" element={<RequirePermission action="plan.read"><EvaluationPage /></RequirePermission>} />
        <Route path="users" element={<RequirePermission action="user.read"><UsersPage /></RequirePermission>} />
        <Route path="audit" element={<RequirePermission action="audit.read"><AuditPage /></RequirePermission>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
