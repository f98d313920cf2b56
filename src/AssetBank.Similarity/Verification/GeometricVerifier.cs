using AssetBank.Core.Similarity;
using AssetBank.Similarity.Alignment;
using OpenCvSharp;

namespace AssetBank.Similarity.Verification;

/// <summary>
/// Stage 2: descriptors matched both ways with a ratio test, then an affine transform fitted by RANSAC; only
/// matches consistent with it count. An affine fit (not a homography) accepts resizes, crops, stretches, small
/// rotations and screenshots, and refuses the chance geometry unrelated photographs produce.
/// </summary>
internal static class GeometricVerifier
{
    private const float RatioTest = 0.8f;
    private const int MinimumMatches = 6;

    public static Verification Verify(LocalFeatures query, LocalFeatures reference, double reprojectionPixels)
    {
        if (query.Count < MinimumMatches || reference.Count < MinimumMatches)
        {
            return Verification.None;
        }

        using var queryDescriptors = Mat.FromPixelData(query.Count, LocalFeatures.DescriptorBytes, MatType.CV_8UC1, query.Descriptors);
        using var referenceDescriptors = Mat.FromPixelData(reference.Count, LocalFeatures.DescriptorBytes, MatType.CV_8UC1, reference.Descriptors);
        using var matcher = new BFMatcher(NormTypes.Hamming);
        var knn = matcher.KnnMatch(queryDescriptors, referenceDescriptors, 2);

        var from = new List<Point2f>();
        var to = new List<Point2f>();
        var usedReference = new HashSet<int>();
        foreach (var pair in knn)
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var best = pair[0];
            if (pair.Length > 1 && best.Distance > RatioTest * pair[1].Distance)
            {
                continue;
            }

            // One reference keypoint answers at most one query keypoint: repeated texture cannot inflate the count.
            if (best.Distance > 64 || !usedReference.Add(best.TrainIdx))
            {
                continue;
            }

            from.Add(Point(query, best.QueryIdx));
            to.Add(Point(reference, best.TrainIdx));
        }

        if (from.Count < MinimumMatches)
        {
            return Verification.None;
        }

        using var fromMat = InputArray.Create(from);
        using var toMat = InputArray.Create(to);
        using var mask = new Mat();
        using var transform = Cv2.EstimateAffine2D(fromMat, toMat, mask, RobustEstimationAlgorithms.RANSAC, reprojectionPixels, 2000, 0.995, 10);
        if (transform is null || transform.Empty() || !IsPlausible(transform))
        {
            return Verification.None;
        }

        var fitted = new AffineMap(
            transform.At<double>(0, 0), transform.At<double>(0, 1), transform.At<double>(0, 2),
            transform.At<double>(1, 0), transform.At<double>(1, 1), transform.At<double>(1, 2));
        var inQuery = new List<Point2f>();
        var inReference = new List<Point2f>();
        for (var i = 0; i < from.Count; i++)
        {
            if (mask.At<byte>(i) != 0)
            {
                inQuery.Add(from[i]);
                inReference.Add(to[i]);
            }
        }

        return inQuery.Count < MinimumMatches
            ? new Verification(inQuery.Count, null, null, fitted)
            : new Verification(inQuery.Count, Region(inQuery, query), Region(inReference, reference), fitted);
    }

    private static Point2f Point(LocalFeatures features, int index) =>
        new(features.Points[index * 2], features.Points[(index * 2) + 1]);

    /// <summary>A copy is scaled, cropped, slightly rotated or stretched, never folded flat or blown up absurdly.</summary>
    private static bool IsPlausible(Mat transform)
    {
        var a = transform.At<double>(0, 0);
        var b = transform.At<double>(0, 1);
        var c = transform.At<double>(1, 0);
        var d = transform.At<double>(1, 1);
        var determinant = (a * d) - (b * c);
        var scaleX = Math.Sqrt((a * a) + (c * c));
        var scaleY = Math.Sqrt((b * b) + (d * d));
        return determinant > 0.02 && scaleX is > 0.15 and < 6 && scaleY is > 0.15 and < 6 && Math.Max(scaleX / scaleY, scaleY / scaleX) < 3;
    }

    private static MatchedRegion Region(List<Point2f> points, LocalFeatures features)
    {
        var minX = points.Min(p => p.X);
        var maxX = points.Max(p => p.X);
        var minY = points.Min(p => p.Y);
        var maxY = points.Max(p => p.Y);
        return new MatchedRegion(
            Math.Round(minX / features.Width, 3),
            Math.Round(minY / features.Height, 3),
            Math.Round((maxX - minX) / features.Width, 3),
            Math.Round((maxY - minY) / features.Height, 3));
    }
}
