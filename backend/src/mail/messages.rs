//! The messages Sala sends, in Thai and English, each with a plain-text and an HTML part.
//! Everything a person wrote (names) is escaped in the HTML part.

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use uuid::Uuid;

use crate::domain::accounts::{AccountMail, Locale};

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

struct Rendered {
    to: String,
    name: String,
    subject: String,
    text: String,
    html: String,
}

fn with_button(intro_html: &str, label: &str, link: &str, outro_html: &str) -> String {
    let link = escape_html(link);
    format!(
        "<!doctype html><html><body style=\"font-family:'Noto Sans Thai','Sarabun',sans-serif;line-height:1.6\">\
         {intro_html}<p><a href=\"{link}\" style=\"display:inline-block;padding:10px 18px;background:#0b5394;color:#fff;text-decoration:none;border-radius:6px\">{label}</a></p>\
         <p style=\"font-size:13px;color:#555\">{link}</p>{outro_html}</body></html>"
    )
}

fn render(mail: &AccountMail) -> Rendered {
    match mail {
        AccountMail::VerifyEmail {
            to,
            name,
            locale,
            link,
        } => {
            let html_name = escape_html(name);
            match locale {
                Locale::Th => Rendered {
                    to: to.clone(),
                    name: name.clone(),
                    subject: "ยืนยันอีเมลของคุณสำหรับศาลา".into(),
                    text: format!(
                        "สวัสดีคุณ{name}\n\nกรุณายืนยันอีเมลเพื่อเริ่มเสนอความคิดเห็น ลงคะแนน และร่วมอภิปรายบนศาลา:\n{link}\n\nลิงก์นี้ใช้ได้ครั้งเดียวและจะหมดอายุ หากคุณไม่ได้สมัครสมาชิก ไม่ต้องทำอะไร\n"
                    ),
                    html: with_button(
                        &format!("<p>สวัสดีคุณ{html_name}</p><p>กรุณายืนยันอีเมลเพื่อเริ่มเสนอความคิดเห็น ลงคะแนน และร่วมอภิปรายบนศาลา</p>"),
                        "ยืนยันอีเมล",
                        link,
                        "<p>ลิงก์นี้ใช้ได้ครั้งเดียวและจะหมดอายุ หากคุณไม่ได้สมัครสมาชิก ไม่ต้องทำอะไร</p>",
                    ),
                },
                Locale::En => Rendered {
                    to: to.clone(),
                    name: name.clone(),
                    subject: "Confirm your email for Sala".into(),
                    text: format!(
                        "Hello {name},\n\nPlease confirm your email address to start proposing, voting and discussing on Sala:\n{link}\n\nThe link works once and expires. If you did not sign up, you can ignore this message.\n"
                    ),
                    html: with_button(
                        &format!("<p>Hello {html_name},</p><p>Please confirm your email address to start proposing, voting and discussing on Sala.</p>"),
                        "Confirm email",
                        link,
                        "<p>The link works once and expires. If you did not sign up, you can ignore this message.</p>",
                    ),
                },
            }
        }
        AccountMail::AlreadyRegistered {
            to,
            name,
            locale,
            sign_in_link,
        } => {
            let html_name = escape_html(name);
            match locale {
                Locale::Th => Rendered {
                    to: to.clone(),
                    name: name.clone(),
                    subject: "มีการสมัครสมาชิกศาลาด้วยอีเมลของคุณ".into(),
                    text: format!(
                        "สวัสดีคุณ{name}\n\nมีผู้พยายามสมัครสมาชิกศาลาด้วยอีเมลนี้ แต่คุณมีบัญชีอยู่แล้ว เข้าสู่ระบบได้ที่:\n{sign_in_link}\n\nหากไม่ใช่คุณ ไม่ต้องทำอะไร บัญชีของคุณไม่มีการเปลี่ยนแปลง\n"
                    ),
                    html: with_button(
                        &format!("<p>สวัสดีคุณ{html_name}</p><p>มีผู้พยายามสมัครสมาชิกศาลาด้วยอีเมลนี้ แต่คุณมีบัญชีอยู่แล้ว</p>"),
                        "เข้าสู่ระบบ",
                        sign_in_link,
                        "<p>หากไม่ใช่คุณ ไม่ต้องทำอะไร บัญชีของคุณไม่มีการเปลี่ยนแปลง</p>",
                    ),
                },
                Locale::En => Rendered {
                    to: to.clone(),
                    name: name.clone(),
                    subject: "Someone tried to sign up to Sala with your email".into(),
                    text: format!(
                        "Hello {name},\n\nSomeone tried to create a Sala account with this address, but you already have one. Sign in here:\n{sign_in_link}\n\nIf this was not you, nothing has changed and you need not do anything.\n"
                    ),
                    html: with_button(
                        &format!("<p>Hello {html_name},</p><p>Someone tried to create a Sala account with this address, but you already have one.</p>"),
                        "Sign in",
                        sign_in_link,
                        "<p>If this was not you, nothing has changed and you need not do anything.</p>",
                    ),
                },
            }
        }
    }
}

/// Builds the message for an outbox item. The `Message-ID` comes from the item's id, so a
/// retry of the same item carries the same id.
pub fn build(outbox_id: Uuid, from: &str, mail: &AccountMail) -> anyhow::Result<Message> {
    let rendered = render(mail);
    let to = Mailbox::new(Some(rendered.name), rendered.to.parse()?);
    Ok(Message::builder()
        .from(from.parse()?)
        .to(to)
        .subject(rendered.subject)
        .message_id(Some(format!("<{outbox_id}@sala>")))
        .multipart(
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

    #[test]
    fn names_are_escaped_in_html_and_the_message_id_comes_from_the_outbox_item() {
        let id = Uuid::now_v7();
        let mail = AccountMail::VerifyEmail {
            to: "a@example.com".into(),
            name: "<script>x</script>".into(),
            locale: Locale::En,
            link: "http://localhost/verify-email?token=abc".into(),
        };
        let rendered = render(&mail);
        assert!(rendered.html.contains("&lt;script&gt;"));
        assert!(!rendered.html.contains("<script>"));
        let message = build(id, "Sala <no-reply@sala.localhost>", &mail).unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        assert!(raw.contains(&format!("Message-ID: <{id}@sala>")), "{raw}");
    }
}
