namespace AssetBank.Media.Subtitles;

/// <summary>Gives each shot the text of the cues shown during it.</summary>
public static class SubtitleAssigner
{
    /// <summary>A cue counts for a shot when it overlaps it by this much, or lies wholly inside it (short cues).</summary>
    public static readonly TimeSpan MinOverlap = TimeSpan.FromMilliseconds(200);

    /// <summary>For each range, the distinct cue texts overlapping it, in time order, one per line; null when none.</summary>
    public static IReadOnlyList<string?> Assign(IReadOnlyList<(TimeSpan Start, TimeSpan End)> shots, IReadOnlyList<SubtitleCue> cues)
    {
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(cues);
        var ordered = cues.OrderBy(c => c.Start).ToList();
        var result = new string?[shots.Count];
        for (var i = 0; i < shots.Count; i++)
        {
            var (start, end) = shots[i];
            var texts = new List<string>();
            foreach (var cue in ordered)
            {
                if (cue.Start >= end)
                {
                    break;
                }

                var overlap = (cue.End < end ? cue.End : end) - (cue.Start > start ? cue.Start : start);
                var inside = cue.Start >= start && cue.End <= end;
                if ((overlap >= MinOverlap || (inside && overlap > TimeSpan.Zero)) && !texts.Contains(cue.Text, StringComparer.Ordinal))
                {
                    texts.Add(cue.Text);
                }
            }

            result[i] = texts.Count == 0 ? null : string.Join('\n', texts);
        }

        return result;
    }
}
