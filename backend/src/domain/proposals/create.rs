//! Submitting a proposal, and the checks its fields go through.

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

use super::{check_fields, ProposalInput, Status};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::agency::{routing, theme_participants};
use crate::domain::consultations::{self, Phase};
use crate::domain::follows::{self, Target};
use crate::domain::ranking::{self, Tally};
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::domain::{markdown, now};
use crate::error::{FieldError, FieldErrors, Result};
use crate::outbox::search::{self, DocType};

pub async fn create(
    db: &Db,
    author: &Account,
    consultation_ref: &str,
    input: ProposalInput,
    repetition: &RepetitionPolicy,
) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let consultation = consultations::get(&txn, Some(author), consultation_ref).await?;
    Phase::of(&consultation).ensure_allows_proposals()?;
    let mut errors = FieldErrors::new();
    if input.title.is_none() {
        errors.push(FieldError::new("title", "required", "is required"));
    }
    if input.body.is_none() {
        errors.push(FieldError::new("body", "required", "is required"));
    }
    let fields = check_fields(&input, &consultation, &mut errors);
    let (title, body) = errors.finish_with(fields.title.zip(fields.body))?;
    repetition::note_text(&txn, author, &format!("{title}\n{body}"), repetition).await?;
    let theme = fields.theme.flatten();
    let province = fields.province.flatten();
    let responsible =
        routing::route_new(&txn, consultation.id, theme.as_deref(), province.as_deref()).await?;
    let now = now();
    let proposal = proposals::ActiveModel {
        id: Set(Uuid::now_v7()),
        consultation_id: Set(consultation.id),
        author_id: Set(author.id),
        title: Set(title),
        body_html: Set(markdown::render(&body)),
        body: Set(body),
        theme: Set(theme),
        province: Set(province),
        status: Set(Status::Published),
        official_response: Set(None),
        responded_at: Set(None),
        first_responded_at: Set(None),
        agree_count: Set(0),
        disagree_count: Set(0),
        pass_count: Set(0),
        comment_count: Set(0),
        follower_count: Set(0),
        flag_count: Set(0),
        support_score: Set(0),
        hot_score: Set(ranking::hot(Tally::default(), now)),
        controversy_score: Set(0.0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        locked_at: Set(None),
        pinned: Set(false),
        merged_into: Set(None),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
        responsible_organization_id: Set(responsible),
        routed_by_hand: Set(false),
        answering_organization_id: Set(None),
    }
    .insert(&txn)
    .await?;
    consultations::add_to_proposal_count(&txn, consultation.id, 1).await?;
    aggregates::note(&txn, consultation.id, author.id, Activity::Proposal, now).await?;
    theme_participants::add_act(&txn, &proposal, author.id, 1).await?;
    // Authors follow what they propose, so they hear what becomes of it.
    follows::add(&txn, author.id, Target::Proposal, proposal.id).await?;
    search::touch(&txn, DocType::Proposal, proposal.id).await?;
    txn.commit().await?;
    Ok(proposals::Entity::find_by_id(proposal.id)
        .one(db.reader())
        .await?
        .unwrap_or(proposal))
}
