using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Extraction;
using AssetBank.Extraction.Kol;
using AssetBank.Ingestion.Detection;
using AssetBank.Media;
using AssetBank.Media.Images;
using Microsoft.Extensions.Options;

namespace AssetBank.HostileCorpus;

/// <summary>
/// Runs one file the way the pipeline's first stages would: detection from the bytes, then the text extractor or the
/// image analyzer. Video and audio are not run here (no ffmpeg): they come back processed with a note.
/// </summary>
public sealed class CaseRunner : IDisposable
{
    private readonly ContentExtractor _extractor;
    private readonly ImageAnalyzer _images;

    public CaseRunner(ExtractionOptions? extraction = null, MediaOptions? media = null)
    {
        _extractor = new ContentExtractor(Options.Create(extraction ?? new ExtractionOptions()), Options.Create(new KolScoreOptions()));
        _images = new ImageAnalyzer(Options.Create(media ?? new MediaOptions()));
    }

    public void Dispose() => _images.Dispose();

    public async Task<CaseOutcome> RunAsync(string path, CancellationToken cancellationToken)
    {
        var key = "hostile/" + Path.GetFileName(path);
        var detected = await ContentSniffer.DetectAsync(path, key, cancellationToken);
        if (detected is null)
        {
            var prefix = new byte[Math.Min(new FileInfo(path).Length, 64)];
            await using (var stream = File.OpenRead(path))
            {
                await stream.ReadExactlyAsync(prefix, cancellationToken);
            }

            return new CaseOutcome(HostileCase.Failed, null, ContentSniffer.ExplainRefusal(prefix), [], string.Empty);
        }

        var kind = detected.Kind.ToString();
        try
        {
            switch (detected.Kind)
            {
                case AssetKind.Image:
                    var picture = _images.Analyze(path, key);
                    return new CaseOutcome(HostileCase.Processed, kind, null,
                        picture.Incomplete ? ["the image data ends early (truncated file); the decoded part was analysed"] : [], string.Empty);
                case AssetKind.Video or AssetKind.Audio:
                    return new CaseOutcome(HostileCase.Processed, kind, null, ["media analysis not run by the corpus runner"], string.Empty);
                default:
                    var asset = new Asset { Key = key, ETag = "corpus", Kind = detected.Kind, Format = detected.Format };
                    var content = await _extractor.ExtractAsync(asset, path, cancellationToken);
                    var text = string.Join('\n', content.Sections.Select(s => s.Text));
                    return new CaseOutcome(HostileCase.Processed, kind, null, content.Warnings, text[..Math.Min(text.Length, 4096)]);
            }
        }
        catch (ContentRejectedException e)
        {
            return new CaseOutcome(HostileCase.Failed, kind, e.Problem, [], string.Empty);
        }
    }
}
