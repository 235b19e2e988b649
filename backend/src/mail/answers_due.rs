//! The message listing official answers that fall due soon (to the organisation that owes
//! them) or are overdue (to the consultation's owning lab), in Thai and English.

use chrono::{DateTime, Duration, Utc};

use super::messages::{escape_html, greeting};
use crate::domain::accounts::Locale;
use crate::domain::agency::reminders::{DueAnswer, ReminderKind};
use crate::domain::outgoing_mail::Recipient;

/// Subject, plain text and the HTML inside the page.
pub struct Parts {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The due day as people in Thailand count it.
fn day(at: DateTime<Utc>) -> String {
    (at + Duration::hours(7)).format("%Y-%m-%d").to_string()
}

fn subject(kind: ReminderKind, n: usize, locale: Locale) -> String {
    match (kind, locale) {
        (ReminderKind::Reminder, Locale::Th) => format!("ใกล้ครบกำหนดตอบข้อเสนอ {n} เรื่องบนศาลา"),
        (ReminderKind::Reminder, Locale::En) => {
            format!("{n} official answers fall due soon on Sala")
        }
        (ReminderKind::Escalation, Locale::Th) => format!("ข้อเสนอ {n} เรื่องเลยกำหนดตอบแล้วบนศาลา"),
        (ReminderKind::Escalation, Locale::En) => {
            format!("{n} official answers are overdue on Sala")
        }
    }
}

fn intro(kind: ReminderKind, locale: Locale) -> &'static str {
    match (kind, locale) {
        (ReminderKind::Reminder, Locale::Th) => "ข้อเสนอต่อไปนี้ที่องค์กรของคุณต้องตอบอย่างเป็นทางการใกล้ครบกำหนดแล้ว",
        (ReminderKind::Reminder, Locale::En) => "These proposals your organisation must answer officially fall due soon:",
        (ReminderKind::Escalation, Locale::Th) => "ข้อเสนอต่อไปนี้ในการรับฟังความคิดเห็นที่ห้องปฏิบัติการนโยบายของคุณดูแล เลยกำหนดแล้วและยังไม่ได้รับคำตอบอย่างเป็นทางการ",
        (ReminderKind::Escalation, Locale::En) => "These proposals in consultations your policy lab runs are past their deadline without an official answer:",
    }
}

fn line(kind: ReminderKind, item: &DueAnswer, locale: Locale) -> String {
    let (title, days, due) = (&item.proposal_title, item.days, day(item.due_at));
    let org = match (&item.organization, locale) {
        (Some(name), _) => name.clone(),
        (None, Locale::Th) => "ยังไม่มีหน่วยงานรับผิดชอบ".to_owned(),
        (None, Locale::En) => "no responsible organisation".to_owned(),
    };
    match (kind, locale) {
        (ReminderKind::Reminder, Locale::Th) => {
            format!("{title} ({org}): ครบกำหนด {due} อีก {days} วัน")
        }
        (ReminderKind::Reminder, Locale::En) => {
            format!("{title} ({org}): due {due}, in {days} days")
        }
        (ReminderKind::Escalation, Locale::Th) => {
            format!("{title}: ผู้รับผิดชอบ {org} เลยกำหนด {days} วัน (ครบกำหนด {due})")
        }
        (ReminderKind::Escalation, Locale::En) => {
            format!("{title}: owed by {org}, {days} days late (due {due})")
        }
    }
}

fn action(kind: ReminderKind, locale: Locale) -> &'static str {
    match (kind, locale) {
        (ReminderKind::Reminder, Locale::Th) => "เปิดคิวข้อเสนอที่ต้องตอบ",
        (ReminderKind::Reminder, Locale::En) => "Open the answer queue",
        (ReminderKind::Escalation, Locale::Th) => "เปิดหน้าหน่วยงาน",
        (ReminderKind::Escalation, Locale::En) => "Open the agency pages",
    }
}

fn footer(locale: Locale) -> &'static str {
    match locale {
        Locale::Th => "คุณได้รับอีเมลนี้ในฐานะเจ้าของหรือผู้แทนขององค์กรบนศาลา",
        Locale::En => "You receive this as an owner or representative of an organisation on Sala.",
    }
}

pub fn render(to: &Recipient, kind: ReminderKind, items: &[DueAnswer], link: &str) -> Parts {
    let locale = to.locale;
    let hello = greeting(&to.name, locale);
    let mut text = format!("{hello}\n\n{}\n\n", intro(kind, locale));
    let mut html = format!(
        "<p>{}</p><p>{}</p><ul>",
        escape_html(&hello),
        escape_html(intro(kind, locale))
    );
    for item in items {
        let entry = line(kind, item, locale);
        text.push_str(&format!("- {entry}\n  {}\n", item.link));
        html.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            escape_html(&item.link),
            escape_html(&entry)
        ));
    }
    text.push_str(&format!(
        "\n{}: {link}\n\n{}\n",
        action(kind, locale),
        footer(locale)
    ));
    let link = escape_html(link);
    html.push_str(&format!(
        "</ul><p><a href=\"{link}\" style=\"display:inline-block;padding:10px 18px;background:#0b5394;color:#fff;text-decoration:none;border-radius:6px\">{}</a></p><p style=\"font-size:13px;color:#555\">{}</p>",
        escape_html(action(kind, locale)),
        escape_html(footer(locale))
    ));
    Parts {
        subject: subject(kind, items.len(), locale),
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, organization: Option<&str>, days: i64) -> DueAnswer {
        DueAnswer {
            proposal_title: title.into(),
            link: "http://localhost/p/1".into(),
            due_at: DateTime::parse_from_rfc3339("2026-12-01T20:00:00Z")
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_default(),
            days,
            organization: organization.map(Into::into),
        }
    }

    fn to(locale: Locale) -> Recipient {
        Recipient {
            email: "rep@example.org".into(),
            name: "Somchai".into(),
            locale,
        }
    }

    #[test]
    fn an_escalation_names_who_owes_and_how_late_in_the_readers_language() {
        let items = [
            item("<b>Mobile court</b>", Some("Phuket office"), 5),
            item("Legal library", None, 1),
        ];
        let en = render(
            &to(Locale::En),
            ReminderKind::Escalation,
            &items,
            "http://localhost/agency",
        );
        assert_eq!(en.subject, "2 official answers are overdue on Sala");
        assert!(
            en.text
                .contains("owed by Phuket office, 5 days late (due 2026-12-02)"),
            "{}",
            en.text
        );
        assert!(
            en.text.contains("owed by no responsible organisation"),
            "{}",
            en.text
        );
        assert!(en.html.contains("&lt;b&gt;Mobile court&lt;/b&gt;"));
        assert!(!en.html.contains("<b>Mobile"));
        let th = render(
            &to(Locale::Th),
            ReminderKind::Reminder,
            &items[..1],
            "http://localhost/agency/queue",
        );
        assert!(
            th.subject.starts_with("ใกล้ครบกำหนดตอบข้อเสนอ 1 เรื่อง"),
            "{}",
            th.subject
        );
        assert!(
            th.text
                .contains("(Phuket office): ครบกำหนด 2026-12-02 อีก 5 วัน"),
            "{}",
            th.text
        );
    }
}
