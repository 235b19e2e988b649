// The opening words of a proposal for its card: Markdown marks dropped, whitespace folded, and
// cut between graphemes so a Thai vowel or tone mark is never split from its consonant.

const MARKS = /(!?\[([^\]]*)\]\([^)]*\))|[#>*_`~|]+/g;

export function excerpt(markdown: string, maxGraphemes = 200): string {
  const text = markdown
    .replace(MARKS, (_match, link: string | undefined, label: string | undefined) => (link ? (label ?? "") : " "))
    .replace(/^\s*[-+]\s+/gm, " ")
    .replace(/\s+/g, " ")
    .trim();
  const graphemes = [...new Intl.Segmenter("th", { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
  if (graphemes.length <= maxGraphemes) return text;
  return `${graphemes.slice(0, maxGraphemes).join("").trimEnd()}…`;
}

/** Each side's share of the votes, in whole percent that add up to 100 (or all zero). */
export function voteShares(counts: { agree: number; disagree: number; pass: number }) {
  const total = counts.agree + counts.disagree + counts.pass;
  if (total === 0) return { agree: 0, disagree: 0, pass: 0 };
  const agree = Math.round((counts.agree / total) * 100);
  const disagree = Math.round((counts.disagree / total) * 100);
  return { agree, disagree, pass: Math.max(0, 100 - agree - disagree) };
}
