// "My activity": the signed-in person's proposals, comments, votes and follows, one tab each,
// their own hidden words marked hidden with the reason.
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle } from "@/features/consultations";
import {
  ACTIVITY_TABS,
  useMyComments,
  useMyFollows,
  useMyProposals,
  useMyVotes,
  type ActivityTab,
  type MyComment,
  type MyFollow,
  type MyProposal,
  type MyVote,
  type ProposalRef,
} from "./api";

const TAB_KEYS = {
  proposals: "activity.tabs.proposals",
  comments: "activity.tabs.comments",
  votes: "activity.tabs.votes",
  follows: "activity.tabs.follows",
} as const satisfies Record<ActivityTab, string>;

const CHOICE_KEYS = {
  agree: "activity.choice.agree",
  disagree: "activity.choice.disagree",
  pass: "activity.choice.pass",
} as const satisfies Record<MyVote["choice"], string>;

function HiddenNotice({ reason }: { reason?: string | null }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-warning">
      <span className="badge badge-warning">{t("activity.hidden")}</span>{" "}
      {reason ? t("activity.hiddenReason", { reason }) : t("activity.hiddenOnlyYou")}
    </p>
  );
}

function ConsultationLink({ place }: { place: ProposalRef["consultation"] }) {
  const { i18n } = useTranslation();
  return <Link to={`/c/${place.slug}`}>{consultationTitle(place, i18n.language)}</Link>;
}

/** A proposal by name, or a plain note when moderation hid someone else's. */
function ProposalName({ proposal, hash = "" }: { proposal: ProposalRef; hash?: string }) {
  const { t } = useTranslation();
  if (!proposal.available || !proposal.title) return <span className="muted">{t("activity.withheld")}</span>;
  return <Link to={`/p/${proposal.id}${hash}`}>{proposal.title}</Link>;
}

function ProposalItem({ item }: { item: MyProposal }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>
        <Link to={`/p/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="muted">
        {t("activity.in")} <ConsultationLink place={item.consultation} /> · <DateText iso={item.created_at} />
      </p>
      <ul className="tags">
        <li className={`badge badge-status-${item.status}`}>{t(`status.${item.status}`)}</li>
        <li className={item.answered ? "badge badge-status-accepted" : "badge"}>
          {item.answered ? t("activity.answered") : t("activity.awaitingAnswer")}
        </li>
      </ul>
      <p>
        {t("vote.agreeCount", { count: item.agree_count })} · {t("vote.disagreeCount", { count: item.disagree_count })} ·{" "}
        {t("activity.commentCount", { count: item.comment_count })}
      </p>
      {item.merged_into && (
        <p className="muted">
          {t("activity.merged")} <Link to={`/p/${item.merged_into}`}>{t("activity.mergedLink")}</Link>
        </p>
      )}
      {item.hidden && <HiddenNotice reason={item.hidden_reason} />}
    </li>
  );
}

function CommentItem({ item }: { item: MyComment }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <p className="break-anywhere">{item.excerpt}</p>
      <p className="muted">
        {t("activity.on")} <ProposalName proposal={item.proposal} hash={`#comment-${item.id}`} /> ·{" "}
        <DateText iso={item.created_at} />
      </p>
      {item.hidden && <HiddenNotice reason={item.hidden_reason} />}
    </li>
  );
}

function VoteItem({ item }: { item: MyVote }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>
        <ProposalName proposal={item.proposal} />
      </h3>
      <p>
        <span className={`badge badge-stance-${item.choice === "agree" ? "for" : item.choice === "disagree" ? "against" : "pass"}`}>
          {t(CHOICE_KEYS[item.choice])}
        </span>{" "}
        <span className="muted">
          <DateText iso={item.voted_at} />
        </span>
      </p>
      <p className="muted">
        {t("activity.in")} <ConsultationLink place={item.proposal.consultation} />
      </p>
    </li>
  );
}

function FollowItem({ item }: { item: MyFollow }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <p className="muted">
        {item.proposal ? t("activity.followsProposal") : t("activity.followsConsultation")} ·{" "}
        <DateText iso={item.followed_at} />
      </p>
      <h3>{item.proposal ? <ProposalName proposal={item.proposal} /> : <ConsultationLink place={item.consultation} />}</h3>
      {item.proposal && (
        <p className="muted">
          {t("activity.in")} <ConsultationLink place={item.consultation} />
        </p>
      )}
    </li>
  );
}

type PagesQuery<T> = UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;

function PagedList<T>({
  query,
  empty,
  render,
}: {
  query: PagesQuery<T>;
  empty: ReactNode;
  render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <QueryState query={query} isEmpty={() => items.length === 0} empty={empty}>
        {() => <ul className="plain-list activity-list">{items.map(render)}</ul>}
      </QueryState>
      {query.hasNextPage && (
        <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </>
  );
}

function Empty({ text, action, to }: { text: string; action: string; to: string }) {
  return (
    <div className="notice">
      <p>{text}</p>
      <Link className="button" to={to}>
        {action}
      </Link>
    </div>
  );
}

function ProposalsTab() {
  const { t } = useTranslation();
  return (
    <PagedList
      query={useMyProposals()}
      empty={<Empty text={t("activity.empty.proposals")} action={t("activity.browse")} to="/" />}
      render={(item) => <ProposalItem key={item.id} item={item} />}
    />
  );
}

function CommentsTab() {
  const { t } = useTranslation();
  return (
    <PagedList
      query={useMyComments()}
      empty={<Empty text={t("activity.empty.comments")} action={t("activity.browse")} to="/" />}
      render={(item) => <CommentItem key={item.id} item={item} />}
    />
  );
}

function VotesTab() {
  const { t } = useTranslation();
  return (
    <PagedList
      query={useMyVotes()}
      empty={<Empty text={t("activity.empty.votes")} action={t("activity.browse")} to="/" />}
      render={(item) => <VoteItem key={item.proposal.id} item={item} />}
    />
  );
}

function FollowsTab() {
  const { t } = useTranslation();
  return (
    <PagedList
      query={useMyFollows()}
      empty={<Empty text={t("activity.empty.follows")} action={t("activity.browse")} to="/" />}
      render={(item) => <FollowItem key={`${item.target_type}-${item.proposal?.id ?? item.consultation.id}`} item={item} />}
    />
  );
}

const TAB_PANELS = {
  proposals: ProposalsTab,
  comments: CommentsTab,
  votes: VotesTab,
  follows: FollowsTab,
} as const satisfies Record<ActivityTab, () => ReactNode>;

function Activity() {
  const { t } = useTranslation();
  usePageTitle(t("activity.title"));
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const tab: ActivityTab = (ACTIVITY_TABS as readonly string[]).includes(requested ?? "")
    ? (requested as ActivityTab)
    : "proposals";
  const Panel = TAB_PANELS[tab];
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const choose = (next: ActivityTab) => {
    setParams(next === "proposals" ? {} : { tab: next }, { replace: true });
    tabs.current[next]?.focus();
  };
  // The tabs pattern: arrow keys move between tabs, Home and End to the first and last.
  const onKeyDown = (event: KeyboardEvent) => {
    const at = ACTIVITY_TABS.indexOf(tab);
    const last = ACTIVITY_TABS.length - 1;
    const to =
      event.key === "ArrowRight" ? (at + 1) % ACTIVITY_TABS.length
      : event.key === "ArrowLeft" ? (at + last) % ACTIVITY_TABS.length
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    const target = to === null ? undefined : ACTIVITY_TABS[to];
    if (!target) return;
    event.preventDefault();
    choose(target);
  };

  return (
    <div className="narrow">
      <h1>{t("activity.title")}</h1>
      <p className="muted">{t("activity.lead")}</p>
      <div role="tablist" aria-label={t("activity.title")} className="tab-list" onKeyDown={onKeyDown}>
        {ACTIVITY_TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`activity-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="activity-panel"
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => choose(name)}
          >
            {t(TAB_KEYS[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="activity-panel" aria-labelledby={`activity-tab-${tab}`} tabIndex={0}>
        <Panel />
      </div>
    </div>
  );
}

export function ActivityPage() {
  return (
    <RequireSignIn>
      <Activity />
    </RequireSignIn>
  );
}
