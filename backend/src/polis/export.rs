//! Reads a Polis export folder (`summary.csv`, `comments.csv`, `votes.csv` and
//! `participants-votes.csv`). Exports count agree as +1 (Polis's own database stores −1).

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail, Context};

use crate::domain::opinion_groups::{Vote, VoteMatrix};

#[derive(Clone, Debug)]
pub struct Statement {
    pub id: i64,
    pub author_id: Option<i64>,
    /// −1 moderated out, 0 not yet moderated, 1 accepted.
    pub moderated: i8,
    pub is_meta: bool,
    pub text: String,
    /// Milliseconds since the epoch.
    pub timestamp: Option<i64>,
    /// Polis's value, when the export has the column.
    pub group_informed_consensus: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct Participant {
    pub id: i64,
    /// The group Polis recorded; none for those it did not cluster.
    pub group_id: Option<i64>,
}

/// A final vote, by position in `statements` and `participants`.
#[derive(Clone, Copy, Debug)]
pub struct FinalVote {
    pub participant: usize,
    pub statement: usize,
    /// +1 agree, −1 disagree, 0 pass.
    pub value: i8,
    /// Milliseconds since the epoch, when known.
    pub timestamp: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Conversation {
    pub topic: String,
    pub description: String,
    pub url: Option<String>,
    /// By id.
    pub statements: Vec<Statement>,
    /// By id.
    pub participants: Vec<Participant>,
    pub votes: Vec<FinalVote>,
}

fn reader(path: &Path) -> anyhow::Result<csv::Reader<std::fs::File>> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("cannot read {}", path.display()))
}

fn column(headers: &csv::StringRecord, name: &str, file: &str) -> anyhow::Result<usize> {
    headers
        .iter()
        .position(|h| h == name)
        .ok_or_else(|| anyhow!("{file} has no `{name}` column"))
}

fn optional_int(field: Option<&str>) -> anyhow::Result<Option<i64>> {
    match field.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => Ok(Some(
            text.parse()
                .with_context(|| format!("not a number: {text:?}"))?,
        )),
    }
}

fn vote_value(text: &str) -> anyhow::Result<i8> {
    match text.trim() {
        "1" | "1.0" => Ok(1),
        "-1" | "-1.0" => Ok(-1),
        "0" | "0.0" => Ok(0),
        other => bail!("not a vote: {other:?}"),
    }
}

fn read_summary(dir: &Path) -> anyhow::Result<HashMap<String, String>> {
    let mut summary = HashMap::new();
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(dir.join("summary.csv"))
        .with_context(|| format!("cannot read {}", dir.join("summary.csv").display()))?;
    for row in rows.records() {
        let row = row?;
        if let (Some(key), Some(value)) = (row.get(0), row.get(1)) {
            summary.insert(key.to_owned(), value.to_owned());
        }
    }
    Ok(summary)
}

fn read_statements(dir: &Path) -> anyhow::Result<Vec<Statement>> {
    let mut rows = reader(&dir.join("comments.csv"))?;
    let headers = rows.headers()?.clone();
    let file = "comments.csv";
    let id = column(&headers, "comment-id", file)?;
    let author = column(&headers, "author-id", file)?;
    let moderated = column(&headers, "moderated", file)?;
    let body = column(&headers, "comment-body", file)?;
    let timestamp = headers.iter().position(|h| h == "timestamp");
    let meta = headers.iter().position(|h| h == "is-meta");
    let consensus = headers.iter().position(|h| h == "group-informed-consensus");
    let mut statements = Vec::new();
    for row in rows.records() {
        let row = row?;
        let get = |i: usize| row.get(i).unwrap_or("");
        statements.push(Statement {
            id: get(id).trim().parse().context("comments.csv: comment-id")?,
            author_id: optional_int(Some(get(author)))?,
            moderated: get(moderated)
                .trim()
                .parse()
                .context("comments.csv: moderated")?,
            is_meta: meta.is_some_and(|i| get(i).trim() == "true"),
            text: get(body).to_owned(),
            timestamp: optional_int(timestamp.map(get))?,
            group_informed_consensus: match consensus.map(get).map(str::trim) {
                None | Some("") => None,
                Some(text) => Some(text.parse().context("group-informed-consensus")?),
            },
        });
    }
    statements.sort_by_key(|s| s.id);
    Ok(statements)
}

/// Reads the conversation in `dir`.
pub fn read(dir: &Path) -> anyhow::Result<Conversation> {
    let summary = read_summary(dir)?;
    let statements = read_statements(dir)?;
    let statement_index: HashMap<i64, usize> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let (mut participants, matrix_votes) = read_matrix(dir, &statement_index)?;
    let votes_file = dir.join("votes.csv");
    let votes = if votes_file.exists() {
        read_vote_log(&votes_file, &mut participants, &statement_index)?
    } else {
        let row_ids: Vec<i64> = participants.iter().map(|p| p.id).collect();
        participants.sort_by_key(|p| p.id);
        let position: HashMap<i64, usize> = participants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        matrix_votes
            .into_iter()
            .map(|v| FinalVote {
                participant: position[&row_ids[v.participant]],
                ..v
            })
            .collect()
    };
    Ok(Conversation {
        topic: summary.get("topic").cloned().unwrap_or_default(),
        description: summary
            .get("conversation-description")
            .cloned()
            .unwrap_or_default(),
        url: summary.get("url").cloned(),
        statements,
        participants,
        votes,
    })
}

/// The participants in file order, and their final votes from the participant × statement
/// matrix (`participants-votes.csv`), by row.
fn read_matrix(
    dir: &Path,
    statement_index: &HashMap<i64, usize>,
) -> anyhow::Result<(Vec<Participant>, Vec<FinalVote>)> {
    let mut rows = reader(&dir.join("participants-votes.csv"))?;
    let headers = rows.headers()?.clone();
    let file = "participants-votes.csv";
    let pid = column(&headers, "participant", file)?;
    let group = column(&headers, "group-id", file)?;
    // The statement columns are those whose header is a number.
    let statement_columns: Vec<(usize, usize)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let id: i64 = h.parse().ok()?;
            Some((i, *statement_index.get(&id)?))
        })
        .collect();
    let mut participants = Vec::new();
    let mut matrix_votes = Vec::new();
    for row in rows.records() {
        let row = row?;
        let index = participants.len();
        let id: i64 = row
            .get(pid)
            .unwrap_or("")
            .trim()
            .parse()
            .context("participant id")?;
        participants.push(Participant {
            id,
            group_id: optional_int(row.get(group))?,
        });
        for &(column, statement) in &statement_columns {
            let cell = row.get(column).unwrap_or("").trim();
            if !cell.is_empty() {
                matrix_votes.push(FinalVote {
                    participant: index,
                    statement,
                    value: vote_value(cell)?,
                    timestamp: None,
                });
            }
        }
    }
    Ok((participants, matrix_votes))
}

/// The last vote of each participant on each statement (`votes.csv` lists each
/// participant's votes on a statement oldest first); adds voters `participants` lacks.
fn read_vote_log(
    path: &Path,
    participants: &mut Vec<Participant>,
    statement_index: &HashMap<i64, usize>,
) -> anyhow::Result<Vec<FinalVote>> {
    let mut rows = reader(path)?;
    let headers = rows.headers()?.clone();
    let file = "votes.csv";
    let timestamp = column(&headers, "timestamp", file)?;
    let tid = column(&headers, "comment-id", file)?;
    let pid = column(&headers, "voter-id", file)?;
    let vote = column(&headers, "vote", file)?;
    let mut last: HashMap<(i64, usize), (usize, i8, i64)> = HashMap::new();
    for (line, row) in rows.records().enumerate() {
        let row = row?;
        let get = |i: usize| row.get(i).unwrap_or("").trim();
        let voter: i64 = get(pid).parse().context("votes.csv: voter-id")?;
        let statement_id: i64 = get(tid).parse().context("votes.csv: comment-id")?;
        let Some(&statement) = statement_index.get(&statement_id) else {
            bail!("votes.csv: statement {statement_id} is not in comments.csv");
        };
        let time: i64 = get(timestamp).parse().context("votes.csv: timestamp")?;
        last.insert((voter, statement), (line, vote_value(get(vote))?, time));
    }
    let known: std::collections::HashSet<i64> = participants.iter().map(|p| p.id).collect();
    let mut missing: Vec<i64> = last
        .keys()
        .map(|(voter, _)| *voter)
        .filter(|voter| !known.contains(voter))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    participants.extend(
        missing
            .into_iter()
            .map(|id| Participant { id, group_id: None }),
    );
    participants.sort_by_key(|p| p.id);
    let index: HashMap<i64, usize> = participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut votes: Vec<(usize, FinalVote)> = last
        .into_iter()
        .map(|((voter, statement), (line, value, time))| {
            (
                line,
                FinalVote {
                    participant: index[&voter],
                    statement,
                    value,
                    timestamp: Some(time),
                },
            )
        })
        .collect();
    votes.sort_unstable_by_key(|(line, _)| *line);
    Ok(votes.into_iter().map(|(_, v)| v).collect())
}

impl Conversation {
    /// The vote matrix in the conversation's own order, moderated-out statements excluded.
    pub fn matrix(&self) -> VoteMatrix {
        let excluded: Vec<bool> = self.statements.iter().map(|s| s.moderated < 0).collect();
        let votes: Vec<Vote> = self
            .votes
            .iter()
            .map(|v| Vote {
                participant: v.participant as u32,
                statement: v.statement as u32,
                value: v.value,
            })
            .collect();
        VoteMatrix::new(self.participants.len(), &excluded, &votes)
    }
}
