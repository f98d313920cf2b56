namespace AssetBank.Media.Subtitles;

/// <summary>One subtitle cue: plain text (styling removed, line breaks kept) shown from <paramref name="Start"/> to <paramref name="End"/>.</summary>
public sealed record SubtitleCue(TimeSpan Start, TimeSpan End, string Text);
