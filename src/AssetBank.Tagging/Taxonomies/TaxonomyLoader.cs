using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Taxonomies;

/// <summary>
/// Loads and validates a taxonomy file. Any problem (malformed JSON, unknown property, duplicate id or label, unknown
/// parent, parent cycle, empty label, bad weight) throws <see cref="TaxonomyValidationException"/> naming the file and line.
/// </summary>
/// <remarks>
/// The default taxonomy ships twice: as <c>Data/taxonomy.zh-CN.json</c> next to the binaries, for users to copy and edit,
/// and embedded in this assembly, so the app works wherever it is copied.
/// </remarks>
public static class TaxonomyLoader
{
    public const string DefaultFileName = "taxonomy.zh-CN.json";

    /// <summary>The name reported for the embedded default taxonomy.</summary>
    public const string EmbeddedSourceName = "embedded:" + DefaultFileName;

    private const string ResourceName = "AssetBank.Tagging.Data.taxonomy.zh-CN.json";

    /// <summary>Where the shipped copy lies next to the binaries.</summary>
    public static string ShippedFilePath => Path.Combine(AppContext.BaseDirectory, "Data", DefaultFileName);

    public static Taxonomy LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(ReadFile(path), path);
    }

    public static Taxonomy Load(ReadOnlySpan<byte> utf8Json, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = TaxonomyJsonParser.Parse(utf8Json, source);
        var problems = Problems(parsed, source);
        if (problems.Count > 0)
        {
            throw new TaxonomyValidationException(problems);
        }

        return new Taxonomy(parsed.Terms, source);
    }

    /// <summary>The embedded default taxonomy (identical to the shipped file).</summary>
    public static Taxonomy LoadDefault() => Load(ReadDefaultBytes(), EmbeddedSourceName);

    /// <summary>
    /// The configured taxonomy: <paramref name="path"/> when given; otherwise the shipped file next to the binaries when
    /// present (users may have edited it), otherwise the embedded default.
    /// </summary>
    public static Taxonomy LoadConfigured(string? path)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return LoadFile(path);
        }

        return File.Exists(ShippedFilePath) ? LoadFile(ShippedFilePath) : LoadDefault();
    }

    /// <summary>All problems of a file without throwing; empty when valid (for <c>assetbank taxonomy check</c>).</summary>
    public static IReadOnlyList<TaxonomyProblem> CheckFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Check(ReadFile(path), path);
        }
        catch (TaxonomyValidationException ex)
        {
            return ex.Problems;
        }
    }

    public static IReadOnlyList<TaxonomyProblem> Check(ReadOnlySpan<byte> utf8Json, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Problems(TaxonomyJsonParser.Parse(utf8Json, source), source);
    }

    /// <summary>The embedded default file's bytes, for exporting a copy to edit.</summary>
    public static byte[] ReadDefaultBytes()
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(TaxonomyLoader).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read: {ex.Message}";
            throw new TaxonomyValidationException([new TaxonomyProblem(path, null, problem)], ex);
        }
    }

    private static List<TaxonomyProblem> Problems(ParsedTaxonomy parsed, string source)
    {
        var problems = parsed.Problems.ToList();
        foreach (var issue in TaxonomyValidator.Validate(parsed.Terms))
        {
            var message = issue.RelatedTermIndex is { } related
                ? $"{issue.Message} (see line {parsed.TermLines[related]})"
                : issue.Message;
            problems.Add(new TaxonomyProblem(source, parsed.TermLines[issue.TermIndex], message));
        }

        return problems.OrderBy(p => p.Line ?? int.MaxValue).ToList();
    }
}
