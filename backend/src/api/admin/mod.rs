//! `/api/v1/admin`: the audit log, roles, who moderates which consultation, and the delivery
//! queue's dead letters.

mod assign_moderator;
mod audit_log;
mod change_role;
mod dead_letters;
mod find_user;
mod list_users;
mod moderators;
mod unassign_moderator;

use utoipa_actix_web::{scope, service_config::ServiceConfig};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(
        scope::scope("/admin")
            .service(audit_log::get_audit_log)
            .service(change_role::change_role)
            .service(find_user::find_user)
            .service(list_users::list_users)
            .service(moderators::list_moderators)
            .service(assign_moderator::assign_moderator)
            .service(unassign_moderator::unassign_moderator)
            .service(dead_letters::list_dead_letters)
            .service(dead_letters::retry_dead_letter),
    );
}
