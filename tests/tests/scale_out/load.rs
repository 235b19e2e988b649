//! Citizens voting, commenting and following through two API replicas at once, and a ledger
//! of what each request was answered, so that the database can be held to every 2xx.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::Method;
use serde_json::{json, Value};
use uuid::Uuid;

/// A person as a client holds them: an id and a bearer token.
#[derive(Clone, Debug)]
pub struct Citizen {
    pub id: Uuid,
    pub token: String,
}

/// What a request was answered.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// 2xx: the change is promised.
    Done(Value),
    /// 4xx: refused, nothing changed.
    Refused(u16, Value),
    /// A 5xx or a connection lost with the request sent: it may or may not have happened.
    Unknown(String),
}

/// The load balancer in front of the API replicas, as the test plays it: a request goes to
/// the replica asked for, and to the other one when the first refuses the connection (the
/// request was never sent, so retrying it elsewhere is safe).
#[derive(Clone)]
pub struct Front {
    pub servers: [String; 2],
    pub client: reqwest::Client,
    pub ledger: Arc<Mutex<Ledger>>,
}

impl Front {
    pub fn new(servers: [String; 2]) -> Front {
        Front {
            servers,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("client"),
            ledger: Arc::default(),
        }
    }

    pub async fn send(
        &self,
        server: usize,
        method: Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> Outcome {
        let mut outcome = Outcome::Unknown("not sent".into());
        for attempt in 0..2 {
            let base = &self.servers[(server + attempt) % 2];
            let mut request = self
                .client
                .request(method.clone(), format!("{base}{path}"))
                .bearer_auth(token);
            if let Some(body) = &body {
                request = request.json(body);
            }
            match request.send().await {
                Err(error) if error.is_connect() => {
                    outcome = Outcome::Unknown(format!("no replica took the connection: {error}"));
                }
                Err(error) => {
                    outcome = Outcome::Unknown(error.to_string());
                    break;
                }
                Ok(response) => {
                    outcome = classify(response).await;
                    break;
                }
            }
        }
        self.ledger.lock().expect("ledger").count(&outcome);
        outcome
    }
}

async fn classify(response: reqwest::Response) -> Outcome {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    if status.is_success() {
        Outcome::Done(body)
    } else if status.is_client_error() {
        Outcome::Refused(status.as_u16(), body)
    } else {
        Outcome::Unknown(format!("{status}: {body}"))
    }
}

/// A vote request: the value asked for (`None` retracts) and what it was answered.
type VoteAttempt = (Option<i16>, Outcome);

#[derive(Debug, Clone)]
pub struct SentComment {
    pub id: Uuid,
    pub proposal: Uuid,
    pub author: Uuid,
    pub parent: Option<Uuid>,
}

/// Every answer the clients got.
#[derive(Default, Debug, Clone)]
pub struct Ledger {
    /// Per (citizen, proposal), the vote requests in order; requests sent at the same moment
    /// share a step.
    pub votes: HashMap<(Uuid, Uuid), Vec<Vec<VoteAttempt>>>,
    pub comments: Vec<SentComment>,
    /// (citizen, target type, target id) of every follow answered 2xx.
    pub follows: Vec<(Uuid, &'static str, Uuid)>,
    pub done: usize,
    pub refused: Vec<String>,
    pub unknown: Vec<String>,
}

impl Ledger {
    fn count(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Done(_) => self.done += 1,
            Outcome::Refused(status, body) => self.refused.push(format!("{status} {body}")),
            Outcome::Unknown(why) => self.unknown.push(why.clone()),
        }
    }

    /// The votes the database may hold for one (citizen, proposal): what the last 2xx asked
    /// for, or what any later request of unknown fate asked for.
    pub fn possible_votes(steps: &[Vec<VoteAttempt>]) -> HashSet<Option<i16>> {
        let mut possible = HashSet::from([None]);
        for step in steps {
            let done: HashSet<Option<i16>> = step
                .iter()
                .filter(|(_, o)| matches!(o, Outcome::Done(_)))
                .map(|(v, _)| *v)
                .collect();
            let unknown = step
                .iter()
                .filter(|(_, o)| matches!(o, Outcome::Unknown(_)))
                .map(|(v, _)| *v);
            if !done.is_empty() {
                possible = done;
            }
            possible.extend(unknown);
        }
        possible
    }
}

const VALUES: [(&str, i16); 3] = [("agree", 1), ("disagree", -1), ("pass", 0)];

/// The scene the load plays in.
#[derive(Clone)]
pub struct Scene {
    pub consultation: Uuid,
    pub proposals: Vec<Uuid>,
    pub citizens: Vec<Citizen>,
}

pub async fn vote(front: &Front, server: usize, who: &Citizen, proposal: Uuid, value: usize) {
    let (name, number) = VALUES[value % 3];
    let outcome = front
        .send(
            server,
            Method::PUT,
            &format!("/api/v1/proposals/{proposal}/vote"),
            &who.token,
            Some(json!({ "value": name })),
        )
        .await;
    record_vote_step(front, who, proposal, vec![(Some(number), outcome)]);
}

fn record_vote_step(front: &Front, who: &Citizen, proposal: Uuid, step: Vec<VoteAttempt>) {
    front
        .ledger
        .lock()
        .expect("ledger")
        .votes
        .entry((who.id, proposal))
        .or_default()
        .push(step);
}

async fn comment(
    front: &Front,
    server: usize,
    who: &Citizen,
    proposal: Uuid,
    parent: Option<Uuid>,
    text: &str,
) {
    let outcome = front
        .send(
            server,
            Method::POST,
            &format!("/api/v1/proposals/{proposal}/comments"),
            &who.token,
            Some(json!({ "body": text, "parent_id": parent })),
        )
        .await;
    if let Outcome::Done(body) = outcome {
        let id = body["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("a created comment has an id: {body}"));
        front
            .ledger
            .lock()
            .expect("ledger")
            .comments
            .push(SentComment {
                id,
                proposal,
                author: who.id,
                parent,
            });
    }
}

async fn follow(front: &Front, server: usize, who: &Citizen, kind: &'static str, target: Uuid) {
    let outcome = front
        .send(
            server,
            Method::POST,
            &format!("/api/v1/{kind}s/{target}/follow"),
            &who.token,
            Some(json!({})),
        )
        .await;
    if let Outcome::Done(_) = outcome {
        front
            .ledger
            .lock()
            .expect("ledger")
            .follows
            .push((who.id, kind, target));
    }
}

/// How many citizens act at the same moment: enough to overlap on a 2-core machine.
const IN_FLIGHT: usize = 8;

/// Citizens `range` each comment first (so mail starts early), vote on every proposal and
/// follow one, through both replicas; every third also follows the consultation.
pub async fn first_round(front: Front, scene: Scene, range: std::ops::Range<usize>) {
    futures_util::stream::iter(range)
        .for_each_concurrent(IN_FLIGHT, |i| {
            let (front, scene) = (front.clone(), scene.clone());
            async move {
                let who = &scene.citizens[i];
                let n = scene.proposals.len();
                let text = format!("ความเห็นที่ {i}: ศูนย์ไกล่เกลี่ยควรเปิดวันเสาร์ด้วย");
                comment(&front, i % 2, who, scene.proposals[i % n], None, &text).await;
                for (p, proposal) in scene.proposals.iter().enumerate() {
                    vote(&front, (i + p) % 2, who, *proposal, i + p).await;
                }
                let followed = scene.proposals[(i + 1) % n];
                follow(&front, (i + 1) % 2, who, "proposal", followed).await;
                if i % 3 == 0 {
                    follow(&front, i % 2, who, "consultation", scene.consultation).await;
                }
            }
        })
        .await;
}

/// After the restarts: changed votes through the other replica, the same citizen voting two
/// ways through both replicas at once, retracted votes, and replies to others' comments.
pub async fn second_round(front: Front, scene: Scene) {
    let comments = front.ledger.lock().expect("ledger").comments.clone();
    futures_util::stream::iter(0..scene.citizens.len())
        .for_each_concurrent(IN_FLIGHT, |i| {
            let (front, scene, comments) = (front.clone(), scene.clone(), comments.clone());
            async move {
                let who = &scene.citizens[i];
                if i % 4 == 0 {
                    vote(&front, (i + 1) % 2, who, scene.proposals[0], i + 1).await;
                }
                if i % 5 == 0 {
                    let proposal = scene.proposals[2];
                    let path = format!("/api/v1/proposals/{proposal}/vote");
                    let (a, b) = tokio::join!(
                        front.send(
                            0,
                            Method::PUT,
                            &path,
                            &who.token,
                            Some(json!({"value": "agree"}))
                        ),
                        front.send(
                            1,
                            Method::PUT,
                            &path,
                            &who.token,
                            Some(json!({"value": "disagree"}))
                        ),
                    );
                    record_vote_step(&front, who, proposal, vec![(Some(1), a), (Some(-1), b)]);
                }
                if i % 7 == 0 {
                    let proposal = scene.proposals[1];
                    let outcome = front
                        .send(
                            i % 2,
                            Method::DELETE,
                            &format!("/api/v1/proposals/{proposal}/vote"),
                            &who.token,
                            None,
                        )
                        .await;
                    record_vote_step(&front, who, proposal, vec![(None, outcome)]);
                }
                if i % 6 == 1 {
                    // A reply to someone else's comment reaches that person.
                    if let Some(parent) = comments.iter().find(|c| c.author != who.id) {
                        let text = format!("ตอบกลับจากคนที่ {i}: เห็นด้วยครับ");
                        comment(&front, i % 2, who, parent.proposal, Some(parent.id), &text).await;
                    }
                }
            }
        })
        .await;
}
