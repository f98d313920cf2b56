using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class ManifestConsistencyTests(SampleLibraryFixture library)
{
    [Fact]
    public void Every_manifest_entry_exists_on_disk_and_only_the_empty_file_is_empty()
    {
        foreach (var entry in library.Manifest.Entries)
        {
            var info = new FileInfo(library.PathOf(entry.Path));
            Assert.True(info.Exists, $"{entry.Path} is in the manifest but not on disk");
            if (entry.Bad?.Problem == "empty")
            {
                Assert.Equal(0, info.Length);
            }
            else
            {
                Assert.True(info.Length > 0, $"{entry.Path} is empty");
            }
        }
    }

    [Fact]
    public void Every_file_on_disk_is_in_the_manifest()
    {
        var listed = library.Manifest.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(library.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(library.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != SampleManifest.FileName)
            .ToList();
        Assert.All(onDisk, p => Assert.Contains(p, listed));
        Assert.Equal(listed.Count, onDisk.Count);
    }

    [Fact]
    public void The_manifest_names_the_generator_seed_and_size()
    {
        var manifest = library.Manifest;
        Assert.Equal(SampleManifest.CurrentSchemaVersion, manifest.SchemaVersion);
        Assert.Equal(SampleLibraryGenerator.Name, manifest.Generator);
        Assert.Equal(SampleLibraryGenerator.Version, manifest.GeneratorVersion);
        Assert.Equal(SampleLibraryFixture.Seed, manifest.Seed);
        Assert.Equal("small", manifest.Size);
    }

    [Fact]
    public void The_manifest_on_disk_equals_the_plan_for_the_same_seed()
    {
        var planned = SampleLibraryGenerator.Plan(LibrarySize.Small, SampleLibraryFixture.Seed);
        Assert.Equal(planned.ToJson(), library.Manifest.ToJson());
    }

    [Fact]
    public void Every_kind_is_present_and_the_summary_counts_match_the_manifest()
    {
        foreach (var kind in Enum.GetValues<SampleKind>())
        {
            Assert.Contains(library.Manifest.Entries, e => e.Kind == kind);
        }

        foreach (var kind in library.Summary.Kinds)
        {
            Assert.Equal(library.Manifest.Entries.Count(e => e.Kind == kind.Kind), kind.Files);
        }

        Assert.Equal(library.Manifest.Entries.Count, library.Summary.TotalFiles);
    }

    [Fact]
    public void Each_entry_carries_the_facts_of_its_kind()
    {
        foreach (var entry in library.Manifest.Entries)
        {
            Assert.Equal(entry.Kind == SampleKind.Video, entry.Video is not null);
            Assert.Equal(entry.Kind == SampleKind.Subtitle, entry.Subtitle is not null);
            Assert.Equal(entry.Kind == SampleKind.Image, entry.Image is not null);
            Assert.Equal(entry.Kind == SampleKind.Audio, entry.Audio is not null);
            Assert.Equal(entry.Kind == SampleKind.Copy, entry.Copy is not null);
            Assert.Equal(entry.Kind == SampleKind.KolList, entry.KolList is not null);
            Assert.Equal(entry.Kind == SampleKind.Social, entry.Social is not null);
            Assert.Equal(entry.Kind == SampleKind.Bad, entry.Bad is not null);
        }
    }

    [Fact]
    public void The_mother_baby_night_waking_theme_is_one_of_the_themes()
    {
        var expected = new ThemeTags("母婴", "夜醒", "焦虑", "新手爸爸");
        Assert.Contains(library.Manifest.Themes, t => t.Tags == expected);
        Assert.Contains(library.OfKind(SampleKind.Video), e => e.Themes.Contains(expected));
        Assert.Contains(library.OfKind(SampleKind.Copy), e => e.Themes.Contains(expected));
        Assert.Contains(library.OfKind(SampleKind.Social), e => e.Themes.Contains(expected));
    }

    [Fact]
    public void Similarity_pairs_refer_to_entries_of_their_kind()
    {
        foreach (var pair in library.Manifest.Similarity.Duplicates)
        {
            Assert.Equal(pair.Kind, library.Manifest.Find(pair.Original)?.Kind);
            Assert.Equal(pair.Kind, library.Manifest.Find(pair.Copy)?.Kind);
            Assert.NotEmpty(pair.Alterations);
        }

        foreach (var pair in library.Manifest.Similarity.Unrelated)
        {
            Assert.Equal(pair.Kind, library.Manifest.Find(pair.A)?.Kind);
            Assert.Equal(pair.Kind, library.Manifest.Find(pair.B)?.Kind);
        }

        var imageAlterations = library.Manifest.Similarity.Duplicates.Where(d => d.Kind == SampleKind.Image).SelectMany(d => d.Alterations).ToHashSet();
        string[] required =
        [
            Alterations.Resize50, Alterations.RecompressLow, Alterations.Crop5Center, Alterations.Crop10Corner,
            Alterations.Brightness, Alterations.TextOverlay, Alterations.Mirror,
        ];
        Assert.All(required, a => Assert.Contains(a, imageAlterations));
    }

    [Fact]
    public void Queries_expect_existing_files_shots_and_items()
    {
        Assert.Contains(library.Manifest.Queries, q => q.Text == "母婴 夜醒 焦虑 新手爸爸");
        Assert.Contains(library.Manifest.Queries, q => q.Text == "新手爸爸 半夜 哄娃");
        foreach (var query in library.Manifest.Queries)
        {
            Assert.NotEmpty(query.Expected);
            foreach (var match in query.Expected)
            {
                var entry = library.Manifest.Find(match.Path);
                Assert.NotNull(entry);
                Assert.DoesNotContain(match.Path, query.NotExpected);
                if (match.Shots.Count > 0)
                {
                    Assert.NotNull(entry.Video);
                    Assert.All(match.Shots, s => Assert.InRange(s, 0, entry.Video.Shots.Count - 1));
                }

                if (entry.Social is not null)
                {
                    var ids = entry.Social.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
                    Assert.All(match.Items, id => Assert.Contains(id, ids));
                }
                else if (entry.KolList is not null)
                {
                    var names = entry.KolList.Rows.Select(r => r.Nickname).ToHashSet(StringComparer.Ordinal);
                    Assert.All(match.Items, name => Assert.Contains(name, names));
                }
            }

            Assert.All(query.NotExpected, p => Assert.NotNull(library.Manifest.Find(p)));
        }
    }

    [Fact]
    public async Task The_manifest_loader_rejects_an_unknown_schema_version()
    {
        var path = Path.Combine(library.Root, "..", Path.GetFileName(library.Root) + "-future.json");
        try
        {
            var future = library.Manifest with { SchemaVersion = SampleManifest.CurrentSchemaVersion + 1 };
            await File.WriteAllTextAsync(path, future.ToJson());
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SampleManifest.LoadAsync(path, CancellationToken.None));
            Assert.Contains("schema version", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
