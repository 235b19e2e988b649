// The organisers' desk: every consultation they can see (drafts too, for administrators).
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhaseBadge } from "@/components/PhaseBadge";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useMe } from "@/features/auth";
import { consultationTitle, useConsultations } from "@/features/consultations";
import { RequireManager } from "./RequireAccess";
import { TableWrap } from "@/components/TableWrap";

function ConsultationDesk() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("admin.title"));
  const consultations = useConsultations();
  const { me } = useMe();
  return (
    <>
      <header className="page-header">
        <h1>{t("admin.title")}</h1>
        <div className="actions">
          <Link className="button button-primary" to="/admin/consultations/new">
            {t("admin.newConsultation")}
          </Link>
          {me?.role === "admin" && (
            <>
              <Link className="button" to="/admin/users">
                {t("admin.users.title")}
              </Link>
              <Link className="button" to="/admin/legal/privacy">
                {t("admin.editPrivacy")}
              </Link>
              <Link className="button" to="/admin/legal/terms">
                {t("admin.editTerms")}
              </Link>
            </>
          )}
        </div>
      </header>
      <QueryState query={consultations} keepDataOnError>
        {(data) => (
          <TableWrap label={t("admin.consultations")}>
            <table>
              <caption className="visually-hidden">{t("admin.consultations")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.field.title")}</th>
                  <th scope="col">{t("admin.field.phase")}</th>
                  <th scope="col">{t("admin.proposals")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("admin.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/c/${c.slug}`}>{consultationTitle(c, i18n.language)}</Link>
                    </td>
                    <td>
                      <PhaseBadge phase={c.phase} />
                    </td>
                    <td>{c.proposal_count}</td>
                    <td>
                      <Link to={`/admin/consultations/${c.slug}`} aria-label={t("admin.editNamed", { title: consultationTitle(c, i18n.language) })}>
                        {t("admin.edit")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
    </>
  );
}

export function AdminPage() {
  return (
    <RequireManager>
      <ConsultationDesk />
    </RequireManager>
  );
}
