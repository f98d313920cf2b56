using AssetBank.Core.Similarity;
using AssetBank.Similarity.Hashing;
using AssetBank.Similarity.Indexing;
using AssetBank.Similarity.Verification;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity;

/// <summary>
/// Two-stage image similarity. Stage 1: 256-bit DCT hashes of the picture, its mirror, and its centre inside trimmed
/// borders, looked up in a multi-index. Stage 2: ORB keypoints matched and fitted by RANSAC, on the mirrored query
/// too. The percentage is calibrated from both (<see cref="SimilarityCalibration"/>).
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
            return new ImageSignature(default, default, default, default, [], LocalFeatures.Empty, LocalFeatures.Empty, IsUniform: true);
        }

        var mirrored = gray.Mirrored();
        var content = BorderTrimmer.Trim(gray);
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
            IsUniform: false);
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
        var mirrored = false;
        if (query.MirroredFeatures.Count > 0 && verification.Inliers < _options.InliersAt85 * 2)
        {
            var flipped = GeometricVerifier.Verify(query.MirroredFeatures, reference.Features, _options.ReprojectionPixels);
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
        return new ImageComparison(percent, distance, verification.Inliers, mirrored, verification.QueryRegion, verification.ReferenceRegion);
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
            foreach (var (ax, ay) in (ReadOnlySpan<(int, int)>)[(1, 1), (0, 0), (2, 0), (0, 2), (2, 2)])
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
