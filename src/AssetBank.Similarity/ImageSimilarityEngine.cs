using AssetBank.Core.Similarity;
using AssetBank.Similarity.Alignment;
using AssetBank.Similarity.Hashing;
using AssetBank.Similarity.Indexing;
using AssetBank.Similarity.Verification;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity;

/// <summary>
/// Two-stage image similarity. Stage 1: 256-bit DCT hashes of the picture, its mirror, and its centre inside trimmed
/// borders, looked up in a multi-index. Stage 2: ORB keypoints matched and fitted by RANSAC, on the mirrored query
/// too; pictures too smooth for keypoints are aligned densely instead (<see cref="DenseVerifier"/>). The percentage
/// is calibrated from both stages (<see cref="SimilarityCalibration"/>).
/// </summary>
public sealed class ImageSimilarityEngine : IImageSimilarity
{
    /// <summary>Share of the trimmed content kept as its centre: drops edges that crops and corner logos change.</summary>
    private const double CentreShare = 0.7;

    /// <summary>
    /// Sizes of a reference's crop windows, as shares of its trimmed content, about 7 % apart: any 3–20 % crop is
    /// within a few percent of one of them.
    /// </summary>
    private static readonly double[] WindowShares = [0.95, 0.88, 0.81];

    /// <summary>Where each window sits in the content's spare room: centre, then the four corners (0 start, 2 end).</summary>
    private static readonly (int X, int Y)[] WindowAnchors = [(1, 1), (0, 0), (2, 0), (0, 2), (2, 2)];

    /// <summary>Longer side of the thumbnail dense alignment works on.</summary>
    private const int ThumbnailSide = 96;

    /// <summary>Crop windows nearest the query that dense alignment tries as hypotheses.</summary>
    private const int WindowHypotheses = 2;

    private readonly ImageSimilarityOptions _options;
    private readonly SimilarityCalibration _calibration;

    public ImageSimilarityEngine(IOptions<ImageSimilarityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _calibration = new SimilarityCalibration(_options);
    }

    public ImageSignature Describe(DecodedPicture picture, bool asQuery)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var gray = GrayPicture.From(picture);
        var (_, deviation) = gray.Statistics();
        if (deviation < _options.UniformBelowStdDev)
        {
            return new ImageSignature(default, default, default, default, [], LocalFeatures.Empty, LocalFeatures.Empty, IsUniform: true, GrayThumbnail.Empty);
        }

        var mirrored = gray.Mirrored();
        // A query may be a screenshot: its picture is found inside the chrome. A reference keeps the content its
        // stored crop windows were cut from.
        var content = asQuery ? ChromeTrimmer.Trim(gray) : BorderTrimmer.Trim(gray);
        var centre = gray.Crop(CentreOf(content));
        var features = OrbExtractor.Extract(gray, _options.MaxFeatures);
        return new ImageSignature(
            DctHasher.Compute(gray),
            DctHasher.Compute(mirrored),
            DctHasher.Compute(centre),
            DctHasher.Compute(centre.Mirrored()),
            asQuery ? [] : WindowsOf(gray, content),
            features,
            asQuery ? OrbExtractor.Extract(mirrored, _options.MaxFeatures) : LocalFeatures.Empty,
            IsUniform: false,
            ThumbnailOf(gray, content));
    }

    public IImageCandidateIndex CreateIndex() => new MultiIndexHashIndex(_options.MaxChunkRadius, _options.MaxVerifiedHashes);

    public ImageComparison Compare(ImageSignature query, ImageSignature reference)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reference);
        if (query.IsUniform || reference.IsUniform)
        {
            return ImageComparison.None;
        }

        var direct = Math.Min(Math.Min(query.Full.DistanceTo(reference.Full), query.Centre.DistanceTo(reference.Centre)), NearestWindow(query.Full, reference));
        var mirrorDistance = Math.Min(Math.Min(query.Mirror.DistanceTo(reference.Full), query.CentreMirror.DistanceTo(reference.Centre)), NearestWindow(query.Mirror, reference));
        var distance = Math.Min(direct, mirrorDistance);

        var verification = GeometricVerifier.Verify(query.Features, reference.Features, _options.ReprojectionPixels);
        var straightFit = verification;
        Verification.Verification? flippedFit = null;
        var mirrored = false;
        if (query.MirroredFeatures.Count > 0 && verification.Inliers < _options.InliersAt85 * 2)
        {
            var flipped = GeometricVerifier.Verify(query.MirroredFeatures, reference.Features, _options.ReprojectionPixels);
            flippedFit = flipped;
            if (flipped.Inliers > verification.Inliers)
            {
                verification = flipped with { QueryRegion = Unmirror(flipped.QueryRegion) };
                mirrored = true;
            }
        }

        if (!mirrored && verification.Inliers == 0 && mirrorDistance < direct)
        {
            mirrored = true;
        }

        var percent = _calibration.Combine(verification.Inliers, distance);
        if (percent > _options.DenseBelowPercent || query.Thumbnail is not { IsEmpty: false } || reference.Thumbnail is not { IsEmpty: false })
        {
            return new ImageComparison(percent, distance, verification.Inliers, mirrored, verification.QueryRegion, verification.ReferenceRegion);
        }

        // One orientation: the one keypoints found above chance or, failing them, the one the hashes found nearer.
        var alignMirrored = verification.Inliers > _options.ChanceInliers ? mirrored : mirrorDistance < direct;
        var queryThumbnail = alignMirrored ? Mirror(query.Thumbnail) : query.Thumbnail;
        var alignment = DenseVerifier.Align(
            queryThumbnail,
            reference.Thumbnail,
            Hypotheses(query, alignMirrored ? query.Mirror : query.Full, queryThumbnail, reference, alignMirrored ? flippedFit : straightFit));
        var aligned = _calibration.FromCorrelation(alignment.Correlation);
        if (aligned <= percent)
        {
            return new ImageComparison(percent, distance, verification.Inliers, mirrored, verification.QueryRegion, verification.ReferenceRegion, alignment.Correlation);
        }

        var queryRegion = RegionOf(alignment.Map, queryThumbnail.Content);
        return new ImageComparison(
            aligned,
            distance,
            verification.Inliers,
            alignMirrored,
            alignMirrored ? Unmirror(queryRegion) : queryRegion,
            alignment.Map.Inverse() is { } back ? RegionOf(back, reference.Thumbnail.Content) : reference.Thumbnail.Content,
            alignment.Correlation);
    }

    /// <summary>How the reference's content may lie in the query's, as maps between the two contents' unit squares.</summary>
    private static List<AffineMap> Hypotheses(ImageSignature query, Hash256 queryHash, GrayThumbnail queryThumbnail, ImageSignature reference, Verification.Verification? fit)
    {
        var maps = new List<AffineMap> { AffineMap.Identity };
        var windows = reference.Windows
            .Select((window, index) => (Index: index, Distance: queryHash.DistanceTo(window)))
            .OrderBy(w => w.Distance)
            .Take(WindowHypotheses);
        foreach (var (index, _) in windows)
        {
            var share = WindowShares[Math.Min(WindowShares.Length - 1, index / WindowAnchors.Length)];
            var (ax, ay) = WindowAnchors[index % WindowAnchors.Length];
            var spare = 1 - share;
            maps.Add(AffineMap.OntoRect(spare * ax / 2, spare * ay / 2, share, share).Inverse()!.Value);
        }

        if (fit?.QueryToReference is { } transform && transform.Inverse() is { } referenceToQuery && query.Features.Width > 0 && reference.Features.Width > 0)
        {
            var referenceContent = reference.Thumbnail!.Content;
            var queryContent = queryThumbnail.Content;
            var map = AffineMap.OntoRect(queryContent.X, queryContent.Y, queryContent.Width, queryContent.Height).Inverse()!.Value
                .After(AffineMap.Scale(1.0 / query.Features.Width, 1.0 / query.Features.Height))
                .After(referenceToQuery)
                .After(AffineMap.Scale(reference.Features.Width, reference.Features.Height))
                .After(AffineMap.OntoRect(referenceContent.X, referenceContent.Y, referenceContent.Width, referenceContent.Height));
            maps.Add(map);
        }

        return maps;
    }

    /// <summary>
    /// Where one picture's content lands in the other under a map between the two contents' unit squares, clipped to
    /// the other picture: the reference in the query, or (with the inverse map) the query in the reference.
    /// </summary>
    private static MatchedRegion RegionOf(AffineMap map, MatchedRegion targetContent)
    {
        var onto = AffineMap.OntoRect(targetContent.X, targetContent.Y, targetContent.Width, targetContent.Height).After(map);
        var corners = new[] { onto.Apply(0, 0), onto.Apply(1, 0), onto.Apply(0, 1), onto.Apply(1, 1) };
        var minX = Math.Clamp(corners.Min(c => c.X), 0, 1);
        var maxX = Math.Clamp(corners.Max(c => c.X), 0, 1);
        var minY = Math.Clamp(corners.Min(c => c.Y), 0, 1);
        var maxY = Math.Clamp(corners.Max(c => c.Y), 0, 1);
        return new MatchedRegion(Math.Round(minX, 3), Math.Round(minY, 3), Math.Round(maxX - minX, 3), Math.Round(maxY - minY, 3));
    }

    private static GrayThumbnail Mirror(GrayThumbnail thumbnail)
    {
        var pixels = new byte[thumbnail.Pixels.Length];
        for (var y = 0; y < thumbnail.Height; y++)
        {
            for (var x = 0; x < thumbnail.Width; x++)
            {
                pixels[(y * thumbnail.Width) + x] = thumbnail.Pixels[(y * thumbnail.Width) + thumbnail.Width - 1 - x];
            }
        }

        var content = thumbnail.Content;
        return thumbnail with { Pixels = pixels, Content = content with { X = 1 - content.X - content.Width } };
    }

    /// <summary>The content at <see cref="ThumbnailSide"/> px, normalised to median 128 and a robust spread of 40 levels so smooth pictures keep their structure in 8 bits.</summary>
    private static GrayThumbnail ThumbnailOf(GrayPicture gray, PixelRect content)
    {
        var scale = (double)ThumbnailSide / Math.Max(content.Width, content.Height);
        var width = Math.Clamp((int)Math.Round(content.Width * scale), 8, ThumbnailSide);
        var height = Math.Clamp((int)Math.Round(content.Height * scale), 8, ThumbnailSide);
        var small = new GrayPicture(content.Width, content.Height, gray.Crop(content).Values);
        var values = small.Resize(width, height);
        // Median and interquartile spread, not mean and deviation: a caption band or a logo over a sixth of the
        // picture would otherwise turn down the gain, and with it the structure of everything else.
        var sorted = values.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        var spread = (sorted[sorted.Length * 3 / 4] - sorted[sorted.Length / 4]) / 1.35;
        var gain = 40 / Math.Max(1.0, spread);
        var pixels = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(Math.Round(128 + ((values[i] - median) * gain)), 0, 255);
        }

        var region = new MatchedRegion(
            (double)content.X / gray.Width,
            (double)content.Y / gray.Height,
            (double)content.Width / gray.Width,
            (double)content.Height / gray.Height);
        return new GrayThumbnail(width, height, pixels, region);
    }

    private static int NearestWindow(Hash256 hash, ImageSignature reference)
    {
        var best = Hash256.Bits;
        foreach (var window in reference.Windows)
        {
            best = Math.Min(best, hash.DistanceTo(window));
        }

        return best;
    }

    private static Hash256[] WindowsOf(GrayPicture gray, PixelRect content)
    {
        var windows = new List<Hash256>(WindowShares.Length * 5);
        foreach (var share in WindowShares)
        {
            var width = Math.Max(8, (int)(content.Width * share));
            var height = Math.Max(8, (int)(content.Height * share));
            var spareX = content.Width - width;
            var spareY = content.Height - height;
            foreach (var (ax, ay) in WindowAnchors)
            {
                windows.Add(DctHasher.Compute(gray.Crop(new PixelRect(content.X + (spareX * ax / 2), content.Y + (spareY * ay / 2), width, height))));
            }
        }

        return [.. windows];
    }

    private static PixelRect CentreOf(PixelRect content)
    {
        var width = Math.Max(8, (int)(content.Width * CentreShare));
        var height = Math.Max(8, (int)(content.Height * CentreShare));
        return new PixelRect(content.X + ((content.Width - width) / 2), content.Y + ((content.Height - height) / 2), width, height);
    }

    private static MatchedRegion? Unmirror(MatchedRegion? region) =>
        region is null ? null : region with { X = Math.Round(1 - region.X - region.Width, 3) };
}
