//! What a notification says, in Thai or English: one line for the inbox and a mail's subject,
//! and a short body.

use super::{NotificationKind, Subject};
use crate::domain::accounts::Locale;

fn or_blank(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

fn status_label(status: &str, locale: Locale) -> &str {
    match (status, locale) {
        ("published", Locale::Th) => "เผยแพร่",
        ("under_review", Locale::Th) => "อยู่ระหว่างพิจารณา",
        ("accepted", Locale::Th) => "ได้รับการยอมรับ",
        ("rejected", Locale::Th) => "ไม่ได้รับการยอมรับ",
        ("implemented", Locale::Th) => "ดำเนินการแล้ว",
        ("withdrawn", Locale::Th) => "ถอนโดยผู้เสนอ",
        ("under_review", Locale::En) => "under review",
        ("withdrawn", Locale::En) => "withdrawn by its author",
        (other, _) => other,
    }
}

fn phase_label(phase: &str, locale: Locale) -> &str {
    match (phase, locale) {
        ("draft", Locale::Th) => "ร่าง",
        ("ideation", Locale::Th) => "รับฟังข้อเสนอ",
        ("voting", Locale::Th) => "ลงคะแนน",
        ("review", Locale::Th) => "พิจารณาผล",
        ("closed", Locale::Th) => "ปิดแล้ว",
        ("ideation", Locale::En) => "collecting proposals",
        ("voting", Locale::En) => "open for voting",
        ("review", Locale::En) => "under review",
        ("closed", Locale::En) => "closed",
        ("draft", Locale::En) => "a draft",
        (other, _) => other,
    }
}

/// A result's status in the words the web app uses for it (`results.status.*`).
pub fn result_status_label(status: &str, locale: Locale) -> &str {
    match (status, locale) {
        ("planned", Locale::Th) => "วางแผนแล้ว",
        ("in_progress", Locale::Th) => "กำลังดำเนินการ",
        ("completed", Locale::Th) => "เสร็จสิ้น",
        ("cancelled", Locale::Th) => "ยกเลิก",
        ("in_progress", Locale::En) => "in progress",
        (other, _) => other,
    }
}

/// A result's title in the reader's language, as for consultations.
fn result_title(s: &Subject, locale: Locale) -> &str {
    let english = s
        .result_title_en
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match (locale, english) {
        (Locale::En, Some(title)) => title,
        _ => or_blank(&s.result_title),
    }
}

/// A moderation action in the words the web app's inbox uses for it
/// (`moderation.action.*` in the web app's catalogues), so mail and inbox say the same.
fn action_label(action: &str, locale: Locale) -> &str {
    match (action, locale) {
        ("hide", Locale::Th) => "ซ่อน",
        ("unhide", Locale::Th) => "แสดงอีกครั้ง",
        ("lock", Locale::Th) => "ล็อก",
        ("unlock", Locale::Th) => "ปลดล็อก",
        ("pin", Locale::Th) => "ปักหมุด",
        ("unpin", Locale::Th) => "เลิกปักหมุด",
        ("change_theme", Locale::Th) => "เปลี่ยนประเด็น",
        ("dismiss_flags", Locale::Th) => "ยกรายงาน",
        ("mark_spam", Locale::Th) => "ระบุว่าเป็นสแปม",
        ("merge", Locale::Th) => "รวมเข้ากับข้อเสนออื่น",
        ("suspend", Locale::Th) => "ระงับชั่วคราว",
        ("ban", Locale::Th) => "ห้ามใช้งาน",
        ("restore", Locale::Th) => "คืนสิทธิ์",
        ("discard_votes", Locale::Th) => "ยกเลิกคะแนนโหวต",
        ("delete", Locale::Th) => "ลบ",
        ("hide", Locale::En) => "Hide",
        ("unhide", Locale::En) => "Show again",
        ("lock", Locale::En) => "Lock",
        ("unlock", Locale::En) => "Unlock",
        ("pin", Locale::En) => "Pin",
        ("unpin", Locale::En) => "Unpin",
        ("change_theme", Locale::En) => "Change theme",
        ("dismiss_flags", Locale::En) => "Dismiss the reports",
        ("mark_spam", Locale::En) => "Mark as spam",
        ("merge", Locale::En) => "Merge into another proposal",
        ("suspend", Locale::En) => "Suspend",
        ("ban", Locale::En) => "Ban",
        ("restore", Locale::En) => "Restore",
        ("discard_votes", Locale::En) => "Discard votes",
        ("delete", Locale::En) => "Delete",
        (other, _) => other,
    }
}

/// The consultation's title in the reader's language: the English one for English readers
/// when there is one, the Thai otherwise.
fn consultation_title(s: &Subject, locale: Locale) -> &str {
    let english = s
        .consultation_title_en
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match (locale, english) {
        (Locale::En, Some(title)) => title,
        _ => or_blank(&s.consultation_title),
    }
}

/// The one-line summary.
pub fn headline(kind: NotificationKind, s: &Subject, locale: Locale) -> String {
    let proposal = or_blank(&s.proposal_title);
    let consultation = consultation_title(s, locale);
    let actor = or_blank(&s.actor_name);
    match (kind, locale) {
        (NotificationKind::CommentOnYourProposal, Locale::Th) => {
            format!("{actor} แสดงความคิดเห็นต่อข้อเสนอ “{proposal}” ของคุณ")
        }
        (NotificationKind::CommentOnYourProposal, Locale::En) => {
            format!("{actor} commented on your proposal “{proposal}”")
        }
        (NotificationKind::ReplyToYourComment, Locale::Th) => {
            format!("{actor} ตอบกลับความคิดเห็นของคุณใน “{proposal}”")
        }
        (NotificationKind::ReplyToYourComment, Locale::En) => {
            format!("{actor} replied to your comment on “{proposal}”")
        }
        (NotificationKind::ProposalStatusChanged, Locale::Th) => {
            format!(
                "ข้อเสนอ “{proposal}” มีสถานะ: {}",
                status_label(or_blank(&s.status), locale)
            )
        }
        (NotificationKind::ProposalStatusChanged, Locale::En) => {
            format!(
                "Proposal “{proposal}” is now {}",
                status_label(or_blank(&s.status), locale)
            )
        }
        (NotificationKind::PhaseChanged, Locale::Th) => {
            format!(
                "การรับฟังความคิดเห็น “{consultation}” เข้าสู่ช่วง{}",
                phase_label(or_blank(&s.phase), locale)
            )
        }
        (NotificationKind::PhaseChanged, Locale::En) => {
            format!(
                "Consultation “{consultation}” is now {}",
                phase_label(or_blank(&s.phase), locale)
            )
        }
        (NotificationKind::ModerationDecision, _) => moderation_headline(s, locale),
        (NotificationKind::ResultUpdated, Locale::Th) => format!(
            "ผลการดำเนินงาน “{}” คืบหน้า {}% ({})",
            result_title(s, locale),
            s.progress.unwrap_or(0),
            result_status_label(or_blank(&s.status), locale)
        ),
        (NotificationKind::ResultUpdated, Locale::En) => format!(
            "Result “{}” is {}% done ({})",
            result_title(s, locale),
            s.progress.unwrap_or(0),
            result_status_label(or_blank(&s.status), locale)
        ),
        (NotificationKind::AmendmentDecided, _) => amendment_headline(s, locale),
        (NotificationKind::AwardDecided, _) => award_headline(s, locale),
    }
}

/// Whether the application goes on to a site visit.
fn award_headline(s: &Subject, locale: Locale) -> String {
    let award = match locale {
        Locale::En => s.award_title_en.as_ref().or(s.award_title.as_ref()),
        Locale::Th => s.award_title.as_ref(),
    };
    let award = award.map_or("", String::as_str);
    let advanced = s.status.as_deref() == Some("site_visit");
    match (advanced, locale) {
        (true, Locale::Th) => format!("ใบสมัคร “{award}” ผ่านเข้าสู่การลงพื้นที่ตรวจเยี่ยม"),
        (false, Locale::Th) => format!("ใบสมัคร “{award}” ไม่ผ่านเข้าสู่การลงพื้นที่ตรวจเยี่ยม"),
        (true, Locale::En) => format!("Your application to “{award}” goes on to a site visit"),
        (false, Locale::En) => {
            format!("Your application to “{award}” does not go on to a site visit")
        }
    }
}

/// Whether the writers took the amendment into the draft.
fn amendment_headline(s: &Subject, locale: Locale) -> String {
    let document = or_blank(&s.document_title);
    let accepted = s.status.as_deref() == Some("accepted");
    match (accepted, locale) {
        (true, Locale::Th) => format!("ข้อเสนอแก้ไขของคุณต่อ “{document}” ได้รับเข้าร่างแล้ว"),
        (false, Locale::Th) => format!("ข้อเสนอแก้ไขของคุณต่อ “{document}” ไม่ได้รับเข้าร่าง"),
        (true, Locale::En) => format!("Your amendment to “{document}” was accepted into the draft"),
        (false, Locale::En) => format!("Your amendment to “{document}” was declined"),
    }
}

/// A moderation decision names what it was taken on: the comment (by its proposal), the
/// proposal, the remark (by its document), or the account.
fn moderation_headline(s: &Subject, locale: Locale) -> String {
    let proposal = or_blank(&s.proposal_title);
    let action = action_label(or_blank(&s.action), locale);
    match (s.about.as_deref(), locale) {
        (Some("comment"), Locale::Th) => {
            format!("ผู้ดูแลได้ดำเนินการกับความคิดเห็นของคุณใน “{proposal}”: {action}")
        }
        (Some("comment"), Locale::En) => {
            format!("A moderator acted on your comment on “{proposal}”: {action}")
        }
        (Some("remark"), Locale::Th) => format!(
            "ผู้ดูแลได้ดำเนินการกับความเห็นของคุณต่อเอกสาร “{}”: {action}",
            or_blank(&s.document_title)
        ),
        (Some("remark"), Locale::En) => format!(
            "A moderator acted on your remark on “{}”: {action}",
            or_blank(&s.document_title)
        ),
        (Some("proposal"), Locale::Th) => {
            format!("ผู้ดูแลได้ดำเนินการกับข้อเสนอ “{proposal}” ของคุณ: {action}")
        }
        (Some("proposal"), Locale::En) => {
            format!("A moderator acted on your proposal “{proposal}”: {action}")
        }
        (Some("account"), Locale::Th) => format!("ผู้ดูแลได้ดำเนินการกับบัญชีของคุณ: {action}"),
        (Some("account"), Locale::En) => format!("A moderator acted on your account: {action}"),
        // Notifications written before decisions said what they were about.
        (_, Locale::Th) => format!("ผู้ดูแลได้ดำเนินการกับเนื้อหาของคุณ: {action}"),
        (_, Locale::En) => format!("A moderator acted on what you wrote: {action}"),
    }
}

/// A few lines of detail under the headline.
pub fn detail(kind: NotificationKind, s: &Subject, locale: Locale) -> String {
    match kind {
        NotificationKind::CommentOnYourProposal | NotificationKind::ReplyToYourComment => s
            .excerpt
            .clone()
            .map(|e| format!("“{e}”"))
            .unwrap_or_default(),
        NotificationKind::ProposalStatusChanged => match (&s.official_response, locale) {
            (Some(answer), Locale::Th) => format!("คำตอบอย่างเป็นทางการ: {answer}"),
            (Some(answer), Locale::En) => format!("Official answer: {answer}"),
            (None, _) => String::new(),
        },
        NotificationKind::PhaseChanged => String::new(),
        NotificationKind::AwardDecided => match (&s.excerpt, locale) {
            (Some(title), Locale::Th) => format!("ใบสมัคร: {title}"),
            (Some(title), Locale::En) => format!("Application: {title}"),
            (None, _) => String::new(),
        },
        NotificationKind::AmendmentDecided => match (&s.reason, locale) {
            (Some(reason), Locale::Th) => format!("เหตุผลของผู้ร่าง: {reason}"),
            (Some(reason), Locale::En) => format!("The writers' reason: {reason}"),
            (None, _) => String::new(),
        },
        NotificationKind::ResultUpdated => match (&s.excerpt, locale) {
            (Some(note), Locale::Th) => format!("ความคืบหน้าล่าสุด: {note}"),
            (Some(note), Locale::En) => format!("Latest news: {note}"),
            (None, _) => String::new(),
        },
        NotificationKind::ModerationDecision => {
            let reason = match (&s.reason, locale) {
                (Some(reason), Locale::Th) => format!("เหตุผล: {reason}"),
                (Some(reason), Locale::En) => format!("Reason: {reason}"),
                (None, _) => String::new(),
            };
            match &s.excerpt {
                Some(excerpt) => format!("“{excerpt}”\n{reason}").trim_end().to_owned(),
                None => reason,
            }
        }
    }
}

/// Cuts a text to at most `max` graphemes (never inside a Thai syllable's marks), adding an
/// ellipsis.
pub fn excerpt(text: &str, max: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let text = text.trim();
    if text.graphemes(true).count() <= max {
        return text.to_owned();
    }
    let cut: String = text.graphemes(true).take(max).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_speak_the_readers_language() {
        let s = Subject {
            proposal_title: Some("ศูนย์ไกล่เกลี่ย".into()),
            actor_name: Some("Nok".into()),
            ..Default::default()
        };
        assert!(headline(NotificationKind::ReplyToYourComment, &s, Locale::Th).contains("ตอบกลับ"));
        assert!(
            headline(NotificationKind::ReplyToYourComment, &s, Locale::En)
                .starts_with("Nok replied")
        );
    }

    #[test]
    fn a_result_update_names_the_result_in_the_readers_language() {
        let s = Subject {
            result_title: Some("ศูนย์ไกล่เกลี่ยชุมชน".into()),
            result_title_en: Some("Community mediation centres".into()),
            status: Some("in_progress".into()),
            progress: Some(40),
            ..Subject::default()
        };
        let th = headline(NotificationKind::ResultUpdated, &s, Locale::Th);
        assert_eq!(
            th,
            "ผลการดำเนินงาน “ศูนย์ไกล่เกลี่ยชุมชน” คืบหน้า 40% (กำลังดำเนินการ)"
        );
        let en = headline(NotificationKind::ResultUpdated, &s, Locale::En);
        assert_eq!(
            en,
            "Result “Community mediation centres” is 40% done (in progress)"
        );
    }

    #[test]
    fn excerpts_cut_between_graphemes() {
        assert_eq!(excerpt("สวัสดีครับ", 3), "สวัส…");
        assert_eq!(excerpt("short", 10), "short");
    }

    #[test]
    fn a_moderation_decision_is_named_in_words_as_in_the_inbox() {
        let s = Subject {
            action: Some("hide".into()),
            ..Subject::default()
        };
        let th = headline(NotificationKind::ModerationDecision, &s, Locale::Th);
        assert_eq!(th, "ผู้ดูแลได้ดำเนินการกับเนื้อหาของคุณ: ซ่อน");
        let en = headline(NotificationKind::ModerationDecision, &s, Locale::En);
        assert_eq!(en, "A moderator acted on what you wrote: Hide");
    }
}
