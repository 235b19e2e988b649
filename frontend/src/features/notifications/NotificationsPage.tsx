// The inbox: unread first, then newest; opening one marks it read, and all can be marked at once.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { useInbox, useMarkRead, type Notification } from "./api";
import { appPath, describeNotification } from "./text";

function NotificationItem({ notification }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const { headline, detail } = describeNotification(notification, t, i18n.language);
  const unread = !notification.read;
  return (
    <li className={unread ? "notification notification-unread" : "notification"}>
      <p className="notification-headline">
        {unread && <span className="badge badge-unread">{t("notifications.unread")}</span>}{" "}
        <Link
          to={appPath(notification.subject.link_path)}
          onClick={() => unread && markRead.mutate([notification.id])}
        >
          {headline}
        </Link>
      </p>
      {detail && <p className="muted">{detail}</p>}
      <p className="meta">
        <DateText iso={notification.created_at} withTime />
        {unread && (
          <button
            type="button"
            className="button-link"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate([notification.id])}
          >
            {t("notifications.markRead")}
          </button>
        )}
      </p>
    </li>
  );
}

function Inbox() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  const inbox = useInbox();
  const markAll = useMarkRead();
  return (
    <QueryState query={inbox}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        const unread = data.pages[0]?.unread_count ?? 0;
        return (
          <div className="narrow">
            <h1>{t("notifications.title")}</h1>
            <div className="actions">
              <p role="status">{t("notifications.unreadCount", { count: unread })}</p>
              {unread > 0 && (
                <button type="button" className="button" disabled={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
                  {t("notifications.markAllRead")}
                </button>
              )}
              <Link className="button" to="/settings/notifications">
                {t("preferences.title")}
              </Link>
            </div>
            <ErrorNotice error={markAll.error} />
            {items.length === 0 ? (
              <p>{t("notifications.none")}</p>
            ) : (
              <ul className="plain-list notification-list">
                {items.map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} />
                ))}
              </ul>
            )}
            {inbox.hasNextPage && (
              <button type="button" className="button" disabled={inbox.isFetchingNextPage} onClick={() => void inbox.fetchNextPage()}>
                {t("common.loadMore")}
              </button>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}

export function NotificationsPage() {
  return (
    <RequireSignIn>
      <Inbox />
    </RequireSignIn>
  );
}
