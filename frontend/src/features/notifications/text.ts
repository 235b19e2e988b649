// A notification in the reader's current language, built from what it is about, and where in
// the app it leads.
import type { TFunction } from "i18next";
import { consultationTitle } from "@/features/consultations";
import type { Notification } from "./api";

const STATUSES = ["published", "under_review", "accepted", "rejected", "implemented", "withdrawn"] as const;
const RESULT_STATUSES = ["planned", "in_progress", "completed", "cancelled"] as const;
const PHASES = ["draft", "ideation", "voting", "review", "closed"] as const;
const ACTIONS = [
  "hide",
  "unhide",
  "lock",
  "unlock",
  "pin",
  "unpin",
  "change_theme",
  "dismiss_flags",
  "mark_spam",
  "merge",
  "suspend",
  "ban",
  "restore",
  "discard_votes",
  "delete",
] as const;

function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return !!value && (list as readonly string[]).includes(value);
}

/** A known value's translated name; an unknown one (from a newer server) as it came. */
function statusLabel(t: TFunction, value: string | null | undefined): string {
  return isOneOf(STATUSES, value) ? t(`status.${value}`) : (value ?? "");
}
function resultStatusLabel(t: TFunction, value: string | null | undefined): string {
  return isOneOf(RESULT_STATUSES, value) ? t(`results.status.${value}`) : (value ?? "");
}
function phaseLabel(t: TFunction, value: string | null | undefined): string {
  return isOneOf(PHASES, value) ? t(`phase.${value}`) : (value ?? "");
}
function actionLabel(t: TFunction, value: string | null | undefined): string {
  return isOneOf(ACTIONS, value) ? t(`moderation.action.${value}`) : (value ?? "");
}

/** A moderation decision names what it was taken on: a comment, a remark, a proposal or the account. */
function moderationHeadline(
  about: string | null | undefined,
  values: { proposal: string; document: string; action: string },
  t: TFunction,
): string {
  if (about === "comment") return t("notifications.headline.moderation_decision_comment", values);
  if (about === "remark") return t("notifications.headline.moderation_decision_remark", values);
  if (about === "proposal") return t("notifications.headline.moderation_decision_proposal", values);
  if (about === "account") return t("notifications.headline.moderation_decision_account", values);
  return t("notifications.headline.moderation_decision", values);
}

/** One line saying what happened, and a few words of detail (possibly empty). */
export function describeNotification(
  n: Notification,
  t: TFunction,
  language: string,
): { headline: string; detail: string } {
  const s = n.subject;
  const values = {
    actor: s.actor_name || t("common.deletedAccount"),
    proposal: s.proposal_title ?? "",
    consultation: consultationTitle({ title: s.consultation_title ?? "", title_en: s.consultation_title_en }, language),
    status: statusLabel(t, s.status),
    phase: phaseLabel(t, s.phase),
    action: actionLabel(t, s.action),
    result: language.startsWith("en") && s.result_title_en?.trim() ? s.result_title_en : (s.result_title ?? ""),
    progress: s.progress ?? 0,
    resultStatus: resultStatusLabel(t, s.status),
    document: s.document_title ?? "",
    award: language.startsWith("en") && s.award_title_en?.trim() ? s.award_title_en : (s.award_title ?? ""),
  };
  const headline =
    n.kind === "moderation_decision"
      ? moderationHeadline(s.about, values, t)
      : n.kind === "amendment_decided"
        ? t(s.status === "accepted" ? "notifications.headline.amendment_accepted" : "notifications.headline.amendment_declined", values)
        : n.kind === "award_decided"
          ? t(s.status === "site_visit" ? "notifications.headline.award_advanced" : "notifications.headline.award_not_advanced", values)
          : t(`notifications.headline.${n.kind}`, values);
  let detail = "";
  if ((n.kind === "comment_on_your_proposal" || n.kind === "reply_to_your_comment") && s.excerpt) {
    detail = `“${s.excerpt}”`;
  } else if (n.kind === "proposal_status_changed" && s.official_response) {
    detail = t("notifications.officialAnswer", { answer: s.official_response });
  } else if (n.kind === "result_updated" && s.excerpt) {
    detail = t("notifications.resultNote", { note: s.excerpt });
  } else if (n.kind === "amendment_decided" && s.reason) {
    detail = t("notifications.writersReason", { reason: s.reason });
  } else if (n.kind === "award_decided" && s.excerpt) {
    detail = t("notifications.awardApplication", { title: s.excerpt });
  } else if (n.kind === "moderation_decision") {
    const reason = s.reason ? t("notifications.reason", { reason: s.reason }) : "";
    detail = s.excerpt ? `“${s.excerpt}” ${reason}`.trim() : reason;
  }
  return { headline, detail };
}

/** The app's own path for a link the server wrote (`/proposals/<id>`, `/consultations/<slug>`). */
export function appPath(linkPath: string): string {
  const proposal = /^\/proposals\/([^/#?]+)(.*)$/.exec(linkPath);
  if (proposal) return `/p/${proposal[1]}${proposal[2]}`;
  const consultation = /^\/consultations\/([^/#?]+)(.*)$/.exec(linkPath);
  if (consultation) return `/c/${consultation[1]}${consultation[2]}`;
  return linkPath.startsWith("/") && !linkPath.startsWith("//") ? linkPath : "/";
}
