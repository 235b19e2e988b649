//! Uploaded media: where the bytes are kept (`storage`), how an uploaded image is checked and
//! made safe to show (`images`), and which documents are accepted (`documents`).

pub mod documents;
pub mod images;
pub mod storage;

pub use storage::MediaStore;
