namespace AssetBank.Reuse.Tests;

/// <summary>A scratch folder per test, removed afterwards.</summary>
public abstract class TempFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("assetbank-reuse-").FullName;

    protected string Catalog => Path.Combine(Folder, "catalog.db");

    internal ReuseStack Stack(string lockName = "writer.lock") => new(Catalog, Path.Combine(Folder, lockName));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
