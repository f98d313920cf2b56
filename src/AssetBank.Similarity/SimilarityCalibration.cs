namespace AssetBank.Similarity;

/// <summary>
/// Turns the two stages' raw evidence into one similarity percentage. Verified inliers above chance level rise
/// towards 100 % along 1 − e^(−(n − chance)/s), with s set so that <see cref="ImageSimilarityOptions.InliersAt85"/>
/// inliers score 85 %; a hash distance alone maps linearly through the two configured anchor points. The score is
/// the stronger of the two, so a re-encoded copy too blurred for keypoints still alarms on its hash.
/// </summary>
internal sealed class SimilarityCalibration(ImageSimilarityOptions options)
{
    private readonly double _inlierScale = (options.InliersAt85 - options.ChanceInliers) / -Math.Log(0.15);

    public double FromInliers(int inliers)
    {
        if (inliers <= options.ChanceInliers)
        {
            return 0;
        }

        return 100 * (1 - Math.Exp(-(inliers - options.ChanceInliers) / Math.Max(0.5, _inlierScale)));
    }

    public double FromHashDistance(int distance)
    {
        var slope = 35.0 / Math.Max(1, options.HashDistanceAt50 - options.HashDistanceAt85);
        return Math.Clamp(85 - ((distance - options.HashDistanceAt85) * slope), 0, 100);
    }

    /// <summary>The dense alignment's block correlation mapped linearly through its two configured anchor points.</summary>
    public double FromCorrelation(double correlation)
    {
        var slope = 35.0 / Math.Max(0.01, options.CorrelationAt85 - options.CorrelationAt50);
        return Math.Round(Math.Clamp(85 + ((correlation - options.CorrelationAt85) * slope), 0, 100), 1);
    }

    public double Combine(int inliers, int distance) => Math.Round(Math.Max(FromInliers(inliers), FromHashDistance(distance)), 1);
}
