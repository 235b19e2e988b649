// The moderation area's own navigation.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useMe } from "@/features/auth";

export function ModerationNav() {
  const { t } = useTranslation();
  const { me } = useMe();
  const admin = me?.role === "admin";
  return (
    <nav aria-label={t("moderation.navLabel")} className="sub-nav">
      <ul className="nav-list">
        <li>
          <NavLink to="/moderation" end>
            {t("moderation.queue.title")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/moderation/log">{t("moderation.log.title")}</NavLink>
        </li>
        <li>
          <NavLink to="/moderation/anomalies">{t("moderation.anomalies.title")}</NavLink>
        </li>
        {admin && (
          <>
            <li>
              <NavLink to="/admin/audit-log">{t("moderation.audit.title")}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/users">{t("admin.users.title")}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/people">{t("moderation.people.title")}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
