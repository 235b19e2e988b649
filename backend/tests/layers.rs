//! The layers of `backend/src` (docs/ARCHITECTURE.md, "Layers"): a top-level module may import
//! only modules of the layers below its own, never one of its own layer or above. This test
//! reads the source, resolves every `crate::…` path and every `super::…` path that climbs to
//! the crate root, and lists each arrow that breaks the rule, with where it is written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top to bottom. Modules of one layer stand beside each other and do not import each other.
const LAYERS: &[(&str, &[&str])] = &[
    ("commands", &["cli"]),
    ("processes", &["app", "telemetry"]),
    ("surfaces", &["api", "web_app", "workers", "demo", "polis"]),
    (
        "beside the domain",
        &["search", "mail", "opinion_groups", "housekeeping"],
    ),
    ("domain", &["domain"]),
    (
        "below the domain",
        &["outbox", "auth", "idempotency", "leases", "media"],
    ),
    ("errors", &["error"]),
    ("storage", &["db"]),
    ("leaves", &["config", "clock", "shutdown", "monitoring"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

#[test]
fn no_module_imports_a_module_of_its_own_layer_or_above() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut forbidden = Vec::new();
    for (top, file) in source_files(&src) {
        let Some(own) = layer_of(&top) else {
            continue; // reported by `every_module_of_the_crate_has_a_layer`
        };
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (target, line) in references(&module_path(&src, &file), &text) {
            if target == top {
                continue;
            }
            let allowed = layer_of(&target).is_some_and(|theirs| theirs > own);
            if !allowed {
                let rel = file.strip_prefix(&src).unwrap_or(&file).display();
                let why = match layer_of(&target) {
                    None => "a module with no layer".to_owned(),
                    Some(theirs) if theirs == own => format!("beside it in `{}`", LAYERS[own].0),
                    Some(theirs) => format!("above it, in `{}`", LAYERS[theirs].0),
                };
                forbidden.push(format!("{top} → {target} ({why}): src/{rel}:{line}"));
            }
        }
    }
    assert!(
        forbidden.is_empty(),
        "imports against the layers (docs/ARCHITECTURE.md, \"Layers\"):\n  {}",
        forbidden.join("\n  ")
    );
}

#[test]
fn every_module_of_the_crate_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let declared: BTreeSet<String> = tokens(&lib)
        .windows(2)
        .filter(|w| w[0].text == "mod")
        .map(|w| w[1].text.clone())
        .collect();
    let placed: BTreeSet<String> = LAYERS
        .iter()
        .flat_map(|(_, modules)| modules.iter().map(|m| (*m).to_owned()))
        .collect();
    let unplaced: Vec<_> = declared.difference(&placed).collect();
    let gone: Vec<_> = placed.difference(&declared).collect();
    assert!(
        unplaced.is_empty() && gone.is_empty(),
        "modules in lib.rs without a layer: {unplaced:?}; layers naming no module: {gone:?}"
    );
}

/// Every source file of the library with its top-level module (`lib.rs` only declares them;
/// `main.rs` is the binary, above every layer).
fn source_files(src: &Path) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    let mut dirs = vec![src.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable source folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let parts = module_path(src, &path);
                if let Some(top) = parts.first() {
                    files.push((top.clone(), path));
                }
            }
        }
    }
    files.sort();
    files
}

/// The module a file holds, as path segments from the crate root (`api/admin/mod.rs` is
/// `[api, admin]`; `lib.rs` and `main.rs` are the root, `[]`).
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    let at_root = parts.is_empty() && (stem == "lib" || stem == "main");
    if stem != "mod" && !at_root {
        parts.push(stem.to_owned());
    }
    parts
}

#[derive(Debug, Clone, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

/// Identifiers and punctuation, without comments, strings and character literals (so a path
/// quoted in a comment or a message is not an import).
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&chars, i) {
            // Ends at a quote followed by as many `#`.
            i += chars[i..].iter().position(|&c| c == '"').unwrap_or(0) + 1;
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                    i += 1 + hashes;
                    break;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            i += if c == 'b' { 2 } else { 1 };
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if at(i) == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{e31}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                // The quote, the backslash and the escaped character, then up to the quote.
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token {
                text: chars[start..i].iter().collect(),
                line,
            });
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            out.push(Token {
                text: c.to_string(),
                line,
            });
            i += 1;
        }
    }
    out
}

/// The number of `#` of a raw string (`r"…"`, `r#"…"#`, `br"…"`) starting at `i`, if one does.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && is_ident_char(chars[i - 1]) {
        return None;
    }
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    (chars.get(j + hashes) == Some(&'"')).then_some(hashes)
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The top-level modules a file refers to, each with the first line it does so on. `file` is
/// the file's module path; inline `mod name { … }` blocks deepen it, for `super`.
fn references(file: &[String], source: &str) -> BTreeMap<String, usize> {
    let tokens = tokens(source);
    let mut found = BTreeMap::new();
    let mut note = |name: &str, line: usize| {
        found.entry(name.to_owned()).or_insert(line);
    };
    // Inline modules open at brace depth `d` (a `mod x {` seen at depth `d`).
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let text = tokens[i].text.as_str();
        match text {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
            }
            "mod" if tokens.get(i + 2).is_some_and(|t| t.text == "{") => {
                inline.push(depth);
            }
            _ => {}
        }
        let after_root = if text == "crate" && next_is_path(&tokens, i) {
            Some(i + 2)
        } else if text == "super" && (i == 0 || tokens[i - 1].text != "::") {
            // `super::super::…`: the crate root once it has climbed out of every module.
            let mut j = i;
            let mut climbs = 0;
            while tokens.get(j).is_some_and(|t| t.text == "super") && next_is_path(&tokens, j) {
                climbs += 1;
                j += 2;
            }
            (climbs > 0 && climbs == file.len() + inline.len()).then_some(j)
        } else {
            None
        };
        if let Some(start) = after_root {
            for (name, line) in first_segments(&tokens, start) {
                note(&name, line);
            }
        }
        i += 1;
    }
    found
}

fn next_is_path(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| t.text == "::")
}

/// The first segment of a path, or of each path in a `{ … }` group, starting at `start`.
fn first_segments(tokens: &[Token], start: usize) -> Vec<(String, usize)> {
    let Some(first) = tokens.get(start) else {
        return Vec::new();
    };
    if first.text != "{" {
        return if is_name(&first.text) {
            vec![(first.text.clone(), first.line)]
        } else {
            Vec::new()
        };
    }
    let mut names = Vec::new();
    let mut depth = 0;
    let mut expect_name = true;
    for token in &tokens[start..] {
        match token.text.as_str() {
            "{" => {
                depth += 1;
                expect_name = depth == 1;
            }
            "}" => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            "," if depth == 1 => expect_name = true,
            name if expect_name && depth == 1 => {
                if is_name(name) {
                    names.push((name.to_owned(), token.line));
                }
                expect_name = false;
            }
            _ => {}
        }
    }
    names
}

fn is_name(text: &str) -> bool {
    text != "self"
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
        && text.chars().all(is_ident_char)
}

#[test]
fn the_reader_finds_paths_and_groups_and_skips_comments_and_strings() {
    let file = vec!["search".to_owned(), "indexer".to_owned()];
    let source = r##"
        //! Not this: crate::app
        use crate::{domain::{self, now}, db};
        use super::super::outbox::search;
        use super::DocType;
        /* nor crate::api /* nested */ crate::cli */
        const S: &str = "crate::workers";
        const R: &str = r#"crate::mail "quoted" "#;
        fn f<'a>(c: char) -> bool { c == '\'' || c == '{' }
        mod tests {
            use super::super::super::leases;
            use super::super::error;
        }
        fn g() { crate::monitoring::install(); }
    "##;
    let found: Vec<String> = references(&file, source).into_keys().collect();
    assert_eq!(
        found,
        ["db", "domain", "leases", "monitoring", "outbox"].map(String::from)
    );
}

/// The API reads and writes tables through the domain, which re-exports the rows it hands
/// out: a table's columns and encodings are the domain's to change.
#[test]
fn the_api_names_no_table_rows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut named = Vec::new();
    for (top, file) in source_files(&src) {
        if top != "api" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (number, line) in text.lines().enumerate() {
            if line.contains("db::entities") {
                let rel = file.strip_prefix(&src).unwrap_or(&file).display();
                named.push(format!("src/{rel}:{}", number + 1));
            }
        }
    }
    assert!(
        named.is_empty(),
        "API files naming `db::entities` (use the domain's re-exports):\n  {}",
        named.join("\n  ")
    );
}
