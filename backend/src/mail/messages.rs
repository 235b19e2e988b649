//! The messages Sala sends, in Thai and English, each with a plain-text and an HTML part.
//! Everything people wrote (names, titles, comments) is escaped in the HTML part. Notification
//! mail carries RFC 8058 one-click unsubscribe headers.

use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::Message;
use uuid::Uuid;

use super::answers_due;
use crate::domain::accounts::Locale;
use crate::domain::notifications::text::{detail, headline};
use crate::domain::outgoing_mail::{OutgoingMail, Recipient};

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.trim_matches(['<', '>']).to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

struct Rendered {
    subject: String,
    text: String,
    html: String,
    unsubscribe: Option<String>,
}

fn page(inner: &str) -> String {
    format!("<!doctype html><html><body style=\"font-family:'Noto Sans Thai','Sarabun','Leelawadee UI',Tahoma,sans-serif;line-height:1.6;color:#1a1a1a\">{inner}</body></html>")
}

fn button(label: &str, link: &str) -> String {
    let link = escape_html(link);
    format!(
        "<p><a href=\"{link}\" style=\"display:inline-block;padding:10px 18px;background:#0b5394;color:#fff;text-decoration:none;border-radius:6px\">{label}</a></p><p style=\"font-size:13px;color:#555\">{link}</p>"
    )
}

pub(super) fn greeting(name: &str, locale: Locale) -> String {
    match locale {
        Locale::Th => format!("สวัสดีคุณ{name}"),
        Locale::En => format!("Hello {name},"),
    }
}

/// Subject, text and HTML of a message with one call to action.
fn with_action(
    to: &Recipient,
    subject: String,
    lines: &[String],
    label: &str,
    link: &str,
    footer: &str,
) -> Rendered {
    let mut text = format!("{}\n\n", greeting(&to.name, to.locale));
    for line in lines.iter().filter(|l| !l.is_empty()) {
        text.push_str(line);
        text.push_str("\n\n");
    }
    text.push_str(&format!("{link}\n\n{footer}\n"));
    let mut html = format!("<p>{}</p>", escape_html(&greeting(&to.name, to.locale)));
    for line in lines.iter().filter(|l| !l.is_empty()) {
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    html.push_str(&button(label, link));
    html.push_str(&format!(
        "<p style=\"font-size:13px;color:#555\">{}</p>",
        escape_html(footer)
    ));
    Rendered {
        subject,
        text,
        html: page(&html),
        unsubscribe: None,
    }
}

fn notification_footer(locale: Locale, unsubscribe_url: &str) -> String {
    match locale {
        Locale::Th => format!("คุณได้รับอีเมลนี้เพราะมีส่วนร่วมหรือติดตามเรื่องนี้บนศาลา เลิกรับอีเมลประเภทนี้: {unsubscribe_url}"),
        Locale::En => format!("You receive this because you took part in or follow this on Sala. Stop these emails: {unsubscribe_url}"),
    }
}

fn role_name(role: &str, locale: Locale) -> &'static str {
    match (role, locale) {
        ("owner", Locale::Th) => "เจ้าของ",
        ("owner", Locale::En) => "owner",
        ("representative", Locale::Th) => "ผู้แทน",
        ("representative", Locale::En) => "representative",
        (_, Locale::Th) => "สมาชิก",
        (_, Locale::En) => "member",
    }
}

fn invitation(
    to: &Recipient,
    organization: &str,
    inviter: &str,
    role: &str,
    link: &str,
    days: i64,
) -> Rendered {
    let role = role_name(role, to.locale);
    match to.locale {
        Locale::Th => with_action(to, format!("คำเชิญเข้าร่วม {organization} บนศาลา"), &[format!("คุณ{inviter} เชิญคุณเข้าร่วม {organization} ในฐานะ{role} เข้าสู่ระบบด้วยอีเมลนี้แล้วกดตอบรับ")], "ตอบรับคำเชิญ", link, &format!("ลิงก์นี้ใช้ได้ครั้งเดียวภายใน {days} วัน หากคุณไม่รู้จักองค์กรนี้ ไม่ต้องทำอะไร")),
        Locale::En => with_action(to, format!("Join {organization} on Sala"), &[format!("{inviter} invites you to join {organization} as {role}. Sign in with this address and accept.")], "Accept the invitation", link, &format!("The link works once, within {days} days. If you do not know this organisation, ignore this message.")),
    }
}

fn render(mail: &OutgoingMail) -> Rendered {
    match mail {
        OutgoingMail::VerifyEmail { to, link } => match to.locale {
            Locale::Th => with_action(to, "ยืนยันอีเมลของคุณสำหรับศาลา".into(), &["กรุณายืนยันอีเมลเพื่อเริ่มเสนอความคิดเห็น ลงคะแนน และร่วมอภิปรายบนศาลา".into()], "ยืนยันอีเมล", link, "ลิงก์นี้ใช้ได้ครั้งเดียวและจะหมดอายุ หากคุณไม่ได้สมัครสมาชิก ไม่ต้องทำอะไร"),
            Locale::En => with_action(to, "Confirm your email for Sala".into(), &["Please confirm your email address to start proposing, voting and discussing on Sala.".into()], "Confirm email", link, "The link works once and expires. If you did not sign up, you can ignore this message."),
        },
        OutgoingMail::AlreadyRegistered { to, sign_in_link } => match to.locale {
            Locale::Th => with_action(to, "มีการสมัครสมาชิกศาลาด้วยอีเมลของคุณ".into(), &["มีผู้พยายามสมัครสมาชิกศาลาด้วยอีเมลนี้ แต่คุณมีบัญชีอยู่แล้ว หากลืมรหัสผ่าน ขอตั้งรหัสผ่านใหม่ได้จากหน้าเข้าสู่ระบบ".into()], "เข้าสู่ระบบ", sign_in_link, "หากไม่ใช่คุณ ไม่ต้องทำอะไร บัญชีของคุณไม่มีการเปลี่ยนแปลง"),
            Locale::En => with_action(to, "Someone tried to sign up to Sala with your email".into(), &["Someone tried to create a Sala account with this address, but you already have one. If you forgot your password, you can reset it from the sign-in page.".into()], "Sign in", sign_in_link, "If this was not you, nothing has changed and you need not do anything."),
        },
        OutgoingMail::PasswordReset { to, link, valid_minutes } => match to.locale {
            Locale::Th => with_action(to, "ตั้งรหัสผ่านใหม่สำหรับศาลา".into(), &[format!("มีคำขอตั้งรหัสผ่านใหม่สำหรับบัญชีของคุณ ลิงก์นี้ใช้ได้ครั้งเดียวภายใน {valid_minutes} นาที")], "ตั้งรหัสผ่านใหม่", link, "หากคุณไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้"),
            Locale::En => with_action(to, "Reset your Sala password".into(), &[format!("Someone asked to reset your password. The link works once, within {valid_minutes} minutes.")], "Choose a new password", link, "If you did not ask, ignore this message: your password stays as it is."),
        },
        OutgoingMail::OrganizationInvitation { to, organization_name, inviter_name, role, link, valid_days } => invitation(to, organization_name, inviter_name, role, link, *valid_days),
        OutgoingMail::Notification { to, notification, subject, link, unsubscribe_url, .. } => {
            let title = headline(*notification, subject, to.locale);
            let label = match to.locale {
                Locale::Th => "ดูบนศาลา",
                Locale::En => "View on Sala",
            };
            let mut rendered = with_action(to, title.clone(), &[title, detail(*notification, subject, to.locale)], label, link, &notification_footer(to.locale, unsubscribe_url));
            rendered.unsubscribe = Some(unsubscribe_url.clone());
            rendered
        }
        OutgoingMail::Digest { to, items, unsubscribe_url, .. } => {
            let subject = match to.locale {
                Locale::Th => format!("สรุปความเคลื่อนไหวบนศาลา ({} รายการ)", items.len()),
                Locale::En => format!("Your Sala digest ({} updates)", items.len()),
            };
            let mut text = format!("{}\n\n", greeting(&to.name, to.locale));
            let mut html = format!("<p>{}</p><ul>", escape_html(&greeting(&to.name, to.locale)));
            for (kind, s, link) in items {
                let line = headline(*kind, s, to.locale);
                text.push_str(&format!("- {line}\n  {link}\n"));
                html.push_str(&format!("<li><a href=\"{}\">{}</a></li>", escape_html(link), escape_html(&line)));
            }
            let footer = notification_footer(to.locale, unsubscribe_url);
            text.push_str(&format!("\n{footer}\n"));
            html.push_str(&format!("</ul><p style=\"font-size:13px;color:#555\">{}</p>", escape_html(&footer)));
            Rendered { subject, text, html: page(&html), unsubscribe: Some(unsubscribe_url.clone()) }
        }
        OutgoingMail::AnswersDue { to, reminder, items, link } => {
            let parts = answers_due::render(to, *reminder, items, link);
            Rendered { subject: parts.subject, text: parts.text, html: page(&parts.html), unsubscribe: None }
        }
    }
}

fn recipient(mail: &OutgoingMail) -> &Recipient {
    match mail {
        OutgoingMail::VerifyEmail { to, .. }
        | OutgoingMail::AlreadyRegistered { to, .. }
        | OutgoingMail::PasswordReset { to, .. }
        | OutgoingMail::OrganizationInvitation { to, .. }
        | OutgoingMail::Notification { to, .. }
        | OutgoingMail::Digest { to, .. }
        | OutgoingMail::AnswersDue { to, .. } => to,
    }
}

/// Builds the message. The `Message-ID` comes from `message_key`, so a retry of the same
/// message carries the same id and a receiving system can drop the duplicate.
pub fn build(message_key: Uuid, from: &str, mail: &OutgoingMail) -> anyhow::Result<Message> {
    let rendered = render(mail);
    let to = recipient(mail);
    let mut builder = Message::builder()
        .from(from.parse()?)
        .to(Mailbox::new(Some(to.name.clone()), to.email.parse()?))
        .subject(rendered.subject)
        .message_id(Some(format!("<{message_key}@sala>")));
    if let Some(url) = rendered.unsubscribe {
        builder = builder
            .header(ListUnsubscribe(url))
            .header(ListUnsubscribePost);
    }
    Ok(builder.multipart(
        MultiPart::alternative()
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(rendered.text),
            )
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_HTML)
                    .body(rendered.html),
            ),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notifications::{NotificationKind, Subject};

    fn someone(locale: Locale) -> Recipient {
        Recipient {
            email: "a@example.com".into(),
            name: "<script>x</script>".into(),
            locale,
        }
    }

    #[test]
    fn names_are_escaped_in_html_and_the_message_id_comes_from_the_key() {
        let id = Uuid::now_v7();
        let mail = OutgoingMail::VerifyEmail {
            to: someone(Locale::En),
            link: "http://localhost/verify-email?token=abc".into(),
        };
        let rendered = render(&mail);
        assert!(rendered.html.contains("&lt;script&gt;"));
        assert!(!rendered.html.contains("<script>"));
        let raw = String::from_utf8(
            build(id, "Sala <no-reply@sala.localhost>", &mail)
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(raw.contains(&format!("Message-ID: <{id}@sala>")), "{raw}");
        assert!(
            !raw.contains("List-Unsubscribe"),
            "account mail is not a list"
        );
    }

    #[test]
    fn notifications_carry_one_click_unsubscribe_headers() {
        let mail = OutgoingMail::Notification {
            to: someone(Locale::Th),
            notification_id: Uuid::now_v7(),
            notification: NotificationKind::CommentOnYourProposal,
            subject: Box::new(Subject {
                proposal_title: Some("<b>หัวข้อ</b>".into()),
                excerpt: Some("เห็นด้วย".into()),
                link_path: "/proposals/1".into(),
                ..Default::default()
            }),
            link: "http://localhost/proposals/1".into(),
            unsubscribe_url: "http://localhost/api/v1/unsubscribe?token=t".into(),
        };
        let raw = String::from_utf8(
            build(Uuid::now_v7(), "Sala <no-reply@sala.localhost>", &mail)
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(
            raw.contains("List-Unsubscribe: <http://localhost/api/v1/unsubscribe?token=t>"),
            "{raw}"
        );
        assert!(
            raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
            "{raw}"
        );
        assert!(render(&mail).html.contains("&lt;b&gt;หัวข้อ&lt;/b&gt;"));
    }
}
