//! Who is calling: passwords, access tokens, opaque single-use tokens, and the extractors that
//! turn a request into a caller (answering 401 or 403 themselves).

pub mod extract;
pub mod jwt;
pub mod opaque;
pub mod password;

pub use extract::{
    Admin, Agency, AgencyMember, Caller, LabMember, Moderator, Privilege, PrivilegedAttempt,
    SignedIn, Valuator, Writer,
};
pub use jwt::AccessTokens;
