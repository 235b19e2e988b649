// What the agency still owes an answer, overdue first, each with a form to answer it here.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { AnswerOpener } from "./AnswerForm";
import { useAnswersDue } from "./api";
import "./i18n";

export function AnswersDueList({ consultation }: { consultation: string }) {
  const { t } = useTranslation("agency");
  const query = useAnswersDue(consultation);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <QueryState query={query}>
      {({ due_at, items }) => (
        <>
          <p>
            {due_at ? (
              <>
                {t("due.deadline")}: <DateText iso={due_at} />
              </>
            ) : (
              t("due.noDeadline")
            )}
          </p>
          {items.length === 0 ? (
            <p className="muted">{t("due.empty")}</p>
          ) : (
            <ul className="plain-list due-list">
              {items.map((item) => (
                <li key={item.id} className="card">
                  <p>
                    <Link to={`/p/${item.id}`}>{item.title}</Link>
                  </p>
                  <p className="meta">
                    <span className={`badge badge-due-${item.standing}`}>{t(`due.standing.${item.standing}`)}</span>
                    <span>{t("due.votes", { agree: item.agree, disagree: item.disagree })}</span>
                    <span>
                      {t("due.dueOn")}: <DateText iso={item.due_at} />
                    </span>
                  </p>
                  <AnswerOpener
                    proposal={item}
                    open={open === item.id}
                    onToggle={() => setOpen(open === item.id ? null : item.id)}
                  />
                </li>
              ))}
            </ul>
      )}
    </>
      )}
    </QueryState>
  );
}
