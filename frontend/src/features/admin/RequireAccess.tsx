// Admits to an administration page only those it is for, and tells anyone else why they cannot
// enter, before any of the page (its filters, its forms) is shown.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "@/api/types";
import { QueryState } from "@/components/QueryState";
import { canManageConsultations, RequireSignIn, useMe } from "@/features/auth";

function Only({ allowed, refusal, children }: { allowed: (me: Me) => boolean; refusal: string; children: ReactNode }) {
  const query = useMe();
  return (
    <QueryState query={{ ...query, data: query.me }}>
      {(me) =>
        allowed(me) ? (
          children
        ) : (
          <div className="notice notice-error" role="alert">
            {refusal}
          </div>
        )
      }
    </QueryState>
  );
}

/** Administrators and members of verified policy labs and agencies that convene consultations. */
export function RequireManager({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      <Only allowed={canManageConsultations} refusal={t("admin.notAllowed")}>
        {children}
      </Only>
    </RequireSignIn>
  );
}

/** Administrators only. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      <Only allowed={(me) => me.role === "admin"} refusal={t("admin.adminsOnly")}>
        {children}
      </Only>
    </RequireSignIn>
  );
}
