//! `accord import-readout`: what Accord proposes for a meeting readout, on the command line.
//! Reads no database: the sectors are the default list.

use std::io::Read;
use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;

use crate::domain::sector::default_sector_synonyms;
use crate::readout::{Proposal, extract};

#[derive(Debug, Args)]
pub(super) struct ImportReadoutArgs {
    /// Print one JSON object in the schema of the shared `expected.jsonl`.
    #[arg(long)]
    json: bool,
    /// Resolve relative dates ("next year") against this day when the readout has no dateline
    /// (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// The readout, or `-` for standard input.
    file: PathBuf,
}

pub(super) fn run(args: ImportReadoutArgs) -> anyhow::Result<()> {
    let text = if args.file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the readout from standard input")?;
        text
    } else {
        std::fs::read_to_string(&args.file)
            .with_context(|| format!("cannot read {}", args.file.display()))?
    };
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let proposal = extract(&text, today, &default_sector_synonyms())?;
    if args.json {
        println!("{}", proposal.to_expected_json());
    } else {
        print!("{}", describe(&proposal));
    }
    Ok(())
}

fn label<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The proposal for a person to read.
fn describe(proposal: &Proposal) -> String {
    let mut out = String::new();
    let or_dash = |value: &Option<String>| value.clone().unwrap_or_else(|| "—".to_owned());
    out.push_str(&format!(
        "Meeting date:   {}\n",
        or_dash(&proposal.meeting_date)
    ));
    out.push_str(&format!(
        "Partner region: {}\n",
        or_dash(&proposal.partner_region)
    ));
    out.push_str("Parties:\n");
    for party in &proposal.parties {
        let role = [party.title.clone(), party.organisation.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        out.push_str(&format!(
            "  - {}{}\n",
            party.name,
            if role.is_empty() {
                String::new()
            } else {
                format!(" ({role})")
            }
        ));
    }
    let sectors: Vec<&str> = proposal.sectors.iter().map(|s| s.name.as_str()).collect();
    out.push_str(&format!(
        "Sectors:        {}\n",
        if sectors.is_empty() {
            "—".to_owned()
        } else {
            sectors.join(", ")
        }
    ));
    out.push_str(&format!("Commitments ({}):\n", proposal.commitments.len()));
    for (n, c) in proposal.commitments.iter().enumerate() {
        out.push_str(&format!(
            "  {}. [{} {}, owed by {}{}] {}\n",
            n + 1,
            label(&c.strength),
            label(&c.kind),
            label(&c.obligor),
            c.due
                .as_ref()
                .map(|d| format!(", due {d}"))
                .unwrap_or_default(),
            c.text
        ));
    }
    out
}
