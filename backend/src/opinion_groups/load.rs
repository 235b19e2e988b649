//! A consultation's votes as a matrix, and a cheap fingerprint of their state.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::db::entities::proposals::{self, Status};
use crate::db::entities::{users, votes};
use crate::domain::opinion_groups::{Vote, VoteMatrix};

/// A proposal as a column of the matrix.
#[derive(Clone, Debug)]
pub struct StatementInfo {
    pub id: Uuid,
    pub title: String,
    /// Its id in the system it was imported from.
    pub external_ref: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ParticipantInfo {
    pub user_id: Uuid,
    pub external_ref: Option<String>,
}

pub struct Loaded {
    pub matrix: VoteMatrix,
    /// By the matrix's statement index.
    pub statements: Vec<StatementInfo>,
    /// By the matrix's participant index.
    pub participants: Vec<ParticipantInfo>,
    pub vote_count: usize,
}

fn external_ref() -> Expr {
    Expr::col(Alias::new("external_ref"))
}

/// `SELECT id FROM proposals WHERE consultation_id = ?`
fn proposals_of(consultation: Uuid) -> SelectStatement {
    Query::select()
        .column(proposals::Column::Id)
        .from(proposals::Entity)
        .and_where(proposals::Column::ConsultationId.eq(consultation))
        .to_owned()
}

/// Loads the matrix: proposals in the order they were made, hidden and withdrawn ones
/// excluded (moderated out, as Polis does); participants in the order their accounts were
/// made.
/// Votes moderators discarded are gone from the table already.
pub async fn load<C: ConnectionTrait>(conn: &C, consultation: Uuid) -> Result<Loaded, DbErr> {
    let (statement_index, statements, excluded) = load_statements(conn, consultation).await?;

    let vote_rows: Vec<(Uuid, Uuid, i16)> = votes::Entity::find()
        .filter(votes::Column::ProposalId.in_subquery(proposals_of(consultation)))
        .select_only()
        .column(votes::Column::UserId)
        .column(votes::Column::ProposalId)
        .column(votes::Column::Value)
        .into_tuple()
        .all(conn)
        .await?;
    let users = load_participants(conn, consultation).await?;
    let participant_index: HashMap<Uuid, u32> = users
        .iter()
        .enumerate()
        .map(|(i, u)| (u.1, i as u32))
        .collect();
    let votes: Vec<Vote> = vote_rows
        .iter()
        .filter_map(|(user, proposal, value)| {
            Some(Vote {
                participant: *participant_index.get(user)?,
                statement: *statement_index.get(proposal)?,
                value: (*value).clamp(-1, 1) as i8,
            })
        })
        .collect();
    Ok(Loaded {
        matrix: VoteMatrix::new(users.len(), &excluded, &votes),
        statements,
        participants: users
            .into_iter()
            .map(|(_, user_id, external_ref)| ParticipantInfo {
                user_id,
                external_ref,
            })
            .collect(),
        vote_count: votes.len(),
    })
}

/// A participant: when they joined, who they are, and their id in an imported conversation.
type Participant = (DateTime<Utc>, Uuid, Option<String>);

/// The consultation's proposals as statements, in the order they were made: each one's place
/// by id, what is shown of it, and whether it is left out of the groups (hidden or
/// withdrawn).
async fn load_statements<C: ConnectionTrait>(
    conn: &C,
    consultation: Uuid,
) -> Result<(HashMap<Uuid, u32>, Vec<StatementInfo>, Vec<bool>), DbErr> {
    type ProposalRow = (
        Uuid,
        String,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
        Status,
        Option<String>,
    );
    let proposal_rows: Vec<ProposalRow> = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation))
        .select_only()
        .column(proposals::Column::Id)
        .column(proposals::Column::Title)
        .column(proposals::Column::HiddenAt)
        .column(proposals::Column::WithdrawnAt)
        .column(proposals::Column::Status)
        .column_as(external_ref(), "external_ref")
        .order_by_asc(proposals::Column::CreatedAt)
        .order_by_asc(proposals::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let mut statement_index = HashMap::with_capacity(proposal_rows.len());
    let mut statements = Vec::with_capacity(proposal_rows.len());
    let mut excluded = Vec::with_capacity(proposal_rows.len());
    for (id, title, hidden_at, withdrawn_at, status, external_ref) in proposal_rows {
        statement_index.insert(id, statements.len() as u32);
        excluded.push(hidden_at.is_some() || withdrawn_at.is_some() || status == Status::Withdrawn);
        statements.push(StatementInfo {
            id,
            title,
            external_ref,
        });
    }
    Ok((statement_index, statements, excluded))
}

/// Everyone who voted in the consultation, in the order they joined.
async fn load_participants<C: ConnectionTrait>(
    conn: &C,
    consultation: Uuid,
) -> Result<Vec<Participant>, DbErr> {
    let user_rows: Vec<(Uuid, DateTime<Utc>, Option<String>)> = users::Entity::find()
        .filter(
            users::Column::Id.in_subquery(
                Query::select()
                    .column(votes::Column::UserId)
                    .from(votes::Entity)
                    .and_where(votes::Column::ProposalId.in_subquery(proposals_of(consultation)))
                    .to_owned(),
            ),
        )
        .select_only()
        .column(users::Column::Id)
        .column(users::Column::CreatedAt)
        .column_as(external_ref(), "external_ref")
        .into_tuple()
        .all(conn)
        .await?;
    // Participants in the order they joined (Polis: participant ids); the matrix orders its
    // rows from there.
    let mut users: Vec<Participant> = user_rows
        .into_iter()
        .map(|(id, created_at, external_ref)| (created_at, id, external_ref))
        .collect();
    users.sort();
    Ok(users)
}

/// The state of every consultation's votes and proposals (or only of `only`), as a string
/// that changes whenever a vote is cast, changed or removed, or a proposal added, hidden or
/// withdrawn. Consultations without proposals are left out.
pub async fn versions<C: ConnectionTrait>(
    conn: &C,
    only: Option<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    let mut vote_query = votes::Entity::find().inner_join_proposals();
    let mut proposal_query = proposals::Entity::find();
    if let Some(consultation) = only {
        vote_query = vote_query.filter(proposals::Column::ConsultationId.eq(consultation));
        proposal_query = proposal_query.filter(proposals::Column::ConsultationId.eq(consultation));
    }
    let vote_rows: Vec<(Uuid, i64, Option<DateTime<Utc>>)> = vote_query
        .select_only()
        .column(proposals::Column::ConsultationId)
        .column_as(votes::Column::UserId.count(), "n")
        .column_as(votes::Column::UpdatedAt.max(), "latest")
        .group_by(proposals::Column::ConsultationId)
        .into_tuple()
        .all(conn)
        .await?;
    let proposal_rows: Vec<(Uuid, i64, Option<DateTime<Utc>>)> = proposal_query
        .select_only()
        .column(proposals::Column::ConsultationId)
        .column_as(proposals::Column::Id.count(), "n")
        .column_as(proposals::Column::UpdatedAt.max(), "latest")
        .group_by(proposals::Column::ConsultationId)
        .into_tuple()
        .all(conn)
        .await?;
    let mut out: HashMap<Uuid, String> = HashMap::new();
    let stamp = |t: Option<DateTime<Utc>>| t.map(|t| t.timestamp_micros()).unwrap_or(0);
    for (consultation, n, latest) in proposal_rows {
        out.insert(consultation, format!("p{n}.{}", stamp(latest)));
    }
    for (consultation, n, latest) in vote_rows {
        let entry = out.entry(consultation).or_default();
        entry.push_str(&format!(":v{n}.{}", stamp(latest)));
    }
    Ok(out)
}

trait InnerJoinProposals {
    fn inner_join_proposals(self) -> Self;
}

impl InnerJoinProposals for sea_orm::Select<votes::Entity> {
    fn inner_join_proposals(self) -> Self {
        self.join(
            sea_orm::JoinType::InnerJoin,
            votes::Entity::belongs_to(proposals::Entity)
                .from(votes::Column::ProposalId)
                .to(proposals::Column::Id)
                .into(),
        )
    }
}
