//! Unit tests of [`super`]: the rules every written file follows.

use super::*;

fn page(w: &mut BufWriter<&mut File>, text: &str) -> Result<()> {
    std::io::Write::write_all(w, text.as_bytes())?;
    Ok(())
}

fn replace(journal: &Path) -> Existing {
    Existing::Replace {
        journal: Some(journal.to_path_buf()),
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_new_file_is_private_and_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.md");
    write(&path, &Existing::Refuse, |w| page(w, "hello")).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    // Nothing else is left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn an_existing_file_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.md");
    std::fs::write(&path, "mine").unwrap();
    for existing in [
        Existing::Refuse,
        Existing::RefuseUnlessForced { journal: None },
    ] {
        let err = write(&path, &existing, |w| page(w, "new")).unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_failed_fill_leaves_the_old_file_and_no_temporary_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.md");
    let journal = dir.path().join("j.db");
    std::fs::write(&path, "old page").unwrap();
    let err = write(&path, &replace(&journal), |w| {
        page(w, "half")?;
        anyhow::bail!("killed")
    })
    .unwrap_err();
    assert_eq!(err.to_string(), "killed");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old page");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn force_replaces_an_earlier_page_by_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.md");
    std::fs::write(&path, "# old page\n").unwrap();
    let before = std::fs::metadata(&path).unwrap();
    write(&path, &replace(&dir.path().join("j.db")), |w| {
        page(w, "new")
    })
    .unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    // A new file took the name: the old one was never truncated.
    assert!(!same_file(&before, &path));
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn force_never_replaces_the_journal_its_log_or_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("j.db");
    let wal = dir.path().join("j.db-wal");
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let backup = backups.join("j-backup.txt");
    // Text, so that only where they are tells them apart.
    for path in [&journal, &wal, &backup] {
        std::fs::write(path, "plain text").unwrap();
    }
    for (path, kind) in [
        (&journal, Kind::Journal),
        (&wal, Kind::JournalLog),
        (&backup, Kind::Backup),
    ] {
        let err = write(path, &replace(&journal), |w| page(w, "x")).unwrap_err();
        assert_eq!(
            err.downcast_ref::<FileError>(),
            Some(&FileError::NeverReplaced(path.clone(), kind))
        );
        assert_eq!(std::fs::read_to_string(path).unwrap(), "plain text");
    }
    // Another name for the journal is the journal too.
    #[cfg(unix)]
    {
        let alias = dir.path().join("alias.db");
        std::fs::hard_link(&journal, &alias).unwrap();
        let err = write(&alias, &replace(&journal), |w| page(w, "x")).unwrap_err();
        assert!(matches!(
            err.downcast_ref::<FileError>(),
            Some(FileError::NeverReplaced(_, Kind::Journal))
        ));
    }
}

#[test]
fn force_never_replaces_a_database_an_export_or_binary_data() {
    for (content, kind) in [
        (&b"SQLite format 3\0rest"[..], Kind::Database),
        (b"\x8f\x03\xff\x00random", Kind::Binary),
        (b"text\0with a nul", Kind::Binary),
        (br#"{"format":"spiegel-export","version":1}"#, Kind::Export),
    ] {
        assert_eq!(judge_content(content), Err(kind), "{content:?}");
    }
    let csv = "reflection,case,date,medium,with,completed,step\n1,2\n";
    assert_eq!(judge_content(csv.as_bytes()), Err(Kind::Export));
    let csv = "id,reflection,case,date,medium,with,completed,step\n1,2\n";
    assert_eq!(judge_content(csv.as_bytes()), Err(Kind::Export));
    assert_eq!(judge_content("# Supervisie ë".as_bytes()), Ok(()));
    // A character cut by the 4 KiB limit is still text.
    assert_eq!(judge_content(&"ë".as_bytes()[..1]), Ok(()));
}

#[cfg(unix)]
#[test]
fn links_pipes_and_folders_are_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("j.db");
    let target = dir.path().join("target.txt");
    std::fs::write(&target, "precious").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let dangling = dir.path().join("dangling.md");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    for existing in [
        Existing::Refuse,
        Existing::RefuseUnlessForced {
            journal: Some(journal.clone()),
        },
        replace(&journal),
    ] {
        for path in [&link, &dangling, &folder] {
            assert!(write(path, &existing, |w| page(w, "x")).is_err());
        }
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    assert!(!dir.path().join("nowhere").exists());
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(create_new(&dangling).is_err());
}

#[cfg(unix)]
#[test]
fn a_log_is_appended_to_but_never_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace.sql");
    std::io::Write::write_all(&mut open_append(&log).unwrap(), b"one;\n").unwrap();
    std::io::Write::write_all(&mut open_append(&log).unwrap(), b"two;\n").unwrap();
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "one;\ntwo;\n");
    assert_eq!(mode(&log), 0o600);
    let link = dir.path().join("link.sql");
    std::os::unix::fs::symlink(&log, &link).unwrap();
    assert!(open_append(&link).is_err());
    assert!(open_append(dir.path()).is_err());
}

#[cfg(unix)]
#[test]
fn a_file_is_overwritten_only_itself_never_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("precious");
    std::fs::write(&target, "keep").unwrap();
    let link = dir.path().join("leftover.old");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(open_to_overwrite(&link).is_err());
    assert!(open_to_overwrite(dir.path()).is_err());
    assert!(open_to_overwrite(&dir.path().join("missing")).is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    assert!(open_to_overwrite(&target).is_ok());
}

#[cfg(unix)]
#[test]
fn folders_are_created_private_whatever_the_umask_allows() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("a/b");
    create_dir(&deep).unwrap();
    assert_eq!(mode(&dir.path().join("a")), 0o700);
    assert_eq!(mode(&deep), 0o700);
    let file = deep.join("f");
    create_new(&file).unwrap();
    assert_eq!(mode(&file), 0o600);
}

#[cfg(unix)]
#[test]
fn a_journal_that_is_not_a_regular_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(check_journal(&dir.path().join("missing.db")).is_ok());
    let err = check_journal(dir.path()).unwrap_err();
    assert!(matches!(
        err.downcast_ref::<FileError>(),
        Some(FileError::JournalNotAFile(_, Kind::Folder))
    ));
    let err = check_journal(Path::new("/dev/null")).unwrap_err();
    assert!(matches!(
        err.downcast_ref::<FileError>(),
        Some(FileError::JournalNotAFile(_, Kind::Device))
    ));
}
