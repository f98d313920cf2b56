using AssetBank.Core.Media;

namespace AssetBank.Media.Shots;

/// <summary>How detected boundaries become shot time ranges and where a shot's keyframes are taken, for ingestion and video references alike.</summary>
public static class ShotRanges
{
    /// <summary>The shots between the boundaries, up to the decodable end of the video.</summary>
    public static List<(double Start, double End, ShotTransition Kind, double? Score)> From(ShotDetectionResult detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        var end = DecodableEnd(detection);
        var ranges = new List<(double Start, double End, ShotTransition Kind, double? Score)>();
        var previous = (Time: 0.0, Kind: ShotTransition.Start, Score: (double?)null);
        foreach (var boundary in detection.Boundaries.Where(b => b.Time < end))
        {
            ranges.Add((previous.Time, boundary.Time, previous.Kind, previous.Score));
            previous = (boundary.Time, boundary.Kind, boundary.Score);
        }

        ranges.Add((previous.Time, Math.Max(previous.Time, end), previous.Kind, previous.Score));
        return ranges;
    }

    public static double DecodableEnd(ShotDetectionResult detection) => Math.Min(detection.DurationSeconds, detection.DecodedSeconds);

    /// <summary>
    /// Times of <paramref name="count"/> keyframes spread evenly through a shot (the middle of each equal part; one keyframe
    /// is the middle of the shot), never past its last frame.
    /// </summary>
    public static IReadOnlyList<double> KeyframeTimes(double start, double end, double frameSeconds, int count)
    {
        var times = new double[Math.Max(1, count)];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = Math.Clamp(start + ((end - start) * (i + 0.5) / times.Length), start, Math.Max(start, end - frameSeconds));
        }

        return times;
    }
}
