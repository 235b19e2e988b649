//! What the last computation of each consultation's groups leaves for the next, kept by the
//! process that computes them. A consultation's next run starts from it (`compute_from`), so
//! a recomputation after a few new votes costs a fraction of a cold one, and positions and
//! groups keep their orientation between runs.
//!
//! Kept in memory only: a process that takes over the computation (a restart, another
//! process winning the lease) starts each consultation cold once, which gives the same kind
//! of result, only slower.

use std::collections::HashMap;
use std::sync::Mutex;

use uuid::Uuid;

use super::load::Loaded;
use crate::domain::opinion_groups::clusters::Point;
use crate::domain::opinion_groups::WarmStart;

/// A run's state, with its components by statement id: the next run's matrix may have new
/// statements, and columns are matched by id.
struct Carried {
    components: HashMap<Uuid, [f64; 2]>,
    base_centres: Vec<Point>,
}

#[derive(Default)]
pub struct WarmStarts {
    by_consultation: Mutex<HashMap<Uuid, Carried>>,
}

impl WarmStarts {
    /// The warm start for `loaded`, a new state of `consultation`'s votes: the last run's
    /// components on the statements both share (zero on new ones). None after no run, or
    /// when no statement is shared.
    pub fn start_for(&self, consultation: Uuid, loaded: &Loaded) -> Option<WarmStart> {
        let carried = self.lock();
        let carried = carried.get(&consultation)?;
        let mut components = [Vec::new(), Vec::new()];
        let mut shared = 0;
        for statement in &loaded.statements {
            let [x, y] = match carried.components.get(&statement.id) {
                Some(values) => {
                    shared += 1;
                    *values
                }
                None => [0.0, 0.0],
            };
            components[0].push(x);
            components[1].push(y);
        }
        (shared > 0).then(|| WarmStart {
            components,
            base_centres: carried.base_centres.clone(),
        })
    }

    /// Keeps what a run on `loaded` left, for `consultation`'s next run.
    pub fn keep(&self, consultation: Uuid, loaded: &Loaded, warm: WarmStart) {
        let [first, second] = &warm.components;
        let components = loaded
            .statements
            .iter()
            .zip(first.iter().zip(second))
            .map(|(statement, (x, y))| (statement.id, [*x, *y]))
            .collect();
        let carried = Carried {
            components,
            base_centres: warm.base_centres,
        };
        self.lock().insert(consultation, carried);
    }

    /// Forgets every consultation not in `current` (deleted ones).
    pub fn retain(&self, current: impl Fn(&Uuid) -> bool) {
        self.lock().retain(|id, _| current(id));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Uuid, Carried>> {
        // Nothing panics while holding it; a poisoned map is still whole.
        self.by_consultation
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
