// Server HTML with <mark> highlights, shown only after sanitizeHighlight.
import { sanitizeHighlight } from "./sanitize";

export function Highlighted({ html, as: Tag = "span" }: { html: string; as?: "span" | "p" }) {
  return <Tag dangerouslySetInnerHTML={{ __html: sanitizeHighlight(html) }} />;
}
