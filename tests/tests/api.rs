//! Black-box tests of the Sala API: the real server, a fresh database each, on SQLite and on
//! PostgreSQL.

mod api {
    pub mod account_data;
    pub mod accountability;
    pub mod accounts;
    pub mod admin_users;
    pub mod agency;
    pub mod agency_consultations;
    pub mod agency_exports;
    pub mod agency_privacy;
    pub mod agency_scope;
    pub mod agency_xlsx;
    pub mod anomalies;
    pub mod answer_reminders;
    pub mod attachments;
    pub mod authorization;
    pub mod comments;
    pub mod consultation_english;
    pub mod consultations;
    pub mod cors;
    pub mod demo;
    pub mod http;
    pub mod images;
    pub mod images_s3;
    pub mod leases;
    pub mod legal;
    pub mod limits;
    pub mod migrations;
    pub mod moderation;
    pub mod my_activity;
    pub mod notifications;
    pub mod observability;
    pub mod openapi;
    pub mod operator_console;
    pub mod opinion_groups;
    pub mod organization_owners;
    pub mod organizations;
    pub mod platform;
    pub mod problem_codes;
    pub mod processes;
    pub mod proposals;
    pub mod reassignment;
    pub mod search;
    pub mod vote_groups;
    pub mod votes;
}
