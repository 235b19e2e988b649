//! Rebuilding the index: a new generation filled beside the live one, then switched to.

use std::path::{Path, PathBuf};

use tantivy::IndexWriter;
use uuid::Uuid;

use super::{engine_error, to_tantivy, write_current, EmbeddedEngine, Generation};
use crate::search::{EngineError, SearchDoc};

impl EmbeddedEngine {
    /// Starts a new generation beside the live one, for a rebuild.
    pub fn start_rebuild(root: &Path) -> Result<Rebuild, EngineError> {
        std::fs::create_dir_all(root).map_err(engine_error)?;
        let id = Uuid::now_v7().simple().to_string();
        let building = format!("building-{id}");
        let generation = Generation::open(root, &building)?;
        let writer = generation.writer().map_err(engine_error)?;
        Ok(Rebuild {
            root: root.to_owned(),
            id,
            generation,
            writer,
        })
    }
}

/// A generation being built; nothing reads it until `finish` switches to it.
pub struct Rebuild {
    root: PathBuf,
    id: String,
    generation: Generation,
    writer: IndexWriter,
}

impl Rebuild {
    pub fn add(&mut self, docs: &[SearchDoc]) -> Result<(), EngineError> {
        for doc in docs {
            self.writer
                .add_document(to_tantivy(&self.generation.fields, doc)?)
                .map_err(engine_error)?;
        }
        Ok(())
    }

    /// Commits the new generation and makes it the live one.
    pub fn finish(mut self) -> Result<(), EngineError> {
        self.writer.commit().map_err(engine_error)?;
        self.writer.wait_merging_threads().map_err(engine_error)?;
        let building = self.root.join(format!("building-{}", self.id));
        let name = format!("gen-{}", self.id);
        drop(self.generation);
        std::fs::rename(&building, self.root.join(&name)).map_err(engine_error)?;
        write_current(&self.root, &name)
    }
}
