//! Highlights: the matched words wrapped in `<mark>`, everything else HTML-escaped, cut from
//! the original text (charabia's normalized words may differ from what was written). Both
//! engines return stored text and highlight here, so they highlight alike.

use super::query::Term;
use super::text::{words, Word};

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
}

/// Byte ranges of the words that match one of `terms`.
fn matches(segments: &[Word], terms: &[Term]) -> Vec<(usize, usize)> {
    segments
        .iter()
        .filter(|w| terms.iter().any(|t| t.matches(&w.lemma)))
        .map(|w| (w.start, w.end))
        .collect()
}

/// The previous char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// All of `text`, escaped, with matches marked.
pub fn mark(text: &str, terms: &[Term]) -> String {
    if terms.is_empty() {
        return render(text, 0, text.len(), &[]);
    }
    render(text, 0, text.len(), &matches(&words(text), terms))
}

/// About `max_bytes` of `text` around its first match (or its beginning), escaped, with
/// matches marked and `…` where it was cut.
pub fn snippet(text: &str, terms: &[Term], max_bytes: usize) -> String {
    if text.len() <= max_bytes && terms.is_empty() {
        return render(text, 0, text.len(), &[]);
    }
    // Segmenting Thai is most of a search's cost: once per text.
    let segments = words(text);
    let found = matches(&segments, terms);
    if text.len() <= max_bytes {
        return render(text, 0, text.len(), &found);
    }
    let first = found.first().map(|m| m.0).unwrap_or(0);
    let mut start = floor_boundary(text, first.saturating_sub(max_bytes / 4));
    // Start at a word or line edge when there is one close by.
    if start > 0 {
        if let Some(space) = text[start..first].find(char::is_whitespace) {
            start += space + 1;
            start = floor_boundary(text, start);
        }
    }
    let mut end = floor_boundary(text, (start + max_bytes).min(text.len()));
    // Thai has no spaces to cut at: never cut through a word, at either end. A cut word at
    // the start is kept whole; one at the end is left out (unless it is marked).
    if let Some(w) = segments.iter().find(|w| w.start < start && start < w.end) {
        start = w.start;
    }
    if let Some(m) = found.iter().find(|m| m.0 < end && m.1 > end) {
        end = m.1;
    } else if let Some(w) = segments.iter().find(|w| w.start < end && end < w.end) {
        if w.start > start {
            end = w.start;
        }
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&render(text, start, end, &found));
    if end < text.len() {
        out.push('…');
    }
    out
}

fn render(text: &str, start: usize, end: usize, found: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(end - start + 32);
    let mut at = start;
    for &(s, e) in found.iter().filter(|m| m.0 >= start && m.1 <= end) {
        if s < at {
            continue;
        }
        escape_into(&mut out, &text[at..s]);
        out.push_str("<mark>");
        escape_into(&mut out, &text[s..e]);
        out.push_str("</mark>");
        at = e;
    }
    escape_into(&mut out, &text[at..end]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::terms;

    #[test]
    fn a_thai_word_from_the_middle_of_a_sentence_is_marked() {
        let text = "แพลตฟอร์มการมีส่วนร่วมของประชาชนในกระบวนการนโยบาย";
        let out = mark(text, &terms("ประชาชน "));
        assert!(out.contains("<mark>ประชาชน</mark>"), "{out}");
    }

    #[test]
    fn everything_around_the_marks_is_escaped() {
        let out = mark("<b> bus & \"tram\"", &terms("bus "));
        assert_eq!(out, "&lt;b&gt; <mark>bus</mark> &amp; &quot;tram&quot;");
    }

    #[test]
    fn thai_text_is_cut_between_words_not_inside_them() {
        let sentence = "กระทรวงยุติธรรมประสานศาลจัดการพิจารณาคดีที่อำเภอห่างไกล";
        let text = format!("{}{sentence}{}", sentence.repeat(3), sentence.repeat(3));
        let out = snippet(&text, &terms("อำเภอ "), 150);
        let inner = out.trim_start_matches('…').trim_end_matches('…');
        let plain = inner.replace("<mark>", "").replace("</mark>", "");
        let edges: Vec<usize> = words(&text).iter().flat_map(|w| [w.start, w.end]).collect();
        let at = text
            .find(&plain)
            .expect("the snippet is a piece of the text");
        assert!(edges.contains(&at), "starts inside a word: {out}");
        assert!(
            edges.contains(&(at + plain.len())),
            "ends inside a word: {out}"
        );
        assert!(out.contains("<mark>อำเภอ</mark>"), "{out}");
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let text = format!("{} needle {}", "hay ".repeat(100), "straw ".repeat(100));
        let out = snippet(&text, &terms("needle "), 120);
        assert!(out.starts_with('…') && out.ends_with('…'));
        assert!(out.contains("<mark>needle</mark>"));
    }
}
