// Earlier versions of an edited proposal, fetched when someone opens the section.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { useRevisions } from "./api";

export function Revisions({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(proposalId, open);
  return (
    <details className="revisions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("proposal.revisions")}</summary>
      {open && (
        <QueryState
          query={revisions}
          keepDataOnError
          isEmpty={(data) => data.items.length === 0}
          empty={<p>{t("proposal.noRevisions")}</p>}
        >
          {(data) => (
            <ol className="plain-list">
              {data.items.map((revision) => (
                <li key={revision.id} className="revision">
                  <p className="meta">
                    {t("proposal.replacedAt")} <DateText iso={revision.replaced_at} withTime />
                  </p>
                  <h3>{revision.title}</h3>
                  <p className="pre-wrap">{revision.body}</p>
                </li>
              ))}
            </ol>
          )}
        </QueryState>
      )}
    </details>
  );
}
