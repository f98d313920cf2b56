using AssetBank.SampleLibrary.Generators;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>Builds the whole plan: a pure function of size and seed, so the manifest is known before any file is written.</summary>
internal static class LibraryPlanner
{
    public static LibraryPlan Build(LibrarySize size, int seed)
    {
        var profile = SizeProfile.For(size);
        var themes = ThemeCatalog.All;
        PlanPart[] parts =
        [
            VideoPlanner.Plan(themes, profile, seed),
            ReusedShotPlanner.Plan(themes, profile, seed),
            ImagePlanner.Plan(themes, profile, seed),
            AudioPlanner.Plan(profile, seed),
            CopyPlanner.Plan(themes),
            KolPlanner.Plan(themes, seed),
            SocialPlanner.Plan(themes, profile, seed),
            BadFilePlanner.Plan(themes, seed),
        ];

        var entries = parts.SelectMany(p => p.Entries).ToList();
        var duplicatePaths = entries.GroupBy(e => e.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicatePaths.Count > 0)
        {
            throw new InvalidOperationException($"The plan writes these paths twice: {string.Join(", ", duplicatePaths)}");
        }

        var manifest = new SampleManifest(
            SampleManifest.CurrentSchemaVersion,
            SampleLibraryGenerator.Name,
            SampleLibraryGenerator.Version,
            seed,
            profile.Name,
            [.. themes.Select(t => t.Definition)],
            entries,
            new SimilarityTruth([.. parts.SelectMany(p => p.Duplicates)], [.. parts.SelectMany(p => p.Unrelated)]),
            QueryPlanner.Plan(themes, entries));
        return new LibraryPlan(manifest, [.. parts.SelectMany(p => p.Steps)], profile);
    }
}
