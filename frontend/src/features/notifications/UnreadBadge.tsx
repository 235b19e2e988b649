// The header's link to the inbox, with the number of unread notifications.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUnreadCount } from "./api";

export function InboxLink() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  return (
    <NavLink to="/notifications" aria-label={t("notifications.navLabel", { count: unread })}>
      {t("notifications.nav")}
      {unread > 0 && (
        <span className="unread-badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </NavLink>
  );
}
