//! Votes committed together: concurrent votes share transactions, and a group gives what the
//! same votes one after another would have given.

use futures_util::future::join_all;
use sala::db::entities::proposals;
use sala::domain::accounts::{find_active, Account, Role};
use sala::domain::ranking;
use sala::domain::votes::{commit_together, recount, Ballot, VoteValue};
use sala::error::{Conflict, Error};
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::EntityTrait;
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    two_hundred_votes_at_once_share_transactions_and_equal_a_recount,
    a_group_applies_its_votes_in_order_and_refuses_only_the_bad_one,
);

async fn consultation_with_proposals(app: &TestApp, n: usize) -> Vec<String> {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().unwrap().to_owned();
    let author = app.sign_up("author@example.org").await;
    let mut ids = Vec::new();
    for i in 0..n {
        let p = app
            .proposal(&author, &cid, &format!("ข้อเสนอกลุ่มคะแนนที่ {i}"))
            .await;
        ids.push(p["id"].as_str().unwrap().to_owned());
    }
    ids
}

/// A metric's value in `/metrics` (a histogram's `_sum` or `_count` by its full name).
async fn metric(app: &TestApp, name: &str) -> f64 {
    let Value::String(text) = app.get("/metrics", None).await.body else {
        panic!("metrics are text");
    };
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .map_or(0.0, |v| v.trim().parse().unwrap())
}

/// The proposal's counters and scores equal those of a recount of its vote rows.
async fn assert_counters_and_scores_equal_recount(app: &TestApp, id: &str) -> ranking::Tally {
    let id: Uuid = id.parse().unwrap();
    let row = proposals::Entity::find_by_id(id)
        .one(app.db.reader())
        .await
        .unwrap()
        .unwrap();
    let counted = recount(app.db.reader(), id).await.unwrap();
    assert_eq!(sala::domain::votes::tally_of(&row), counted, "counters");
    assert_eq!(row.support_score, counted.support(), "support score");
    assert_eq!(
        row.hot_score,
        ranking::hot(counted, row.created_at),
        "hot score"
    );
    assert_eq!(
        row.controversy_score,
        ranking::controversy(counted),
        "controversy score"
    );
    counted
}

async fn two_hundred_votes_at_once_share_transactions_and_equal_a_recount(backend: Backend) {
    let app = spawn_app(backend).await;
    let id = consultation_with_proposals(&app, 1).await.remove(0);
    let voters = app.many_citizens(200).await;
    let batches_before = metric(&app, "sala_vote_batches_total").await;
    let votes_before = metric(&app, "sala_vote_batch_size_sum").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    let values = ["agree", "disagree", "pass", "agree"];
    let statuses = join_all(voters.iter().enumerate().map(|(i, voter)| {
        let body = json!({"value": values[i % values.len()]});
        let (app, path) = (&app, &path);
        async move {
            app.put(path, Some(&voter.token), &body)
                .await
                .status
                .as_u16()
        }
    }))
    .await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let tally = assert_counters_and_scores_equal_recount(&app, &id).await;
    assert_eq!(
        (tally.agree, tally.disagree, tally.pass),
        (100, 50, 50),
        "every acknowledged vote is there, once"
    );
    // Other tests of this process may vote meanwhile; they add to both figures alike, so
    // fewer transactions than votes means groups of more than one vote were committed.
    let batches = metric(&app, "sala_vote_batches_total").await - batches_before;
    let votes = metric(&app, "sala_vote_batch_size_sum").await - votes_before;
    assert!(votes >= 200.0, "{votes} votes went through the writer");
    assert!(
        batches < votes,
        "{votes} votes took {batches} transactions: none was shared"
    );
}

async fn account(app: &TestApp, person: &Person) -> Account {
    find_active(app.db.reader(), person.id)
        .await
        .unwrap()
        .expect("active account")
}

fn ballot(voter: &Account, proposal: &str, value: Option<VoteValue>) -> Ballot {
    Ballot {
        voter: voter.clone(),
        proposal_id: proposal.parse().unwrap(),
        value,
        origin: Some("192.0.2.0/24".to_owned()),
    }
}

async fn a_group_applies_its_votes_in_order_and_refuses_only_the_bad_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let ids = consultation_with_proposals(&app, 2).await;
    let (open, withdrawn) = (&ids[0], &ids[1]);
    let author = app.sign_in("author@example.org").await;
    app.delete(
        &format!("/api/v1/proposals/{withdrawn}"),
        Some(&author.token),
    )
    .await
    .expect(200);
    let mut people = Vec::new();
    for i in 0..4 {
        let person = app.sign_up(&format!("voter{i}@example.org")).await;
        people.push(account(&app, &person).await);
    }
    let [a, b, c, d] = [&people[0], &people[1], &people[2], &people[3]];
    use VoteValue::{Agree, Disagree, Pass};
    let group = [
        ballot(a, open, Some(Agree)),
        ballot(b, open, Some(Agree)),
        // The same voter twice in one group: the second vote replaces the first.
        ballot(a, open, Some(Disagree)),
        ballot(c, withdrawn, Some(Agree)),
        ballot(d, open, Some(Pass)),
        // Retracted and cast again within the group.
        ballot(b, open, None),
        ballot(b, open, Some(Pass)),
        // A repeat changes nothing.
        ballot(d, open, Some(Pass)),
    ];
    let answers = commit_together(&app.db, &group)
        .await
        .expect("the group commits");
    let shown: Vec<Option<(Option<VoteValue>, [i32; 3])>> = answers
        .iter()
        .map(|a| {
            a.as_ref()
                .ok()
                .map(|o| (o.my_vote, [o.tally.agree, o.tally.disagree, o.tally.pass]))
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            Some((Some(Agree), [1, 0, 0])),
            Some((Some(Agree), [2, 0, 0])),
            Some((Some(Disagree), [1, 1, 0])),
            None,
            Some((Some(Pass), [1, 1, 1])),
            Some((None, [0, 1, 1])),
            Some((Some(Pass), [0, 1, 2])),
            Some((Some(Pass), [0, 1, 2])),
        ],
        "each vote answered as if alone, in order"
    );
    assert!(
        matches!(
            answers[3],
            Err(Error::Conflict(Conflict::ProposalWithdrawn))
        ),
        "the vote on the withdrawn proposal is refused: {:?}",
        answers[3].as_ref().err()
    );
    let tally = assert_counters_and_scores_equal_recount(&app, open).await;
    assert_eq!((tally.agree, tally.disagree, tally.pass), (0, 1, 2));
    assert_counters_and_scores_equal_recount(&app, withdrawn).await;
    // What the voters see afterwards, through the API.
    let detail = app
        .get(&format!("/api/v1/proposals/{open}"), None)
        .await
        .expect(200);
    assert_eq!(
        detail["counts"],
        json!({"agree": 0, "disagree": 1, "pass": 2, "comments": 0})
    );
    let refused = app
        .put(
            &format!("/api/v1/proposals/{withdrawn}/vote"),
            Some(&app.sign_up("late@example.org").await.token),
            &json!({"value": "agree"}),
        )
        .await;
    assert_eq!(refused.status.as_u16(), 409, "{}", refused.body);
}
