// The server sends titles and snippets as escaped HTML whose only tags are <mark>. Before that
// text reaches innerHTML, this keeps exactly <mark> and </mark> (balanced) and escapes the rest,
// so a mistake on the server can never become markup in the page.

const MARK = /<mark>|<\/mark>/g;
const ENTITY = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** Escapes `<`, `>` and quotes, and any `&` that does not start an entity the server wrote. */
function escapeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "&") out += ENTITY.test(text.slice(i)) ? "&" : "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (char === '"') out += "&quot;";
    else if (char === "'") out += "&#39;";
    else out += char;
  }
  return out;
}

/** HTML that is safe for innerHTML: the input's text, with its `<mark>` highlights and nothing else. */
export function sanitizeHighlight(html: string): string {
  let out = "";
  let open = false;
  let last = 0;
  for (const match of html.matchAll(MARK)) {
    out += escapeText(html.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === "<mark>" && !open) {
      out += "<mark>";
      open = true;
    } else if (match[0] === "</mark>" && open) {
      out += "</mark>";
      open = false;
    }
  }
  out += escapeText(html.slice(last));
  return open ? `${out}</mark>` : out;
}
