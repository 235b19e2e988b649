// The one route table. Each area's pages load on first visit, so the first download stays small.
import { createBrowserRouter, Navigate, useLocation, useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";

/** Sends `/proposals/<id>#comment-…` to `/p/<id>#comment-…`, keeping query and fragment. */
function LegacyRedirect({ prefix }: { prefix: string }) {
  const { id } = useParams();
  const { search, hash } = useLocation();
  return <Navigate to={`${prefix}${id ?? ""}${search}${hash}`} replace />;
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      // Shown while the first page's code loads (each page loads on first visit).
      HydrateFallback: Loading,
      children: [
        {
          index: true,
          lazy: () => import("@/features/consultations/HomePage").then((m) => ({ Component: m.HomePage })),
        },
        {
          path: "c/:slug",
          lazy: () =>
            import("@/features/consultations/ConsultationPage").then((m) => ({ Component: m.ConsultationPage })),
        },
        {
          path: "c/:slug/new",
          lazy: () =>
            import("@/features/proposals/NewProposalPage").then((m) => ({ Component: m.NewProposalPage })),
        },
        {
          path: "c/:slug/results",
          lazy: () => import("@/features/results/ResultsPage").then((m) => ({ Component: m.ResultsPage })),
        },
        {
          path: "c/:slug/results/new",
          lazy: () => import("@/features/results/NewResultPage").then((m) => ({ Component: m.NewResultPage })),
        },
        {
          path: "results",
          lazy: () =>
            import("@/features/results/ProvinceResultsPage").then((m) => ({ Component: m.ProvinceResultsPage })),
        },
        {
          path: "documents/:id",
          lazy: () => import("@/features/documents/DocumentPage").then((m) => ({ Component: m.DocumentPage })),
        },
        {
          path: "results/:id",
          lazy: () => import("@/features/results/ResultPage").then((m) => ({ Component: m.ResultPage })),
        },
        {
          path: "p/:id",
          lazy: () => import("@/features/proposals/ProposalPage").then((m) => ({ Component: m.ProposalPage })),
        },
        {
          path: "search",
          lazy: () => import("@/features/search/SearchPage").then((m) => ({ Component: m.SearchPage })),
        },
        {
          path: "sign-in",
          lazy: () => import("@/features/auth/SignInPage").then((m) => ({ Component: m.SignInPage })),
        },
        {
          path: "sign-up",
          lazy: () => import("@/features/auth/SignUpPage").then((m) => ({ Component: m.SignUpPage })),
        },
        {
          path: "verify-email",
          lazy: () => import("@/features/auth/VerifyEmailPage").then((m) => ({ Component: m.VerifyEmailPage })),
        },
        {
          path: "profile",
          lazy: () => import("@/features/profile/ProfilePage").then((m) => ({ Component: m.ProfilePage })),
        },
        {
          path: "me/activity",
          lazy: () => import("@/features/activity/ActivityPage").then((m) => ({ Component: m.ActivityPage })),
        },
        {
          path: "admin",
          lazy: () => import("@/features/admin/AdminPage").then((m) => ({ Component: m.AdminPage })),
        },
        {
          path: "admin/consultations/new",
          lazy: () =>
            import("@/features/admin/ConsultationEditorPage").then((m) => ({
              Component: m.ConsultationEditorPage,
            })),
        },
        {
          path: "admin/consultations/:slug",
          lazy: () =>
            import("@/features/admin/ConsultationEditorPage").then((m) => ({
              Component: m.ConsultationEditorPage,
            })),
        },
        {
          path: "forgot-password",
          lazy: () => import("@/features/auth/ForgotPasswordPage").then((m) => ({ Component: m.ForgotPasswordPage })),
        },
        {
          path: "reset-password",
          lazy: () => import("@/features/auth/ResetPasswordPage").then((m) => ({ Component: m.ResetPasswordPage })),
        },
        {
          path: "notifications",
          lazy: () => import("@/features/notifications/NotificationsPage").then((m) => ({ Component: m.NotificationsPage })),
        },
        {
          path: "unsubscribe",
          lazy: () => import("@/features/notifications/UnsubscribePage").then((m) => ({ Component: m.UnsubscribePage })),
        },
        {
          path: "settings/notifications",
          lazy: () => import("@/features/notifications/PreferencesPage").then((m) => ({ Component: m.PreferencesPage })),
        },
        {
          path: "moderation",
          lazy: () => import("@/features/moderation/ModerationPage").then((m) => ({ Component: m.ModerationPage })),
        },
        {
          path: "moderation/log",
          lazy: () => import("@/features/moderation/ModerationLogPage").then((m) => ({ Component: m.ModerationLogPage })),
        },
        {
          path: "moderation/anomalies",
          lazy: () => import("@/features/moderation/AnomaliesPage").then((m) => ({ Component: m.AnomaliesPage })),
        },
        {
          path: "admin/audit-log",
          lazy: () => import("@/features/moderation/AuditLogPage").then((m) => ({ Component: m.AuditLogPage })),
        },
        {
          path: "admin/users",
          lazy: () => import("@/features/admin/UsersPage").then((m) => ({ Component: m.UsersPage })),
        },
        {
          path: "admin/people",
          lazy: () => import("@/features/moderation/PeoplePage").then((m) => ({ Component: m.PeoplePage })),
        },
        {
          path: "admin/legal/:kind",
          lazy: () => import("@/features/legal/LegalEditorPage").then((m) => ({ Component: m.LegalEditorPage })),
        },
        {
          path: "privacy",
          lazy: () =>
            import("@/features/legal/LegalPage").then((m) => ({ Component: () => <m.LegalPage kind="privacy" /> })),
        },
        {
          path: "terms",
          lazy: () =>
            import("@/features/legal/LegalPage").then((m) => ({ Component: () => <m.LegalPage kind="terms" /> })),
        },
        {
          path: "agency",
          lazy: () => import("@/features/agency/AgencyHomePage").then((m) => ({ Component: m.AgencyHomePage })),
        },
        {
          path: "agency/queue",
          lazy: () => import("@/features/agency/QueuePage").then((m) => ({ Component: m.QueuePage })),
        },
        {
          path: "agency/consultations/:slug",
          lazy: () => import("@/features/agency/DashboardPage").then((m) => ({ Component: m.DashboardPage })),
        },
        {
          path: "organizations",
          lazy: () => import("@/features/organizations/DirectoryPage").then((m) => ({ Component: m.DirectoryPage })),
        },
        {
          path: "organizations/new",
          lazy: () =>
            import("@/features/organizations/NewOrganizationPage").then((m) => ({ Component: m.NewOrganizationPage })),
        },
        {
          path: "organizations/invitations/accept",
          lazy: () =>
            import("@/features/organizations/AcceptInvitationPage").then((m) => ({
              Component: m.AcceptInvitationPage,
            })),
        },
        {
          path: "awards",
          lazy: () => import("@/features/awards/AwardsPage").then((m) => ({ Component: m.AwardsPage })),
        },
        {
          path: "awards/new",
          lazy: () => import("@/features/awards/NewAwardPage").then((m) => ({ Component: m.NewAwardPage })),
        },
        {
          path: "awards/:id",
          lazy: () => import("@/features/awards/AwardPage").then((m) => ({ Component: m.AwardPage })),
        },
        {
          path: "award-applications/:id",
          lazy: () => import("@/features/awards/AssessmentPage").then((m) => ({ Component: m.AssessmentPage })),
        },
        {
          path: "o/:slug",
          lazy: () =>
            import("@/features/organizations/OrganizationPage").then((m) => ({ Component: m.OrganizationPage })),
        },
        {
          path: "o/:slug/manage",
          lazy: () => import("@/features/organizations/ManagePage").then((m) => ({ Component: m.ManagePage })),
        },
        // Links in mail and notifications name resources the way the API does.
        { path: "proposals/:id", Component: () => <LegacyRedirect prefix="/p/" /> },
        { path: "consultations/:id", Component: () => <LegacyRedirect prefix="/c/" /> },
        { path: "*", Component: NotFoundPage },
      ],
    },
  ]);
}
