//! `sala demo`: a realistic, deterministic, Thai-first data set — three consultations, a few
//! hundred proposals, votes and threaded comments from a few hundred demo citizens, one
//! account per role, and what became of the ideas (a result with milestones and a measured
//! indicator, a signed charter open to remarks, an award open for assessment). The same seed gives the same content, votes
//! and threads every time.

mod agency;
mod awards;
mod closing;
mod content;
mod proposals;
mod routing;
mod waiting;

use std::collections::HashMap;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, RngCore, SeedableRng};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::auth::password;
use crate::config::Settings;
use crate::db::entities::{organizations, users};
use crate::db::Db;
use crate::domain::accounts::{create_verified, Locale, Role, VerifiedAccount, AGE_BANDS, GENDERS};
use crate::domain::bulk::{self, NewAccount, NewConsultation};
use crate::domain::{now, organizations as orgs};
pub use content::Voice;
use proposals::Citizen;

/// The demo sign-ins the README lists; all share this password.
pub const DEMO_PASSWORD: &str = "sala-demo-2570";
pub const DEMO_ACCOUNTS: [(&str, Role, &str); 6] = [
    ("citizen@demo.sala.in.th", Role::Citizen, "พลเมือง ทดลองใช้"),
    (
        "moderator@demo.sala.in.th",
        Role::Moderator,
        "ผู้ดูแล ห้องปฏิบัติการ",
    ),
    ("valuator@demo.sala.in.th", Role::Valuator, "ผู้ประเมิน ข้อเสนอ"),
    ("agency@demo.sala.in.th", Role::Agency, "นักวิเคราะห์ กระทรวง"),
    ("admin@demo.sala.in.th", Role::Admin, "ผู้ดูแลระบบ ศาลา"),
    (
        "lab@demo.sala.in.th",
        Role::Citizen,
        "เจ้าหน้าที่ ห้องปฏิบัติการนโยบาย",
    ),
];
const CITIZENS: usize = 320;
const SEED: u64 = 2570;
/// Provinces demo citizens declare, pilot provinces first.
const PROVINCES: [&str; 10] = [
    "สุโขทัย",
    "นครพนม",
    "ภูเก็ต",
    "ราชบุรี",
    "กรุงเทพมหานคร",
    "เชียงใหม่",
    "ขอนแก่น",
    "สงขลา",
    "นครราชสีมา",
    "อุบลราชธานี",
];

/// What was loaded, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub accounts: usize,
    pub consultations: usize,
    pub proposals: usize,
    pub votes: usize,
    pub comments: usize,
}

fn progress(step: &str, n: usize) {
    eprintln!("demo: {step:<14} {n:>6}");
}

/// An id whose time part is `at`, with the rest drawn from the seeded generator.
fn id_at(rng: &mut StdRng, at: DateTime<Utc>) -> Uuid {
    let mut random = [0u8; 10];
    rng.fill_bytes(&mut random);
    uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis() as u64, &random).into_uuid()
}

/// Loads the demo data unless it is there already; `settings` give the policies the
/// use-cases that write what waits for the demo's people apply.
pub async fn load(db: &Db, settings: &Settings) -> anyhow::Result<Option<Summary>> {
    let started = Instant::now();
    let content = content::load()?;
    if already_loaded(db, &content).await? {
        eprintln!("demo: already loaded; nothing to do");
        return Ok(None);
    }
    let mut rng = StdRng::seed_from_u64(SEED);
    // One hash for every demo account: hashing hundreds of passwords would take minutes.
    let hash = password::hash_password(DEMO_PASSWORD).await?;
    let now = now();
    let txn = db.begin_write().await?;
    let people = load_people(&txn, &content, &hash, now).await?;
    let citizens = load_citizens(&txn, &mut rng, &content, &hash, now).await?;
    let mut summary = Summary {
        accounts: CITIZENS + DEMO_ACCOUNTS.len(),
        ..Summary::default()
    };
    progress("accounts", summary.accounts);
    for (index, c) in content.consultations.iter().enumerate() {
        let world = World {
            rng: &mut rng,
            people: &people,
            citizens: &citizens,
            now,
        };
        let loaded = load_consultation(&txn, world, index, c).await?;
        summary.consultations += 1;
        summary.proposals += loaded.proposals;
        summary.votes += loaded.votes;
        summary.comments += loaded.comments;
        progress("proposals", summary.proposals);
        progress("votes", summary.votes);
        progress("comments", summary.comments);
    }
    routing::load(&txn, people.staff["agency@demo.sala.in.th"]).await?;
    txn.commit().await?;
    let others: Vec<Uuid> = citizens.iter().take(3).map(|c| c.id).collect();
    summary.comments += waiting::load(
        db,
        settings,
        people.staff["citizen@demo.sala.in.th"],
        &others,
    )
    .await?;
    let readers: Vec<Uuid> = citizens.iter().skip(3).take(2).map(|c| c.id).collect();
    if let [first, second] = readers[..] {
        let cast = closing::Cast {
            admin: people.staff["admin@demo.sala.in.th"],
            agency: people.staff["agency@demo.sala.in.th"],
            csos_representative: people.staff["citizen@demo.sala.in.th"],
            readers: [first, second],
        };
        closing::load(db, cast).await?;
    }
    let cast = awards::Cast {
        lab_owner: people.staff["lab@demo.sala.in.th"],
        representative: people.staff["citizen@demo.sala.in.th"],
        assessor_email: "valuator@demo.sala.in.th",
    };
    awards::load(db, cast).await?;
    eprintln!(
        "demo: loaded {} consultations, {} proposals, {} votes and {} comments from {} accounts in {:.1} s",
        summary.consultations,
        summary.proposals,
        summary.votes,
        summary.comments,
        summary.accounts,
        started.elapsed().as_secs_f64()
    );
    Ok(Some(summary))
}

/// Whether the demo's first organization exists already.
async fn already_loaded(db: &Db, content: &content::Content) -> anyhow::Result<bool> {
    let first_org = content
        .organizations
        .first()
        .map(|o| o.slug.clone())
        .unwrap_or_default();
    Ok(organizations::Entity::find()
        .filter(organizations::Column::Slug.eq(first_org))
        .one(db.reader())
        .await?
        .is_some())
}

/// The demo's organizations and sign-in accounts, by slug and by email.
struct People {
    /// Organization id and kind, by slug.
    orgs: HashMap<String, (Uuid, String)>,
    staff: HashMap<&'static str, Uuid>,
    csos: Vec<Uuid>,
}

/// What drawing a consultation's content needs.
struct World<'a> {
    rng: &'a mut StdRng,
    people: &'a People,
    citizens: &'a [Citizen],
    now: DateTime<Utc>,
}

/// Organizations and the demo sign-ins, created by the live use-cases, with their
/// memberships: the lab's owner, the representative of one provincial office (see `routing`),
/// and the representative of the first civil-society organisation (the Lanna child-rights network).
async fn load_people(
    txn: &DatabaseTransaction,
    content: &content::Content,
    hash: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<People> {
    let mut org_ids = HashMap::new();
    for org in &content.organizations {
        let created = orgs::create(txn, &org.slug, &org.name, &org.kind).await?;
        org_ids.insert(org.slug.clone(), (created.id, org.kind.clone()));
    }
    for org in &content.organizations {
        let parent = org
            .parent
            .as_ref()
            .and_then(|slug| org_ids.get(slug))
            .map(|(id, _)| *id);
        orgs::place(
            txn,
            org_ids[&org.slug].0,
            parent,
            org.province.clone(),
            org.description.clone(),
        )
        .await?;
    }
    let staff = load_staff(txn, hash, now).await?;
    let of_kind = |kinds: &[&str]| -> Vec<Uuid> {
        content
            .organizations
            .iter()
            .filter(|o| kinds.contains(&o.kind.as_str()))
            .filter_map(|o| org_ids.get(&o.slug).map(|(id, _)| *id))
            .collect()
    };
    if let Some(lab) = of_kind(&["lab"]).first() {
        orgs::add_member(txn, *lab, staff["lab@demo.sala.in.th"], "owner").await?;
    }
    // The agency account represents one provincial office (see `routing`), not every agency.
    // The organisations whose endorsements the demo shows: the first four of the kinds that
    // endorse (every kind but labs and agencies).
    let mut csos = of_kind(&["cso", "youth_group", "business", "academic"]);
    csos.truncate(4);
    if let Some(first_cso) = csos.first() {
        orgs::add_member(
            txn,
            *first_cso,
            staff["citizen@demo.sala.in.th"],
            "representative",
        )
        .await?;
    }
    Ok(People {
        orgs: org_ids,
        staff,
        csos,
    })
}

/// The accounts the README lists, one per role.
async fn load_staff(
    txn: &DatabaseTransaction,
    hash: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<HashMap<&'static str, Uuid>> {
    let mut staff = HashMap::new();
    for (email, role, name) in DEMO_ACCOUNTS {
        let account = create_verified(
            txn,
            VerifiedAccount {
                email,
                display_name: name,
                password_hash: hash.to_owned(),
                role,
                locale: Locale::Th,
            },
        )
        .await?;
        staff.insert(email, account.id);
    }
    // The demo's own people joined long ago, like its citizens: new-account limits are for
    // accounts made today.
    users::Entity::update_many()
        .col_expr(
            users::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(now - Duration::days(180)),
        )
        .filter(users::Column::Id.is_in(staff.values().copied()))
        .exec(txn)
        .await?;
    let joined: Vec<_> = staff
        .values()
        .map(|&id| (id, now - Duration::days(180)))
        .collect();
    bulk::insert_consents(txn, &joined).await?;
    Ok(staff)
}

/// The gender of a demo citizen's first name (the first word of a display name), which the
/// pronouns and polite particles of their comments fit; `None` for a name the demo never
/// gives a citizen.
pub fn voice_of(display_name: &str) -> anyhow::Result<Option<Voice>> {
    let first = display_name.split_whitespace().next().unwrap_or_default();
    Ok(content::load()?
        .first_names
        .iter()
        .find(|n| n.name == first)
        .map(|n| n.gender))
}

/// Citizens, each leaning towards one of three outlooks so that votes have structure, and
/// declaring (when they declare one) the gender their first name has.
async fn load_citizens<C: ConnectionTrait>(
    conn: &C,
    rng: &mut StdRng,
    content: &content::Content,
    hash: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<Citizen>> {
    let joined = now - Duration::days(120);
    let mut citizens = Vec::with_capacity(CITIZENS);
    let mut accounts = Vec::with_capacity(CITIZENS);
    for i in 0..CITIZENS {
        let first = content
            .first_names
            .choose(rng)
            .ok_or_else(|| anyhow::anyhow!("the demo has no first names"))?;
        let last = content.last_names.choose(rng).cloned().unwrap_or_default();
        let created_at = joined + Duration::minutes(i as i64 * 17);
        let id = id_at(rng, created_at);
        let outlook = rng.random_range(0..proposals::OUTLOOKS);
        citizens.push(Citizen {
            id,
            outlook,
            voice: first.gender,
        });
        let mut declared = |p: f64, values: &[&str]| {
            rng.random_bool(p)
                .then(|| values.choose(rng).map(|v| v.to_string()))
                .flatten()
        };
        let province = declared(0.85, &PROVINCES);
        let age_band = declared(0.8, AGE_BANDS);
        let gender = match first.gender {
            Voice::Male => declared(0.8, &["male"]),
            Voice::Female => declared(0.8, &["female"]),
            Voice::Neutral => declared(0.8, GENDERS),
        };
        accounts.push(NewAccount {
            id,
            email: format!("citizen{i:03}@demo.sala.in.th"),
            display_name: format!("{} {}.", first.name, last.chars().next().unwrap_or('ก')),
            password_hash: hash.to_owned(),
            role: Role::Citizen,
            locale: if i % 10 == 9 { Locale::En } else { Locale::Th },
            province,
            age_band,
            gender,
            verified_at: Some(created_at),
            created_at,
            external_ref: None,
        });
    }
    let joined: Vec<_> = accounts.iter().map(|a| (a.id, a.created_at)).collect();
    bulk::insert_accounts(conn, accounts, &mut |_, _, _| {}).await?;
    bulk::insert_consents(conn, &joined).await?;
    Ok(citizens)
}

/// One consultation with its proposals, votes and threads, then its agency side.
async fn load_consultation(
    txn: &DatabaseTransaction,
    world: World<'_>,
    index: usize,
    c: &content::Consultation,
) -> anyhow::Result<bulk::Loaded> {
    let World {
        rng,
        people,
        citizens,
        now,
    } = world;
    let phase = c.phase;
    let opened = now - Duration::days(60 - index as i64 * 10);
    let consultation_id = id_at(rng, opened);
    let drawn = proposals::draw(rng, c, opened, now, citizens)?;
    let timeline = |days: i64| Some(opened + Duration::days(days));
    let consultation = NewConsultation {
        id: consultation_id,
        slug: c.slug.clone(),
        title: c.title.clone(),
        summary: c.summary.clone(),
        title_en: c.title_en.clone(),
        summary_en: c.summary_en.clone(),
        body: c.body.clone(),
        owner_organization_id: people.orgs.get(&c.owner).map(|(id, _)| *id),
        phase,
        themes: c.themes.clone(),
        provinces: c.provinces.clone(),
        criteria: c.criteria.clone(),
        ideation_starts_at: timeline(0),
        voting_starts_at: timeline(75),
        review_starts_at: timeline(105),
        closes_at: timeline(135),
        created_by: people.staff["admin@demo.sala.in.th"],
        created_at: opened,
        updated_at: opened,
        external_ref: None,
    };
    let loaded = bulk::insert_consultation(txn, consultation, drawn, &mut |_, _, _| {}).await?;
    let actors = agency::Actors {
        valuator: people.staff["valuator@demo.sala.in.th"],
        cso_member: people.staff["citizen@demo.sala.in.th"],
        csos: &people.csos,
        citizens,
    };
    agency::load(txn, rng, consultation_id, &actors, now).await?;
    Ok(loaded)
}
