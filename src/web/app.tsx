import { type ComponentType, lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { Outlet, Route, Routes } from 'react-router-dom';
import { RequirePermission, RequireSession } from './components/access-guards.js';
import { NotFoundPage } from './components/not-found-page.js';

/**
 * Every page is its own chunk, loaded when its route is first shown: a first visit loads the shell (React, Mantine,
 * the layout, the session) and the one page, and ECharts comes only with the pages that chart.
 */
function page<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

// The signed-in shell too: the login page and the citizen's pages do without it.
const AppLayout = page(() => import('./components/app-layout.js'), 'AppLayout');
const AuditPage = page(() => import('./features/audit/audit-page.js'), 'AuditPage');
const LoginPage = page(() => import('./features/auth/login-page.js'), 'LoginPage');
const PasswordResetPage = page(() => import('./features/auth/password-reset-page.js'), 'PasswordResetPage');
const ProfilePage = page(() => import('./features/auth/profile-page.js'), 'ProfilePage');
const HomePage = page(() => import('./features/home/home-page.js'), 'HomePage');
const DashboardPage = page(() => import('./features/indicators/dashboard-page.js'), 'DashboardPage');
const RegisterTypesPage = page(() => import('./features/registrations/register-types-page.js'), 'RegisterTypesPage');
const RegistrationEditPage = page(
  () => import('./features/registrations/registration-edit-page.js'),
  'RegistrationEditPage',
);
const RegistrationNewPage = page(
  () => import('./features/registrations/registration-new-page.js'),
  'RegistrationNewPage',
);
const RegistrationsRoute = page(() => import('./features/registrations/registrations-route.js'), 'RegistrationsRoute');
const EvaluationPage = page(() => import('./features/evaluation/evaluation-page.js'), 'EvaluationPage');
const SubjectsPage = page(() => import('./features/subjects/subjects-page.js'), 'SubjectsPage');
const PlanPage = page(() => import('./features/plan/plan-page.js'), 'PlanPage');
const FinancePage = page(() => import('./features/finance/finance-page.js'), 'FinancePage');
const CalendarPage = page(() => import('./features/calendar/calendar-page.js'), 'CalendarPage');
const PartnersPage = page(() => import('./features/partners/partners-page.js'), 'PartnersPage');
const UsersPage = page(() => import('./features/users/users-page.js'), 'UsersPage');
const BarometerPage = page(() => import('./features/barometer/barometer-page.js'), 'BarometerPage');
const PublicComplaintPage = page(() => import('./features/complaints/public-complaint-page.js'), 'PublicComplaintPage');
const PublicStatusPage = page(() => import('./features/complaints/public-status-page.js'), 'PublicStatusPage');
const ComplaintsPage = page(() => import('./features/complaints/complaints-page.js'), 'ComplaintsPage');
const ComplaintDetailPage = page(() => import('./features/complaints/complaint-detail-page.js'), 'ComplaintDetailPage');
const ComplaintIntakePage = page(() => import('./features/complaints/complaint-intake-page.js'), 'ComplaintIntakePage');
const ComplaintSettingsPage = page(
  () => import('./features/complaints/complaint-settings-page.js'),
  'ComplaintSettingsPage',
);
const ConsultationsPage = page(() => import('./features/consultations/consultations-page.js'), 'ConsultationsPage');
const ConsultationDetailPage = page(
  () => import('./features/consultations/consultation-detail-page.js'),
  'ConsultationDetailPage',
);
const GuardRoute = page(() => import('./features/guards/guard-app-page.js'), 'GuardRoute');
const GuardsCoordinatorPage = page(
  () => import('./features/guards/guards-coordinator-page.js'),
  'GuardsCoordinatorPage',
);
const CasesPage = page(() => import('./features/cases/cases-page.js'), 'CasesPage');
const CaseNewPage = page(() => import('./features/cases/case-new-page.js'), 'CaseNewPage');
const CaseDetailPage = page(() => import('./features/cases/case-detail-page.js'), 'CaseDetailPage');
const VolunteersPage = page(() => import('./features/cases/volunteers-page.js'), 'VolunteersPage');
const EnforcementPage = page(() => import('./features/enforcement/enforcement-page.js'), 'EnforcementPage');
const FindingDetailPage = page(() => import('./features/enforcement/finding-detail-page.js'), 'FindingDetailPage');

const loading = (
  <Center py="xl">
    <Loader />
  </Center>
);

/** Every page of the web app. Access mirrors the server's policy (src/shared/access/roles.ts). */
export function App() {
  return (
    <Suspense fallback={loading}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/password-reset" element={<PasswordResetPage />} />
        {/* The citizen's pages: outside the signed-in shell, no login. */}
        <Route path="/p/:slug/complaints" element={<PublicComplaintPage />} />
        <Route path="/p/:slug/complaints/status" element={<PublicStatusPage />} />
        {/* The guards' phone app opens offline too: it handles the session itself (no RequireSession). */}
        <Route path="/guard" element={<GuardRoute />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          {/* Inside the layout: while a page loads, the navigation stays and the page's place shows a loader. */}
          <Route
            element={
              <Suspense fallback={loading}>
                <Outlet />
              </Suspense>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route
              path="dashboard"
              element={
                <RequirePermission action="plan.read">
                  <DashboardPage />
                </RequirePermission>
              }
            />
            <Route path="registrations" element={<RegistrationsRoute />} />
            <Route
              path="registrations/new"
              element={
                <RequirePermission action="register.write">
                  <RegistrationNewPage />
                </RequirePermission>
              }
            />
            <Route
              path="registrations/registers"
              element={
                <RequirePermission action="register.manage">
                  <RegisterTypesPage />
                </RequirePermission>
              }
            />
            <Route
              path="registrations/:id"
              element={
                <RequirePermission action="register.write">
                  <RegistrationEditPage />
                </RequirePermission>
              }
            />
            <Route
              path="plan"
              element={
                <RequirePermission action="plan.read">
                  <PlanPage />
                </RequirePermission>
              }
            />
            <Route
              path="evaluation"
              element={
                <RequirePermission action="plan.read">
                  <EvaluationPage />
                </RequirePermission>
              }
            />
            <Route
              path="subjects"
              element={
                <RequirePermission action="plan.read">
                  <SubjectsPage />
                </RequirePermission>
              }
            />
            <Route
              path="finance"
              element={
                <RequirePermission action="finance.read">
                  <FinancePage />
                </RequirePermission>
              }
            />
            <Route
              path="calendar"
              element={
                <RequirePermission action="calendar.read">
                  <CalendarPage />
                </RequirePermission>
              }
            />
            <Route
              path="partners"
              element={
                <RequirePermission action="partner.read">
                  <PartnersPage />
                </RequirePermission>
              }
            />
            <Route
              path="guards"
              element={
                <RequirePermission action="guard.coordinate">
                  <GuardsCoordinatorPage />
                </RequirePermission>
              }
            />
            <Route
              path="complaints"
              element={
                <RequirePermission action="complaint.read">
                  <ComplaintsPage />
                </RequirePermission>
              }
            />
            <Route
              path="complaints/new"
              element={
                <RequirePermission action="complaint.write">
                  <ComplaintIntakePage />
                </RequirePermission>
              }
            />
            <Route
              path="complaints/settings"
              element={
                <RequirePermission action="complaint.manage">
                  <ComplaintSettingsPage />
                </RequirePermission>
              }
            />
            <Route
              path="complaints/:id"
              element={
                <RequirePermission action="complaint.read">
                  <ComplaintDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="consultations"
              element={
                <RequirePermission action="consultation.read">
                  <ConsultationsPage />
                </RequirePermission>
              }
            />
            <Route
              path="consultations/:id"
              element={
                <RequirePermission action="consultation.read">
                  <ConsultationDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="barometer"
              element={
                <RequirePermission action="barometer.read">
                  <BarometerPage />
                </RequirePermission>
              }
            />
            <Route
              path="users"
              element={
                <RequirePermission action="user.read">
                  <UsersPage />
                </RequirePermission>
              }
            />
            <Route
              path="audit"
              element={
                <RequirePermission action="audit.read">
                  <AuditPage />
                </RequirePermission>
              }
            />
            <Route
              path="enforcement"
              element={
                <RequirePermission action="enforcement.statistics.read">
                  <EnforcementPage />
                </RequirePermission>
              }
            />
            <Route
              path="enforcement/findings/:id"
              element={
                <RequirePermission action="enforcement.read">
                  <FindingDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases"
              element={
                <RequirePermission action="case.read">
                  <CasesPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases/new"
              element={
                <RequirePermission action="case.write">
                  <CaseNewPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases/volunteers"
              element={
                <RequirePermission action="case.read">
                  <VolunteersPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequirePermission action="case.read">
                  <CaseDetailPage />
                </RequirePermission>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
