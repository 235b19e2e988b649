//! The vote scenarios once more, loaded by `wrk` from outside the process instead of by the
//! in-process HTTP clients: the same voters, proposals and order of votes, with a load
//! generator whose own work takes little of the two cores the server runs on.

use sala_tests::{Person, TestApp};

use crate::wrk;

/// A Lua script for `wrk` that casts the in-process scenario's votes in the same order: voter
/// `i % voters`, then the next proposal for each pass over the voters, values in turn. `wrk`'s
/// two threads take every other vote each.
fn script(voters: &[Person], proposals: &[String]) -> String {
    let tokens = lua_strings(voters.iter().map(|v| v.token.as_str()));
    let proposals = lua_strings(proposals.iter().map(String::as_str));
    format!(
        "local tokens = {{{tokens}}}\n\
         local proposals = {{{proposals}}}\n\
         local values = {{'{{\"value\":\"agree\"}}', '{{\"value\":\"disagree\"}}', '{{\"value\":\"pass\"}}'}}\n\
         local threads = 0\n\
         function setup(thread)\n  thread:set(\"first\", threads)\n  threads = threads + 1\nend\n\
         local n = 0\n\
         function request()\n\
         \x20 local i = n * 2 + first\n\
         \x20 n = n + 1\n\
         \x20 local voter = i % #tokens\n\
         \x20 local proposal = (math.floor(i / #tokens) + i) % #proposals\n\
         \x20 return wrk.format(\"PUT\", \"/api/v1/proposals/\" .. proposals[proposal + 1] .. \"/vote\",\n\
         \x20   {{[\"Authorization\"] = \"Bearer \" .. tokens[voter + 1], [\"Content-Type\"] = \"application/json\"}},\n\
         \x20   values[i % 3 + 1])\n\
         end\n"
    )
}

/// The items of a Lua table of strings (tokens and ids need no escaping).
fn lua_strings<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items
        .map(|item| format!("\"{item}\""))
        .collect::<Vec<_>>()
        .join(",\n")
}

/// Votes on `proposals` for `seconds` through `connections` connections of `wrk`; every answer
/// must be a 2xx.
pub fn run(
    app: &TestApp,
    voters: &[Person],
    proposals: &[String],
    seconds: u32,
    connections: u32,
) -> anyhow::Result<wrk::Report> {
    let script = script(voters, proposals);
    let report = wrk::run(&wrk::Load {
        url: &format!("{}/", app.address),
        connections,
        seconds,
        headers: &[],
        script: Some(&script),
    })?;
    anyhow::ensure!(
        report.errors == "none",
        "votes through wrk: {}",
        report.errors
    );
    Ok(report)
}
