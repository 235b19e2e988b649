//! What is kept: answers valid for one write generation and a short age, and the answers being
//! built, so that readers asking for the same one at the same time wait for one build instead
//! of each building it (a crowd arriving just after a write costs one build, not one each).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use actix_web::http::header::HeaderMap;
use bytes::Bytes;
use tokio::sync::{watch, Notify};

/// What all kept answers may weigh together; past it, stale answers are dropped first and a new
/// answer is not kept if that is not enough.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// A larger answer (a discussion of hundreds of threads) is not kept.
const MAX_ENTRY_BYTES: usize = 1024 * 1024;

/// A built answer: the handler's headers and body.
pub struct Built {
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// Where the answer being built will be handed over.
pub type Ready = watch::Receiver<Option<Arc<Built>>>;

/// Kept answers, valid for one write generation and a short age.
pub struct ReadCache {
    max_age: Duration,
    /// Shared by every cache of the process (`beside`): one write makes them all forget.
    generation: Arc<AtomicU64>,
    /// Woken by this process's writes, for the other replicas to be told (`peers`).
    written: Arc<Notify>,
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    bytes: usize,
    answers: HashMap<String, Answer>,
    /// Answers being built, by key, with the generation their builder started in.
    building: HashMap<String, (u64, Ready)>,
}

struct Answer {
    generation: u64,
    /// Half its age: from then on, one reader builds the next answer.
    refresh_at: Instant,
    expires_at: Instant,
    built: Arc<Built>,
}

/// What a reader is to do.
pub enum Lookup {
    /// Serve this kept answer.
    Kept(Arc<Built>),
    /// Another reader is building it: wait for theirs (`wait`).
    Wait(Ready),
    /// Build it, then hand it over with `finish`.
    Build(Build),
}

/// A reader's promise to build an answer for the others waiting on it. Dropped unfinished
/// (the reader went away), the waiters are told and build their own.
pub struct Build {
    key: String,
    generation: u64,
    done: watch::Sender<Option<Arc<Built>>>,
}

impl ReadCache {
    /// A zero `max_age` keeps nothing.
    pub fn new(max_age: Duration) -> ReadCache {
        ReadCache {
            max_age,
            generation: Arc::new(AtomicU64::new(0)),
            written: Arc::new(Notify::new()),
            kept: Mutex::new(Kept::default()),
        }
    }

    /// Another cache with its own age, forgetting everything on the same writes as `self`.
    pub fn beside(&self, max_age: Duration) -> ReadCache {
        ReadCache {
            max_age,
            generation: Arc::clone(&self.generation),
            written: Arc::clone(&self.written),
            kept: Mutex::new(Kept::default()),
        }
    }

    pub fn enabled(&self) -> bool {
        !self.max_age.is_zero()
    }

    /// Called once a write has been answered: nothing built before it is served again, here
    /// or (once told) in the other replicas.
    pub fn invalidate(&self) {
        self.forget_all();
        self.written.notify_one();
    }

    /// Another replica wrote (or may have): nothing built before now is served again.
    pub fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// Wakes once after any number of this process's writes since the last wake.
    pub fn written(&self) -> Arc<Notify> {
        Arc::clone(&self.written)
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn kept(&self) -> MutexGuard<'_, Kept> {
        // Nothing panics while holding the lock; if something did, what is kept is still whole.
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn is_fresh(&self, answer: &Answer, now: Instant) -> bool {
        answer.generation == self.generation() && now < answer.expires_at
    }

    pub fn lookup(&self, key: &str) -> Lookup {
        let generation = self.generation();
        let mut kept = self.kept();
        // A builder that went away closed its channel; one of an earlier generation may have
        // read what a write has since changed.
        let being_built = kept
            .building
            .get(key)
            .filter(|(started_in, ready)| *started_in == generation && ready.has_changed().is_ok())
            .map(|(_, ready)| ready.clone());
        if let Some(answer) = kept.answers.get(key) {
            let now = Instant::now();
            if self.is_fresh(answer, now) {
                // Past half its age, one reader builds the next answer while the others are
                // still served this one: readers wait for a build only after a write.
                if now < answer.refresh_at || being_built.is_some() {
                    return Lookup::Kept(Arc::clone(&answer.built));
                }
            }
        }
        if let Some(ready) = being_built {
            return Lookup::Wait(ready);
        }
        let (done, ready) = watch::channel(None);
        kept.building.insert(key.to_owned(), (generation, ready));
        Lookup::Build(Build {
            key: key.to_owned(),
            generation,
            done,
        })
    }

    /// Hands a built answer (`None`: it was not one to keep, an error say) to those waiting,
    /// and keeps it unless a write went through while it was built. Returns whether it was kept.
    pub fn finish(&self, build: Build, built: Option<Built>) -> bool {
        let built = built.map(Arc::new);
        let mut kept = self.kept();
        let ours = kept
            .building
            .get(&build.key)
            .is_some_and(|(_, ready)| ready.same_channel(&build.done.subscribe()));
        if ours {
            kept.building.remove(&build.key);
        }
        let stored = match &built {
            Some(built) => self.keep(&mut kept, build.key, build.generation, Arc::clone(built)),
            None => false,
        };
        build.done.send_replace(built);
        stored
    }

    fn keep(&self, kept: &mut Kept, key: String, generation: u64, built: Arc<Built>) -> bool {
        let size = built.body.len();
        if size > MAX_ENTRY_BYTES || generation != self.generation() {
            return false;
        }
        if kept.bytes + size > MAX_BYTES {
            let now = Instant::now();
            kept.answers.retain(|_, a| self.is_fresh(a, now));
            kept.bytes = kept.answers.values().map(|a| a.built.body.len()).sum();
            if kept.bytes + size > MAX_BYTES {
                return false;
            }
        }
        kept.bytes += size;
        let now = Instant::now();
        let answer = Answer {
            generation,
            refresh_at: now + self.max_age / 2,
            expires_at: now + self.max_age,
            built,
        };
        if let Some(old) = kept.answers.insert(key, answer) {
            kept.bytes -= old.built.body.len();
        }
        true
    }
}

/// The answer another reader built, or `None` if they went away or it was not one to share.
pub async fn wait(mut ready: Ready) -> Option<Arc<Built>> {
    ready.changed().await.ok()?;
    let built = ready.borrow().clone();
    built
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> ReadCache {
        ReadCache::new(Duration::from_secs(3600))
    }

    fn answer(size: usize) -> Option<Built> {
        Some(Built {
            headers: HeaderMap::new(),
            body: Bytes::from(vec![b'x'; size]),
        })
    }

    fn build(cache: &ReadCache, key: &str) -> Build {
        match cache.lookup(key) {
            Lookup::Build(build) => build,
            _ => panic!("{key}: expected to build"),
        }
    }

    fn kept_size(cache: &ReadCache, key: &str) -> Option<usize> {
        match cache.lookup(key) {
            Lookup::Kept(built) => Some(built.body.len()),
            _ => None,
        }
    }

    #[test]
    fn an_answer_is_served_until_a_write() {
        let cache = cache();
        let b = build(&cache, "/a");
        assert!(cache.finish(b, answer(3)));
        assert_eq!(kept_size(&cache, "/a"), Some(3));
        cache.invalidate();
        assert_eq!(kept_size(&cache, "/a"), None);
    }

    #[test]
    fn an_answer_built_across_a_write_is_not_kept() {
        let cache = cache();
        let b = build(&cache, "/a");
        cache.invalidate();
        assert!(!cache.finish(b, answer(3)));
        assert_eq!(kept_size(&cache, "/a"), None);
    }

    #[test]
    fn an_answer_older_than_the_age_is_not_served() {
        let cache = ReadCache::new(Duration::from_nanos(1));
        let b = build(&cache, "/a");
        assert!(cache.finish(b, answer(3)));
        std::thread::sleep(Duration::from_millis(1));
        assert_eq!(kept_size(&cache, "/a"), None);
    }

    #[tokio::test]
    async fn readers_arriving_during_a_build_wait_for_it() {
        let cache = cache();
        let b = build(&cache, "/a");
        let Lookup::Wait(first) = cache.lookup("/a") else {
            panic!("a second reader waits");
        };
        let Lookup::Wait(second) = cache.lookup("/a") else {
            panic!("so does a third");
        };
        assert!(cache.finish(b, answer(5)));
        assert_eq!(wait(first).await.map(|a| a.body.len()), Some(5));
        assert_eq!(wait(second).await.map(|a| a.body.len()), Some(5));
    }

    #[tokio::test]
    async fn a_builder_that_goes_away_lets_the_next_reader_build() {
        let cache = cache();
        let b = build(&cache, "/a");
        let Lookup::Wait(waiting) = cache.lookup("/a") else {
            panic!("a second reader waits");
        };
        drop(b);
        assert!(wait(waiting).await.is_none(), "told, not left waiting");
        let again = build(&cache, "/a");
        assert!(cache.finish(again, answer(2)));
    }

    #[tokio::test]
    async fn after_a_write_readers_do_not_wait_for_a_build_begun_before_it() {
        let cache = cache();
        let before = build(&cache, "/a");
        cache.invalidate();
        let after = build(&cache, "/a");
        assert!(!cache.finish(before, answer(1)), "built across the write");
        assert!(cache.finish(after, answer(2)));
        assert_eq!(kept_size(&cache, "/a"), Some(2));
    }

    #[tokio::test]
    async fn a_failed_build_is_shared_as_nothing() {
        let cache = cache();
        let b = build(&cache, "/a");
        let Lookup::Wait(waiting) = cache.lookup("/a") else {
            panic!("a second reader waits");
        };
        assert!(!cache.finish(b, None));
        assert!(wait(waiting).await.is_none());
        assert!(matches!(cache.lookup("/a"), Lookup::Build(_)));
    }

    #[test]
    fn past_half_its_age_one_reader_rebuilds_while_the_others_are_served() {
        let cache = cache();
        let b = build(&cache, "/a");
        assert!(cache.finish(b, answer(3)));
        if let Some(answer) = cache.kept().answers.get_mut("/a") {
            answer.refresh_at = Instant::now();
        }
        let refresh = build(&cache, "/a");
        assert_eq!(kept_size(&cache, "/a"), Some(3), "still served meanwhile");
        assert_eq!(kept_size(&cache, "/a"), Some(3));
        assert!(cache.finish(refresh, answer(4)));
        assert_eq!(kept_size(&cache, "/a"), Some(4));
    }

    #[test]
    fn the_weight_is_bounded() {
        let cache = cache();
        let fits = MAX_BYTES / MAX_ENTRY_BYTES;
        for i in 0..fits {
            let b = build(&cache, &format!("/{i}"));
            assert!(cache.finish(b, answer(MAX_ENTRY_BYTES)));
        }
        let b = build(&cache, "/one-more");
        assert!(!cache.finish(b, answer(MAX_ENTRY_BYTES)));
        let b = build(&cache, "/too-big");
        assert!(!cache.finish(b, answer(MAX_ENTRY_BYTES + 1)));
        // Once what is kept has gone stale, it makes room.
        cache.invalidate();
        let b = build(&cache, "/after");
        assert!(cache.finish(b, answer(MAX_ENTRY_BYTES)));
    }

    #[test]
    fn replacing_an_answer_keeps_the_weight_right() {
        let cache = cache();
        let b = build(&cache, "/a");
        cache.finish(b, answer(5));
        cache.invalidate();
        let b = build(&cache, "/a");
        cache.finish(b, answer(2));
        assert_eq!(cache.kept().bytes, 2);
    }
}
