namespace AssetBank.Catalog.Sqlite;

/// <summary>One schema step; <see cref="Version"/> is stored in <c>PRAGMA user_version</c> after it runs.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
