// Lets administrators and policy-lab members through; tells anyone else why they cannot enter.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Loading } from "@/components/Loading";
import { canManageConsultations, useMe } from "@/features/auth/api";
import { RequireSignIn } from "@/features/auth/RequireSignIn";

function ManagersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, isPending, error } = useMe();
  if (error) return <ErrorNotice error={error} />;
  if (isPending || !me) return <Loading />;
  if (!canManageConsultations(me)) {
    return (
      <div className="notice notice-error" role="alert">
        {t("admin.notAllowed")}
      </div>
    );
  }
  return children;
}

export function RequireManager({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <ManagersOnly>{children}</ManagersOnly>
    </RequireSignIn>
  );
}
