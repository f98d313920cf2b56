namespace AssetBank.Catalog.Sqlite;

/// <summary>The catalog schema, as an ordered list of steps. Never edit a shipped step: add a new one.</summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "assets and ingestion state", """
            CREATE TABLE assets (
                id                  INTEGER PRIMARY KEY,
                key                 TEXT    NOT NULL UNIQUE,
                etag                TEXT    NOT NULL,
                size                INTEGER NOT NULL,
                store_last_modified TEXT    NOT NULL,
                content_sha256      TEXT,
                kind                TEXT    NOT NULL DEFAULT 'unknown',
                format              TEXT,
                content_type        TEXT,
                status              TEXT    NOT NULL,
                failure_reason      TEXT,
                first_seen          TEXT    NOT NULL,
                last_seen           TEXT    NOT NULL,
                processed_at        TEXT,
                external_id         TEXT,
                client              TEXT,
                project             TEXT,
                channel             TEXT,
                producer            TEXT,
                created             TEXT,
                ai_generated        INTEGER NOT NULL DEFAULT 0,
                license             TEXT,
                source_library      TEXT,
                title               TEXT
            );
            CREATE INDEX ix_assets_status ON assets(status);
            CREATE INDEX ix_assets_sha256 ON assets(content_sha256);
            CREATE INDEX ix_assets_kind ON assets(kind);
            CREATE INDEX ix_assets_external_id ON assets(external_id);
            """),
        new(2, "derived data: media, extracted content, tags, human edits, tag cache", """
            CREATE TABLE asset_derived (
                asset_id     INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
                media_json   TEXT,
                content_json TEXT,
                tags_json    TEXT,
                updated_at   TEXT NOT NULL
            );
            CREATE TABLE shots (
                asset_id      INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                shot_index    INTEGER NOT NULL,
                start_seconds REAL    NOT NULL,
                end_seconds   REAL    NOT NULL,
                keyframe_key  TEXT,
                thumbnail_key TEXT,
                dhash         TEXT,
                phash         TEXT,
                subtitle_text TEXT,
                PRIMARY KEY (asset_id, shot_index)
            );
            CREATE TABLE asset_tags (
                asset_id   INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                item_id    TEXT    NOT NULL,
                dimension  TEXT    NOT NULL,
                term_id    TEXT    NOT NULL,
                label      TEXT    NOT NULL,
                confidence REAL    NOT NULL,
                source     TEXT    NOT NULL,
                PRIMARY KEY (asset_id, item_id, term_id)
            );
            CREATE INDEX ix_asset_tags_term ON asset_tags(dimension, term_id);
            CREATE TABLE human_tag_edits (
                id        INTEGER PRIMARY KEY,
                asset_id  INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                item_id   TEXT    NOT NULL,
                action    TEXT    NOT NULL,
                dimension TEXT    NOT NULL,
                term_id   TEXT    NOT NULL,
                label     TEXT,
                note      TEXT,
                who       TEXT    NOT NULL,
                at        TEXT    NOT NULL
            );
            CREATE INDEX ix_human_tag_edits_asset ON human_tag_edits(asset_id);
            CREATE TABLE tag_cache (
                cache_key  TEXT PRIMARY KEY,
                tags_json  TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """),
        new(3, "change sequence for derived stores; attempts per object version", """
            ALTER TABLE assets ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE assets ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE assets ADD COLUMN attempt_stage TEXT;
            ALTER TABLE assets ADD COLUMN attempt_peak_bytes INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE catalog_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
            INSERT INTO catalog_sequence (id, value) VALUES (1, coalesce((SELECT max(id) FROM assets), 0));
            UPDATE assets SET change_seq = id;
            CREATE INDEX ix_assets_change_seq ON assets(change_seq);
            """),
        new(4, "projects and the append-only reuse ledger", """
            CREATE TABLE project_briefs (
                code       TEXT    NOT NULL COLLATE NOCASE,
                version    INTEGER NOT NULL,
                brief_json TEXT    NOT NULL,
                saved_by   TEXT    NOT NULL,
                saved_at   TEXT    NOT NULL,
                PRIMARY KEY (code, version)
            );
            CREATE TABLE reuse_ledger (
                id            INTEGER PRIMARY KEY,
                project_code  TEXT    NOT NULL COLLATE NOCASE,
                action        TEXT    NOT NULL,
                who           TEXT    NOT NULL,
                role          TEXT,
                at            TEXT    NOT NULL,
                line_id       TEXT,
                asset_id      INTEGER,
                asset_key     TEXT,
                shot_index    INTEGER,
                start_seconds REAL,
                end_seconds   REAL,
                share         TEXT,
                refers_to     INTEGER REFERENCES reuse_ledger(id),
                reason        TEXT,
                before        TEXT,
                after         TEXT
            );
            CREATE INDEX ix_reuse_ledger_project ON reuse_ledger(project_code, id);
            CREATE INDEX ix_reuse_ledger_asset ON reuse_ledger(asset_id);
            CREATE TRIGGER reuse_ledger_append_only_update BEFORE UPDATE ON reuse_ledger
                BEGIN SELECT RAISE(ABORT, 'the reuse ledger is append-only: add a correcting entry'); END;
            CREATE TRIGGER reuse_ledger_append_only_delete BEFORE DELETE ON reuse_ledger
                BEGIN SELECT RAISE(ABORT, 'the reuse ledger is append-only: add a correcting entry'); END;
            CREATE TRIGGER project_briefs_append_only_update BEFORE UPDATE ON project_briefs
                BEGIN SELECT RAISE(ABORT, 'brief versions are append-only: save a new version'); END;
            CREATE TRIGGER project_briefs_append_only_delete BEFORE DELETE ON project_briefs
                BEGIN SELECT RAISE(ABORT, 'brief versions are append-only: save a new version'); END;
            """),
        new(5, "accounts and the audit trail", """
            CREATE TABLE users (
                name             TEXT PRIMARY KEY COLLATE NOCASE,
                display_name     TEXT NOT NULL,
                role             TEXT NOT NULL,
                password_hash    TEXT NOT NULL,
                disabled         INTEGER NOT NULL DEFAULT 0,
                failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
                locked_until     TEXT,
                created_at       TEXT NOT NULL,
                last_sign_in_at  TEXT
            );
            CREATE TABLE audit_log (
                id      INTEGER PRIMARY KEY,
                at      TEXT NOT NULL,
                who     TEXT NOT NULL,
                action  TEXT NOT NULL,
                target  TEXT,
                outcome TEXT NOT NULL,
                detail  TEXT
            );
            CREATE INDEX ix_audit_log_who ON audit_log(who, id);
            CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """),
        new(6, "collections with items, shares and links; saved searches", """
            CREATE TABLE collections (
                id         INTEGER PRIMARY KEY,
                name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
                owner      TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE collection_items (
                id            INTEGER PRIMARY KEY,
                collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
                position      INTEGER NOT NULL,
                kind          TEXT    NOT NULL,
                asset_id      INTEGER,
                asset_key     TEXT,
                shot_index    INTEGER,
                start_seconds REAL,
                end_seconds   REAL,
                text          TEXT,
                note          TEXT,
                added_by      TEXT    NOT NULL,
                added_at      TEXT    NOT NULL
            );
            CREATE INDEX ix_collection_items_collection ON collection_items(collection_id, position);
            CREATE TABLE collection_shares (
                collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
                user_name     TEXT    NOT NULL COLLATE NOCASE,
                access        TEXT    NOT NULL,
                PRIMARY KEY (collection_id, user_name)
            );
            CREATE TABLE collection_links (
                token_hash    TEXT    PRIMARY KEY,
                collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
                created_by    TEXT    NOT NULL,
                created_at    TEXT    NOT NULL,
                expires_at    TEXT    NOT NULL
            );
            ALTER TABLE assets ADD COLUMN description TEXT;
            CREATE TABLE saved_searches (
                name        TEXT PRIMARY KEY COLLATE NOCASE,
                owner       TEXT NOT NULL,
                query_json  TEXT NOT NULL,
                saved_at    TEXT NOT NULL,
                last_run_at TEXT
            );
            """),
        new(7, "rights and usage terms per asset, with their edit history", """
            CREATE TABLE asset_rights (
                asset_id    INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
                grants_json TEXT    NOT NULL,
                updated_by  TEXT    NOT NULL,
                updated_at  TEXT    NOT NULL
            );
            CREATE TABLE rights_history (
                id          INTEGER PRIMARY KEY,
                asset_id    INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                who         TEXT    NOT NULL,
                at          TEXT    NOT NULL,
                source      TEXT    NOT NULL,
                before_json TEXT    NOT NULL,
                after_json  TEXT    NOT NULL
            );
            CREATE INDEX ix_rights_history_asset ON rights_history(asset_id, id);
            """),
        new(8, "reference libraries, copyright alarms and the check's cursor", """
            CREATE TABLE reference_libraries (
                name        TEXT PRIMARY KEY COLLATE NOCASE,
                licence     TEXT NOT NULL,
                source      TEXT NOT NULL,
                imported_at TEXT NOT NULL
            );
            CREATE TABLE reference_items (
                id        INTEGER PRIMARY KEY,
                library   TEXT NOT NULL REFERENCES reference_libraries(name) ON DELETE CASCADE,
                item_id   TEXT NOT NULL,
                size      INTEGER NOT NULL,
                modified  TEXT NOT NULL,
                signature BLOB NOT NULL,
                preview   BLOB,
                UNIQUE (library, item_id)
            );
            CREATE TABLE similarity_alarms (
                id               INTEGER PRIMARY KEY,
                asset_id         INTEGER NOT NULL,
                asset_key        TEXT NOT NULL,
                shot_index       INTEGER,
                start_seconds    REAL,
                end_seconds      REAL,
                modality         TEXT NOT NULL,
                percent          REAL NOT NULL,
                reference_id     INTEGER NOT NULL,
                library          TEXT NOT NULL,
                licence          TEXT NOT NULL,
                reference_item   TEXT NOT NULL,
                query_region     TEXT,
                reference_region TEXT,
                mirrored         INTEGER NOT NULL DEFAULT 0,
                ai_generated     INTEGER NOT NULL DEFAULT 0,
                raised_at        TEXT NOT NULL,
                status           TEXT NOT NULL,
                decided_by       TEXT,
                decided_at       TEXT,
                reason           TEXT
            );
            CREATE INDEX ix_similarity_alarms_status ON similarity_alarms(status, id);
            CREATE INDEX ix_similarity_alarms_asset ON similarity_alarms(asset_id);
            CREATE TABLE similarity_checks (
                asset_id          INTEGER PRIMARY KEY,
                etag              TEXT NOT NULL,
                reference_version TEXT NOT NULL,
                checked_at        TEXT NOT NULL
            );
            CREATE TABLE similarity_cursor (
                id       INTEGER PRIMARY KEY CHECK (id = 1),
                sequence INTEGER NOT NULL
            );
            INSERT INTO similarity_cursor (id, sequence) VALUES (1, 0);
            """),
        new(9, "ingestion jobs: one per object version, leased by in-process workers and worker processes on this machine", """
            CREATE TABLE jobs (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                key           TEXT    NOT NULL,
                priority      INTEGER NOT NULL DEFAULT 0,
                state         TEXT    NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
                attempts      INTEGER NOT NULL DEFAULT 0,
                max_attempts  INTEGER NOT NULL,
                lease_holder  TEXT,
                lease_expires INTEGER,
                reason        TEXT,
                enqueued_at   INTEGER NOT NULL,
                started_at    INTEGER,
                finished_at   INTEGER
            );
            CREATE UNIQUE INDEX ux_jobs_active_key ON jobs(key) WHERE state IN ('queued', 'running');
            CREATE INDEX ix_jobs_queued ON jobs(priority DESC, id) WHERE state = 'queued';
            CREATE INDEX ix_jobs_running ON jobs(lease_expires) WHERE state = 'running';
            CREATE INDEX ix_jobs_finished ON jobs(finished_at) WHERE state = 'done';
            """),
        new(10, "a job's kind (image, video, other, from its key) so that workers claim images in batches (jobs queued before it stay one at a time)", """
            ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';
            CREATE INDEX ix_jobs_queued_kind ON jobs(kind, priority DESC, id) WHERE state = 'queued';
            """),
        new(11, "copy references (reference texts with their MinHash/SimHash fingerprints) and matched passages on alarms", """
            CREATE TABLE copy_reference_items (
                id        INTEGER PRIMARY KEY,
                library   TEXT NOT NULL REFERENCES reference_libraries(name) ON DELETE CASCADE,
                item_id   TEXT NOT NULL,
                size      INTEGER NOT NULL,
                modified  TEXT NOT NULL,
                signature BLOB NOT NULL,
                text      TEXT NOT NULL,
                UNIQUE (library, item_id)
            );
            ALTER TABLE similarity_alarms ADD COLUMN passages TEXT;
            """),
        new(12, "the time range matched in a reference video or track, on alarms", """
            ALTER TABLE similarity_alarms ADD COLUMN reference_start_seconds REAL;
            ALTER TABLE similarity_alarms ADD COLUMN reference_end_seconds REAL;
            """),
        new(13, "video references: reference videos and their shot keyframes' fingerprints (removed with their library); a video alarm's last shot and whether it covers the whole video", """
            CREATE TABLE video_references (
                id               INTEGER PRIMARY KEY,
                library          TEXT NOT NULL REFERENCES reference_libraries(name) ON DELETE CASCADE,
                item_id          TEXT NOT NULL,
                size             INTEGER NOT NULL,
                modified         TEXT NOT NULL,
                duration_seconds REAL NOT NULL,
                UNIQUE (library, item_id)
            );
            CREATE TABLE video_reference_frames (
                id                 INTEGER PRIMARY KEY,
                video_id           INTEGER NOT NULL REFERENCES video_references(id) ON DELETE CASCADE,
                shot_index         INTEGER NOT NULL,
                shot_start_seconds REAL NOT NULL,
                shot_end_seconds   REAL NOT NULL,
                seconds            REAL NOT NULL,
                signature          BLOB NOT NULL
            );
            CREATE INDEX ix_video_reference_frames_video ON video_reference_frames(video_id);
            ALTER TABLE similarity_alarms ADD COLUMN last_shot_index INTEGER;
            ALTER TABLE similarity_alarms ADD COLUMN whole_video INTEGER;
            -- The embedded catalog runs without foreign key enforcement, so the cascades are triggers here.
            CREATE TRIGGER tr_reference_libraries_videos AFTER DELETE ON reference_libraries
            BEGIN
                DELETE FROM video_references WHERE library = old.name;
            END;
            CREATE TRIGGER tr_video_references_frames AFTER DELETE ON video_references
            BEGIN
                DELETE FROM video_reference_frames WHERE video_id = old.id;
            END;
            """),
        new(14, "audio reference tracks (raw Chromaprint fingerprints of reference music and voice-over)", """
            CREATE TABLE audio_reference_tracks (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                library          TEXT    NOT NULL REFERENCES reference_libraries(name) ON DELETE CASCADE,
                item_id          TEXT    NOT NULL,
                size             INTEGER NOT NULL,
                modified         TEXT    NOT NULL,
                duration_seconds REAL    NOT NULL,
                fingerprint      BLOB    NOT NULL,
                UNIQUE (library, item_id)
            );
            """),
    ];
}
