//! The demo data set.

use crate::db::Db;

pub async fn load(_db: &Db) -> anyhow::Result<()> {
    anyhow::bail!("demo data is not written yet")
}
