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
import { SubjectsPage } from './features/subjects/subjects-page.js';
import { PlanPage } from './features/plan/plan-page.js';
import { FinancePage } from './features/finance/finance-page.js';
import { CalendarPage } from './features/calendar/calendar-page.js';
import { PartnersPage } from './features/partners/partners-page.js';
import { UsersPage } from './features/users/users-page.js';
import { BarometerPage } from './features/barometer/barometer-page.js';
import { PublicComplaintPage } from './features/complaints/public-complaint-page.js';
import { PublicStatusPage } from './features/complaints/public-status-page.js';
import { ComplaintsPage } from './features/complaints/complaints-page.js';
import { ComplaintDetailPage } from './features/complaints/complaint-detail-page.js';
import { ComplaintIntakePage } from './features/complaints/complaint-intake-page.js';
import { ConsultationsPage } from './features/consultations/consultations-page.js';
import { ConsultationDetailPage } from './features/consultations/consultation-detail-page.js';
import { GuardRoute } from './features/guards/guard-app-page.js';
import { GuardsCoordinatorPage } from './features/guards/guards-coordinator-page.js';
import { CasesPage } from './features/cases/cases-page.js';
import { CaseNewPage } from './features/cases/case-new-page.js';
import { CaseDetailPage } from './features/cases/case-detail-page.js';
import { VolunteersPage } from './features/cases/volunteers-page.js';

/** Every page of the web app. Access mirrors the server's policy (src/shared/access/roles.ts). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The citizen's pages: outside the signed-in shell, no login. */}
      <Route path="/p/:slug/complaints" element={<PublicComplaintPage />} />
      <Route path="/p/:slug/complaints/status" element={<PublicStatusPage />} />
      {/* The guards' phone app opens offline too: it handles the session itself (no RequireSession). */}
      <Route path="/guard" element={<GuardRoute />} />
      <Route element={<RequireSession><AppLayout /></RequireSession>}>
        <Route index element={<HomePage />} />
        <Route path="dashboard" element={<RequirePermission action="plan.read"><DashboardPage /></RequirePermission>} />
        <Route path="registrations" element={<RegistrationsRoute />} />
        <Route path="registrations/new" element={<RequirePermission action="register.write"><RegistrationNewPage /></RequirePermission>} />
        <Route path="registrations/registers" element={<RequirePermission action="register.manage"><RegisterTypesPage /></RequirePermission>} />
        <Route path="registrations/:id" element={<RequirePermission action="register.write"><RegistrationEditPage /></RequirePermission>} />
        <Route path="plan" element={<RequirePermission action="plan.read"><PlanPage /></RequirePermission>} />
        <Route path="evaluation" element={<RequirePermission action="plan.read"><EvaluationPage /></RequirePermission>} />
        <Route path="subjects" element={<RequirePermission action="plan.read"><SubjectsPage /></RequirePermission>} />
        <Route path="finance" element={<RequirePermission action="finance.read"><FinancePage /></RequirePermission>} />
        <Route path="calendar" element={<RequirePermission action="calendar.read"><CalendarPage /></RequirePermission>} />
        <Route path="partners" element={<RequirePermission action="partner.read"><PartnersPage /></RequirePermission>} />
        <Route path="guards" element={<RequirePermission action="guard.coordinate"><GuardsCoordinatorPage /></RequirePermission>} />
        <Route path="complaints" element={<RequirePermission action="complaint.read"><ComplaintsPage /></RequirePermission>} />
        <Route path="complaints/new" element={<RequirePermission action="complaint.write"><ComplaintIntakePage /></RequirePermission>} />
        <Route path="complaints/:id" element={<RequirePermission action="complaint.read"><ComplaintDetailPage /></RequirePermission>} />
        <Route path="consultations" element={<RequirePermission action="consultation.read"><ConsultationsPage /></RequirePermission>} />
        <Route path="consultations/:id" element={<RequirePermission action="consultation.read"><ConsultationDetailPage /></RequirePermission>} />
        <Route path="barometer" element={<RequirePermission action="barometer.read"><BarometerPage /></RequirePermission>} />
        <Route path="users" element={<RequirePermission action="user.read"><UsersPage /></RequirePermission>} />
        <Route path="audit" element={<RequirePermission action="audit.read"><AuditPage /></RequirePermission>} />
        <Route path="cases" element={<RequirePermission action="case.read"><CasesPage /></RequirePermission>} />
        <Route path="cases/new" element={<RequirePermission action="case.write"><CaseNewPage /></RequirePermission>} />
        <Route path="cases/volunteers" element={<RequirePermission action="case.read"><VolunteersPage /></RequirePermission>} />
        <Route path="cases/:id" element={<RequirePermission action="case.read"><CaseDetailPage /></RequirePermission>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
