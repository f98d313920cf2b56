using System.Globalization;

namespace AssetBank.Media.Shots;

/// <summary>
/// Collects per-frame values from ffmpeg's filter log as it streams: <c>metadata=print</c> pairs
/// (<c>frame:N pts:P pts_time:T</c> then <c>lavfi.scene_score=S</c>, or any other <c>lavfi.*</c> key such as
/// <c>lavfi.signalstats.YDIF</c>) and <c>showinfo</c> lines (<c>n: … pts_time:T …</c>, no value). Samples are grouped by
/// filter label: for an instance named <c>metadata@dense</c> the label is <c>dense</c>; an unnamed instance keeps its
/// generated name (<c>Parsed_showinfo_2</c>). Print one key per metadata instance to keep the series apart.
/// </summary>
/// <remarks>Not thread-safe: feed it from one reader, as <see cref="Processes.ProcessRequest.StderrLineObserver"/> does.</remarks>
public sealed class SceneScoreCollector
{
    private readonly Dictionary<string, List<SceneSample>> _samples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _pendingTime = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Labels => _samples.Keys;

    /// <summary>The samples seen for <paramref name="label"/>, in log order (which is presentation order).</summary>
    public IReadOnlyList<SceneSample> SamplesFor(string label)
    {
        Flush(label);
        return _samples.TryGetValue(label, out var list) ? list : [];
    }

    public void OnLine(string line)
    {
        if (line is null || line.Length < 4 || line[0] != '[')
        {
            return;
        }

        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            return;
        }

        var instance = line.AsSpan(1, close - 1);
        var at = instance.IndexOf(" @ ", StringComparison.Ordinal);
        if (at >= 0)
        {
            instance = instance[..at];
        }

        var filterEnd = instance.IndexOf('@');
        var filter = filterEnd >= 0 ? instance[..filterEnd] : instance;
        var isMetadata = filter.StartsWith("metadata", StringComparison.Ordinal) || filter.StartsWith("Parsed_metadata", StringComparison.Ordinal);
        var isShowinfo = filter.StartsWith("showinfo", StringComparison.Ordinal) || filter.StartsWith("Parsed_showinfo", StringComparison.Ordinal);
        if (!isMetadata && !isShowinfo)
        {
            return;
        }

        var label = (filterEnd >= 0 ? instance[(filterEnd + 1)..] : instance).ToString();
        var body = line.AsSpan(close + 1).Trim();

        if (isMetadata && body.StartsWith("lavfi.", StringComparison.Ordinal) && body.IndexOf('=') is var equals and > 0)
        {
            if (_pendingTime.Remove(label, out var time) &&
                double.TryParse(body[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
                double.IsFinite(value))
            {
                Add(label, new SceneSample(time, value));
            }

            return;
        }

        var ptsTime = ReadPtsTime(body);
        if (ptsTime is null)
        {
            return;
        }

        if (isMetadata)
        {
            // A frame without a score line (key missing) ends as a sample without score.
            Flush(label);
            _pendingTime[label] = ptsTime.Value;
        }
        else if (body.StartsWith("n:", StringComparison.Ordinal))
        {
            Add(label, new SceneSample(ptsTime.Value, null));
        }
    }

    private void Flush(string label)
    {
        if (_pendingTime.Remove(label, out var time))
        {
            Add(label, new SceneSample(time, null));
        }
    }

    private void Add(string label, SceneSample sample)
    {
        if (!_samples.TryGetValue(label, out var list))
        {
            list = [];
            _samples[label] = list;
        }

        list.Add(sample);
    }

    private static double? ReadPtsTime(ReadOnlySpan<char> body)
    {
        var index = body.IndexOf("pts_time:", StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var rest = body[(index + "pts_time:".Length)..].TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        return double.TryParse(rest[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
    }
}
