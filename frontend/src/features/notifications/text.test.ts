import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { Notification } from "./api";
import { appPath, describeNotification } from "./text";

function notification(extra: Partial<Notification>): Notification {
  return {
    id: "n1",
    kind: "comment_on_your_proposal",
    headline: "server wording, in the account's language",
    detail: "",
    read: false,
    created_at: "2026-11-21T03:00:00Z",
    subject: { link_path: "/proposals/abc#comment-c1", actor_name: "สมหญิง", proposal_title: "ลานกีฬา", excerpt: "ดีมาก" },
    ...extra,
  };
}

describe("notifications in the reader's language", () => {
  it("are written from what they are about, in Thai and in English", async () => {
    const th = describeNotification(notification({}), i18next.t, i18next.language);
    expect(th.headline).toBe("สมหญิง แสดงความคิดเห็นต่อข้อเสนอ “ลานกีฬา” ของคุณ");
    expect(th.detail).toBe("“ดีมาก”");
    await i18next.changeLanguage("en");
    const en = describeNotification(
      notification({
        kind: "proposal_status_changed",
        subject: { link_path: "/proposals/abc", proposal_title: "Sports ground", status: "accepted", official_response: "Funded in 2570" },
      }),
      i18next.t, i18next.language,
    );
    expect(en.headline).toBe("Proposal “Sports ground” is now: Accepted");
    expect(en.detail).toBe("Official answer: Funded in 2570");
    await i18next.changeLanguage("th");
  });

  it("say whether an award application goes on to a site visit, in the award's title of the reader's language", async () => {
    const subject = {
      link_path: "/awards/a1",
      award_title: "รางวัลยุติธรรมชุมชน",
      award_title_en: "Community justice award",
      status: "site_visit",
      excerpt: "ศูนย์ไกล่เกลี่ย",
    };
    const advanced = describeNotification(notification({ kind: "award_decided", subject }), i18next.t, i18next.language);
    expect(advanced.headline).toBe("ใบสมัคร “รางวัลยุติธรรมชุมชน” ผ่านเข้าสู่การลงพื้นที่ตรวจเยี่ยม");
    expect(advanced.detail).toBe("ใบสมัคร: ศูนย์ไกล่เกลี่ย");
    await i18next.changeLanguage("en");
    const not = describeNotification(
      notification({ kind: "award_decided", subject: { ...subject, status: "not_advanced" } }),
      i18next.t, i18next.language,
    );
    expect(not.headline).toBe("Your application to “Community justice award” does not go on to a site visit");
    await i18next.changeLanguage("th");
    expect(appPath("/awards/a1")).toBe("/awards/a1");
  });

  it("say which proposal or comment a moderation decision was taken on", () => {
    const onComment = describeNotification(
      notification({
        kind: "moderation_decision",
        subject: {
          link_path: "/proposals/abc#comment-c1",
          proposal_title: "ลานกีฬา",
          excerpt: "เบอร์โทรของฉัน",
          action: "hide",
          reason: "ข้อมูลส่วนบุคคล",
          about: "comment",
        },
      }),
      i18next.t, i18next.language,
    );
    expect(onComment.headline).toBe("ผู้ดูแลได้ดำเนินการกับความคิดเห็นของคุณใน “ลานกีฬา”: ซ่อน");
    expect(onComment.detail).toBe("“เบอร์โทรของฉัน” เหตุผล: ข้อมูลส่วนบุคคล");
    const onProposal = describeNotification(
      notification({
        kind: "moderation_decision",
        subject: { link_path: "/proposals/abc", proposal_title: "ลานกีฬา", action: "lock", about: "proposal" },
      }),
      i18next.t, i18next.language,
    );
    expect(onProposal.headline).toBe("ผู้ดูแลได้ดำเนินการกับข้อเสนอ “ลานกีฬา” ของคุณ: ล็อก");
    const onRemark = describeNotification(
      notification({
        kind: "moderation_decision",
        subject: { link_path: "/documents/d1#remark-r1", document_title: "กฎบัตรสิทธิเด็ก", action: "hide", about: "remark" },
      }),
      i18next.t, i18next.language,
    );
    expect(onRemark.headline).toBe("ผู้ดูแลได้ดำเนินการกับความเห็นของคุณต่อเอกสาร “กฎบัตรสิทธิเด็ก”: ซ่อน");
  });

  it("name a deleted account's comment without a name, and keep unknown values as they came", () => {
    const { headline } = describeNotification(
      notification({ subject: { link_path: "/proposals/abc", actor_name: "", proposal_title: "ลานกีฬา" } }),
      i18next.t, i18next.language,
    );
    expect(headline.startsWith("บัญชีที่ถูกลบแล้ว")).toBe(true);
    const phase = describeNotification(
      notification({ kind: "phase_changed", subject: { link_path: "/consultations/x", consultation_title: "ก", phase: "someday" } }),
      i18next.t, i18next.language,
    );
    expect(phase.headline).toContain("someday");
  });

  it("name a consultation by its English title for English readers, when it has one", async () => {
    const phaseChange = (subject: Partial<Notification["subject"]>) =>
      notification({
        kind: "phase_changed",
        subject: { link_path: "/consultations/x", consultation_title: "ยุทธศาสตร์ยุติธรรม", phase: "voting", ...subject },
      });
    await i18next.changeLanguage("en");
    const english = describeNotification(phaseChange({ consultation_title_en: "Justice strategy" }), i18next.t, "en");
    expect(english.headline).toContain("“Justice strategy”");
    const untranslated = describeNotification(phaseChange({}), i18next.t, "en");
    expect(untranslated.headline).toContain("“ยุทธศาสตร์ยุติธรรม”");
    await i18next.changeLanguage("th");
    const thai = describeNotification(phaseChange({ consultation_title_en: "Justice strategy" }), i18next.t, "th");
    expect(thai.headline).toContain("“ยุทธศาสตร์ยุติธรรม”");
  });

  it("lead to the app's own pages", () => {
    expect(appPath("/proposals/abc#comment-c1")).toBe("/p/abc#comment-c1");
    expect(appPath("/consultations/faster-public-services")).toBe("/c/faster-public-services");
    expect(appPath("/profile")).toBe("/profile");
    expect(appPath("//evil.example/x")).toBe("/");
    expect(appPath("https://evil.example/")).toBe("/");
  });
});
