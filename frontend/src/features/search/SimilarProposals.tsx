// Under a new proposal's text: proposals of the consultation that already say much the same.
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { SIMILAR_MIN_TITLE, useSimilarProposals } from "./api";
import { useSearchTranslation } from "./i18n";
import "./search.css";

const DEBOUNCE_MS = 400;

/** The value once it has stopped changing for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function SimilarProposals({ consultation, title, body }: { consultation: string; title: string; body: string }) {
  const { t } = useSearchTranslation();
  const draft = useDebounced(`${title}\u0000${body}`, DEBOUNCE_MS);
  const [settledTitle = "", settledBody = ""] = draft.split("\u0000");
  const similar = useSimilarProposals(consultation, settledTitle, settledBody);
  // No hint once the title is cleared again, even while an older answer is still cached.
  const long = title.trim().length >= SIMILAR_MIN_TITLE && settledTitle.trim().length >= SIMILAR_MIN_TITLE;
  const items = long && similar.isSuccess ? similar.data.items : [];
  return (
    <div className="similar-proposals" aria-live="polite">
      {items.length > 0 && (
        <div className="notice">
          <h2 className="similar-heading">{t("similar.heading")}</h2>
          <p className="field-hint">{t("similar.hint")}</p>
          <ul>
            {items.slice(0, 5).map((item) => (
              <li key={item.id}>
                <Link to={`/p/${item.id}`}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
