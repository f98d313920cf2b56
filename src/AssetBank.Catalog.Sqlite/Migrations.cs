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
    ];
}
