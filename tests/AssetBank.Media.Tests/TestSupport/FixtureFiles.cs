namespace AssetBank.Media.Tests.TestSupport;

/// <summary>Recorded tool outputs committed under Fixtures/.</summary>
internal static class FixtureFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
