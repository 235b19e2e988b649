// Generated from openapi.json by `npm run api:gen`. Do not edit: change the server, then regenerate.

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs in. A wrong password and an unknown email get the same answer. */
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
        /** Signs out: the refresh token and every token of the same sign-in stop working. */
        post: operations["logout"];
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
         *     spent one ends that whole sign-in on every device that shared it.
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
        /** Confirms an email address with the single-use token from the emailed link. */
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
        /** One consultation, by id or slug. */
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
        delete?: never;
        options?: never;
        head?: never;
        /** Changes the signed-in account's profile. */
        patch: operations["update_me"];
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposal, with the caller's vote when signed in. */
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
        /** The process can serve requests: the database answers. */
        get: operations["ready"];
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
        /** @description What participants may do now, derived from the phase. */
        Allowed: {
            comment: boolean;
            propose: boolean;
            vote: boolean;
        };
        /** @description Who wrote something, as shown beside it. */
        Author: {
            display_name: string;
            /** Format: uuid */
            id: string;
        };
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
        ConsultationList: {
            items: components["schemas"]["ConsultationResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
        };
        /**
         * @description A consultation's editable fields. On create, `title`, `summary` and `body` are required;
         *     on update, fields left out stay as they are and `null` clears an optional one.
         */
        ConsultationRequest: {
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
            /** @description Provinces the consultation covers; empty means nationwide. */
            provinces?: string[] | null;
            /** Format: date-time */
            review_starts_at?: string | null;
            /** @description Lowercase letters, digits and hyphens; made from the title when left out. */
            slug?: string | null;
            summary?: string | null;
            themes?: string[] | null;
            title?: string | null;
            /** Format: date-time */
            voting_starts_at?: string | null;
        };
        ConsultationResponse: {
            allowed: components["schemas"]["Allowed"];
            /** @description Markdown as written. */
            body: string;
            /** @description Sanitized HTML rendering of `body`. */
            body_html: string;
            /** Format: date-time */
            created_at: string;
            criteria: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            owner_organization_id?: string | null;
            phase: components["schemas"]["Phase"];
            /** Format: int32 */
            proposal_count: number;
            provinces: string[];
            slug: string;
            summary: string;
            themes: string[];
            timeline: components["schemas"]["Timeline"];
            title: string;
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
        /** @description A problem with one input field, as shown to the client. */
        FieldError: {
            /** @description A stable machine-readable reason, such as `too_long` or `required`. */
            code: string;
            /** @description The JSON field (or query parameter) at fault. */
            field: string;
            /** @description A human-readable explanation in English. */
            message: string;
        };
        HealthStatus: {
            /** @description Whether the database answered. */
            database?: string | null;
            /**
             * Format: int64
             * @description Age in seconds of the oldest mail waiting to be sent.
             */
            mail_queue_lag_seconds?: number | null;
            /** @description `ok` or `unavailable`. */
            status: string;
        };
        /**
         * @description The language a person reads Sala and its messages in.
         * @enum {string}
         */
        Locale: "th" | "en";
        LoginRequest: {
            email: string;
            password: string;
        };
        LogoutRequest: {
            refresh_token: string;
        };
        MembershipView: {
            /** Format: uuid */
            id: string;
            /** @description `lab`, `agency` or `cso`. */
            kind: string;
            name: string;
            slug: string;
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
        OfficialResponse: {
            body: string;
            /** Format: date-time */
            responded_at?: string | null;
        };
        /** @enum {string} */
        Phase: "draft" | "ideation" | "voting" | "review" | "closed";
        /** @description The body of every error response. */
        Problem: {
            /** @description Stable machine-readable code; clients switch on this. */
            code: string;
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
        ProposalList: {
            items: components["schemas"]["ProposalResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            next_cursor?: string | null;
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
            /** @description Set only for the author and moderators when a moderator hid the proposal. */
            hidden_reason?: string | null;
            /** Format: uuid */
            id: string;
            locked: boolean;
            my_vote?: components["schemas"]["VoteValue"] | null;
            official_response?: components["schemas"]["OfficialResponse"] | null;
            pinned: boolean;
            province?: string | null;
            status: components["schemas"]["Status"];
            theme?: string | null;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        RegisterRequest: {
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
        /** @description Referenced by the server's spec but not defined there. */
        Sort: string;
        /** @enum {string} */
        Stance: "for" | "against" | "neutral";
        /** @enum {string} */
        Status: "published" | "under_review" | "accepted" | "rejected" | "implemented" | "withdrawn";
        /** @description Referenced by the server's spec but not defined there. */
        ThreadOrder: string;
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
            /** @description Single-use token for `/auth/refresh`; each use returns a new one. */
            refresh_token: string;
            /** @description Always `Bearer`. */
            token_type: string;
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
        VerifyEmailRequest: {
            /** @description The token from the emailed link. */
            token: string;
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
        /** @enum {string} */
        VoteValue: "agree" | "disagree" | "pass";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
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
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
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
    verify_email: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailRequest"];
            };
        };
        responses: {
            /** @description The address is verified */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            header?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            header?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentVoteResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentVoteResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationList"];
                };
            };
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
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
            header?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
    list_proposals: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description 1–100, default 20. */
                limit?: number | null;
                province?: string | null;
                /** @description `hot` (default), `top`, `new` or `controversial`. */
                sort?: components["schemas"]["Sort"] | null;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalList"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            header?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
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
    update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            header?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
    list_comments: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description Top-level comments per page, 1–100, default 20. */
                limit?: number | null;
                /** @description `oldest` (default) or `newest`, for top-level comments; replies are always oldest first. */
                order?: components["schemas"]["ThreadOrder"] | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
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
    create_comment: {
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
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            423: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            423: {
                headers: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
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
}
