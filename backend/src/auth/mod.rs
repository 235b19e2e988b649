//! Credentials: passwords, access tokens, opaque single-use tokens and the server secret. The
//! extractors that turn a request into a caller are the HTTP layer's (`api::extract`).

pub mod jwt;
pub mod opaque;
pub mod password;
pub mod secret;

pub use jwt::AccessTokens;
pub use secret::jwt_secret;
