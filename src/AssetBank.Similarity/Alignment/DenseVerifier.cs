using AssetBank.Core.Similarity;
using OpenCvSharp;

namespace AssetBank.Similarity.Alignment;

/// <summary>
/// Verification without keypoints: each hypothesis of how the reference's content lies in the query's (the same
/// frame, a crop window, the keypoints' transform) is scored, the best refined by ECC image alignment (affine), and
/// the two pictures' band-passed structure correlated block by block over the part they share. Smooth pictures
/// (skies, gradients, soft product shots) that keep too few keypoints through a crop or a caption still align; the
/// worst quarter of the blocks is left out, so a caption band or a logo does not sink the score. Blocks flat in both
/// pictures are not counted; a block with structure in only one of them counts as a mismatch.
/// </summary>
internal static class DenseVerifier
{
    private const int GridColumns = 6;
    private const int GridRows = 4;

    /// <summary>Least share of either picture the aligned overlap must cover.</summary>
    private const double MinimumOverlap = 0.35;

    /// <summary>Band-pass standard deviation (normalised thumbnail levels) below which a block has no structure to compare.</summary>
    private const double TextureFloor = 1.5;

    private const int MinimumBlocks = 6;

    /// <summary>
    /// Farthest ECC may move a corner of the hypothesis, as a share of the thumbnail: enough to correct a crop window
    /// or a 3° turn, too little to bend one picture's edge onto another's.
    /// </summary>
    private const double MaxCornerDrift = 0.06;
    private const double KeptShareOfBlocks = 0.75;
    private const int Refinements = 3;

    /// <summary>A hypothesis scoring below this is too far off for ECC's small corrections to rescue: not refined.</summary>
    private const double MinimumToRefine = 0.15;

    public static DenseAlignment Align(GrayThumbnail query, GrayThumbnail reference, IReadOnlyList<AffineMap> hypotheses)
    {
        if (query.IsEmpty || reference.IsEmpty || hypotheses.Count == 0)
        {
            return DenseAlignment.None;
        }

        using var queryImage = ToMat(query);
        using var referenceImage = ToMat(reference);
        using var queryBand = BandPass(queryImage);
        using var referenceBand = BandPass(referenceImage);
        referenceBand.GetArray(out float[] referenceValues);
        var scorer = new Scorer(queryBand, referenceValues, query, reference);

        var screened = hypotheses
            .Select(map => scorer.Score(map))
            .OrderByDescending(result => result.Correlation)
            .Take(Refinements)
            .ToList();
        var best = screened[0];
        using var querySmooth = Smooth(queryImage);
        using var referenceSmooth = Smooth(referenceImage);
        foreach (var candidate in screened.Where(c => c.Correlation >= MinimumToRefine))
        {
            var refined = Refine(querySmooth, referenceSmooth, candidate.Map, query, reference);
            if (refined is { } map)
            {
                var result = scorer.Score(map);
                if (result.Correlation > best.Correlation)
                {
                    best = result;
                }
            }
        }

        return best;
    }

    /// <summary>Reference-thumbnail pixels to query-thumbnail pixels, from a map between the two contents' unit squares.</summary>
    private static AffineMap ToPixels(AffineMap map, GrayThumbnail query, GrayThumbnail reference) =>
        AffineMap.Scale(query.Width, query.Height).After(map).After(AffineMap.Scale(1.0 / reference.Width, 1.0 / reference.Height));

    private static AffineMap FromPixels(AffineMap pixels, GrayThumbnail query, GrayThumbnail reference) =>
        AffineMap.Scale(1.0 / query.Width, 1.0 / query.Height).After(pixels).After(AffineMap.Scale(reference.Width, reference.Height));

    private static AffineMap? Refine(Mat querySmooth, Mat referenceSmooth, AffineMap map, GrayThumbnail query, GrayThumbnail reference)
    {
        var start = ToPixels(map, query, reference);
        using var warp = ToWarp(start);
        using var mask = Overlap(querySmooth.Size(), referenceSmooth.Size(), warp);
        if (Cv2.CountNonZero(mask) < MinimumOverlap * reference.Width * reference.Height)
        {
            return null;
        }

        try
        {
            Cv2.FindTransformECC(referenceSmooth, querySmooth, warp, MotionTypes.Affine, new TermCriteria(CriteriaTypes.Count | CriteriaTypes.Eps, 40, 1e-4), mask, 1);
        }
        catch (OpenCVException)
        {
            // ECC stops when the correlation cannot rise (no common structure): the unrefined hypothesis stands.
            return null;
        }

        var refined = new AffineMap(
            warp.At<float>(0, 0), warp.At<float>(0, 1), warp.At<float>(0, 2),
            warp.At<float>(1, 0), warp.At<float>(1, 1), warp.At<float>(1, 2));
        var drift = 0.0;
        foreach (var (x, y) in (ReadOnlySpan<(double, double)>)[(0, 0), (reference.Width, 0), (0, reference.Height), (reference.Width, reference.Height)])
        {
            var (x0, y0) = start.Apply(x, y);
            var (x1, y1) = refined.Apply(x, y);
            drift = Math.Max(drift, Math.Max(Math.Abs(x1 - x0) / query.Width, Math.Abs(y1 - y0) / query.Height));
        }

        return double.IsFinite(drift) && drift <= MaxCornerDrift ? FromPixels(refined, query, reference) : null;
    }

    private static Mat ToWarp(AffineMap pixels)
    {
        var warp = new Mat(2, 3, MatType.CV_32FC1);
        warp.Set(0, 0, (float)pixels.A);
        warp.Set(0, 1, (float)pixels.B);
        warp.Set(0, 2, (float)pixels.C);
        warp.Set(1, 0, (float)pixels.D);
        warp.Set(1, 1, (float)pixels.E);
        warp.Set(1, 2, (float)pixels.F);
        return warp;
    }

    /// <summary>Reference pixels whose place under the warp lies inside the query, one pixel in from its edge.</summary>
    private static Mat Overlap(Size querySize, Size referenceSize, Mat warp)
    {
        using var inside = new Mat(querySize, MatType.CV_8UC1, Scalar.All(255));
        var mask = new Mat();
        Cv2.WarpAffine(inside, mask, warp, referenceSize, InterpolationFlags.Nearest | InterpolationFlags.WarpInverseMap, BorderTypes.Constant, Scalar.All(0));
        Cv2.Erode(mask, mask, null);
        return mask;
    }

    private static Mat ToMat(GrayThumbnail thumbnail)
    {
        using var bytes = Mat.FromPixelData(thumbnail.Height, thumbnail.Width, MatType.CV_8UC1, thumbnail.Pixels);
        var values = new Mat();
        bytes.ConvertTo(values, MatType.CV_32FC1);
        return values;
    }

    private static Mat Smooth(Mat image)
    {
        var smooth = new Mat();
        Cv2.GaussianBlur(image, smooth, new Size(0, 0), 1.0);
        return smooth;
    }

    /// <summary>Structure at 1–3 thumbnail pixels: brightness, contrast and colour grading drop out, texture and edges stay.</summary>
    private static Mat BandPass(Mat image)
    {
        using var fine = new Mat();
        using var coarse = new Mat();
        Cv2.GaussianBlur(image, fine, new Size(0, 0), 0.8, 0, BorderTypes.Reflect);
        Cv2.GaussianBlur(image, coarse, new Size(0, 0), 3.0, 0, BorderTypes.Reflect);
        var band = new Mat();
        Cv2.Subtract(fine, coarse, band);
        return band;
    }

    /// <summary>Scores maps against one pair of band-passed thumbnails.</summary>
    private sealed class Scorer(Mat queryBand, float[] referenceValues, GrayThumbnail query, GrayThumbnail reference)
    {
        public DenseAlignment Score(AffineMap map)
        {
            var pixels = ToPixels(map, query, reference);
            if (pixels.Determinant <= 0)
            {
                return DenseAlignment.None with { Map = map };
            }

            using var warp = ToWarp(pixels);
            using var warped = new Mat();
            Cv2.WarpAffine(queryBand, warped, warp, new Size(reference.Width, reference.Height), InterpolationFlags.Linear | InterpolationFlags.WarpInverseMap, BorderTypes.Constant, Scalar.All(0));
            using var mask = Overlap(queryBand.Size(), warped.Size(), warp);
            warped.GetArray(out float[] queryValues);
            mask.GetArray(out byte[] valid);
            var overlap = valid.Count(v => v != 0);
            var referenceShare = overlap / (double)valid.Length;
            var queryShare = overlap * pixels.Determinant / (query.Width * query.Height);
            if (referenceShare < MinimumOverlap || queryShare < MinimumOverlap)
            {
                return DenseAlignment.None with { Map = map };
            }

            var correlations = new List<double>(GridColumns * GridRows);
            for (var row = 0; row < GridRows; row++)
            {
                for (var column = 0; column < GridColumns; column++)
                {
                    var x0 = column * reference.Width / GridColumns;
                    var x1 = (column + 1) * reference.Width / GridColumns;
                    var y0 = row * reference.Height / GridRows;
                    var y1 = (row + 1) * reference.Height / GridRows;
                    if (BlockCorrelation(queryValues, valid, x0, x1, y0, y1) is { } correlation)
                    {
                        correlations.Add(correlation);
                    }
                }
            }

            if (correlations.Count < MinimumBlocks)
            {
                return DenseAlignment.None with { Map = map };
            }

            var kept = correlations.OrderDescending().Take((int)Math.Ceiling(correlations.Count * KeptShareOfBlocks)).Average();
            return new DenseAlignment(kept, correlations.Count, map);
        }

        private double? BlockCorrelation(float[] queryValues, byte[] valid, int x0, int x1, int y0, int y1)
        {
            double n = 0, sumQ = 0, sumR = 0, sumQQ = 0, sumRR = 0, sumQR = 0;
            for (var y = y0; y < y1; y++)
            {
                for (var x = x0; x < x1; x++)
                {
                    var i = (y * reference.Width) + x;
                    if (valid[i] == 0)
                    {
                        continue;
                    }

                    double q = queryValues[i];
                    double r = referenceValues[i];
                    n++;
                    sumQ += q;
                    sumR += r;
                    sumQQ += q * q;
                    sumRR += r * r;
                    sumQR += q * r;
                }
            }

            if (n < (x1 - x0) * (y1 - y0) / 2.0)
            {
                return null;
            }

            var varianceQ = (sumQQ / n) - ((sumQ / n) * (sumQ / n));
            var varianceR = (sumRR / n) - ((sumR / n) * (sumR / n));
            if (varianceQ < TextureFloor * TextureFloor && varianceR < TextureFloor * TextureFloor)
            {
                return null;
            }

            // Structure in one picture where the other is flat is a mismatch, not a block to leave out.
            if (varianceQ < TextureFloor * TextureFloor || varianceR < TextureFloor * TextureFloor)
            {
                return 0;
            }

            return ((sumQR / n) - ((sumQ / n) * (sumR / n))) / Math.Sqrt(varianceQ * varianceR);
        }
    }
}
