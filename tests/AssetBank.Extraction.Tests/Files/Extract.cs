using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.Kol;
using Microsoft.Extensions.Options;

namespace AssetBank.Extraction.Tests.Files;

/// <summary>Runs the public <see cref="ContentExtractor"/> on a generated file, as the stage does after detection.</summary>
public static class Extract
{
    public static ContentExtractor Extractor(ExtractionOptions? options = null, KolScoreOptions? score = null) =>
        new(Options.Create(options ?? new ExtractionOptions()), Options.Create(score ?? new KolScoreOptions()));

    public static Asset Asset(string key, AssetKind kind, ContentFormat format) =>
        new() { Key = key, ETag = "etag", Kind = kind, Format = format };

    public static Task<ExtractedContent> FileAsync(string path, string key, AssetKind kind, ContentFormat format, ExtractionOptions? options = null, KolScoreOptions? score = null) =>
        Extractor(options, score).ExtractAsync(Asset(key, kind, format), path, CancellationToken.None);

    public static async Task<ContentRejectedException> RejectionAsync(string path, string key, AssetKind kind, ContentFormat format, ExtractionOptions? options = null)
    {
        var e = await Assert.ThrowsAsync<ContentRejectedException>(() => FileAsync(path, key, kind, format, options));
        Assert.Equal(key, e.Key);
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
        return e;
    }
}
