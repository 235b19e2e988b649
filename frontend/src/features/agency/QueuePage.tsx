// The agency's queue: across consultations, the proposals routed to the caller's organisations
// that still await an answer, overdue first, each with a form to answer it here.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle } from "@/features/consultations";
import { AnswerOpener } from "./AnswerForm";
import { useAgencyQueue } from "./api";
import "./agency.css";
import "./i18n";

function Queue() {
  const { t, i18n } = useTranslation("agency");
  usePageTitle(t("queue.title"));
  const query = useAgencyQueue();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="agency">
      <h1>{t("queue.title")}</h1>
      <p>{t("queue.intro")}</p>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t("queue.empty")}</p>
          ) : (
            <ul className="plain-list due-list">
              {items.map((item) => (
                <li key={item.id} className="card">
                  <p>
                    <Link to={`/p/${item.id}`}>{item.title}</Link>
                  </p>
                  <p className="meta">
                    {item.standing && (
                      <span className={`badge badge-due-${item.standing}`}>{t(`due.standing.${item.standing}`)}</span>
                    )}
                    <Link to={`/agency/consultations/${item.consultation_slug}`}>{consultationTitle({ title: item.consultation_title, title_en: item.consultation_title_en }, i18n.language)}
                    </Link>
                    <span>
                      {t("queue.routedTo")}: {item.organization_name}
                    </span>
                    {item.due_at && (
                      <span>
                        {t("queue.due")}: <DateText iso={item.due_at} />
                      </span>
                    )}
                    <span>{t("due.votes", { agree: item.agree, disagree: item.disagree })}</span>
                  </p>
                  <AnswerOpener
                    proposal={item}
                    open={open === item.id}
                    onToggle={() => setOpen(open === item.id ? null : item.id)}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}

export function QueuePage() {
  return (
    <RequireSignIn>
      <Queue />
    </RequireSignIn>
  );
}
