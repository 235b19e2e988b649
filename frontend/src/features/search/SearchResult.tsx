// One search hit: its type, its linked title and the passage that matched.
import type { components } from "@/api/schema";
import { DateText } from "@/components/DateText";
import { Link } from "react-router";
import { Highlighted } from "./Highlighted";
import { useSearchTranslation } from "./i18n";

type SearchHit = components["schemas"]["SearchHit"];

/** Where a hit lives in the app; comments open on their proposal, scrolled to them. */
export function hitPath(hit: SearchHit): string {
  switch (hit.type) {
    case "proposal":
      return `/p/${hit.id}`;
    case "comment":
      return hit.proposal_id ? `/p/${hit.proposal_id}#comment-${hit.id}` : `/c/${hit.consultation_id}`;
    case "consultation":
      return `/c/${hit.id}`;
  }
}

export function SearchResult({ hit }: { hit: SearchHit }) {
  const { t } = useSearchTranslation();
  return (
    <article className="search-hit">
      <p className="meta">
        <span className={`badge search-type search-type-${hit.type}`}>{t(`type.${hit.type}`)}</span>
        {!hit.visible && <span className="badge">{t("page.hidden")}</span>}
        <DateText iso={hit.created_at} />
        {hit.theme && <span className="tag">{hit.theme}</span>}
        {hit.province && <span className="tag">{hit.province}</span>}
      </p>
      <h2 className="search-hit-title">
        <Link to={hitPath(hit)}>
          <Highlighted html={hit.title_html} />
        </Link>
      </h2>
      {hit.snippet && <Highlighted as="p" html={hit.snippet} />}
    </article>
  );
}
