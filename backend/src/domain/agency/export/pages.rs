//! Reading the rows of an export one keyset page at a time, per kind.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Select};
use uuid::Uuid;

use super::{opt_id, opt_text, opt_time, Cell, Export, ExportKind, PAGE_ROWS};
use crate::db::entities::{comments, feedback, proposals, reader_survey_answers, results, votes};
use crate::db::keyset::page_after;
use crate::domain::indicators;
use crate::domain::visibility;
use crate::domain::votes::VoteValue;
use crate::error::Result;

impl Export {
    /// The next non-empty page of rows, or `None` when all are read.
    pub(super) async fn next_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        match self.kind {
            ExportKind::Proposals => self.proposals_page().await,
            ExportKind::Feedback => self.feedback_page().await,
            ExportKind::Indicators => self.indicators_page().await,
            ExportKind::Survey => self.survey_page().await,
            ExportKind::Votes | ExportKind::Comments => loop {
                let Some(&proposal_id) = self.proposal_ids.get(self.position.proposal) else {
                    return Ok(None);
                };
                let (rows, last, full) = if self.kind == ExportKind::Votes {
                    self.votes_page(proposal_id).await?
                } else {
                    self.comments_page(proposal_id).await?
                };
                if full {
                    self.position.after = last;
                } else {
                    self.position.proposal += 1;
                    self.position.after = None;
                }
                if !rows.is_empty() {
                    return Ok(Some(rows));
                }
            },
        }
    }

    /// The page of `query`'s rows after the position, in `key` order.
    async fn next_rows<E: EntityTrait>(
        &self,
        query: Select<E>,
        key: impl ColumnTrait,
    ) -> Result<Vec<E::Model>> {
        let page = page_after(query, key, self.position.after, PAGE_ROWS);
        Ok(page.all(self.db.reader()).await?)
    }

    /// Moves the position past `page`'s last row; `None` when the page is empty: all is read.
    fn advance<T>(&mut self, page: Vec<T>, key: impl Fn(&T) -> Uuid) -> Option<Vec<T>> {
        self.position.after = Some(key(page.last()?));
        Some(page)
    }

    async fn proposals_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        let query = proposals::Entity::find()
            .filter(proposals::Column::ConsultationId.eq(self.consultation_id))
            .filter(visibility::counted_proposals())
            .filter(self.scope.proposals());
        let page = self.next_rows(query, proposals::Column::Id).await?;
        let Some(page) = self.advance(page, |p| p.id) else {
            return Ok(None);
        };
        Ok(Some(
            page.into_iter()
                .map(|p| {
                    vec![
                        Cell::Text(p.id.to_string()),
                        Cell::Time(p.created_at),
                        Cell::Text(p.title),
                        Cell::Text(p.body),
                        opt_text(p.theme),
                        opt_text(p.province),
                        Cell::Text(p.status.to_value()),
                        Cell::Int(p.agree_count as i64),
                        Cell::Int(p.disagree_count as i64),
                        Cell::Int(p.pass_count as i64),
                        Cell::Int(p.comment_count as i64),
                        opt_text(p.official_response),
                        opt_time(p.responded_at),
                    ]
                })
                .collect(),
        ))
    }

    async fn votes_page(&self, proposal_id: Uuid) -> Result<(Vec<Vec<Cell>>, Option<Uuid>, bool)> {
        let query = votes::Entity::find()
            .select_only()
            .columns([
                votes::Column::UserId,
                votes::Column::Value,
                votes::Column::CreatedAt,
                votes::Column::UpdatedAt,
            ])
            .filter(votes::Column::ProposalId.eq(proposal_id));
        let page: Vec<(Uuid, i16, DateTime<Utc>, DateTime<Utc>)> =
            page_after(query, votes::Column::UserId, self.position.after, PAGE_ROWS)
                .into_tuple()
                .all(self.db.reader())
                .await?;
        let full = page.len() as u64 == PAGE_ROWS;
        let last = page.last().map(|v| v.0);
        let proposal = proposal_id.to_string();
        let rows = page
            .into_iter()
            .map(|(user, value, created, updated)| {
                let value = match VoteValue::from_i16(value) {
                    VoteValue::Agree => "agree",
                    VoteValue::Disagree => "disagree",
                    VoteValue::Pass => "pass",
                };
                vec![
                    Cell::Text(proposal.clone()),
                    self.participant(user),
                    Cell::Text(value.to_owned()),
                    Cell::Time(created),
                    Cell::Time(updated),
                ]
            })
            .collect();
        Ok((rows, last, full))
    }

    async fn comments_page(
        &self,
        proposal_id: Uuid,
    ) -> Result<(Vec<Vec<Cell>>, Option<Uuid>, bool)> {
        let query = comments::Entity::find().filter(comments::Column::ProposalId.eq(proposal_id));
        let page = self.next_rows(query, comments::Column::Id).await?;
        let full = page.len() as u64 == PAGE_ROWS;
        let last = page.last().map(|c| c.id);
        let rows = page
            .into_iter()
            .filter(visibility::is_public_comment)
            .map(|c| {
                vec![
                    Cell::Text(c.id.to_string()),
                    Cell::Text(c.proposal_id.to_string()),
                    opt_id(c.parent_id),
                    Cell::Text(c.stance.to_value()),
                    Cell::Text(c.body),
                    Cell::Int(c.up_count as i64),
                    Cell::Int(c.down_count as i64),
                    Cell::Time(c.created_at),
                ]
            })
            .collect();
        Ok((rows, last, full))
    }

    async fn feedback_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        let query = feedback::Entity::find()
            .filter(feedback::Column::ConsultationId.eq(self.consultation_id));
        let page = self.next_rows(query, feedback::Column::UserId).await?;
        let Some(page) = self.advance(page, |f| f.user_id) else {
            return Ok(None);
        };
        Ok(Some(
            page.into_iter()
                .map(|f| {
                    vec![
                        self.participant(f.user_id),
                        Cell::Int(f.usefulness as i64),
                        Cell::Int(f.understanding as i64),
                        Cell::Int(f.satisfaction as i64),
                        Cell::Time(f.updated_at),
                    ]
                })
                .collect(),
        ))
    }

    /// Every measured value of the consultation's indicators, in one page: an indicator
    /// has at most `MAX_VALUES`, a result or consultation at most `MAX_PER_OWNER`
    /// indicators. An indicator with no value yet gets one row with empty value cells.
    async fn indicators_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        // There is no keyset here: `position.proposal` only marks the single page as read.
        if self.position.proposal > 0 {
            return Ok(None);
        }
        self.position.proposal = 1;
        let views = indicators::read::all_of(self.db.reader(), self.consultation_id).await?;
        let titles: HashMap<Uuid, String> = results::Entity::find()
            .filter(results::Column::ConsultationId.eq(self.consultation_id))
            .all(self.db.reader())
            .await?
            .into_iter()
            .map(|r| (r.id, r.title))
            .collect();
        let mut rows = Vec::new();
        for view in views {
            let i = &view.indicator;
            let head = |rows: &mut Vec<Vec<Cell>>, tail: Vec<Cell>| {
                let mut row = vec![
                    Cell::Text(i.id.to_string()),
                    opt_id(i.result_id),
                    opt_text(i.result_id.and_then(|r| titles.get(&r).cloned())),
                    Cell::Text(i.name.clone()),
                    opt_text(i.name_en.clone()),
                    Cell::Text(i.unit.clone()),
                    Cell::Num(i.baseline),
                    Cell::Num(i.target),
                ];
                row.extend(tail);
                rows.push(row);
            };
            if view.values.is_empty() {
                head(&mut rows, (0..6).map(|_| Cell::Null).collect());
            }
            for v in &view.values {
                head(
                    &mut rows,
                    vec![
                        Cell::Num(v.value),
                        Cell::Text(v.measured_on.to_string()),
                        Cell::Text(v.source.clone()),
                        opt_text(v.source_url.clone()),
                        opt_text(v.note.clone()),
                        Cell::Time(v.created_at),
                    ],
                );
            }
        }
        Ok((!rows.is_empty()).then_some(rows))
    }

    /// Reader survey answers about the consultation and its results, a page at a time.
    async fn survey_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        use reader_survey_answers::Column;
        if self.survey_subjects.is_empty() {
            return Ok(None);
        }
        let query = reader_survey_answers::Entity::find()
            .filter(Column::SubjectId.is_in(self.survey_subjects.iter().copied()));
        let page = self.next_rows(query, Column::Id).await?;
        let Some(page) = self.advance(page, |a| a.id) else {
            return Ok(None);
        };
        Ok(Some(
            page.into_iter()
                .map(|a| {
                    vec![
                        Cell::Text(a.subject_type),
                        Cell::Text(a.subject_id.to_string()),
                        Cell::Int(a.usefulness as i64),
                        Cell::Int(a.understanding as i64),
                        Cell::Int(a.satisfaction as i64),
                        opt_text(a.comment),
                    ]
                })
                .collect(),
        ))
    }
}
