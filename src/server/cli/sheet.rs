//! `accord import-csv FILE --by EMAIL [--dry-run]`: a spreadsheet of existing commitments
//! imported from a script, with the same checks as the browser's review: every problem is
//! printed by row and column, and nothing is written unless every row is valid. Columns are
//! taken as guessed from the header; unknown partners are added first with `accord partner
//! add`.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use crate::domain::spreadsheet::file::{read_sheet, sheet_text};
use crate::domain::spreadsheet::{RowOutcome, SheetColumn, SheetPlan};
use crate::server::sheets::dry_run;
use crate::server::store::Store;

#[derive(Debug, Args)]
pub(super) struct ImportCsvArgs {
    /// The e-mail of the user the import is recorded as (in the history and audit trail).
    #[arg(long, value_name = "EMAIL")]
    by: String,
    /// Check every row and print the outcome; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// The CSV file (UTF-8, comma or semicolon).
    file: PathBuf,
}

pub(super) async fn run(store: &Store, args: ImportCsvArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let text = sheet_text(&bytes).map_err(|problem| anyhow::anyhow!(problem.message()))?;
    let file = read_sheet(text).map_err(|problem| anyhow::anyhow!(problem.message()))?;
    let Some(user) = store.user_by_email(args.by.trim()).await? else {
        bail!("no user has the e-mail {}", args.by.trim());
    };
    let plan = SheetPlan::read(&file.headers, &[]);
    for (header, column) in file.headers.iter().zip(&plan.mapping) {
        let holds = column.map(SheetColumn::label).unwrap_or("(not imported)");
        println!("column {header:?}: {holds}");
    }
    let review = dry_run(store, &file, &plan, None).await?;
    for missing in &review.missing {
        println!("no column holds: {}", missing.label());
    }
    for row in &review.rows {
        if let RowOutcome::Problems(problems) = &row.outcome {
            for problem in problems {
                let column = problem.column.map(SheetColumn::label).unwrap_or("row");
                println!("row {}, {column}: {}", row.line, problem.message);
            }
        }
    }
    let already = review.count(|o| matches!(o, RowOutcome::AlreadyImported(_)));
    println!(
        "{} rows: {} to create, {already} imported before, {} with problems",
        review.rows.len(),
        review.creates(),
        review.invalid()
    );
    if !review.ready() {
        bail!("nothing was imported: correct the file and run again");
    }
    if args.dry_run {
        println!("dry run: nothing was written");
        return Ok(());
    }
    let name = args
        .file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spreadsheet.csv".to_owned());
    let draft = store.save_sheet_draft(&name, text, user.id).await?;
    let report = store
        .import_sheet(draft, &review, &[], Some(user.id), store.today())
        .await?;
    println!(
        "imported: {} initiatives created, {} found imported meanwhile",
        report.created, report.already_imported
    );
    Ok(())
}
