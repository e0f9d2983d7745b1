import { Route, Routes } from 'react-router-dom';
import { RequirePermission, RequireSession } from './components/access-guards.js';
import { AppLayout } from './components/app-layout.js';
import { NotFoundPage } from './components/not-found-page.js';
import { AuditPage } from './features/audit/audit-page.js';
import { LoginPage } from './features/auth/login-page.js';
import { HomePage } from './features/home/home-page.js';
import { PlanPage } from './features/plan/plan-page.js';
import { UsersPage } from './features/users/users-page.js';

/** Every page of the web app. Access mirrors the server's policy (src/shared/access/roles.ts). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession><AppLayout /></RequireSession>}>
        <Route index element={<HomePage />} />
        <Route path="plan" element={<RequirePermission action="plan.read"><PlanPage /></RequirePermission>} />
        <Route path="users" element={<RequirePermission action="user.read"><UsersPage /></RequirePermission>} />
        <Route path="audit" element={<RequirePermission action="audit.read"><AuditPage /></RequirePermission>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
