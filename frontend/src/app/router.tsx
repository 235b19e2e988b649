// The one route table. Each area's pages load on first visit, so the first download stays small.
import { createBrowserRouter } from "react-router";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
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
          path: "p/:id",
          lazy: () => import("@/features/proposals/ProposalPage").then((m) => ({ Component: m.ProposalPage })),
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
        { path: "*", Component: NotFoundPage },
      ],
    },
  ]);
}
