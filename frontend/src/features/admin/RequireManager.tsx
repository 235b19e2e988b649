// Lets administrators and policy-lab members through; tells anyone else why they cannot enter.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "@/components/QueryState";
import { canManageConsultations, RequireSignIn, useMe } from "@/features/auth";

function ManagersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useMe();
  return (
    <QueryState query={{ ...query, data: query.me }}>
      {(me) =>
        canManageConsultations(me) ? (
          children
        ) : (
          <div className="notice notice-error" role="alert">
            {t("admin.notAllowed")}
          </div>
        )
      }
    </QueryState>
  );
}

export function RequireManager({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <ManagersOnly>{children}</ManagersOnly>
    </RequireSignIn>
  );
}
