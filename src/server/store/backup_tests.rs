//! Backups taken while writers are busy restore to a consistent database holding every write
//! acknowledged before the backup started (SQLite; PostgreSQL's pg_dump is drilled in
//! RELIABILITY.md).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::test_support::{TODAY, TestDb, every_initiative};
use super::{Store, StoreError, restore_sqlite};
use crate::domain::{Initiative, StatusChangeInput};
use crate::server::seed;

/// Adds notes to random initiatives until told to stop; returns what was acknowledged: the
/// initiative and the version each note produced.
async fn note_writer(store: Store, seed: u64, stop: Arc<AtomicBool>) -> Vec<(i64, i64)> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let ids: Vec<i64> = every_initiative(&store)
        .await
        .iter()
        .map(|i| i.id)
        .collect();
    let mut acknowledged = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let id = ids[rng.random_range(0..ids.len())];
        let Ok(current) = store.initiative(id).await else {
            continue;
        };
        let note = StatusChangeInput {
            to_status: current.status.as_str().into(),
            note: format!("progress note from writer {seed}"),
            evidence_url: String::new(),
        };
        match store
            .change_status(id, current.version, &note, None, TODAY)
            .await
        {
            Ok(changed) => acknowledged.push((changed.id, changed.version)),
            Err(StoreError::Conflict(_) | StoreError::Invalid(_)) => {}
            Err(other) => panic!("writer {seed}: {other}"),
        }
    }
    acknowledged
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_consistent_with_every_earlier_write() {
    let db = TestDb::sqlite().await;
    let store = db.store.clone();
    seed::seed_demo(&store, TODAY).await.expect("seed");
    store.bring_summary_to(TODAY).await.expect("summary");
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..3)
        .map(|k| tokio::spawn(note_writer(store.clone(), k, stop.clone())))
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // Everything read now was acknowledged before the backup starts.
    let before: Vec<Initiative> = every_initiative(&store).await;
    let folder =
        std::env::temp_dir().join(format!("accord_backup_{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&folder).expect("folder");
    let backup = folder.join("backup.db");
    store
        .backup_sqlite_to(&backup)
        .await
        .expect("backup while writing");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let mut written = 0;
    for writer in writers {
        written += writer.await.expect("writer").len();
    }
    assert!(written > 10, "the writers were busy: {written} notes");
    assert!(
        store.backup_sqlite_to(&backup).await.is_err(),
        "never overwrites a file"
    );

    let live = folder.join("restored.db");
    std::fs::write(&live, b"an old database to replace").expect("old file");
    restore_sqlite(&backup, &live).await.expect("restore");
    let restored = Store::connect(&format!("sqlite:{}", live.display()), &Default::default())
        .await
        .expect("open the restored database");
    restored.migrate().await.expect("migrate");
    let report = restored.verify().await.expect("verify");
    assert!(report.is_sound(), "{:?}", report.problems);
    for earlier in &before {
        let kept = restored.initiative(earlier.id).await.expect("kept");
        assert!(
            kept.version >= earlier.version,
            "initiative {} lost acknowledged writes",
            earlier.id
        );
    }
    // Garbage is refused, and the database it would replace is left alone.
    let garbage = folder.join("garbage.db");
    std::fs::write(&garbage, b"not a database at all").expect("garbage");
    assert!(restore_sqlite(&garbage, &live).await.is_err());
    assert!(restored.verify().await.expect("verify").is_sound());
    restored.close().await;
    let _ = std::fs::remove_dir_all(&folder);
    db.cleanup().await;
}
