// Generated from openapi.json by `npm run api:gen`. Do not edit: change the server, then regenerate.

export interface paths {
    "/api/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accounts on the platform, newest first, for administrators: search by name or email,
         *     filter by role or state. (`GET /admin/users?email=` stays the exact lookup by address.)
         */
        get: operations["list_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every administrative and moderation action, newest first: who, what, to what, why, and
         *     the state before and after. Rows can be added, never changed or removed.
         */
        get: operations["get_audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/consultations/{id_or_slug}/moderators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes an account a moderator of this consultation only. On the audit log. */
        post: operations["assign_moderator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/consultations/{id}/moderators/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ends an account's moderation of this consultation. On the audit log. */
        delete: operations["unassign_moderator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone who moderates: administrators, global moderators, and moderators assigned to
         *     consultations.
         */
        get: operations["list_moderators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Puts a dead-lettered item back in the queue, to be tried at once. */
        post: operations["retry_dead_letter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work that failed too often to be retried automatically, with its last error. */
        get: operations["list_dead_letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finds an account by its email address, so an administrator can change its role or assign
         *     it to moderate a consultation.
         */
        get: operations["find_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes an account's role (not one's own). On the audit log. */
        put: operations["change_role"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's API keys, newest first, revoked ones included. */
        get: operations["list_api_keys"];
        put?: never;
        /** Creates a read-only key for consultations the caller's agency may read. */
        post: operations["create_api_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes one of the caller's keys at once; it stays listed, marked revoked. */
        delete: operations["revoke_api_key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consultations whose feedback the caller may read, newest first: those of the labs they
         *     belong to, and those their verified organisations are responsible for. API keys can be made
         *     for these only.
         */
        get: operations["list_readable_consultations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/answers-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the agency still has to answer under the consultation's answer deadline: the
         *     proposals routed to the reader's organisations (all of them for the owning lab).
         */
        get: operations["get_answers_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participants, votes and support per group, from self-declared profile fields (or
         *     proposal themes). Groups under k participants are suppressed, with enough others that no
         *     combination of figures gives them away. Each group's figures are a release that changes
         *     only after at least k new participants joined the group (`released_at`), so comparing
         *     two reads does not reveal one person's vote.
         */
        get: operations["get_breakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams the rows (CSV, a JSON array, or NDJSON), read from the database page by page, or
         *     sends them as one Excel workbook (`xlsx`: one sheet named after `what`, the same columns
         *     and rows as the CSV, numbers as numbers, times as ISO 8601 text in UTC, text never run
         *     as a formula; built whole before it is sent, so an error is a 500, not a cut download).
         *     Voters and raters appear as pseudonymous ids, stable within this consultation and for
         *     this reader only (each API key, and each member, gets ids of its own, which match its
         *     opinion-groups scatter); no names or email addresses. Proposals and comments carry no
         *     author. An organisation responsible for part of the consultation gets the proposals
         *     routed to it, and their votes and comments, only. CSV cells that a spreadsheet would run
         *     as formulas are neutralised. Reader survey answers (`survey`) come without time or
         *     participant, and only for subjects at least k readers answered about.
         */
        get: operations["get_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/opinion-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consultation's opinion groups (the Polis method): participants grouped by how they
         *     vote, each group's most representative proposals, the proposals all groups agree on, and
         *     every participant's position for a scatter plot, under the pseudonyms this reader's
         *     exports use (so a point joins to its exported votes for this key or member only). Answers 202 with the
         *     problem code `pending` until the first result is computed.
         */
        get: operations["get_opinion_groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What citizens said: totals, daily activity, themes and provinces, proposals ranked by
         *     support and by division, comment stances, quick ratings (from k responses on), valuations
         *     and answer deadlines.
         *     Readable by administrators, the owning lab and the organisations responsible for the
         *     consultation (their own proposals' figures only), and by API keys scoped to it.
         */
        get: operations["get_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/consultations/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reader surveys of the consultation and of each of its results: answers, the mean and
         *     distribution of each score, and the comments, per subject. A subject fewer than k readers
         *     answered shows nothing at all. The same for every reader the consultation admits.
         */
        get: operations["get_survey_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unanswered proposals routed to the caller's organisations, across consultations:
         *     overdue first, then those owed an answer under a deadline, then the rest.
         */
        get: operations["get_agency_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs in. A wrong password and an unknown email get the same answer. Repeated failures
         *     for one email address slow its sign-ins down (429 with Retry-After) for a while; a
         *     successful sign-in clears them. A browser sends `X-Sala-Session: cookie` to receive the
         *     refresh token in an `HttpOnly` cookie rather than in the body.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs out: the refresh token and every token of the same sign-in, access tokens included,
         *     stop working. A browser sends `{}` with `X-Sala-Session: cookie`; the cookie is cleared.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emails a reset link valid for 30 minutes, once. The answer is the same, and as fast,
         *     whether or not the address has an account: the account is looked up after answering.
         */
        post: operations["request_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets a new password with the emailed token. Every existing sign-in of the account ends. */
        post: operations["confirm_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchanges a refresh token for a new pair. Each refresh token works once; presenting a
         *     spent one ends that whole sign-in on every device that shared it. A browser sends `{}`
         *     with `X-Sala-Session: cookie` and its cookie, and gets the new refresh token as a cookie;
         *     without that header (or from another site's page) the cookie is refused with 403
         *     `csrf_rejected` and stays valid.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates an account and emails a verification link. The answer is the same whether or not
         *     the address already has an account (its owner is told by email instead).
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms an email address with the single-use token from the emailed link, and signs in
         *     when asked to.
         */
        post: operations["verify_email"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Emails a fresh verification link to the signed-in, not yet verified account. */
        post: operations["resend_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-applications/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application's assessment: the award's managers see every assessor's declaration and
         *     scores with the figures across them; an assessor sees their own part only.
         */
        get: operations["get_assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-applications/{id}/assessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigns the account with this email address to assess the application (an award
         *     manager); assigning someone already assigned changes nothing.
         */
        post: operations["assign_assessor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-applications/{id}/assessors/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Takes an assessor off the application, with their scores (an award manager). */
        delete: operations["remove_assessor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-applications/{id}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The caller, an assessor of the application, declares whether they have a conflict of
         *     interest with it; a declared conflict recuses them and cannot be taken back.
         */
        put: operations["declare_conflict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-applications/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The caller, an assessor who declared no conflict, scores criteria of the application
         *     (1–5 each) while the award is being assessed.
         */
        put: operations["score_application"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every award call, newest first. */
        get: operations["list_awards"];
        put?: never;
        /** Opens an award call in an organisation's name, with its criteria and site-visit threshold. */
        post: operations["create_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An award call with its criteria and applications; its managers also see each
         *     application's assessors and decided score.
         */
        get: operations["get_award"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves the award on: from taking applications to assessment, or from assessment to its
         *     decision, which sends each application whose mean score reaches the threshold to a site
         *     visit.
         */
        post: operations["advance_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applies to the award in the name of an organisation the caller speaks for. */
        post: operations["apply_to_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deletes a comment's text; replies stay in place. The author or a moderator. */
        delete: operations["delete_comment"];
        options?: never;
        head?: never;
        /** The author edits their comment. */
        patch: operations["update_comment"];
        trace?: never;
    };
    "/api/v1/comments/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Votes a comment up or down; sending the same vote again changes nothing. */
        put: operations["put_comment_vote"];
        post?: never;
        /** Retracts the caller's vote on a comment. */
        delete: operations["delete_comment_vote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations, newest first. Drafts are listed for administrators only. */
        get: operations["list_consultations"];
        put?: never;
        /**
         * Opens a new consultation (in `draft` unless a phase is given). Administrators, and members
         *     of the policy lab named as owner.
         */
        post: operations["create_consultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One consultation, by id or slug, with how its answer deadline is kept and, for a signed-in
         *     caller, whether they follow it and their own quick ratings.
         */
        get: operations["get_consultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edits a consultation or moves it to another phase. Administrators and members of the
         *     owning lab; every change is on the audit log.
         */
        patch: operations["update_consultation"];
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a document to a consultation (administrators and the owning lab's members). The
         *     body is the file itself, at most 20 MB; its type is read from its bytes.
         */
        post: operations["attach_to_consultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a document from a consultation. */
        delete: operations["remove_from_consultation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation's documents: published ones for everyone, drafts too for their writers. */
        get: operations["list_documents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follows a consultation: its phase changes reach you. */
        post: operations["follow_consultation"];
        /** Stops following a consultation. */
        delete: operations["unfollow_consultation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation's impact indicators: its own, then its results'. */
        get: operations["list_consultation_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation's proposals in the chosen order, keyset-paginated. */
        get: operations["list_proposals"];
        put?: never;
        /** Submits a proposal while the consultation collects ideas. */
        post: operations["create_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which organisation answers proposals of each theme × province. Administrators and the
         *     consultation's own lab only.
         */
        get: operations["get_responsibilities"];
        /**
         * Replaces the map (at most 200 cells). Proposals the map routed are routed again; those
         *     someone reassigned by hand stay where they are. Audited.
         */
        put: operations["put_responsibilities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A consultation's results with their progress rolled up from parts to parents, their
         *     milestones and the listed proposals they came from: "what happened to our ideas".
         */
        get: operations["list_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the consultation keeps its promise to answer: proposals answered on time, answered
         *     late, overdue and pending, and the median days to an answer, counted from answer clocks
         *     recorded when each became owed. Public: no sign-in needed.
         */
        get: operations["get_scorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Up to five visible proposals of the consultation that likely say what the draft says, so
         *     its author can support one instead of posting a duplicate.
         */
        post: operations["similar_proposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id_or_slug}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Answers the reader survey of a consultation, signed in or not. A second answer from the
         *     same browser token (or account) replaces the first.
         */
        put: operations["answer_consultation_survey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The consultation's lab, or an owner or representative of an organisation answering for
         *     it, starts a document; its first version is a draft.
         */
        post: operations["create_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rates the consultation; rating again replaces the caller's earlier ratings. */
        put: operations["put_feedback"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds an impact indicator to a consultation as a whole (its lab's). */
        post: operations["create_consultation_indicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An owner or representative of an organisation answering for the consultation (or of its
         *     lab) publishes a result: what some of its proposals became.
         */
        post: operations["create_result"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One document: its current published version with its content hash and signatories, every
         *     published version, and (for its writers) the draft.
         */
        get: operations["get_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A writer replaces the draft's title and paragraphs. */
        put: operations["save_draft"];
        /** A writer starts a new draft from the last published version. */
        post: operations["start_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A writer publishes the draft: it is frozen, hashed and dated, and can be signed. */
        post: operations["publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/remarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The remarks on a published version of a document. Hidden remarks are listed only to their
         *     author and to those who moderate the consultation, marked hidden with the reason.
         */
        get: operations["list_remarks"];
        put?: never;
        /** Comments on, or suggests an amendment to, a paragraph of the current published version. */
        post: operations["add_remark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/remarks/{remark_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The document's writers accept a suggested amendment (its words replace the paragraph in
         *     the draft, which is started if there is none) or reject it with a reason.
         */
        post: operations["decide_amendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Answers the reader survey of a published document, signed in or not. A second answer from
         *     the same browser token (or account) replaces the first.
         */
        put: operations["answer_document_survey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{version_id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A representative signs the document's current published version on behalf of their
         *     organisation.
         */
        post: operations["sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flags a proposal, comment or remark on a document for the moderators, once per person per item. When enough
         *     different people flag an item it is hidden until a moderator reviews it.
         */
        post: operations["create_flag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deletes an indicator and its measured values (the audit log keeps what it was). */
        delete: operations["delete_indicator"];
        options?: never;
        head?: never;
        /** Changes an indicator's name, unit, baseline, target, description or order. */
        patch: operations["edit_indicator"];
        trace?: never;
    };
    "/api/v1/indicators/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a measured value. Values are only ever added: to correct one, record a new value
         *     with a note saying what it corrects; the latest measurement counts.
         */
        post: operations["record_indicator_value"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The privacy notice (`privacy`) or the terms of use (`terms`), in force or as an earlier
         *     version. Public.
         */
        get: operations["get_legal_document"];
        /**
         * Publishes a new version (administrators only; audited). Everyone is asked to agree to it
         *     the next time they sign in; earlier versions stay readable.
         */
        put: operations["publish_legal_document"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal/{kind}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published version of a document, newest first: anyone can see what changed when. */
        get: operations["list_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account. */
        get: operations["get_me"];
        put?: never;
        post?: never;
        /**
         * Deletes the signed-in account: personal details are erased and every sign-in ends; its
         *     proposals, comments and votes stay, shown as from a deleted account. The last owner of
         *     an organisation is refused until another member owns it.
         */
        delete: operations["delete_me"];
        options?: never;
        head?: never;
        /** Changes the signed-in account's profile. */
        patch: operations["update_me"];
        trace?: never;
    };
    "/api/v1/me/activity/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's comments, newest first, with the proposal each is on; their own hidden ones marked hidden with the reason. */
        get: operations["list_my_comments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activity/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consultations and proposals the caller follows, most recently followed first. */
        get: operations["list_my_follows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activity/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's proposals, newest first: status, whether answered, and their own hidden ones marked hidden with the reason. */
        get: operations["list_my_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activity/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's votes, most recently cast first, with their choice. Nobody else sees these. */
        get: operations["list_my_votes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller agreed to, and what changed since. */
        get: operations["get_consent"];
        put?: never;
        /** Agrees to the versions in force of the privacy notice and the terms of use. */
        post: operations["agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloads one's own data as JSON: profile, proposals with their earlier versions,
         *     comments, remarks on documents and the versions signed, award applications sent and
         *     assessments made (declarations and scores), votes with the network each came from, follows, flags with their notes, quick
         *     ratings, valuations, notifications, preferences, participations, sessions and API keys
         *     (without secrets), and the versions of the privacy notice and terms agreed to. Nothing
         *     about anyone else.
         */
        get: operations["export_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each kind of notification reaches you by email. */
        get: operations["get_preferences"];
        /** Changes how kinds of notification reach you. */
        put: operations["put_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: unread first, then newest first. */
        get: operations["list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks notifications read. */
        post: operations["mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An uploaded image (its display size) or document. A file never changes under its id, so
         *     files anyone may see are cached for a year; those of a hidden proposal only reach its
         *     author and moderators, and are not kept. Documents download under their own name.
         */
        get: operations["get_media"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image's thumbnail (at most 480 pixels a side), as `GET /api/v1/media/{id}` serves. */
        get: operations["get_thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes a moderation decision. Moderators assigned to consultations act only there; account
         *     actions are for administrators and global moderators. A refused decision is 403; one
         *     that would change nothing is 409. Each decision is on the public log and the audit log.
         */
        post: operations["take_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspicious support: bursts of votes on one proposal from accounts created close together
         *     or from one address range, with the accounts involved, for a moderator to judge and act on
         *     (suspend, ban, discard_votes).
         */
        get: operations["get_anomalies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public moderation log, newest first: every decision with its reason, without who took
         *     it or anything private.
         */
        get: operations["get_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flagged items awaiting review, most urgent first (most distinct flags, then longest
         *     waiting), in the consultations the moderator covers.
         */
        get: operations["get_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The signed-in holder of the invited, verified address joins the organisation in the role
         *     offered. The link works once and expires; another account is refused. On the audit log.
         */
        post: operations["accept_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory of organisations, newest first. */
        get: operations["list_organizations"];
        put?: never;
        /** Creates an organisation, unverified, with the caller as its owner. On the audit log. */
        post: operations["create_organization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's profile, by slug or id: who it is, whether it is verified, how many
         *     members it has, and what it did in public.
         */
        get: operations["get_organization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** An owner (or an administrator) edits the organisation's profile. On the audit log. */
        patch: operations["update_organization"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's open invitations (not accepted, revoked or expired), for its owners. */
        get: operations["list_invitations"];
        put?: never;
        /**
         * An owner invites an address in a role: Sala emails a link that works once, for seven
         *     days. On the audit log.
         */
        post: operations["invite_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** An owner withdraws an open invitation; its link stops working. On the audit log. */
        delete: operations["revoke_invitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's members: everyone sees how many; members see who, in which role. */
        get: operations["list_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * An owner removes a member (a member naming themself leaves). The last owner stays. On
         *     the audit log.
         */
        delete: operations["remove_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/members/{user_id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** An owner gives a member another role. The last owner cannot be demoted. On the audit log. */
        put: operations["change_member_role"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The caller leaves the organisation; its last owner cannot. On the audit log. */
        delete: operations["leave_organization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * An administrator verifies the organisation: it shows a badge, and its members get the
         *     powers its kind gives. Repeating it changes nothing. On the audit log.
         */
        put: operations["verify_organization"];
        post?: never;
        /** An administrator withdraws the organisation's verification. On the audit log. */
        delete: operations["unverify_organization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal, with the caller's vote, follow and moderation rights when signed in, and the
         *     organizations endorsing it, the one responsible for answering it and the one that
         *     answered.
         */
        get: operations["get_proposal"];
        put?: never;
        post?: never;
        /**
         * The author withdraws their proposal. It stays readable, marked `withdrawn`, and takes no
         *     more votes or comments.
         */
        delete: operations["withdraw_proposal"];
        options?: never;
        head?: never;
        /** The author edits their proposal during ideation; the previous text is kept as a revision. */
        patch: operations["update_proposal"];
        trace?: never;
    };
    "/api/v1/proposals/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal's discussion as a tree. */
        get: operations["list_comments"];
        put?: never;
        /** Adds a comment or a reply. */
        post: operations["create_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member of a civil-society organization endorses the proposal for it (once per
         *     organization; repeating changes nothing). Answers with the proposal's endorsements.
         */
        post: operations["endorse_proposal"];
        /** Withdraws the caller's organization's endorsement. */
        delete: operations["withdraw_endorsement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follows a proposal: its status changes and official answer reach you. */
        post: operations["follow_proposal"];
        /** Stops following a proposal. */
        delete: operations["unfollow_proposal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The author adds an image to their proposal while it may still be edited: the body is the
         *     image itself (JPEG, PNG or WebP, at most 10 MB; its type is read from its bytes). It is
         *     scaled to at most 1600 pixels a side with a 480-pixel thumbnail and encoded afresh,
         *     without its metadata (EXIF, GPS). At most 5 images a proposal.
         */
        post: operations["upload_proposal_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes an image: the proposal's author may, and so may the consultation's moderators
         *     (their removal is recorded in the audit log).
         */
        delete: operations["delete_proposal_image"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * An owner or representative of the organisation responsible for the proposal (or of the
         *     owning lab) answers it: its new status and a public, dated answer signed by that
         *     organisation. The author, followers and voters are notified.
         */
        put: operations["put_response"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/response/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a document to a proposal's official answer (owners and representatives of the
         *     organisation that answers it). The body is the file itself, at most 20 MB.
         */
        post: operations["attach_to_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/response/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a document from a proposal's official answer. */
        delete: operations["remove_from_answer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/responsible-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Gives a proposal to another organisation to answer. Allowed to the consultation's
         *     moderators, administrators and its own lab; audited with the reason. A proposal
         *     reassigned by hand keeps its organisation when the responsibility map changes. Only a
         *     verified organisation the consultation's responsibility map names may be given it.
         */
        put: operations["put_responsible_organization"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier versions of a proposal, newest first. */
        get: operations["list_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/valuation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A valuator scores the proposal against some of its consultation's criteria; criteria
         *     left out keep their earlier scores.
         */
        put: operations["put_valuation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Casts or changes the caller's one vote. Sending the same vote again changes nothing. */
        put: operations["put_vote"];
        post?: never;
        /** Retracts the caller's vote, if any. */
        delete: operations["delete_vote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thailand's 77 provinces, in Thai alphabetical order. */
        get: operations["list_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results placed in a province, across the consultations the public sees. */
        get: operations["results_in_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One result with its milestones, its parts, the proposals it came from and every update. */
        get: operations["get_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes what describes a result (titles, descriptions, province, dates). Progress and
         *     status change only through updates, so that each change is in the history.
         */
        patch: operations["edit_result"];
        trace?: never;
    };
    "/api/v1/results/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A result's impact indicators, each with its measured values, latest value and progress. */
        get: operations["list_result_indicators"];
        put?: never;
        /** Adds an impact indicator to a result. */
        post: operations["create_result_indicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds a dated milestone to a result. */
        post: operations["add_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/milestones/{milestone_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a milestone: marks it done with its evidence, or moves its date. */
        patch: operations["edit_milestone"];
        trace?: never;
    };
    "/api/v1/results/{id}/milestones/{milestone_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a document to a result's milestone as evidence (those who may write the result).
         *     The body is the file itself, at most 20 MB.
         */
        post: operations["attach_to_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/milestones/{milestone_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a document from a result's milestone. */
        delete: operations["remove_from_milestone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/proposals/{proposal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Names a proposal as a source of the result: a listed proposal of the same consultation. */
        put: operations["link_proposal"];
        post?: never;
        /** No longer names the proposal as a source of the result. */
        delete: operations["unlink_proposal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Answers the reader survey of a result, signed in or not. A second answer from the same
         *     browser token (or account) replaces the first.
         */
        put: operations["answer_result_survey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Posts a dated update of progress or status, kept in the result's history for good. Those
         *     who wrote, follow or supported a proposal it came from are told, once each.
         */
        post: operations["post_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over proposals, comments and consultations. Hidden, withdrawn and merged
         *     items are left out, except for those who moderate them.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the link would turn off; changes nothing (mail scanners follow links). A browser
         *     (asking for HTML) is sent on to the web app's unsubscribe page, which shows what the link
         *     turns off and asks before it does.
         */
        get: operations["describe"];
        put?: never;
        /**
         * Turns the email off. Mail programs send this as a one-click POST with the body
         *     `List-Unsubscribe=One-Click`; the body is not needed.
         */
        post: operations["unsubscribe_now"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up. */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process can serve requests: the database answers, and the queues it reports on can be
         *     read. A check that cannot be made fails readiness (503) and is named in `failed_checks`.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: HTTP requests, database pools, outbox queues and dead letters, mail,
         *     search and opinion groups (every name is listed in `docs/OBSERVABILITY.md`).
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationRequest: {
            /** @description The token from the emailed link. */
            token: string;
        };
        /** @enum {string} */
        Action: "hide" | "unhide" | "lock" | "unlock" | "pin" | "unpin" | "change_theme" | "dismiss_flags" | "mark_spam" | "merge" | "suspend" | "ban" | "restore" | "discard_votes";
        AgencyQueue: {
            /**
             * @description Overdue first, then those owed an answer by deadline, then the rest; by net support
             *     within each.
             */
            items: components["schemas"]["QueuedProposal"][];
        };
        /** @description How far the assessors agree. */
        AgreementResponse: {
            /** @description Criteria two or more assessors scored. */
            criteria_compared: number;
            /** @description Of those, the ones on which all were within one point. */
            criteria_within_one_point: number;
            /** @description Two points or more apart on some criterion: worth a word before deciding. */
            diverges: boolean;
            /**
             * Format: double
             * @description Percentage points between the lowest and highest complete total.
             */
            total_range?: number | null;
        };
        AgreementView: {
            /** Format: date-time */
            agreed_at: string;
            kind: components["schemas"]["LegalDocumentKind"];
            /** Format: int32 */
            version: number;
        };
        /** @description What participants may do now, derived from the phase. */
        Allowed: {
            comment: boolean;
            propose: boolean;
            vote: boolean;
        };
        /** @enum {string} */
        AmendmentStatus: "open" | "accepted" | "rejected";
        AnomalyReport: {
            items: components["schemas"]["BurstResponse"][];
        };
        /** @description An official answer an organisation signed. */
        AnswerGiven: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: uuid */
            proposal_id: string;
            /** Format: date-time */
            responded_at?: string | null;
            status: string;
            title: string;
        };
        AnswerRequest: {
            /** @description The public answer, markdown-free text of 1–10,000 characters. */
            answer: string;
            status: components["schemas"]["AnswerStatus"];
        };
        AnswersDue: {
            /**
             * Format: date-time
             * @description The earliest due moment among the listed proposals.
             */
            due_at?: string | null;
            /** @description Unanswered proposals whose answer clock started: overdue first, then by due moment. */
            items: components["schemas"]["DueProposal"][];
        };
        /**
         * @description How a proposal whose clock started stands.
         * @enum {string}
         */
        AnswerStanding: "answered_on_time" | "answered_late" | "overdue" | "pending";
        /**
         * @description The statuses an answer may set.
         * @enum {string}
         */
        AnswerStatus: "under_review" | "accepted" | "rejected" | "implemented";
        ApiKeyList: {
            items: components["schemas"]["ApiKeyResponse"][];
        };
        /** @description An API key as listed: never the key itself. */
        ApiKeyResponse: {
            consultation_ids: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            /** @description The key's first characters, to tell keys apart. */
            prefix: string;
            /** Format: date-time */
            revoked_at?: string | null;
        };
        /** @description An organisation the caller may apply for. */
        ApplicantOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @enum {string} */
        ApplicationStage: "submitted" | "site_visit" | "not_advanced";
        /** @description The figures across assessors, for the award's managers. */
        AssessmentFigures: {
            agreement: components["schemas"]["AgreementResponse"];
            /** @description Every assessor has declared and scored (or recused), and one total counts. */
            complete: boolean;
            /** @description By criterion, in the award's order; criteria nobody scored are left out. */
            criteria: components["schemas"]["CriterionSpread"][];
            /**
             * Format: double
             * @description The mean of the complete totals, compared with the threshold.
             */
            mean?: number | null;
            /** @description Whether the mean reaches the site-visit threshold. */
            reaches_threshold: boolean;
        };
        /**
         * @description An application's assessment: every assessor's part and the figures for the award's
         *     managers; the caller's own part for an assessor.
         */
        AssessmentResponse: {
            application: components["schemas"]["AwardApplicationResponse"];
            assessors: components["schemas"]["AssessorResponse"][];
            /** Format: uuid */
            award_id: string;
            award_stage: components["schemas"]["CallStage"];
            award_title: string;
            criteria: components["schemas"]["AwardCriterionResponse"][];
            figures?: components["schemas"]["AssessmentFigures"] | null;
            /** Format: int32 */
            site_visit_threshold: number;
            viewer_manages: boolean;
        };
        /** @description Assign the account with this email address as an assessor. */
        AssessorRequest: {
            email: string;
        };
        /** @description One assessor's part of an assessment. */
        AssessorResponse: {
            conflict_note?: string | null;
            /** @description Each dimension whose criteria are all scored. */
            dimensions: components["schemas"]["DimensionScore"][];
            display_name: string;
            /** @description Absent until they declare; `true` recuses them. */
            has_conflict?: boolean | null;
            scores: components["schemas"]["AwardCriterionScore"][];
            /**
             * Format: double
             * @description Their weighted total in percent, once every criterion is scored.
             */
            total?: number | null;
            /** Format: uuid */
            user_id: string;
        };
        AssignmentResponse: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            user_id: string;
        };
        AssignRequest: {
            reason?: string | null;
            /** Format: uuid */
            user_id: string;
        };
        /** @description A document attached to a consultation or an official answer. */
        AttachmentResponse: {
            /** Format: int64 */
            bytes: number;
            content_type: string;
            /** Format: date-time */
            created_at: string;
            filename: string;
            /** Format: uuid */
            id: string;
            /** @description Downloads the document under its name. */
            url: string;
        };
        /**
         * @description What an audit row records.
         * @enum {string}
         */
        AuditAction: "access.denied" | "user.created" | "user.role_changed" | "user.deleted" | "moderator.assigned" | "moderator.unassigned" | "consultation.created" | "consultation.updated" | "consultation.phase_changed" | "consultation.responsibilities_set" | "answer_clocks.started" | "answer_clocks.escalated" | "proposal.reassigned" | "proposal.answered" | "proposal.valued" | "proposal.endorsed" | "proposal.endorsement_withdrawn" | "proposal.image_removed" | "result.created" | "result.edited" | "result.progress_updated" | "result.proposal_linked" | "result.proposal_unlinked" | "result.milestone_saved" | "document.created" | "document.draft_saved" | "document.version_published" | "document.signed" | "document.amendment_accepted" | "document.amendment_rejected" | "award.created" | "award.advanced" | "award.applied" | "award.assessor_assigned" | "award.assessor_removed" | "award.conflict_declared" | "award.decided" | "indicator.created" | "indicator.edited" | "indicator.deleted" | "indicator.value_recorded" | "legal_document.published" | "organization.created" | "organization.updated" | "organization.verified" | "organization.unverified" | "organization.member_invited" | "organization.invitation_revoked" | "organization.member_joined" | "organization.member_role_changed" | "organization.member_removed" | "organization.member_left" | "api_key.created" | "api_key.revoked" | "moderation.hide" | "moderation.unhide" | "moderation.lock" | "moderation.unlock" | "moderation.pin" | "moderation.unpin" | "moderation.change_theme" | "moderation.dismiss_flags" | "moderation.mark_spam" | "moderation.merge" | "moderation.suspend" | "moderation.ban" | "moderation.restore" | "moderation.discard_votes" | "moderation.delete";
        AuditEntryResponse: {
            /**
             * @description Sent as stored, so a row written by a newer version still reads; the enum lists what
             *     this version writes.
             */
            action: components["schemas"]["AuditAction"];
            actor?: components["schemas"]["Author"] | null;
            /** @description The target's recorded state after the action; null when there was none to record. */
            after?: Record<string, never> | null;
            /** @description The target's recorded state before the action; null when there was none to record. */
            before?: Record<string, never> | null;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            reason?: string | null;
            /** Format: uuid */
            target_id?: string | null;
            target_type: string;
        };
        AuditList: {
            items: components["schemas"]["AuditEntryResponse"][];
            next_cursor?: string | null;
        };
        /** @description Who wrote something, as shown beside it. */
        Author: {
            display_name: string;
            /** Format: uuid */
            id: string;
        };
        /** @description An application in an organisation's name. */
        AwardApplicationRequest: {
            /** @description The applying organisation, by id or slug; the caller speaks for it. */
            organization: string;
            /** @description 20–10,000 characters: what the organisation did and what changed. */
            summary: string;
            /** @description 5–200 characters. */
            title: string;
        };
        /** @description An organisation's application. */
        AwardApplicationResponse: {
            /** @description Its assessors; for the award's managers only. */
            assessors?: components["schemas"]["AwardAssessorSummary"][] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            decided_at?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            organization_name: string;
            /**
             * Format: double
             * @description The mean weighted score (percent) it was decided on; for the award's managers only.
             */
            score?: number | null;
            stage: components["schemas"]["ApplicationStage"];
            summary: string;
            title: string;
            /** @description Whether the caller is one of its assessors. */
            viewer_assesses: boolean;
        };
        /** @description An assessor as the award's managers see them on the call's page. */
        AwardAssessorSummary: {
            display_name: string;
            /** @description Absent until they declare; `true` recuses them. */
            has_conflict?: boolean | null;
            /** @description How many criteria they have scored. */
            scored: number;
            /** Format: uuid */
            user_id: string;
        };
        /** @description A criterion of a new award. */
        AwardCriterionRequest: {
            dimension: components["schemas"]["AwardDimension"];
            /** @description 3–200 characters. */
            name: string;
            name_en?: string | null;
            /**
             * Format: int32
             * @description 1–100, relative to the award's other criteria.
             */
            weight: number;
        };
        /** @description A criterion an award is judged on. */
        AwardCriterionResponse: {
            dimension: components["schemas"]["AwardDimension"];
            /** Format: uuid */
            id: string;
            name: string;
            name_en?: string | null;
            /**
             * Format: int32
             * @description 1–100, relative to the award's other criteria.
             */
            weight: number;
        };
        /** @description One criterion's score. */
        AwardCriterionScore: {
            /** Format: uuid */
            criterion_id: string;
            /**
             * Format: int32
             * @description 1 (weak) to 5 (excellent).
             */
            score: number;
        };
        /** @enum {string} */
        AwardDimension: "structure" | "process" | "outcome";
        AwardList: {
            /** @description Newest first. */
            items: components["schemas"]["AwardSummary"][];
        };
        /** @description A new award call. */
        AwardRequest: {
            /** @description 1–30 criteria, in their order. */
            criteria: components["schemas"]["AwardCriterionRequest"][];
            /** @description 10–5,000 characters. */
            description: string;
            /** @description The organisation running it, by id or slug; the caller speaks for it. */
            organization: string;
            /**
             * Format: int32
             * @description 0–100: percent of the highest possible weighted score for a site visit.
             */
            site_visit_threshold: number;
            /** @description 5–200 characters. */
            title: string;
            title_en?: string | null;
        };
        /** @description An award call with its criteria and applications. */
        AwardResponse: components["schemas"]["AwardSummary"] & {
            /** @description Oldest first. */
            applications: components["schemas"]["AwardApplicationResponse"][];
            /** @description In their order. */
            criteria: components["schemas"]["AwardCriterionResponse"][];
            description: string;
            /** @description Whether the caller manages the award. */
            viewer_manages: boolean;
            /** @description Organisations the caller may apply for (while the award takes applications). */
            viewer_may_apply_for: components["schemas"]["ApplicantOrganization"][];
        };
        /** @description An award call as listed. */
        AwardSummary: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            organization_name: string;
            /**
             * Format: int32
             * @description Percent of the highest possible weighted score an application needs for a site visit.
             */
            site_visit_threshold: number;
            stage: components["schemas"]["CallStage"];
            title: string;
            title_en?: string | null;
        };
        Breakdown: {
            by: components["schemas"]["Dimension"];
            groups: components["schemas"]["Group"][];
            /**
             * Format: int32
             * @description The smallest group shown.
             */
            k: number;
        };
        BurstResponse: {
            /** @description The accounts the signals name. */
            accounts: components["schemas"]["SuspectAccount"][];
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            from: string;
            /** Format: uuid */
            proposal_id: string;
            signals: components["schemas"]["SignalResponse"][];
            title: string;
            /** Format: date-time */
            to: string;
            /** @description Every vote in the burst. */
            votes: number;
        };
        /** @enum {string} */
        CallStage: "open" | "assessing" | "decided";
        CommentList: {
            /** @description Top-level comments, each with its replies nested. */
            items: components["schemas"]["CommentResponse"][];
            /** @description Pass as `cursor` for the next page of top-level comments. */
            next_cursor?: string | null;
        };
        CommentResponse: {
            author?: components["schemas"]["Author"] | null;
            body?: string | null;
            body_html?: string | null;
            /** Format: date-time */
            created_at: string;
            deleted: boolean;
            /** Format: int32 */
            depth: number;
            /** Format: int32 */
            down: number;
            /** Format: date-time */
            edited_at?: string | null;
            hidden: boolean;
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            my_vote?: components["schemas"]["CommentVoteValue"] | null;
            /** Format: uuid */
            parent_id?: string | null;
            /** Format: uuid */
            proposal_id: string;
            replies: components["schemas"]["CommentResponse"][];
            stance: components["schemas"]["Stance"];
            /** Format: int32 */
            up: number;
        };
        CommentVoteRequest: {
            value: components["schemas"]["CommentVoteValue"];
        };
        CommentVoteResponse: {
            /** Format: int32 */
            down: number;
            my_vote?: components["schemas"]["CommentVoteValue"] | null;
            /** Format: int32 */
            up: number;
        };
        /** @enum {string} */
        CommentVoteValue: "up" | "down";
        ConsensusReport: {
            agree: components["schemas"]["ConsensusStatement"][];
            disagree: components["schemas"]["ConsensusStatement"][];
        };
        /** @description A statement most participants agree (or disagree) with. */
        ConsensusStatement: components["schemas"]["StatementRef"] & {
            /** Format: int32 */
            n_success: number;
            /** Format: int32 */
            n_trials: number;
            /** Format: double */
            p_success: number;
            /** Format: double */
            p_test: number;
        };
        ConsentStatus: {
            /** @description Every agreement the caller gave, oldest first. */
            agreements: components["schemas"]["AgreementView"][];
            /** @description The documents changed since the caller last agreed: empty when nothing is asked. */
            outstanding: components["schemas"]["OutstandingDocument"][];
        };
        /** @description The versions a person read and agrees to: both must be the ones in force. */
        ConsentVersions: {
            /**
             * Format: int32
             * @description The privacy notice's version in force.
             */
            privacy: number;
            /**
             * Format: int32
             * @description The terms of use's version in force.
             */
            terms: number;
        };
        ConsultationList: {
            items: components["schemas"]["ConsultationResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        /** @description The consultation something belongs to. */
        ConsultationRef: {
            /** Format: uuid */
            id: string;
            slug: string;
            title: string;
            /** @description The English title, when the organisers gave one. */
            title_en?: string | null;
        };
        /**
         * @description A consultation's editable fields. On create, `title`, `summary` and `body` are required;
         *     on update, fields left out stay as they are and `null` clears an optional one.
         */
        ConsultationRequest: {
            /**
             * Format: int64
             * @description Days within which a proposal must be answered once its answer clock starts (1–3650);
             *     `null` sets no deadline. Clocks already started keep the due moment fixed at their
             *     start.
             */
            answer_due_days?: number | null;
            /**
             * Format: int64
             * @description Supporting (agree) votes from which a proposal must be answered (0 to 1,000,000,000;
             *     default 0).
             */
            answer_support_threshold?: number | null;
            /** @description Markdown. */
            body?: string | null;
            /** Format: date-time */
            closes_at?: string | null;
            /** @description Criteria valuators score proposals against. */
            criteria?: string[] | null;
            /** Format: date-time */
            ideation_starts_at?: string | null;
            /** Format: uuid */
            owner_organization_id?: string | null;
            /** @description `draft` (default), `ideation`, `voting`, `review` or `closed`. */
            phase?: string | null;
            /**
             * @description Provinces the consultation covers, from `GET /provinces` by Thai or English name
             *     (stored and returned in Thai); empty means nationwide.
             */
            provinces?: string[] | null;
            /** Format: date-time */
            review_starts_at?: string | null;
            /** @description Lowercase letters, digits and hyphens; made from the title when left out. */
            slug?: string | null;
            summary?: string | null;
            /** @description Optional English summary (up to 500 characters); `null` or blank clears it. */
            summary_en?: string | null;
            themes?: string[] | null;
            title?: string | null;
            /** @description Optional English title (5–200 characters); `null` or blank clears it. */
            title_en?: string | null;
            /** Format: date-time */
            voting_starts_at?: string | null;
        };
        ConsultationResponse: {
            accountability?: components["schemas"]["Figures"] | null;
            allowed: components["schemas"]["Allowed"];
            /**
             * Format: int32
             * @description Official answers are due this many days after a proposal's answer clock starts (when
             *     the consultation enters its review phase, or when the proposal reaches the threshold
             *     during review)…
             */
            answer_due_days?: number | null;
            /**
             * Format: int32
             * @description …for every proposal with at least this many supporting (agree) votes.
             */
            answer_support_threshold?: number | null;
            /** @description Documents attached by those who run it (on the single-consultation view). */
            attachments?: components["schemas"]["AttachmentResponse"][] | null;
            /** @description Markdown as written. */
            body: string;
            /** @description Sanitized HTML rendering of `body`. */
            body_html: string;
            /** Format: date-time */
            created_at: string;
            criteria: string[];
            /** @description Whether the caller follows it (present on the single-consultation view when signed in). */
            following?: boolean | null;
            /** Format: uuid */
            id: string;
            my_ratings?: components["schemas"]["FeedbackResponse"] | null;
            /** Format: uuid */
            owner_organization_id?: string | null;
            phase: components["schemas"]["Phase"];
            /** Format: int32 */
            proposal_count: number;
            provinces: string[];
            slug: string;
            summary: string;
            /** @description The summary in English, when given; show `summary` otherwise. */
            summary_en?: string | null;
            themes: string[];
            timeline: components["schemas"]["Timeline"];
            title: string;
            /** @description The title in English, when the organisers gave one; show `title` otherwise. */
            title_en?: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        Counts: {
            /** Format: int32 */
            agree: number;
            /** Format: int32 */
            comments: number;
            /** Format: int32 */
            disagree: number;
            /** Format: int32 */
            pass: number;
        };
        CreateApiKeyRequest: {
            /** @description Ids or slugs of the consultations the key may read (1–50). */
            consultation_ids: string[];
            /** @description What the key is for, 1–80 characters. */
            name: string;
        };
        CreateCommentRequest: {
            /** @description Markdown, 1–5,000 characters. */
            body: string;
            /**
             * Format: uuid
             * @description The comment this replies to; replies nest at most six levels.
             */
            parent_id?: string | null;
            stance?: components["schemas"]["Stance"] | null;
        };
        CreatedApiKey: components["schemas"]["ApiKeyResponse"] & {
            /** @description The key, shown this once: send it as `Authorization: Bearer <key>`. */
            secret: string;
        };
        CreateDocumentRequest: {
            kind: components["schemas"]["DocumentKind"];
            /** @description The first draft's paragraphs, markdown; may be empty until published. */
            paragraphs?: string[];
            /** @description 3–200 characters. */
            title: string;
            title_en?: string | null;
        };
        CreateOrganizationRequest: {
            /** @description At most 2,000 characters. */
            description?: string | null;
            kind: components["schemas"]["OrganizationKind"];
            /** @description 2–120 characters. */
            name: string;
            /**
             * Format: uuid
             * @description The body it belongs to (a government agency's ministry, a network).
             */
            parent_organization_id?: string | null;
            province?: string | null;
            /** @description 3–80 lowercase letters, digits or hyphens; made from the name when absent. */
            slug?: string | null;
            /** @description An http(s) address. */
            website?: string | null;
        };
        CreateResultRequest: {
            /** @description Markdown, 1–10,000 characters. */
            description: string;
            description_en?: string | null;
            /** Format: date */
            end_date?: string | null;
            /**
             * Format: uuid
             * @description The owning organisation: one the caller speaks for that answers for the consultation.
             *     Left out: the first such organisation, then the consultation's own lab.
             */
            organization_id?: string | null;
            /**
             * Format: uuid
             * @description The result this one is a part of, in the same consultation.
             */
            parent_id?: string | null;
            /**
             * Format: int32
             * @description 0–100; 0 when left out.
             */
            progress?: number | null;
            /** @description The proposals it came from: listed proposals of this consultation, at most 50. */
            proposal_ids?: string[];
            /** @description A province of Thailand (Thai or English name). */
            province?: string | null;
            /** Format: date */
            start_date?: string | null;
            status?: components["schemas"]["ResultStatus"] | null;
            /** @description 3–200 characters. */
            title: string;
            title_en?: string | null;
        };
        CriterionScore: {
            /** @description One of the consultation's criteria. */
            criterion: string;
            /** @description Up to 2,000 characters. */
            note?: string | null;
            /**
             * Format: int64
             * @description 1 (lowest) to 5.
             */
            score: number;
        };
        CriterionScores: {
            /** Format: double */
            average?: number | null;
            criterion: string;
            distribution: number[];
            /** Format: int64 */
            valuations: number;
        };
        /** @description One criterion's scores across the assessors whose scores count. */
        CriterionSpread: {
            count: number;
            /** Format: uuid */
            criterion_id: string;
            /** Format: int32 */
            highest: number;
            /** Format: int32 */
            lowest: number;
            /** Format: double */
            mean: number;
        };
        DayActivity: {
            /** Format: int64 */
            comments: number;
            /** @description `YYYY-MM-DD` (UTC). */
            day: string;
            /** Format: int64 */
            proposals: number;
            /** Format: int64 */
            votes: number;
        };
        DeadLetter: {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            dead_at?: string | null;
            /** Format: uuid */
            id: string;
            /** @description Why the last attempt failed. */
            last_error?: string | null;
            /** @description `mail` or `notify`. */
            topic: string;
        };
        DeadLetterList: {
            items: components["schemas"]["DeadLetter"][];
        };
        DecisionRequest: {
            accept: boolean;
            /** @description 1–1,000 characters; required to reject. */
            reason?: string | null;
        };
        /** @description The caller's declaration of any conflict of interest with the application. */
        DeclarationRequest: {
            /** @description `true` recuses the caller: their scores are removed, and it cannot be taken back. */
            has_conflict: boolean;
            /** @description Required with a conflict: what it is (3–1,000 characters). */
            note?: string | null;
        };
        DeleteMeRequest: {
            /** @description The account's current password, to confirm. */
            password: string;
        };
        /**
         * @description How a person wants one kind of notification by email (the inbox always has it).
         * @enum {string}
         */
        Delivery: "immediately" | "digest" | "off";
        /** @enum {string} */
        Dimension: "province" | "theme" | "age_band" | "gender";
        /** @description A weighted percentage for one dimension. */
        DimensionScore: {
            dimension: components["schemas"]["AwardDimension"];
            /**
             * Format: double
             * @description Percent of the highest possible weighted score in this dimension.
             */
            percent: number;
        };
        /**
         * @description Which way the figure should move, implied by the baseline and the target.
         * @enum {string}
         */
        Direction: "increase" | "decrease";
        /**
         * @description The kinds of document the index holds.
         * @enum {string}
         */
        DocType: "proposal" | "comment" | "consultation";
        /** @description One document with its current version, its draft (for writers) and every version. */
        DocumentDetail: components["schemas"]["DocumentSummary"] & {
            consultation_slug: string;
            consultation_title: string;
            consultation_title_en?: string | null;
            current?: components["schemas"]["VersionResponse"] | null;
            draft?: components["schemas"]["VersionResponse"] | null;
            /** @description Every published version, newest first, each with its own signatures. */
            versions: components["schemas"]["VersionResponse"][];
            /**
             * @description The verified organisations the caller represents that have not signed the current
             *     version.
             */
            viewer_may_sign_for: components["schemas"]["SignableFor"][];
            /** @description Whether the caller may edit the draft and publish. */
            viewer_may_write: boolean;
        };
        /**
         * @description What a document is.
         * @enum {string}
         */
        DocumentKind: "charter" | "strategy" | "other";
        DocumentList: {
            /** @description Oldest first. */
            items: components["schemas"]["DocumentSummary"][];
            /** @description Whether the caller may start documents here. */
            viewer_may_write: boolean;
        };
        /** @description A document as listed under its consultation. */
        DocumentSummary: {
            /** Format: uuid */
            consultation_id: string;
            /**
             * Format: int32
             * @description The number of the current published version; absent while none is.
             */
            current_version?: number | null;
            /** @description Whether a draft is under way (told to writers only; false for others). */
            has_draft: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["DocumentKind"];
            /** Format: date-time */
            published_at?: string | null;
            /** @description The title of the newest version the reader sees. */
            title: string;
            title_en?: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A draft's words; the whole draft is replaced. */
        DraftRequest: {
            /** @description The paragraphs in order, markdown, each 1–10,000 characters; at most 200. */
            paragraphs?: string[];
            /** @description 3–200 characters. */
            title: string;
            /** @description 3–200 characters; empty or absent for none. */
            title_en?: string | null;
        };
        DueProposal: {
            /** Format: int32 */
            agree: number;
            /** Format: int32 */
            disagree: number;
            /**
             * Format: date-time
             * @description Fixed when the proposal's answer clock started.
             */
            due_at: string;
            /** Format: uuid */
            id: string;
            /** @description `overdue` or `pending`. */
            standing: components["schemas"]["AnswerStanding"];
            title: string;
        };
        EndorsedProposalView: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            endorsed_at: string;
            /** Format: uuid */
            proposal_id: string;
            title: string;
        };
        EndorsementList: {
            items: components["schemas"]["EndorsementResponse"][];
        };
        /** @description A civil-society organization's endorsement. */
        EndorsementResponse: {
            /** Format: date-time */
            endorsed_at: string;
            /** Format: uuid */
            organization_id: string;
            organization_name: string;
            organization_slug: string;
            /** @description Verified by an administrator: shown with a badge. */
            organization_verified: boolean;
        };
        EndorseRequest: {
            /**
             * Format: uuid
             * @description The civil-society organization endorsing; needed only when the caller belongs to
             *     several.
             */
            organization_id?: string | null;
        };
        /** @description An agency API key one created, without its secret. */
        ExportedApiKey: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revoked_at?: string | null;
        };
        /** @description An award application one sent in an organisation's name. */
        ExportedAwardApplication: {
            /** Format: uuid */
            award_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            stage: components["schemas"]["ApplicationStage"];
            summary: string;
            title: string;
        };
        /** @description An application one was assigned to assess, and one's declaration of conflict. */
        ExportedAwardAssessment: {
            /** Format: uuid */
            application_id: string;
            /** Format: date-time */
            assigned_at: string;
            conflict_note?: string | null;
            /** Format: date-time */
            declared_at?: string | null;
            has_conflict?: boolean | null;
        };
        /** @description A score one gave as an assessor. */
        ExportedAwardScore: {
            /** Format: uuid */
            application_id: string;
            /** Format: uuid */
            criterion_id: string;
            /** Format: int32 */
            score: number;
            /** Format: date-time */
            scored_at: string;
        };
        ExportedComment: {
            /** @description Empty for a comment its author deleted: the text is gone. */
            body: string;
            /** Format: date-time */
            created_at: string;
            deleted: boolean;
            /** Format: date-time */
            edited_at?: string | null;
            hidden: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parent_id?: string | null;
            /** Format: uuid */
            proposal_id: string;
            stance: components["schemas"]["Stance"];
        };
        ExportedCommentVote: {
            /** Format: uuid */
            comment_id: string;
            /** Format: date-time */
            created_at: string;
            /** @description `up` or `down`. */
            value: string;
        };
        /** @description One's comment on, or suggested amendment to, a paragraph of a published document version. */
        ExportedDocumentRemark: {
            /** @description Markdown as written. */
            body: string;
            /** Format: date-time */
            created_at: string;
            decision_reason?: string | null;
            /** Format: uuid */
            document_id: string;
            /** @description Hidden by moderation. */
            hidden: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["RemarkKind"];
            /** Format: int32 */
            paragraph: number;
            proposed_text?: string | null;
            status?: components["schemas"]["AmendmentStatus"] | null;
            /** Format: uuid */
            version_id: string;
        };
        ExportedFlag: {
            /** Format: date-time */
            created_at: string;
            note?: string | null;
            reason: string;
            /** @description `upheld` or `dismissed` once reviewed. */
            resolution?: string | null;
            /** Format: uuid */
            target_id: string;
            target_type: string;
        };
        ExportedFollow: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            target_id: string;
            /** @description `consultation` or `proposal`. */
            target_type: string;
        };
        /** @description What a notification was about; its wording named other people, so it stays out. */
        ExportedNotification: {
            /** Format: uuid */
            comment_id?: string | null;
            /** Format: uuid */
            consultation_id?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** Format: uuid */
            proposal_id?: string | null;
            read: boolean;
        };
        /** @description A consultation one took part in, and when first. */
        ExportedParticipation: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            first_seen_at: string;
        };
        ExportedPreference: {
            delivery: components["schemas"]["Delivery"];
            kind: components["schemas"]["NotificationKind"];
        };
        ExportedProposal: {
            /** @description Markdown as written. */
            body: string;
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            hidden: boolean;
            /** Format: uuid */
            id: string;
            province?: string | null;
            status: string;
            theme?: string | null;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description One's three quick ratings of a consultation, each 1–5. */
        ExportedQuickRating: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            satisfaction: number;
            /** Format: int32 */
            understanding: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            usefulness: number;
        };
        /** @description An earlier version of a proposal, kept when it was edited. */
        ExportedRevision: {
            /** @description Markdown as written. */
            body: string;
            /**
             * Format: date-time
             * @description When this version was replaced.
             */
            created_at: string;
            /** Format: uuid */
            proposal_id: string;
            province?: string | null;
            theme?: string | null;
            title: string;
        };
        /** @description One sign-in's refresh token, without the token. */
        ExportedSession: {
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /**
             * Format: uuid
             * @description The sign-in this token descends from (tokens are rotated on each refresh).
             */
            family_id: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            revoked_at?: string | null;
            /** Format: date-time */
            used_at?: string | null;
        };
        /** @description A document version one signed on behalf of an organisation. */
        ExportedSignature: {
            /** @description The content hash of the version as signed. */
            content_hash: string;
            /** Format: uuid */
            organization_id: string;
            /** Format: date-time */
            signed_at: string;
            /** Format: uuid */
            version_id: string;
        };
        /** @description One's answer to a reader survey, given while signed in. */
        ExportedSurveyAnswer: {
            comment?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            satisfaction: number;
            /** Format: uuid */
            subject_id: string;
            /** @description `consultation`, `result` or `document`. */
            subject_type: string;
            /** Format: int32 */
            understanding: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            usefulness: number;
        };
        /** @description An image added to a proposal or a document attached to a consultation or an answer. */
        ExportedUpload: {
            /** @description An image's text alternative. */
            alt_text?: string | null;
            /** @description `proposal`, `answer` (of that proposal), `consultation` or `milestone` (of a result). */
            attached_to: string;
            /** Format: uuid */
            attached_to_id: string;
            /** Format: int64 */
            bytes: number;
            content_type: string;
            /** Format: date-time */
            created_at: string;
            /** @description A document's name. */
            filename?: string | null;
            /** Format: uuid */
            id: string;
            url: string;
        };
        /** @description A valuator's score of a proposal against one criterion. */
        ExportedValuation: {
            /** Format: date-time */
            created_at: string;
            criterion: string;
            note?: string | null;
            /** Format: uuid */
            proposal_id: string;
            /** Format: int32 */
            score: number;
            /** Format: date-time */
            updated_at: string;
        };
        ExportedVote: {
            /** Format: date-time */
            created_at: string;
            /**
             * @description The network the vote came from (an IPv4 /24 or IPv6 /48, never the full address),
             *     kept so moderators can see bursts of votes from one place.
             */
            origin_network?: string | null;
            /** Format: uuid */
            proposal_id: string;
            /** Format: date-time */
            updated_at: string;
            value: components["schemas"]["VoteValue"];
        };
        /** @description Everything Sala keeps about the signed-in account. */
        ExportResponse: {
            api_keys: components["schemas"]["ExportedApiKey"][];
            /** @description Award applications sent in an organisation's name. */
            award_applications: components["schemas"]["ExportedAwardApplication"][];
            /** @description Applications one was assigned to assess, with one's declarations of conflict. */
            award_assessments: components["schemas"]["ExportedAwardAssessment"][];
            /** @description Scores one gave as an assessor. */
            award_scores: components["schemas"]["ExportedAwardScore"][];
            comment_votes: components["schemas"]["ExportedCommentVote"][];
            comments: components["schemas"]["ExportedComment"][];
            /** @description The versions of the privacy notice and the terms of use agreed to, and when. */
            consents: components["schemas"]["AgreementView"][];
            document_remarks: components["schemas"]["ExportedDocumentRemark"][];
            /** Format: date-time */
            exported_at: string;
            flags: components["schemas"]["ExportedFlag"][];
            follows: components["schemas"]["ExportedFollow"][];
            notification_preferences: components["schemas"]["ExportedPreference"][];
            notifications: components["schemas"]["ExportedNotification"][];
            participations: components["schemas"]["ExportedParticipation"][];
            profile: components["schemas"]["MeResponse"];
            proposal_revisions: components["schemas"]["ExportedRevision"][];
            proposals: components["schemas"]["ExportedProposal"][];
            quick_ratings: components["schemas"]["ExportedQuickRating"][];
            sessions: components["schemas"]["ExportedSession"][];
            /** @description Document versions signed on behalf of an organisation. */
            signatures: components["schemas"]["ExportedSignature"][];
            survey_answers: components["schemas"]["ExportedSurveyAnswer"][];
            /** @description Images and documents one uploaded; each file is at its `url`. */
            uploads: components["schemas"]["ExportedUpload"][];
            valuations: components["schemas"]["ExportedValuation"][];
            votes: components["schemas"]["ExportedVote"][];
        };
        /** @description A result a proposal fed. */
        FedResult: {
            /** Format: uuid */
            id: string;
            /**
             * Format: int32
             * @description 0–100, rolled up from its parts when it has any.
             */
            progress: number;
            title: string;
            title_en?: string | null;
        };
        /** @description Three quick ratings, each 1 (lowest) to 5. */
        FeedbackRequest: {
            /**
             * Format: int64
             * @description Are you satisfied with how it was run?
             */
            satisfaction: number;
            /**
             * Format: int64
             * @description Did you understand what was asked?
             */
            understanding: number;
            /**
             * Format: int64
             * @description Was the consultation useful to you?
             */
            usefulness: number;
        };
        FeedbackResponse: {
            /** Format: int32 */
            satisfaction: number;
            /** Format: int32 */
            understanding: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            usefulness: number;
        };
        /** @description A problem with one input field, as shown to the client. */
        FieldError: {
            /** @description A stable machine-readable reason, such as `too_long` or `required`. */
            code: string;
            /** @description The JSON field (or query parameter) at fault. */
            field: string;
            /** @description A human-readable explanation in English. */
            message: string;
        };
        /** @description A consultation's promise as it stands now, and its scorecard. */
        Figures: {
            /**
             * Format: int32
             * @description Days within which an answer is due once a proposal's clock starts (`null`: no
             *     deadline now; clocks already started keep theirs).
             */
            answer_due_days?: number | null;
            /**
             * @description The same figures for each organisation answerable for part of the consultation, by
             *     the proposals routed to it, by name. Proposals routed to nobody count only above.
             */
            by_organization: components["schemas"]["OrganizationScorecard"][];
            scorecard: components["schemas"]["Scorecard"];
            /**
             * Format: int32
             * @description A proposal with at least this many supporting (agree) votes must be answered.
             */
            support_threshold: number;
        };
        /**
         * Format: binary
         * @description A file's bytes, as sent or served.
         */
        FileBytes: string;
        /**
         * @description What can be flagged.
         * @enum {string}
         */
        FlaggableType: "proposal" | "comment" | "remark";
        /**
         * @description Why something was flagged.
         * @enum {string}
         */
        FlagReason: "spam" | "abuse" | "off_topic" | "personal_data" | "misinformation" | "other";
        FlagRequest: {
            /** @description Up to 1,000 characters; required when the reason is `other`. */
            note?: string | null;
            reason: components["schemas"]["FlagReason"];
            /** Format: uuid */
            target_id: string;
            target_type: components["schemas"]["FlaggableType"];
        };
        FlagResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            note?: string | null;
            reason: components["schemas"]["FlagReason"];
            /** Format: uuid */
            target_id: string;
            target_type: components["schemas"]["FlaggableType"];
        };
        Group: {
            kind: components["schemas"]["GroupKind"];
            label?: string | null;
            /**
             * Format: int64
             * @description Distinct participants in the group; absent when suppressed.
             */
            participants?: number | null;
            /**
             * Format: date-time
             * @description When these figures were released: they change only once at least k new participants
             *     joined the group, so one person's vote never moves them by itself. Absent when
             *     suppressed.
             */
            released_at?: string | null;
            /**
             * Format: double
             * @description Wilson lower bound (95%) of agree / (agree + disagree) of those votes.
             */
            support?: number | null;
            /** @description True when the group is hidden: it or a group it could be derived from is under k. */
            suppressed: boolean;
            votes?: components["schemas"]["VoteTotals"] | null;
        };
        /** @enum {string} */
        GroupKind: "value" | "other" | "undeclared";
        GroupReport: {
            id: number;
            representative: components["schemas"]["RepresentativeStatement"][];
            size: number;
        };
        GroupTotals: {
            /** Format: int64 */
            comments: number;
            label?: string | null;
            /** Format: int64 */
            proposals: number;
            votes: components["schemas"]["VoteTotals"];
        };
        HealthStatus: {
            /** @description Whether the database answered. */
            database?: string | null;
            /**
             * @description The checks that failed (`database`, `mail_queue`, `notifications`, `search_index`);
             *     present only when the status is `unavailable`. Details are in the server's log.
             */
            failed_checks?: string[];
            /**
             * Format: int64
             * @description Age in seconds of the oldest mail waiting to be sent.
             */
            mail_queue_lag_seconds?: number | null;
            /**
             * Format: int64
             * @description Events (replies, decisions, answers) not yet turned into inbox notifications and mail.
             */
            notifications_pending?: number | null;
            /**
             * Format: int64
             * @description Age in seconds of the oldest change the search index has not taken in yet.
             */
            search_lag_seconds?: number | null;
            /**
             * Format: int64
             * @description Documents waiting for the search indexer.
             */
            search_pending?: number | null;
            /** @description `ok` or `unavailable`. */
            status: string;
        };
        /** @description An image shown with a proposal. */
        ImageResponse: {
            /** @description The text alternative, for people who cannot see the image. */
            alt: string;
            /** Format: int32 */
            height: number;
            /** Format: uuid */
            id: string;
            /** @description The thumbnail (longest side at most 480 pixels). */
            thumbnail_url: string;
            /** @description The display size (longest side at most 1600 pixels), under this server. */
            url: string;
            /** Format: int32 */
            width: number;
        };
        IndicatorList: {
            /** @description For a consultation: its own first, then each result's; each group in its order. */
            items: components["schemas"]["IndicatorResponse"][];
            /**
             * @description Whether the caller may add indicators here (present when signed in): to the result,
             *     or to the consultation itself.
             */
            viewer_may_edit?: boolean | null;
        };
        /**
         * @description An indicator's fields. On create, `name`, `unit`, `baseline` and `target` are required;
         *     on update, fields left out stay as they are and `null` clears an optional one.
         */
        IndicatorRequest: {
            /**
             * Format: double
             * @description Where the figure stood before; finite, at most 10^12 either way.
             */
            baseline?: number | null;
            /** @description Plain text, at most 2,000 characters. */
            description?: string | null;
            /** @description 3–200 characters. */
            name?: string | null;
            name_en?: string | null;
            /**
             * Format: int32
             * @description 0–10,000; after the others when left out on create.
             */
            position?: number | null;
            /**
             * Format: double
             * @description Where it should get to; not equal to the baseline.
             */
            target?: number | null;
            /** @description 1–40 characters, such as "cases", "%" or "baht". */
            unit?: string | null;
        };
        IndicatorResponse: {
            /** Format: double */
            baseline: number;
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            description?: string | null;
            /** @description Which way the figure should move, from the baseline toward the target. */
            direction: components["schemas"]["Direction"];
            /** Format: uuid */
            id: string;
            latest?: components["schemas"]["IndicatorValueResponse"] | null;
            name: string;
            name_en?: string | null;
            /**
             * Format: int32
             * @description Its place among its result's (or its consultation's own) indicators, lowest first.
             */
            position: number;
            /**
             * Format: int32
             * @description 0–100: how far the latest value has gone from the baseline toward the target; absent
             *     before any value.
             */
            progress?: number | null;
            /**
             * Format: uuid
             * @description The result it measures; absent for one of the consultation as a whole.
             */
            result_id?: string | null;
            /** Format: double */
            target: number;
            /** @description Free text, such as "cases", "%" or "baht". */
            unit: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Every measured value, oldest measurement first. */
            values: components["schemas"]["IndicatorValueResponse"][];
        };
        /** @description A measured value. */
        IndicatorValueRequest: {
            /**
             * Format: date
             * @description Not after today (in Thailand).
             */
            measured_on?: string | null;
            /** @description At most 1,000 characters, such as which earlier value this corrects. */
            note?: string | null;
            /** @description Required: where the figure came from, 2–300 characters. */
            source?: string | null;
            /** @description An http(s) address of the source. */
            source_url?: string | null;
            /**
             * Format: double
             * @description Finite, at most 10^12 either way.
             */
            value?: number | null;
        };
        /** @description One measured figure. */
        IndicatorValueResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            measured_on: string;
            /** @description Why it was recorded, such as what it corrects. */
            note?: string | null;
            /** Format: date-time */
            recorded_at: string;
            /** @description Where the figure came from. */
            source: string;
            source_url?: string | null;
            /** Format: double */
            value: number;
        };
        InvitationList: {
            items: components["schemas"]["InvitationResponse"][];
        };
        InvitationRequest: {
            email: string;
            role: components["schemas"]["MemberRole"];
        };
        InvitationResponse: {
            email: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["MemberRole"];
        };
        /** @enum {string} */
        Leaning: "agree" | "disagree";
        /**
         * @description Which document: the privacy notice or the terms of use.
         * @enum {string}
         */
        LegalDocumentKind: "privacy" | "terms";
        /** @description One version of the privacy notice or the terms of use. */
        LegalDocumentResponse: {
            body_en: string;
            /** @description The Markdown as written (for editing). */
            body_th: string;
            html_en: string;
            /** @description The same, rendered to safe HTML (for reading). */
            html_th: string;
            kind: components["schemas"]["LegalDocumentKind"];
            /** Format: date-time */
            published_at: string;
            title_en: string;
            title_th: string;
            /**
             * Format: int32
             * @description 1, 2, …: a new version is published with each change; old ones stay readable.
             */
            version: number;
        };
        LegalVersion: {
            /** Format: date-time */
            published_at: string;
            /** Format: int32 */
            version: number;
        };
        ListedUser: {
            banned: boolean;
            /**
             * Format: int64
             * @description Comments written and not deleted, hidden ones included.
             */
            comments: number;
            display_name: string;
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the account was created.
             */
            joined_at: string;
            /**
             * Format: int64
             * @description Proposals written, hidden ones included.
             */
            proposals: number;
            role: components["schemas"]["Role"];
            /**
             * Format: date-time
             * @description Until when the account is suspended; absent when it is not suspended now.
             */
            suspended_until?: string | null;
            /** @description Whether the email address was verified. */
            verified: boolean;
        };
        /**
         * @description The language a person reads Sala and its messages in.
         * @enum {string}
         */
        Locale: "th" | "en";
        /**
         * @description One decision on the public moderation log: what was done, to what, and why. Who decided
         *     is kept in the audit log for administrators.
         */
        LogEntry: {
            /**
             * @description `hide`, `unhide`, `lock`, `unlock`, `pin`, `unpin`, `change_theme`, `dismiss_flags`,
             *     `mark_spam`, `merge`, `suspend`, `ban`, `restore`, `discard_votes`, or `delete` (a
             *     moderator removed a comment).
             */
            action: string;
            /** @description Taken by the platform itself: enough people flagged the item. */
            automatic: boolean;
            /** Format: uuid */
            consultation_id?: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * @description Public facts about the decision: `until` (suspend), `merge_into` (merge), `theme`
             *     (change_theme), `votes` (discard_votes), `open_flags` (automatic hide), `document_id`
             *     and `paragraph` (a remark on a document).
             */
            details?: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            reason: string;
            /** Format: uuid */
            target_id: string;
            target_type: components["schemas"]["TargetType"];
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        LogList: {
            items: components["schemas"]["LogEntry"][];
            next_cursor?: string | null;
        };
        LogoutRequest: {
            /** @description The refresh token; leave it out to use the `sala_refresh` cookie instead. */
            refresh_token?: string | null;
        };
        MarkReadRequest: {
            /** @description The notifications to mark read; leave out to mark all of them. */
            ids?: string[] | null;
        };
        MemberList: {
            /**
             * @description The members and their roles: for the organisation's own members and administrators
             *     only; absent for everyone else.
             */
            items?: components["schemas"]["MemberResponse"][] | null;
            /** Format: int64 */
            member_count: number;
        };
        /** @description A member as the organisation's own members see them. */
        MemberResponse: {
            display_name: string;
            /** Format: date-time */
            joined_at: string;
            role: components["schemas"]["MemberRole"];
            /** Format: uuid */
            user_id: string;
        };
        /**
         * @description A member's role inside an organisation; stored as its name.
         * @enum {string}
         */
        MemberRole: "owner" | "representative" | "member";
        MemberRoleRequest: {
            role: components["schemas"]["MemberRole"];
        };
        MembershipView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            /** @description The caller's role in it. */
            role: components["schemas"]["MemberRole"];
            slug: string;
            /** @description Verified by an administrator; only verified organisations give their members powers. */
            verified: boolean;
        };
        MeResponse: {
            age_band?: string | null;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            gender?: string | null;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Locale"];
            organizations: components["schemas"]["MembershipView"][];
            province?: string | null;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            suspended_until?: string | null;
            verified: boolean;
        };
        /** @description A milestone's fields; on create, `title` and `due_date` are required. */
        MilestoneRequest: {
            /**
             * Format: date
             * @description When it was reached; `null` clears it.
             */
            done_date?: string | null;
            /** Format: date */
            due_date?: string | null;
            /** @description Markdown (text and links) showing it was reached, at most 5,000 characters. */
            evidence?: string | null;
            /** @description 3–200 characters. */
            title?: string | null;
        };
        MilestoneResponse: {
            /** @description Documents attached as evidence, in their order. */
            attachments: components["schemas"]["AttachmentResponse"][];
            /**
             * Format: date
             * @description When it was reached; absent while it is not.
             */
            done_date?: string | null;
            /** Format: date */
            due_date: string;
            /** @description Markdown as written. */
            evidence: string;
            /** @description Sanitized HTML rendering of `evidence`. */
            evidence_html: string;
            /** Format: uuid */
            id: string;
            title: string;
        };
        ModerationRequest: {
            action: components["schemas"]["Action"];
            /**
             * Format: uuid
             * @description For `merge`: the proposal that stays.
             */
            merge_into?: string | null;
            /** @description Shown publicly on the moderation log and to the author; 3–1,000 characters. */
            reason: string;
            /** Format: uuid */
            target_id: string;
            /**
             * @description `proposal`, `comment` or `remark` for content actions, `user` for suspend, ban, restore and
             *     discard_votes.
             */
            target_type: components["schemas"]["TargetType"];
            /** @description For `change_theme`: one of the consultation's themes, or null for none. */
            theme?: string | null;
            /**
             * Format: date-time
             * @description For `suspend`: when the suspension ends.
             */
            until?: string | null;
        };
        ModeratorList: {
            items: components["schemas"]["ModeratorResponse"][];
        };
        ModeratorResponse: {
            /** @description The consultations an assigned moderator covers. */
            consultations: string[];
            display_name: string;
            email: string;
            /** @description True for administrators and global moderators. */
            everywhere: boolean;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
        };
        MyComment: {
            /** Format: date-time */
            created_at: string;
            edited: boolean;
            /** @description The comment's opening words, as written (Markdown). */
            excerpt: string;
            /** @description Hidden by moderation: only its author (and moderators) see it. */
            hidden: boolean;
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            proposal: components["schemas"]["ProposalRef"];
        };
        MyCommentsPage: {
            items: components["schemas"]["MyComment"][];
            next_cursor?: string | null;
        };
        MyFollow: {
            /** @description The consultation followed, or the one the followed proposal belongs to. */
            consultation: components["schemas"]["ConsultationRef"];
            /** Format: date-time */
            followed_at: string;
            proposal?: components["schemas"]["ProposalRef"] | null;
            target_type: components["schemas"]["Target"];
        };
        MyFollowsPage: {
            items: components["schemas"]["MyFollow"][];
            next_cursor?: string | null;
        };
        MyProposal: {
            /** Format: int32 */
            agree_count: number;
            /** @description Whether it has an official answer, and since when. */
            answered: boolean;
            /** Format: date-time */
            answered_at?: string | null;
            /** Format: int32 */
            comment_count: number;
            consultation: components["schemas"]["ConsultationRef"];
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            disagree_count: number;
            /** @description Hidden by moderation: only its author (and moderators) see it. */
            hidden: boolean;
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The proposal it was merged into, when it was.
             */
            merged_into?: string | null;
            status: components["schemas"]["Status"];
            title: string;
        };
        MyProposalsPage: {
            items: components["schemas"]["MyProposal"][];
            next_cursor?: string | null;
        };
        MyVote: {
            choice: components["schemas"]["VoteValue"];
            proposal: components["schemas"]["ProposalRef"];
            /**
             * Format: date-time
             * @description When the vote was first cast.
             */
            voted_at: string;
        };
        MyVotesPage: {
            items: components["schemas"]["MyVote"][];
            next_cursor?: string | null;
        };
        NewRemarkRequest: {
            /** @description Markdown, 1–2,000 characters: the comment, or why the amendment is suggested. */
            body: string;
            kind: components["schemas"]["RemarkKind"];
            /**
             * Format: int32
             * @description The paragraph's position in the version, from 0.
             */
            paragraph: number;
            /**
             * @description An amendment's words for the paragraph, markdown, 1–10,000 characters; not sent with
             *     a comment.
             */
            proposed_text?: string | null;
            /**
             * Format: uuid
             * @description The published version the remark is about; it must be the current one.
             */
            version_id: string;
        };
        /**
         * @description What a notification tells.
         * @enum {string}
         */
        NotificationKind: "comment_on_your_proposal" | "reply_to_your_comment" | "proposal_status_changed" | "phase_changed" | "moderation_decision" | "result_updated" | "amendment_decided" | "award_decided";
        NotificationList: {
            items: components["schemas"]["NotificationResponse"][];
            next_cursor?: string | null;
            /** Format: int64 */
            unread_count: number;
        };
        NotificationResponse: {
            /** Format: date-time */
            created_at: string;
            /** @description A few words of detail (the comment, the official answer, the reason), possibly empty. */
            detail: string;
            /** @description One line in the reader's language. */
            headline: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            read: boolean;
            subject: components["schemas"]["Subject"];
        };
        OfficialResponse: {
            /** @description Documents attached to the answer (on the single-proposal view). */
            attachments?: components["schemas"]["AttachmentResponse"][] | null;
            body: string;
            /**
             * Format: date-time
             * @description When the first answer was given.
             */
            first_responded_at?: string | null;
            /**
             * Format: uuid
             * @description The organisation that gave the answer (none when an administrator answered for no
             *     organisation).
             */
            organization_id?: string | null;
            /** @description Its name (on the single-proposal view and the answer's own response). */
            organization_name?: string | null;
            /**
             * Format: date-time
             * @description When the answer was last given or changed.
             */
            responded_at?: string | null;
        };
        OpinionGroupsResponse: components["schemas"]["Report"] & {
            /**
             * Format: date-time
             * @description When the groups were computed; they are recomputed in the background as votes arrive.
             */
            computed_at: string;
            /** Format: uuid */
            consultation_id: string;
            /** @description Whether votes changed since (a newer result is on its way). */
            stale: boolean;
        };
        /**
         * @description What an organisation is; stored as its snake-case name.
         * @enum {string}
         */
        OrganizationKind: "lab" | "agency" | "cso" | "youth_group" | "business" | "academic";
        OrganizationList: {
            items: components["schemas"]["OrganizationResponse"][];
            next_cursor?: string | null;
        };
        /** @description An organisation's public profile and activity. */
        OrganizationProfile: components["schemas"]["OrganizationResponse"] & {
            /** @description Official answers it signed, the most recent first (at most 50). */
            answers: components["schemas"]["AnswerGiven"][];
            /** @description Consultations it runs, drafts left out, newest first (at most 50). */
            consultations: components["schemas"]["OwnedConsultationView"][];
            /** @description Proposals it endorsed that the public sees, newest first (at most 50). */
            endorsed_proposals: components["schemas"]["EndorsedProposalView"][];
            parent?: components["schemas"]["ParentOrganization"] | null;
            /**
             * @description How it keeps the answer promises of the consultations that route proposals to it:
             *     counted from each proposal's answer clock, like a consultation's scorecard.
             */
            scorecard: components["schemas"]["Scorecard"];
        };
        /** @description An organisation as listed and shown. */
        OrganizationResponse: {
            /** Format: date-time */
            created_at: string;
            description?: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            /** Format: int64 */
            member_count: number;
            name: string;
            /**
             * Format: uuid
             * @description The body it belongs to: a government agency's ministry, a network's member's network.
             */
            parent_organization_id?: string | null;
            province?: string | null;
            slug: string;
            /** @description Verified by an administrator: shown with a badge. */
            verified: boolean;
            /** Format: date-time */
            verified_at?: string | null;
            website?: string | null;
        };
        /** @description One responsible organisation's record within a consultation. */
        OrganizationScorecard: {
            name: string;
            /** Format: uuid */
            organization_id: string;
            scorecard: components["schemas"]["Scorecard"];
        };
        OutstandingDocument: {
            kind: components["schemas"]["LegalDocumentKind"];
            /**
             * Format: int32
             * @description The version in force, to read and agree to.
             */
            version: number;
        };
        OwnedConsultationView: {
            /** Format: uuid */
            id: string;
            phase: string;
            slug: string;
            title: string;
            /** @description The English title, when given. */
            title_en?: string | null;
        };
        /** @description One paragraph of a version. */
        Paragraph: {
            /** @description Sanitized HTML rendering of `text`. */
            html: string;
            /** @description Markdown as written. */
            text: string;
        };
        /** @description The organisation an organisation belongs to, as a profile names it. */
        ParentOrganization: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            slug: string;
            verified: boolean;
        };
        /** @description A participant's place on the map. */
        ParticipantPoint: {
            /**
             * @description The participant's id in the system the consultation was imported from (Polis
             *     participant id).
             */
            external_id?: string | null;
            /** @description The group's id; null for those with too few votes to be grouped. */
            group?: number | null;
            /**
             * @description Pseudonymous: the same participant has the same id within this consultation and for
             *     this reader only (the id the reader's votes export shows). The cache stores the
             *     internal pseudonym; `for_audience` replaces it before it is shown.
             */
            id: string;
            /** Format: double */
            x: number;
            /** Format: double */
            y: number;
        };
        PasswordResetConfirmRequest: {
            /** @description At least 10 characters. */
            password: string;
            /** @description The token from the emailed link. */
            token: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        /** @enum {string} */
        Phase: "draft" | "ideation" | "voting" | "review" | "closed";
        PreferencesRequest: {
            /** @description Kind → delivery; kinds left out stay as they are. */
            preferences: {
                [key: string]: string;
            };
        };
        PreferencesResponse: {
            items: components["schemas"]["PreferenceView"][];
        };
        PreferenceView: {
            /** @description `immediately`, `digest` (the daily summary) or `off`. The in-app inbox shows every kind. */
            delivery: components["schemas"]["Delivery"];
            kind: components["schemas"]["NotificationKind"];
        };
        /** @description The body of every error response. */
        Problem: {
            /** @description Stable machine-readable code; clients switch on this. */
            code: components["schemas"]["ProblemCode"];
            detail: string;
            /** @description Per-field problems, present with `validation_failed`. */
            errors?: components["schemas"]["FieldError"][] | null;
            /** @description Set on `internal` errors: quote it when reporting the problem. */
            request_id?: string | null;
            /** Format: int32 */
            status: number;
            title: string;
            /** @description A URI naming the problem kind: `urn:sala:problem:<code>`. */
            type: string;
        };
        /**
         * @description A stable machine-readable problem code; clients switch on it.
         * @enum {string}
         */
        ProblemCode: "malformed_request" | "validation_failed" | "unauthenticated" | "forbidden" | "csrf_rejected" | "not_found" | "account_not_found" | "api_key_not_found" | "award_application_not_found" | "award_assessor_not_found" | "award_call_not_found" | "comment_not_found" | "consultation_not_found" | "dead_letter_not_found" | "document_not_found" | "document_version_not_found" | "document_remark_not_found" | "indicator_not_found" | "invitation_not_found" | "legal_document_not_found" | "media_not_found" | "member_not_found" | "milestone_not_found" | "moderator_assignment_not_found" | "organization_not_found" | "proposal_not_found" | "result_not_found" | "proposal_withdrawn" | "proposal_merged" | "already_merged" | "merge_target_unavailable" | "comment_removed" | "already_flagged" | "nothing_to_change" | "already_moderator" | "role_already_held" | "account_banned" | "already_banned" | "not_sanctioned" | "no_votes_to_discard" | "email_already_verified" | "organization_slug_taken" | "already_member" | "last_owner" | "organization_not_responsible" | "result_has_children" | "version_not_signable" | "already_signed" | "no_draft" | "draft_exists" | "version_not_current" | "not_an_amendment" | "already_decided" | "amendment_conflict" | "already_applied" | "assessor_has_conflict" | "conflict_not_declared" | "conflict_declared" | "assessment_incomplete" | "phase_closed" | "proposal_locked" | "rate_limited" | "payload_too_large" | "unsupported_media_type" | "unsupported_image_type" | "unsupported_document_type" | "file_too_large" | "image_unreadable" | "too_many_images" | "invalid_idempotency_key" | "idempotency_key_reused" | "request_in_progress" | "pending" | "unavailable" | "internal";
        /** @description The profile fields; in a PATCH, an absent field stays as it is and `null` clears it. */
        ProfileFields: {
            /** @description At most 2,000 characters. */
            description?: string | null;
            /** @description 2–120 characters. */
            name?: string | null;
            /** Format: uuid */
            parent_organization_id?: string | null;
            province?: string | null;
            /** @description An http(s) address. */
            website?: string | null;
        };
        ProposalList: {
            items: components["schemas"]["ProposalResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        /** @description A proposal something is about. */
        ProposalRef: {
            /** @description Whether the proposal can be opened (false when it is withheld, as above). */
            available: boolean;
            consultation: components["schemas"]["ConsultationRef"];
            /** Format: uuid */
            id: string;
            /** @description Absent when the proposal is someone else's and moderation hid it or merged it away. */
            title?: string | null;
        };
        /**
         * @description A proposal's fields. On create, `title` and `body` are required; on update, fields left
         *     out stay as they are and `null` clears theme or province.
         */
        ProposalRequest: {
            /** @description Markdown, 10–10,000 characters. */
            body?: string | null;
            /** @description One of the consultation's provinces. */
            province?: string | null;
            /** @description One of the consultation's themes. */
            theme?: string | null;
            /** @description 5–150 characters. */
            title?: string | null;
        };
        ProposalResponse: {
            author: components["schemas"]["Author"];
            /** @description Markdown as written. */
            body: string;
            /** @description Sanitized HTML rendering of `body`. */
            body_html: string;
            /** Format: uuid */
            consultation_id: string;
            counts: components["schemas"]["Counts"];
            /** Format: date-time */
            created_at: string;
            /** @description Organizations that endorse it (on the single-proposal view). */
            endorsements?: components["schemas"]["EndorsementResponse"][] | null;
            /** Format: int32 */
            follower_count: number;
            /** @description Whether the caller follows it (present on the single-proposal view when signed in). */
            following?: boolean | null;
            /** @description Hidden by moderation: only its author and its moderators see it, with the reason. */
            hidden: boolean;
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            /** @description Images uploaded by the author, in their order; a card shows the first one's thumbnail. */
            images: components["schemas"]["ImageResponse"][];
            locked: boolean;
            /**
             * Format: uuid
             * @description The proposal this one was merged into, as a duplicate.
             */
            merged_into?: string | null;
            my_vote?: components["schemas"]["VoteValue"] | null;
            official_response?: components["schemas"]["OfficialResponse"] | null;
            pinned: boolean;
            province?: string | null;
            /**
             * Format: uuid
             * @description The organisation that answers it, routed by theme and province or reassigned.
             */
            responsible_organization_id?: string | null;
            /** @description Its name (on the single-proposal view). */
            responsible_organization_name?: string | null;
            /** @description The results it fed, with their progress (on the single-proposal view). */
            results?: components["schemas"]["FedResult"][] | null;
            status: components["schemas"]["Status"];
            theme?: string | null;
            title: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Whether the caller may take moderation decisions on it (single-proposal view, signed in). */
            viewer_moderates?: boolean | null;
        };
        ProposalScore: {
            /** Format: double */
            average: number;
            criterion: string;
            /** Format: int64 */
            valuations: number;
        };
        ProvinceResponse: {
            /** @description The English name (Royal Thai General System). */
            en: string;
            /** @description The Thai name: what consultations and proposals store and send. */
            th: string;
        };
        PublishRequest: {
            body_en: string;
            /** @description Markdown, up to 50,000 characters. */
            body_th: string;
            title_en: string;
            /** @description 1–200 characters. */
            title_th: string;
        };
        QueuedProposal: {
            /** Format: int32 */
            agree: number;
            /** Format: uuid */
            consultation_id: string;
            consultation_slug: string;
            consultation_title: string;
            /** @description The consultation's English title, when the organisers gave one. */
            consultation_title_en?: string | null;
            /** Format: int32 */
            disagree: number;
            /**
             * Format: date-time
             * @description The deadline that covers it, once the review phase has a date.
             */
            due_at?: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The caller's organisation it is routed to.
             */
            organization_id: string;
            organization_name: string;
            province?: string | null;
            standing?: components["schemas"]["AnswerStanding"] | null;
            theme?: string | null;
            title: string;
        };
        QueueFlag: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            note?: string | null;
            reason: components["schemas"]["FlagReason"];
            reporter: components["schemas"]["Author"];
            reporter_record: components["schemas"]["ReporterRecord"];
            /** @description For reviewed flags: `upheld` or `dismissed`. */
            resolution?: string | null;
            /** Format: date-time */
            resolved_at?: string | null;
            /**
             * Format: double
             * @description What this flag weighs toward hiding the item automatically, in established
             *     participants' flags: 0 for accounts younger than the new-account age, less after
             *     dismissed flags, 3 for a moderator.
             */
            weight: number;
        };
        QueueItemResponse: {
            author?: components["schemas"]["Author"] | null;
            /** Format: uuid */
            consultation_id: string;
            /**
             * Format: uuid
             * @description For a remark: the document it is on.
             */
            document_id?: string | null;
            /** Format: date-time */
            first_flagged_at: string;
            /**
             * Format: double
             * @description The open flags' summed weight; the item is hidden pending review when it reaches the
             *     platform's threshold (unless a moderator already cleared it).
             */
            flag_score: number;
            flags: components["schemas"]["QueueFlag"][];
            hidden: boolean;
            /** @description Hidden by its flags alone, waiting for a moderator's decision. */
            hidden_pending_review: boolean;
            hidden_reason?: string | null;
            /** Format: date-time */
            last_flagged_at: string;
            locked: boolean;
            open_flags: number;
            /**
             * Format: int32
             * @description For a remark: the paragraph it is about, from 0.
             */
            paragraph?: number | null;
            /**
             * Format: uuid
             * @description The proposal, or for a comment the proposal it is under; absent for a remark.
             */
            proposal_id?: string | null;
            reasons: components["schemas"]["ReasonCount"][];
            /** Format: uuid */
            target_id: string;
            target_type: components["schemas"]["TargetType"];
            /** @description The flagged text, shortened to 500 characters. */
            text: string;
            /**
             * @description The proposal's title (for a comment, the title of the proposal it is under; for a
             *     remark, the title of the document's version it is on).
             */
            title: string;
        };
        QueueList: {
            /**
             * Format: double
             * @description The flag score at which an item is hidden until a moderator reviews it, in the same
             *     units as `flag_score`.
             */
            hide_threshold: number;
            items: components["schemas"]["QueueItemResponse"][];
            next_cursor?: string | null;
        };
        /**
         * @description The signed-in readers' quick ratings, withheld while fewer than k people gave one, as the
         *     reader survey's figures are.
         */
        QuickRatings: {
            /**
             * Format: int64
             * @description The smallest number of responses before anything is shown.
             */
            k: number;
            /** Format: int64 */
            responses?: number | null;
            satisfaction?: components["schemas"]["RatingScores"] | null;
            /** @description False while fewer than k people rated: then every figure is absent. */
            shown: boolean;
            understanding?: components["schemas"]["RatingScores"] | null;
            usefulness?: components["schemas"]["RatingScores"] | null;
        };
        RankedProposal: {
            /** Format: int32 */
            agree: number;
            answered: boolean;
            /** @description Stances of the proposal's visible comments. */
            comment_stances: components["schemas"]["Stances"];
            /** Format: int32 */
            comments: number;
            /** Format: double */
            controversy: number;
            /** Format: int32 */
            disagree: number;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            pass: number;
            province?: string | null;
            status: components["schemas"]["Status"];
            /**
             * Format: double
             * @description Wilson lower bound (95%) of agree / (agree + disagree).
             */
            support: number;
            theme?: string | null;
            title: string;
            valuations: components["schemas"]["ProposalScore"][];
        };
        RatingScores: {
            /** Format: double */
            average?: number | null;
            /** @description How many gave 1, 2, 3, 4 and 5. */
            distribution: number[];
        };
        ReadableConsultations: {
            items: components["schemas"]["ConsultationResponse"][];
        };
        ReasonCount: {
            count: number;
            reason: components["schemas"]["FlagReason"];
        };
        ReassignRequest: {
            /**
             * Format: uuid
             * @description The organisation that is to answer it.
             */
            organization_id: string;
            /** @description Why, 3–500 characters: kept in the audit log. */
            reason: string;
        };
        RefreshRequest: {
            /** @description The refresh token; leave it out to use the `sala_refresh` cookie instead. */
            refresh_token?: string | null;
        };
        RegisterRequest: {
            /**
             * @description The versions of the privacy notice and the terms of use the person read and agrees
             *     to (`GET /legal/privacy` and `/legal/terms`): required, and must be the ones in force.
             */
            consent?: {
                /**
                 * Format: int32
                 * @description The privacy notice's version in force.
                 */
                privacy: number;
                /**
                 * Format: int32
                 * @description The terms of use's version in force.
                 */
                terms: number;
            } | null;
            /** @description 2–60 characters, shown beside what you write. */
            display_name: string;
            email: string;
            /** @description `th` (default) or `en`. */
            locale?: string | null;
            /** @description At least 10 characters. */
            password: string;
        };
        RegisterResponse: {
            display_name: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Locale"];
            /** @description Always false: a link to verify the address has been emailed. */
            verified: boolean;
        };
        /** @enum {string} */
        RemarkKind: "comment" | "amendment";
        /** @description A published version's remarks. */
        RemarkList: {
            /** @description In paragraph order, oldest first within a paragraph. */
            items: components["schemas"]["RemarkResponse"][];
            /**
             * Format: int32
             * @description The version's number.
             */
            version: number;
            /** Format: uuid */
            version_id: string;
            /** @description Whether the caller may accept or reject the amendments. */
            viewer_may_decide: boolean;
            /** @description Whether the caller moderates the document's consultation (and so reads hidden remarks). */
            viewer_moderates: boolean;
        };
        /** @description A comment on, or a suggested amendment to, one paragraph of a published version. */
        RemarkResponse: {
            /**
             * Format: uuid
             * @description Who wrote it, so the web app knows one's own remarks (not to report them).
             */
            author_id?: string | null;
            /** @description Absent when the author's account was deleted. */
            author_name?: string | null;
            /** @description Markdown as written: the comment, or why the amendment is suggested. */
            body: string;
            /** @description Sanitized HTML rendering of `body`. */
            body_html: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            decided_at?: string | null;
            /** @description Why the writers accepted or rejected the amendment. */
            decision_reason?: string | null;
            /** @description Hidden by moderation: only its author and those who moderate the consultation read it. */
            hidden: boolean;
            /** @description The public reason it was hidden. */
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["RemarkKind"];
            /** @description An amendment's paragraph as it stood when suggested. */
            original_text?: string | null;
            /**
             * Format: int32
             * @description The paragraph's position in the version, from 0.
             */
            paragraph: number;
            /** @description Sanitized HTML rendering of `proposed_text`. */
            proposed_html?: string | null;
            /** @description An amendment's suggested words, markdown as written. */
            proposed_text?: string | null;
            status?: components["schemas"]["AmendmentStatus"] | null;
            /**
             * Format: int32
             * @description The version's number.
             */
            version: number;
            /** Format: uuid */
            version_id: string;
        };
        Report: {
            consensus: components["schemas"]["ConsensusReport"];
            grouped_count: number;
            groups: components["schemas"]["GroupReport"][];
            /** @description Participants with at least one vote, and of those the ones grouped. */
            participant_count: number;
            participants: components["schemas"]["ParticipantPoint"][];
            /** @description Mean silhouette of the clusterings tried, for k = 2, 3, …; the best one is used. */
            silhouettes: number[];
            statements: components["schemas"]["StatementConsensus"][];
            vote_count: number;
        };
        /** @description How a reporter's flags were decided so far, to spot flags used to silence people. */
        ReporterRecord: {
            /** Format: int64 */
            dismissed: number;
            /**
             * Format: double
             * @description Dismissed flags over decided ones (0–1); null before any was decided.
             */
            dismissed_ratio?: number | null;
            /** Format: int64 */
            upheld: number;
        };
        /** @description A statement that sets a group apart. */
        RepresentativeStatement: components["schemas"]["StatementRef"] & {
            /** @description The group's most agreed statement, shown first. */
            best_agree: boolean;
            /**
             * Format: int32
             * @description Group members who voted that way, and who voted at all.
             */
            n_success: number;
            /** Format: int32 */
            n_trials: number;
            /**
             * Format: double
             * @description Smoothed share of the group voting that way, and its z statistic.
             */
            p_success: number;
            /** Format: double */
            p_test: number;
            /** @description Whether the group stands out by agreeing or by disagreeing. */
            repful_for: components["schemas"]["Leaning"];
            /**
             * Format: double
             * @description How many times likelier than outside the group, and its z statistic.
             */
            repness: number;
            /** Format: double */
            repness_test: number;
        };
        /** @description One cell of the responsibility map. */
        ResponsibilityCell: {
            /** Format: uuid */
            organization_id: string;
            /** @description The organisation's name (in answers; ignored in requests). */
            organization_name?: string | null;
            /** @description One of the consultation's provinces; `null` or absent: any province. */
            province?: string | null;
            /** @description One of the consultation's themes; `null` or absent: any theme. */
            theme?: string | null;
        };
        ResponsibilityMap: {
            /**
             * @description Each cell once; a proposal goes to its most specific match: theme and province,
             *     then province, then theme, then the catch-all (neither).
             */
            items: components["schemas"]["ResponsibilityCell"][];
        };
        /** @description One result with its parts and its history. */
        ResultDetail: components["schemas"]["ResultResponse"] & {
            children: components["schemas"]["ResultPart"][];
            consultation_slug: string;
            consultation_title: string;
            consultation_title_en?: string | null;
            /** @description Every update, newest first. */
            updates: components["schemas"]["UpdateResponse"][];
            /** @description Whether the caller may change it (present when signed in). */
            viewer_may_update?: boolean | null;
        };
        /**
         * @description A result's describing fields. On create, `title` and `description` are required; on
         *     update, fields left out stay as they are and `null` clears an optional one.
         */
        ResultFieldsRequest: {
            /** @description Markdown, 1–10,000 characters. */
            description?: string | null;
            description_en?: string | null;
            /**
             * Format: date
             * @description Not before `start_date`.
             */
            end_date?: string | null;
            /** @description A province of Thailand (Thai or English name); stored by its Thai name. */
            province?: string | null;
            /** Format: date */
            start_date?: string | null;
            /** @description 3–200 characters. */
            title?: string | null;
            title_en?: string | null;
        };
        ResultList: {
            /** @description Oldest first for a consultation, newest first for a province; each names its parent. */
            items: components["schemas"]["ResultResponse"][];
        };
        /** @description A part of a result, as listed under it. */
        ResultPart: {
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            progress: number;
            status: components["schemas"]["ResultStatus"];
            title: string;
            title_en?: string | null;
        };
        ResultResponse: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            /** @description Markdown as written. */
            description: string;
            description_en?: string | null;
            description_en_html?: string | null;
            /** @description Sanitized HTML rendering of `description`. */
            description_html: string;
            /** Format: date */
            end_date?: string | null;
            /** @description Whether its progress is rolled up from parts (it cannot be set then). */
            has_children: boolean;
            /** Format: uuid */
            id: string;
            /** @description Milestones by due date. */
            milestones: components["schemas"]["MilestoneResponse"][];
            /**
             * Format: uuid
             * @description The responsible organisation that owns it (none when an administrator made it for no
             *     organisation).
             */
            organization_id?: string | null;
            organization_name?: string | null;
            /**
             * Format: uuid
             * @description The result this one is a part of.
             */
            parent_id?: string | null;
            /**
             * Format: int32
             * @description 0–100: its own, or for a result made of parts the mean of theirs, rounded.
             */
            progress: number;
            /** @description The listed proposals it came from. */
            proposals: components["schemas"]["SourceProposal"][];
            province?: string | null;
            /** Format: date */
            start_date?: string | null;
            status: components["schemas"]["ResultStatus"];
            title: string;
            /** @description The English title, for readers who chose English. */
            title_en?: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /** @enum {string} */
        ResultStatus: "planned" | "in_progress" | "completed" | "cancelled";
        RevisionList: {
            items: components["schemas"]["RevisionResponse"][];
        };
        RevisionResponse: {
            body: string;
            /** Format: uuid */
            id: string;
            province?: string | null;
            /**
             * Format: date-time
             * @description When this text was replaced by an edit.
             */
            replaced_at: string;
            theme?: string | null;
            title: string;
        };
        /**
         * @description What a person may do on the platform.
         * @enum {string}
         */
        Role: "citizen" | "moderator" | "valuator" | "agency" | "admin";
        RoleRequest: {
            reason?: string | null;
            /** @description `moderator` makes a global moderator. */
            role: components["schemas"]["Role"];
        };
        RoleResponse: {
            display_name: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
        };
        /** @description How the answer promise is kept, from the answer clocks. */
        Scorecard: {
            /** Format: int64 */
            answered_late: number;
            /** Format: int64 */
            answered_on_time: number;
            /**
             * Format: double
             * @description Median days from a clock's start to the first official answer, over the answered
             *     proposals (an answer given before the clock started counts as 0), to 0.1 day.
             */
            median_days_to_answer?: number | null;
            /** Format: int64 */
            overdue: number;
            /** Format: int64 */
            pending: number;
            /**
             * Format: int64
             * @description Proposals whose answer clock started (they must be answered).
             */
            required: number;
        };
        /** @description Scores for some or all criteria; each replaces the caller's earlier score for it. */
        ScoresRequest: {
            scores: components["schemas"]["AwardCriterionScore"][];
        };
        /** @description How many matching items carry each value. */
        SearchFacets: {
            province: {
                [key: string]: number;
            };
            status: {
                [key: string]: number;
            };
            theme: {
                [key: string]: number;
            };
        };
        SearchHit: {
            /** Format: uuid */
            consultation_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description For a comment, the proposal it is under.
             */
            proposal_id?: string | null;
            province?: string | null;
            /** Format: float */
            score: number;
            /** @description HTML: a passage around the first match, escaped, matched words in `<mark>`. */
            snippet: string;
            status?: string | null;
            theme?: string | null;
            /** @description Plain text. */
            title: string;
            /** @description The title as HTML: escaped, matched words in `<mark>`. */
            title_html: string;
            type: components["schemas"]["DocType"];
            /** @description False only for moderators looking at hidden, withdrawn or merged items. */
            visible: boolean;
        };
        SearchResponse: {
            facets: components["schemas"]["SearchFacets"];
            items: components["schemas"]["SearchHit"][];
            next_cursor?: string | null;
            /**
             * Format: int64
             * @description Matching items in all pages.
             */
            total: number;
        };
        /** @description An organisation the caller may sign for. */
        SignableFor: {
            /** Format: uuid */
            organization_id: string;
            organization_name: string;
        };
        SignalResponse: {
            accounts: string[];
            /** @enum {string} */
            kind: "shared_network";
            network: string;
        } | {
            accounts: string[];
            /** Format: date-time */
            from: string;
            /** @enum {string} */
            kind: "accounts_created_together";
            /** Format: date-time */
            to: string;
        };
        /** @description An organisation's signature on a version. */
        SignatureResponse: {
            /** @description The content hash of the version as signed. */
            content_hash: string;
            /** Format: uuid */
            organization_id: string;
            organization_name: string;
            /** Format: date-time */
            signed_at: string;
            /** @description The representative who signed; absent when their account was deleted. */
            signer_name?: string | null;
        };
        SignRequest: {
            /**
             * Format: uuid
             * @description The verified organisation signing, one the caller is an owner or representative of.
             */
            organization_id: string;
        };
        SimilarList: {
            items: components["schemas"]["SimilarProposal"][];
        };
        SimilarProposal: {
            /** Format: uuid */
            id: string;
            /**
             * Format: float
             * @description The share of the draft's significant words this proposal also uses, 0–1.
             */
            score: number;
            /** @description HTML: a passage with the shared words in `<mark>`, everything else escaped. */
            snippet: string;
            title: string;
        };
        /** @description A draft proposal, as far as it is written. */
        SimilarRequest: {
            body?: string;
            title: string;
        };
        /** @description A proposal a result came from. */
        SourceProposal: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["Status"];
            title: string;
        };
        /** @enum {string} */
        Stance: "for" | "against" | "neutral";
        Stances: {
            /** Format: int64 */
            against: number;
            /** Format: int64 */
            for: number;
            /** Format: int64 */
            neutral: number;
        };
        /**
         * @description Each statement's group-informed consensus: the product over groups of the smoothed
         *     share of members agreeing (high when every group agrees).
         */
        StatementConsensus: components["schemas"]["StatementRef"] & {
            /** Format: double */
            group_informed_consensus: number;
        };
        StatementRef: {
            /** @description The statement's id in the system it was imported from (Polis `comment-id`). */
            external_id?: string | null;
            /** Format: uuid */
            proposal_id: string;
            title: string;
        };
        /** @enum {string} */
        Status: "published" | "under_review" | "accepted" | "rejected" | "implemented" | "withdrawn";
        /**
         * @description What a notification is about, kept with it so the inbox and the mail can show it even
         *     after the source changes.
         */
        Subject: {
            /** @description What a moderation decision was about: `proposal`, `comment`, `remark` or `account`. */
            about?: string | null;
            action?: string | null;
            actor_name?: string | null;
            /** @description An award's title, for its decision. */
            award_title?: string | null;
            /** @description The award's English title, when its organisers gave one. */
            award_title_en?: string | null;
            consultation_title?: string | null;
            /**
             * @description The consultation's English title, when the organisers gave one: what readers who chose
             *     English see (in the inbox and in mail).
             */
            consultation_title_en?: string | null;
            /** @description A document's title, for decisions on amendments to it. */
            document_title?: string | null;
            /** @description The first words of the comment, for comment notifications. */
            excerpt?: string | null;
            /** @description Where in the web app it leads, such as `/proposals/<id>`. */
            link_path: string;
            official_response?: string | null;
            phase?: string | null;
            /**
             * Format: int32
             * @description A result's progress after the update, 0–100.
             */
            progress?: number | null;
            proposal_title?: string | null;
            reason?: string | null;
            /** @description A result's title, for result updates. */
            result_title?: string | null;
            /** @description The result's English title, when its organisation gave one. */
            result_title_en?: string | null;
            status?: string | null;
        };
        SubjectSummary: {
            /** Format: int64 */
            answers?: number | null;
            /** @description The readers' comments, newest first; only ever shown to agencies. */
            comments: string[];
            satisfaction?: components["schemas"]["RatingScores"] | null;
            /**
             * @description False while fewer than k readers answered: then every figure is absent and no comment
             *     is given.
             */
            shown: boolean;
            /** Format: uuid */
            subject_id: string;
            subject_type: components["schemas"]["SubjectType"];
            title: string;
            understanding?: components["schemas"]["RatingScores"] | null;
            usefulness?: components["schemas"]["RatingScores"] | null;
        };
        /**
         * @description What a survey is about.
         * @enum {string}
         */
        SubjectType: "consultation" | "result" | "document";
        Summary: {
            accountability?: components["schemas"]["Figures"] | null;
            /** @description Per proposal province (`null`: no province). */
            by_province: components["schemas"]["GroupTotals"][];
            /** @description Per proposal theme (`null`: no theme). */
            by_theme: components["schemas"]["GroupTotals"][];
            /** Format: uuid */
            consultation_id: string;
            /** @description Per UTC day: votes cast, comments and proposals written that day. */
            daily: components["schemas"]["DayActivity"][];
            /** Format: date-time */
            generated_at: string;
            /** @description Many votes, evenly split; most divisive first. */
            most_divisive: components["schemas"]["RankedProposal"][];
            quick_ratings: components["schemas"]["QuickRatings"];
            /** @description By the Wilson lower bound of agree against disagree, best first. */
            top_supported: components["schemas"]["RankedProposal"][];
            totals: components["schemas"]["Totals"];
            /** @description Per criterion, over all proposals. */
            valuations: components["schemas"]["CriterionScores"][];
        };
        SurveyAnswerResponse: {
            /**
             * @description The token the browser is to keep and send with later answers: given only when the
             *     server made it for this answer.
             */
            browser_token?: string | null;
            comment?: string | null;
            /** Format: int32 */
            satisfaction: number;
            /** Format: uuid */
            subject_id: string;
            subject_type: components["schemas"]["SubjectType"];
            /** Format: int32 */
            understanding: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            usefulness: number;
        };
        /** @description Three scores, each 1 (lowest) to 5, and an optional comment. */
        SurveyRequest: {
            /**
             * @description A signed-out reader's browser token, as an earlier answer returned it (or made by the
             *     browser: 22 to 128 letters, digits, `-` or `_`). Without one the server makes one.
             *     Ignored for signed-in readers, who answer as their account.
             */
            browser_token?: string | null;
            /** @description Up to 1,000 characters, read by the agency only; blank is none. */
            comment?: string | null;
            /**
             * Format: int64
             * @description Are you satisfied with how it is presented?
             */
            satisfaction: number;
            /**
             * Format: int64
             * @description Did you understand it?
             */
            understanding: number;
            /**
             * Format: int64
             * @description Was it useful to you?
             */
            usefulness: number;
        };
        SurveySummary: {
            /**
             * Format: int64
             * @description The smallest number of answers a subject needs before anything of it is shown.
             */
            k: number;
            /** @description The consultation first, then its results and its published documents, oldest first. */
            subjects: components["schemas"]["SubjectSummary"][];
        };
        SuspectAccount: {
            /** Format: date-time */
            account_created_at: string;
            banned: boolean;
            display_name: string;
            /** Format: uuid */
            id: string;
            /** @description The /24 (IPv4) or /48 (IPv6) the vote came from. */
            network?: string | null;
            suspended: boolean;
            vote: components["schemas"]["VoteValue"];
            /** Format: date-time */
            voted_at: string;
        };
        /**
         * @description What can be followed.
         * @enum {string}
         */
        Target: "consultation" | "proposal";
        /**
         * @description What moderation acts on.
         * @enum {string}
         */
        TargetType: "proposal" | "comment" | "remark" | "user";
        /**
         * @description The phase timeline: when each phase starts (informational; the phase itself is set by the
         *     organizers).
         */
        Timeline: {
            /** Format: date-time */
            closes_at?: string | null;
            /** Format: date-time */
            ideation_starts_at?: string | null;
            /** Format: date-time */
            review_starts_at?: string | null;
            /** Format: date-time */
            voting_starts_at?: string | null;
        };
        /** @description A signed-in session. */
        TokenResponse: {
            /** @description Bearer token for `Authorization`, valid for `expires_in` seconds (at most 15 minutes). */
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            /**
             * @description Single-use token for `/auth/refresh`; each use returns a new one. Absent when the
             *     request sent `X-Sala-Session: cookie`: the token is then in the `sala_refresh` cookie
             *     (`HttpOnly`, `SameSite=Strict`, path `/api/v1/auth`) instead.
             */
            refresh_token?: string | null;
            /** @description Always `Bearer`. */
            token_type: string;
        };
        Totals: {
            /** Format: int64 */
            comments: number;
            /**
             * Format: int64
             * @description People who proposed, voted or commented.
             */
            participants: number;
            /** Format: int64 */
            proposals: number;
            votes: components["schemas"]["VoteTotals"];
        };
        UnsubscribeResponse: {
            /** @description The kinds whose email this link turns off (or turned off). */
            kinds: components["schemas"]["NotificationKind"][];
            unsubscribed: boolean;
        };
        UpdateCommentRequest: {
            body?: string | null;
            stance?: components["schemas"]["Stance"] | null;
        };
        /** @description Fields left out stay as they are; `null` clears an optional one. */
        UpdateMeRequest: {
            /** @description One of `under_18`, `18_24`, `25_34`, `35_44`, `45_59`, `60_plus`. */
            age_band?: string | null;
            display_name?: string | null;
            /** @description One of `female`, `male`, `non_binary`, `prefer_not_to_say`. */
            gender?: string | null;
            /** @description `th` or `en`. */
            locale?: string | null;
            /** @description Self-declared, used only for anonymous breakdowns. */
            province?: string | null;
        };
        UpdateRequest: {
            /** @description What happened, at most 2,000 characters; required when nothing else changes. */
            note?: string | null;
            /**
             * Format: int32
             * @description 0–100; not for a result made of parts.
             */
            progress?: number | null;
            status?: components["schemas"]["ResultStatus"] | null;
        };
        /** @description One dated step of a result's history. */
        UpdateResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            note?: string | null;
            /**
             * Format: int32
             * @description The progress set; absent for a result made of parts, whose progress is rolled up.
             */
            progress?: number | null;
            status: components["schemas"]["ResultStatus"];
        };
        UserList: {
            items: components["schemas"]["ListedUser"][];
            next_cursor?: string | null;
        };
        UserResponse: {
            display_name: string;
            email: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
        };
        ValuationRequest: {
            scores: components["schemas"]["CriterionScore"][];
        };
        ValuationResponse: {
            /** Format: uuid */
            proposal_id: string;
            /** @description All of the caller's scores on this proposal. */
            scores: components["schemas"]["ValuationScore"][];
        };
        ValuationScore: {
            criterion: string;
            note?: string | null;
            /** Format: int32 */
            score: number;
            /** Format: date-time */
            updated_at: string;
        };
        VerifyEmailRequest: {
            /**
             * @description Also sign in as the account (answered with tokens, like `login`): the web app asks
             *     for this when the link is opened where nobody is signed in.
             */
            sign_in?: boolean;
            /** @description The token from the emailed link. */
            token: string;
        };
        /** @description A version of a document: the draft (shown to its writers only) or a published one, frozen. */
        VersionResponse: {
            /** @description SHA-256 (hex) of the title, English title and paragraphs; absent on a draft. */
            content_hash?: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: int32
             * @description 1, 2, 3… in the order versions were started.
             */
            number: number;
            paragraphs: components["schemas"]["Paragraph"][];
            /**
             * Format: date-time
             * @description Absent on a draft.
             */
            published_at?: string | null;
            /** @description The organisations that signed this version, oldest first. */
            signatures: components["schemas"]["SignatureResponse"][];
            title: string;
            title_en?: string | null;
        };
        VoteCounts: {
            /** Format: int32 */
            agree: number;
            /** Format: int32 */
            disagree: number;
            /** Format: int32 */
            pass: number;
        };
        VoteRequest: {
            value: components["schemas"]["VoteValue"];
        };
        VoteResponse: {
            counts: components["schemas"]["VoteCounts"];
            my_vote?: components["schemas"]["VoteValue"] | null;
        };
        VoteTotals: {
            /** Format: int64 */
            agree: number;
            /** Format: int64 */
            disagree: number;
            /** Format: int64 */
            pass: number;
            /** Format: int64 */
            total: number;
        };
        /** @enum {string} */
        VoteValue: "agree" | "disagree" | "pass";
    };
    responses: never;
    parameters: {
        /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_users: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                /** @description Part of the display name or the email address, in any case (Thai names included). */
                q?: string | null;
                role?: components["schemas"]["Role"] | null;
                /** @description `unverified`, `suspended` (now), `banned` or `organization_member`. */
                state?: ("unverified" | "suspended" | "banned" | "organization_member") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts, newest first, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_audit_log: {
        parameters: {
            query?: {
                /**
                 * @description An action (`moderation.hide`), or every action under a prefix ending in a dot
                 *     (`moderation.`).
                 */
                action?: string | null;
                actor?: string | null;
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                target?: string | null;
                target_type?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the audit log, newest first, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assign_moderator: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description The account now moderates this consultation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already assigned */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unassign_moderator: {
        parameters: {
            query?: {
                /** @description Kept on the audit log. */
                reason?: string | null;
            };
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account no longer moderates this consultation */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_moderators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone who moderates, with where */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModeratorList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retry_dead_letter: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item is queued again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_dead_letters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead-lettered items (at most 200) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    find_user: {
        parameters: {
            query: {
                /** @description The account's email address, in any case. */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account with this email address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `not_found`, `account_not_found`, `api_key_not_found`, `award_application_not_found`, `award_assessor_not_found`, `award_call_not_found`, `comment_not_found`, `consultation_not_found`, `dead_letter_not_found`, `document_not_found`, `document_version_not_found`, `document_remark_not_found`, `indicator_not_found`, `invitation_not_found`, `legal_document_not_found`, `media_not_found`, `member_not_found`, `milestone_not_found`, `moderator_assignment_not_found`, `organization_not_found`, `proposal_not_found`, `result_not_found` (see docs/ERRORS.md for when each is sent). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleRequest"];
            };
        };
        responses: {
            /** @description The account's new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account already has this role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_api_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's keys, without their secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_api_key: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, with its secret (shown this once only) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revoke_api_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_readable_consultations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultations the caller's organisations may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadableConsultations"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_answers_due: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deadline and the proposals still to answer, overdue first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersDue"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_breakdown: {
        parameters: {
            query: {
                /** @description `province`, `theme`, `age_band` or `gender`. */
                by: components["schemas"]["Dimension"];
            };
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Participation and support per group, small groups suppressed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakdown"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_export: {
        parameters: {
            query: {
                /** @description `csv` (default), `json`, `ndjson` or `xlsx`. */
                format?: ("csv" | "json" | "ndjson" | "xlsx") | null;
                /**
                 * @description `proposals`, `votes`, `comments`, `feedback`, `indicators` (one row per measured value of
                 *     the consultation's and its results' impact indicators) or `survey` (reader survey answers,
                 *     only of subjects with at least k answers).
                 */
                what: "proposals" | "votes" | "comments" | "feedback" | "indicators" | "survey";
            };
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows, streamed (an XLSX workbook is sent whole): columns depend on `what` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_opinion_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest opinion groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionGroupsResponse"];
                };
            };
            /** @description `pending`: being computed; ask again shortly */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: agency members of the consultation and API keys scoped to it only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation's aggregated summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_survey_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey figures per subject, small ones withheld */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySummary"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agency_queue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the caller's organisations have to answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyQueue"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: keep the refresh token in the `sala_refresh` cookie */
                "X-Sala-Session"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in: an access token and a refresh token */
            200: {
                headers: {
                    /** @description `sala_refresh`, when asked for with `X-Sala-Session: cookie` */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: wrong email or password (the same answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: required to use the `sala_refresh` cookie */
                "X-Sala-Session"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description csrf_rejected */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    request_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Accepted: a link is emailed if the address has an account */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirm_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description The password is changed and every sign-in ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid, used or expired token, or a weak password */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: required to use the `sala_refresh` cookie */
                "X-Sala-Session"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new access token and refresh token */
            200: {
                headers: {
                    /** @description the next `sala_refresh`, when the cookie was used */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no refresh token, or one that is unknown, spent or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description csrf_rejected */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Accepted: a new address gets a verification link (the answer is the same for a registered one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is wrong; `consent_required` or `consent_outdated` on `consent` when the versions in force were not agreed to */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: with `sign_in`, keep the refresh token in the `sala_refresh` cookie */
                "X-Sala-Session"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailRequest"];
            };
        };
        responses: {
            /** @description The address is verified and, as asked with `sign_in`, the person signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The address is verified */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid, used or expired token */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resend_verification: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link was queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already verified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assign_assessor: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessorRequest"];
            };
        };
        responses: {
            /** @description The assessment with its assessors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description account_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description assessor_has_conflict: they belong to the applying organisation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_assessor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description award_assessor_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declare_conflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationRequest"];
            };
        };
        responses: {
            /** @description The caller's part of the assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict_declared */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    score_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoresRequest"];
            };
        };
        responses: {
            /** @description The caller's part of the assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict_not_declared, assessor_has_conflict or phase_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_awards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The award calls */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardRequest"];
            };
        };
        responses: {
            /** @description The new award call, taking applications */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_award: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The award call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    advance_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The award at its next stage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description assessment_incomplete or phase_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    apply_to_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardApplicationRequest"];
            };
        };
        responses: {
            /** @description The award with the new application */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_applied or phase_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment's text is deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommentRequest"];
            };
        };
        responses: {
            /** @description The edited comment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_comment_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentVoteRequest"];
            };
        };
        responses: {
            /** @description The caller's vote and the comment's new counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentVoteResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_comment_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment's counts without the caller's vote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentVoteResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_consultations: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                /** @description Only consultations in this phase. */
                phase?: components["schemas"]["Phase"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consultations, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_consultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationRequest"];
            };
        };
        responses: {
            /** @description The new consultation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_consultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_consultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationRequest"];
            };
        };
        responses: {
            /** @description The consultation as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attach_to_consultation: {
        parameters: {
            query?: {
                /**
                 * @description The document's name as readers will download it, with its extension (`.pdf`, `.docx`,
                 *     `.xlsx`, `.odt`, `.ods`, `.csv`, `.txt`): 1–200 characters, Thai welcome.
                 */
                filename?: string | null;
            };
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        /** @description The document */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
                "application/pdf": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The attached document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_document_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it); the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_from_consultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_documents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    follow_consultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller follows the consultation */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfollow_consultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller no longer follows the consultation */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_consultation_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation's own indicators, then each result's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_proposals: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                province?: string | null;
                /** @description `hot` (default), `top`, `new` or `controversial`. */
                sort?: ("hot" | "top" | "new" | "controversial") | null;
                /** @description Without it, every status but `withdrawn`. */
                status?: components["schemas"]["Status"] | null;
                theme?: string | null;
            };
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of proposals, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_proposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalRequest"];
            };
        };
        responses: {
            /** @description The new proposal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description phase_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed; `repeated` when the same text was posted too often */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_responsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The map */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityMap"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_responsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponsibilityMap"];
            };
        };
        responses: {
            /** @description The new map */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityMap"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A theme or province the consultation lacks, an unknown organisation, or a cell listed twice */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results, oldest first; each names its parent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The promise in force and its scorecard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Figures"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such consultation, or a draft the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    similar_proposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimilarRequest"];
            };
        };
        responses: {
            /** @description Up to five similar proposals (possibly none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unavailable` (see docs/ERRORS.md for when each is sent). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_consultation_survey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyRequest"];
            };
        };
        responses: {
            /** @description The answer as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnswerResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_document: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDocumentRequest"];
            };
        };
        responses: {
            /** @description The new document with its draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackRequest"];
            };
        };
        responses: {
            /** @description The caller's ratings as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_consultation_indicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorRequest"];
            };
        };
        responses: {
            /** @description The new indicator */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_result: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResultRequest"];
            };
        };
        responses: {
            /** @description The new result */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed: fields, or a proposal that is hidden or of another consultation (`not_linkable`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    save_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftRequest"];
            };
        };
        responses: {
            /** @description The document with its saved draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no_draft: the document has no draft; start one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    start_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document with its new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description draft_exists: a draft is under way already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document with its new current version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no_draft: nothing to publish */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed: a draft without paragraphs */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_remarks: {
        parameters: {
            query?: {
                /** @description A published version's number; the current published version when absent. */
                version?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's remarks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemarkList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description document_not_found; document_version_not_found: no such published version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_remark: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRemarkRequest"];
            };
        };
        responses: {
            /** @description The remark */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemarkResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description document_not_found; document_version_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_not_current: the version is a draft or was replaced */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide_amendment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                remark_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description The decided amendment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemarkResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description document_not_found; document_remark_not_found (also for a remark hidden by moderation) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_an_amendment; already_decided; amendment_conflict: the draft's paragraph changed since */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_document_survey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyRequest"];
            };
        };
        responses: {
            /** @description The answer as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnswerResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description document_not_found: no such published document */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                version_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignRequest"];
            };
        };
        responses: {
            /** @description The signature */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden: the caller does not represent this verified organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_not_signable: a draft or a replaced version; already_signed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_flag: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlagRequest"];
            };
        };
        responses: {
            /** @description The flag is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unverified, suspended, or flagging one's own words */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `not_found`, `account_not_found`, `api_key_not_found`, `award_application_not_found`, `award_assessor_not_found`, `award_call_not_found`, `comment_not_found`, `consultation_not_found`, `dead_letter_not_found`, `document_not_found`, `document_version_not_found`, `document_remark_not_found`, `indicator_not_found`, `invitation_not_found`, `legal_document_not_found`, `media_not_found`, `member_not_found`, `milestone_not_found`, `moderator_assignment_not_found`, `organization_not_found`, `proposal_not_found`, `result_not_found` (see docs/ERRORS.md for when each is sent). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already flagged by this person */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_indicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edit_indicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorRequest"];
            };
        };
        responses: {
            /** @description The indicator as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_indicator_value: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorValueRequest"];
            };
        };
        responses: {
            /** @description The indicator with the new value */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_legal_document: {
        parameters: {
            query?: {
                /** @description An earlier version by number; absent: the version in force. */
                version?: number | null;
            };
            header?: never;
            path: {
                /** @description `privacy` or `terms` */
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalDocumentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description legal_document_not_found: no such kind or version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publish_legal_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `privacy` or `terms` */
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRequest"];
            };
        };
        responses: {
            /** @description The new version, now in force */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalDocumentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description legal_document_not_found: no such kind */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A title or body empty or too long */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `privacy` or `terms` */
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalVersion"][];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description legal_document_not_found: no such kind */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteMeRequest"];
            };
        };
        responses: {
            /** @description The account is deleted and every sign-in ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `last_owner`: the account is the last owner of organisations, named in `detail`; make another member owner of each first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `password` with code `incorrect` when the password does not match */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The account as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_my_comments: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCommentsPage"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unauthenticated` (see docs/ERRORS.md for when each is sent). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_my_follows: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFollowsPage"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unauthenticated` (see docs/ERRORS.md for when each is sent). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_my_proposals: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyProposalsPage"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unauthenticated` (see docs/ERRORS.md for when each is sent). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_my_votes: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVotesPage"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unauthenticated` (see docs/ERRORS.md for when each is sent). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_consent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStatus"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agree: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentVersions"];
            };
        };
        responses: {
            /** @description The caller's agreements, now up to date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStatus"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description consent_outdated: a version that is not the one in force */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything Sala keeps about the caller, as a JSON download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's email preference for each kind of notification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesRequest"];
            };
        };
        responses: {
            /** @description The preferences as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_notifications: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the inbox, with the unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadRequest"];
            };
        };
        responses: {
            /** @description The notifications are marked read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_media: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["FileBytes"];
                    "image/jpeg": components["schemas"]["FileBytes"];
                    "image/png": components["schemas"]["FileBytes"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description media_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["FileBytes"];
                    "image/png": components["schemas"]["FileBytes"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description media_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    take_action: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerationRequest"];
            };
        };
        responses: {
            /** @description The decision, as shown on the moderation log */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogEntry"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `not_found`, `account_not_found`, `api_key_not_found`, `award_application_not_found`, `award_assessor_not_found`, `award_call_not_found`, `comment_not_found`, `consultation_not_found`, `dead_letter_not_found`, `document_not_found`, `document_version_not_found`, `document_remark_not_found`, `indicator_not_found`, `invitation_not_found`, `legal_document_not_found`, `media_not_found`, `member_not_found`, `milestone_not_found`, `moderator_assignment_not_found`, `organization_not_found`, `proposal_not_found`, `result_not_found` (see docs/ERRORS.md for when each is sent). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing to change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_anomalies: {
        parameters: {
            query?: {
                /** @description Votes this many minutes apart or closer form a burst (default 10). */
                burst_minutes?: number | null;
                /** @description Only this consultation (it must be one you moderate). */
                consultation?: string | null;
                /**
                 * @description Accounts created within this many minutes of each other count as created together
                 *     (default 60).
                 */
                created_within_minutes?: number | null;
                /** @description A signal names at least this many accounts (default 5). */
                min_accounts?: number | null;
                /** @description A burst has at least this many votes (default 10). */
                min_votes?: number | null;
                /** @description Look at votes from the last this many hours (1–2160, default 168). */
                since_hours?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suspicious bursts of support found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnomalyReport"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_log: {
        parameters: {
            query?: {
                action?: string | null;
                consultation?: string | null;
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                /** @description Decisions about one proposal, comment or account. */
                target?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the public moderation log, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_queue: {
        parameters: {
            query?: {
                /** @description Only this consultation (it must be one you moderate). */
                consultation?: string | null;
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                /** @description Only items with a flag for this reason. */
                reason?: components["schemas"]["FlagReason"] | null;
                /**
                 * @description Only items this account flagged, to review one reporter's flags together (with
                 *     `state=resolved`, their reviewed ones).
                 */
                reporter?: string | null;
                /** @description `open` (default), `hidden`, `visible` or `resolved`. */
                state?: ("open" | "hidden" | "visible" | "resolved") | null;
                target_type?: components["schemas"]["FlaggableType"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of flagged items, most urgent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accept_invitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The organisation joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was sent to another address */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid, used, revoked or expired link */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_organizations: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description Only organisations of this kind. */
                kind?: components["schemas"]["OrganizationKind"] | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                /** @description Only verified (`true`) or unverified (`false`) organisations. */
                verified?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations, with the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_organization: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The new organisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_slug_taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationProfile"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_organization: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileFields"];
            };
        };
        responses: {
            /** @description The organisation as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open invitations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    invite_member: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation is on its way */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `validation_failed`, `image_unreadable`, `idempotency_key_reused` (see docs/ERRORS.md for when each is sent). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revoke_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found or invitation_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member count, and the members for those who may see them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member is removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found or member_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description last_owner */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_member_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRoleRequest"];
            };
        };
        responses: {
            /** @description The member in their new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an owner of it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found or member_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description last_owner */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leave_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller left */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found or member_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description last_owner */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation, verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unverify_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug or id */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation, unverified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organization_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal, now `withdrawn` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_proposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalRequest"];
            };
        };
        responses: {
            /** @description The edited proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked by a moderator */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_comments: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description Top-level comments per page, 1–100, default 20. */
                limit?: number | null;
                /** @description `oldest` (default) or `newest`, for top-level comments; replies are always oldest first. */
                order?: ("oldest" | "newest") | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment tree */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description The new comment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_locked` (see docs/ERRORS.md for when each is sent). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endorse_proposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorseRequest"];
            };
        };
        responses: {
            /** @description already endorsed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementList"];
                };
            };
            /** @description endorsed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_endorsement: {
        parameters: {
            query?: {
                /**
                 * @description The civil-society organization endorsing; needed only when the caller belongs to
                 *     several.
                 */
                organization_id?: string | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endorsement is withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    follow_proposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller follows the proposal */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfollow_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller no longer follows the proposal */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upload_proposal_image: {
        parameters: {
            query?: {
                /** @description What the image shows, for people who cannot see it: 1–300 characters. */
                alt?: string | null;
            };
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The image file */
        requestBody: {
            content: {
                "image/jpeg": components["schemas"]["FileBytes"];
                "image/png": components["schemas"]["FileBytes"];
                "image/webp": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The image as it is shown */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the author */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too_many_images, proposal_withdrawn or phase_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_image_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description image_unreadable, or no alt text */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked by a moderator */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_proposal_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither the author nor a moderator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description media_not_found or proposal_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_response: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description The proposal with its answer and new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description withdrawn or merged */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attach_to_answer: {
        parameters: {
            query?: {
                /**
                 * @description The document's name as readers will download it, with its extension (`.pdf`, `.docx`,
                 *     `.xlsx`, `.odt`, `.ods`, `.csv`, `.txt`): 1–200 characters, Thai welcome.
                 */
                filename?: string | null;
            };
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The document */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
                "application/pdf": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The attached document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_document_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it); the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_from_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_responsible_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignRequest"];
            };
        };
        responses: {
            /** @description The proposal with its new responsible organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `organization_not_responsible`: the organisation is not verified or not named in the consultation's responsibility map */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such organisation, or no reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The earlier versions, newest first (none for an unedited proposal) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_valuation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValuationRequest"];
            };
        };
        responses: {
            /** @description The valuator's scores as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValuationResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteRequest"];
            };
        };
        responses: {
            /** @description The caller's vote and the proposal's new tallies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description phase_closed or withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_locked` (see docs/ERRORS.md for when each is sent). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal's tallies without the caller's vote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `proposal_withdrawn`, `proposal_merged`, `already_merged`, `merge_target_unavailable`, `comment_removed`, `already_flagged`, `nothing_to_change`, `already_moderator`, `role_already_held`, `account_banned`, `already_banned`, `not_sanctioned`, `no_votes_to_discard`, `email_already_verified`, `organization_slug_taken`, `already_member`, `last_owner`, `organization_not_responsible`, `result_has_children`, `version_not_signable`, `already_signed`, `no_draft`, `draft_exists`, `version_not_current`, `not_an_amendment`, `already_decided`, `amendment_conflict`, `already_applied`, `assessor_has_conflict`, `conflict_not_declared`, `conflict_declared`, `assessment_incomplete`, `phase_closed`, `too_many_images`, `request_in_progress` (see docs/ERRORS.md for when each is sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_provinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every province, Thai and English names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceResponse"][];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    results_in_province: {
        parameters: {
            query: {
                /** @description A province of Thailand, by its Thai or English name. */
                province: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The province's results, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed: not a province of Thailand */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultDetail"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edit_result: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultFieldsRequest"];
            };
        };
        responses: {
            /** @description The result as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_result_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators, in their order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorList"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_result_indicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorRequest"];
            };
        };
        responses: {
            /** @description The new indicator */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_milestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneRequest"];
            };
        };
        responses: {
            /** @description The new milestone */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edit_milestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                milestone_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneRequest"];
            };
        };
        responses: {
            /** @description The milestone as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attach_to_milestone: {
        parameters: {
            query?: {
                /**
                 * @description The document's name as readers will download it, with its extension (`.pdf`, `.docx`,
                 *     `.xlsx`, `.odt`, `.ods`, `.csv`, `.txt`): 1–200 characters, Thai welcome.
                 */
                filename?: string | null;
            };
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                milestone_id: string;
            };
            cookie?: never;
        };
        /** @description The document */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
                "application/pdf": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The attached document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description result_not_found; milestone_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `request_in_progress`: a request with this Idempotency-Key is still running (with Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_document_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it); the body does not have the documented shape (`errors` names the field). `idempotency_key_reused`: this Idempotency-Key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_from_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
                id: string;
                milestone_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    link_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Linked (linking again changes nothing) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed: `not_linkable` for a hidden proposal or one of another consultation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlink_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description proposal_not_found: not linked to this result */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_result_survey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyRequest"];
            };
        };
        responses: {
            /** @description The answer as now recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnswerResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: the body does not have the documented shape (`errors` names the field). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 printable ASCII characters chosen by the client, unique per request it means. A retry with the same key and the same request gets the first successful answer again, with `Idempotent-Replayed: true`, without acting twice. The same key with another request: 422 `idempotency_key_reused`; while the first is still running: 409 `conflict` with Retry-After; a malformed key: 400 `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong to the caller and are kept for 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRequest"];
            };
        };
        responses: {
            /** @description The result after the update */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character; the body is not JSON. `invalid_idempotency_key`: the Idempotency-Key header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: no valid access token (missing, malformed, expired or revoked). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `forbidden`, `csrf_rejected` (see docs/ERRORS.md for when each is sent). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: nothing the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description result_has_children: progress of a result made of parts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: the body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body is missing or not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed: progress outside 0–100, or nothing given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                consultation?: string | null;
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                province?: string | null;
                /**
                 * @description Words in Thai or English; the last one also matches longer words (as you type).
                 *     Empty lists everything that matches the filters.
                 */
                q?: string | null;
                /** @description `relevance` (default), `new` or `top`. */
                sort?: ("relevance" | "new" | "top") | null;
                status?: string | null;
                theme?: string | null;
                /** @description `proposal`, `comment` or `consultation`, or several separated by commas. */
                type?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching items, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One of `unavailable` (see docs/ERRORS.md for when each is sent). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    describe: {
        parameters: {
            query: {
                /** @description The signed token from the message's link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification kinds the link turns off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description A browser is sent to the web app's unsubscribe page (`/unsubscribe?token=…`) */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe_now: {
        parameters: {
            query: {
                /** @description The signed token from the message's link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification kinds now turned off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a query parameter is not valid (`errors` names it). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: every check passed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready: `failed_checks` names what failed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics in Prometheus' text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `malformed_request`: the path or query string holds a control character. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
