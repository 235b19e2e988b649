//! Markdown written by people, rendered to HTML that is safe to show: no script, no event
//! handlers, no `javascript:` links. What people may write is bounded so that rendering is
//! too: a field's size, its lines, and how deeply quotes and lists nest (a 25,000-line or
//! 25,000-deep blockquote costs seconds of CPU to render and sanitize).

use pulldown_cmark::{html, Event, Options, Parser, Tag};

use crate::domain::text;
use crate::error::FieldError;

/// Lines one text may have: a long consultation document has a few hundred.
pub const MAX_LINES: usize = 2_000;
/// How deeply blockquotes and lists may nest inside each other.
pub const MAX_NESTING: usize = 8;

fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    options
}

/// A markdown field: `text::bounded`, then the limits that keep rendering it cheap.
pub fn body(field: &str, raw: &str, min: usize, max: usize) -> Result<String, FieldError> {
    let text = text::bounded(field, raw, min, max)?;
    if text.lines().count() > MAX_LINES {
        return Err(FieldError::new(
            field,
            "too_many_lines",
            format!("must have at most {MAX_LINES} lines"),
        ));
    }
    // Quote markers are counted before parsing, so that a deep quote is refused cheaply.
    let deepest_quote = text
        .lines()
        .map(|line| {
            line.chars()
                .take_while(|c| *c == '>' || c.is_whitespace())
                .filter(|c| *c == '>')
                .count()
        })
        .max()
        .unwrap_or(0);
    if deepest_quote > MAX_NESTING || nesting(&text) > MAX_NESTING {
        return Err(FieldError::new(
            field,
            "too_deeply_nested",
            format!("quotes and lists may nest at most {MAX_NESTING} levels"),
        ));
    }
    Ok(text)
}

/// The deepest nesting of blockquotes and lists.
fn nesting(markdown: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_)) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Event::End(pulldown_cmark::TagEnd::BlockQuote(_) | pulldown_cmark::TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    deepest
}

pub fn render(markdown: &str) -> String {
    let mut unsafe_html = String::with_capacity(markdown.len() * 2);
    html::push_html(
        &mut unsafe_html,
        images_as_links(Parser::new_ext(markdown, options())).into_iter(),
    );
    // pulldown-cmark passes raw HTML through untouched; ammonia keeps only safe tags and
    // attributes and adds rel="noopener noreferrer" to links. Images go too: a remote image
    // is fetched by every reader's browser, which tells its host who read what.
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .rm_tags(["img"])
        .clean(&unsafe_html)
        .to_string()
}

/// A Markdown image becomes a link to it, named by its alt text (or its address when it has
/// none), so what the writer meant stays readable and nothing is loaded unasked.
fn images_as_links<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    let mut open_image: Option<(pulldown_cmark::CowStr<'a>, usize)> = None;
    for event in events {
        match event {
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                open_image = Some((dest_url.clone(), out.len()));
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(pulldown_cmark::TagEnd::Image) => {
                if let Some((url, start)) = open_image.take() {
                    if out.len() == start + 1 {
                        out.push(Event::Text(url));
                    }
                }
                out.push(Event::End(pulldown_cmark::TagEnd::Link));
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_deeply_nested_markdown_is_refused_before_rendering() {
        let long_quote = "> ข้อความ\n".repeat(25_000);
        assert_eq!(
            body("body", &long_quote, 1, 1_000_000).unwrap_err().code,
            "too_many_lines"
        );
        let deep_quote = format!("{} ลึก", ">".repeat(25_000));
        assert_eq!(
            body("body", &deep_quote, 1, 50_000).unwrap_err().code,
            "too_deeply_nested"
        );
        let deep_list: String = (0..12)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert_eq!(
            body("body", &deep_list, 1, 50_000).unwrap_err().code,
            "too_deeply_nested"
        );
        let fine = "> อ้างอิง\n>> ซ้อนกัน\n\n- หนึ่ง\n  - สอง\n";
        assert!(body("body", fine, 1, 5_000).is_ok());
    }

    #[test]
    fn markdown_becomes_html_and_dangerous_parts_are_removed() {
        let html = render(
            "**หนา** [link](https://example.org)\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))",
        );
        assert!(html.contains("<strong>หนา</strong>"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn images_load_nothing_and_lose_nothing() {
        let html = render(
            "![แผนที่จังหวัด](https://maps.example/map.png) ![](https://t.example/p.gif)\n\n<img src=\"https://t.example/q.gif\" alt=\"q\">",
        );
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("href=\"https://maps.example/map.png\"")
                && html.contains(">แผนที่จังหวัด</a>"),
            "{html}"
        );
        assert!(html.contains(">https://t.example/p.gif</a>"), "{html}");
    }
}
