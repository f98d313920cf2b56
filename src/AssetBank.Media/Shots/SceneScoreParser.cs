namespace AssetBank.Media.Shots;

/// <summary>Parses a recorded ffmpeg filter log into scene samples per filter label; see <see cref="SceneScoreCollector"/>.</summary>
public static class SceneScoreParser
{
    public static IReadOnlyDictionary<string, IReadOnlyList<SceneSample>> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var collector = new SceneScoreCollector();
        foreach (var line in lines)
        {
            collector.OnLine(line);
        }

        return collector.Labels.ToList().ToDictionary(label => label, collector.SamplesFor, StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<SceneSample>> Parse(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return Parse(log.Split('\n').Select(l => l.TrimEnd('\r')));
    }
}
