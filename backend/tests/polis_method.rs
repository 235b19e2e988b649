//! The Polis method against the groups Polis recorded for real conversations
//! (`tests/fixtures/polis`, CC BY 4.0, The Computational Democracy Project).

use std::path::PathBuf;

use sala::domain::opinion_groups::ari::adjusted_rand_index;
use sala::domain::opinion_groups::{compute, repness, OpinionGroups, VoteMatrix};
use sala::polis::export::{self, Conversation};

fn data_dir(name: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/polis");
    assert!(
        root.is_dir(),
        "the Polis data set is missing: expected it at {}",
        root.display()
    );
    root.join(name)
}

/// ARI over every participant, "not clustered" counting as a group of its own on both sides.
fn ari_with_recorded(conversation: &Conversation, result: &OpinionGroups) -> f64 {
    let mut ours = vec![None; conversation.participants.len()];
    for p in &result.positions {
        ours[p.participant as usize] = p.group;
    }
    let (a, b): (Vec<Option<usize>>, Vec<Option<i64>>) = conversation
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (ours[i], p.group_id))
        .unzip();
    adjusted_rand_index(&a, &b)
}

fn load(name: &str) -> (Conversation, OpinionGroups) {
    let conversation = export::read(&data_dir(name)).expect("the export reads");
    let result = compute(&conversation.matrix());
    let sizes: Vec<usize> = result.groups.iter().map(|g| g.members.len()).collect();
    assert!(
        conversation.statements.len() > 30,
        "{name}: statements read"
    );
    eprintln!(
        "{name}: ARI {:.4}, sizes {sizes:?}, silhouettes {:?}",
        ari_with_recorded(&conversation, &result),
        result.silhouettes
    );
    (conversation, result)
}

#[test]
fn bg2050_groups_and_consensus_match_polis() {
    let (conversation, result) = load("bg2050-volunteers");
    assert_eq!(ari_with_recorded(&conversation, &result), 1.0);
    let mut worst: f64 = 0.0;
    for s in &result.statements {
        let recorded = conversation.statements[s.statement as usize]
            .group_informed_consensus
            .expect("bg2050 records the consensus");
        worst = worst.max((recorded - s.group_informed_consensus).abs());
    }
    eprintln!("bg2050: largest consensus difference {worst:e}");
    assert!(worst < 1e-9);
}

#[test]
fn vtaiwan_groups_match_polis() {
    let (conversation, result) = load("vtaiwan.uberx");
    assert!(ari_with_recorded(&conversation, &result) >= 0.9);
    let matrix = conversation.matrix();
    let recorded = recorded_groups(&conversation, &matrix);
    let theirs = repness::representatives(&matrix, &recorded);
    for (g, rows) in recorded.iter().enumerate() {
        let ids: std::collections::HashSet<u32> =
            rows.iter().map(|r| matrix.row_participant[*r]).collect();
        let ours = result
            .groups
            .iter()
            .max_by_key(|group| group.members.iter().filter(|m| ids.contains(m)).count())
            .expect("groups");
        let a: Vec<u32> = ours.representatives.iter().map(|r| r.statement).collect();
        let b: Vec<u32> = theirs[g].iter().map(|r| r.statement).collect();
        assert_eq!(a, b, "representative statements of recorded group {g}");
    }
}

/// The rows of each group Polis recorded, by recorded id.
fn recorded_groups(conversation: &Conversation, matrix: &VoteMatrix) -> Vec<Vec<usize>> {
    let mut groups: std::collections::BTreeMap<i64, Vec<usize>> = Default::default();
    for (r, p) in matrix.row_participant.iter().enumerate() {
        if let Some(g) = conversation.participants[*p as usize].group_id {
            groups.entry(g).or_default().push(r);
        }
    }
    groups.into_values().collect()
}

#[test]
fn the_same_votes_give_the_same_groups() {
    let conversation = export::read(&data_dir("american-assembly.bowling-green")).expect("reads");
    let matrix = conversation.matrix();
    assert_eq!(compute(&matrix), compute(&matrix));
}

#[test]
fn bowling_green_and_london_make_groups() {
    for name in ["london.youth.policing", "american-assembly.bowling-green"] {
        let (_, result) = load(name);
        assert!(result.groups.len() >= 2, "{name}");
    }
}
