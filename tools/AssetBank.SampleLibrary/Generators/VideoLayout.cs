using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// The timeline of one video: shots with their frame spans and the transitions between them. A hard cut
/// appends the next shot; a crossfade overlaps it with the previous one by <see cref="SizeProfile.CrossfadeFrames"/>.
/// </summary>
internal sealed record VideoLayout(IReadOnlyList<PlannedShot> Shots, int TotalFrames, IReadOnlyList<CutFacts> Cuts)
{
    public static VideoLayout Build(IReadOnlyList<ShotSpec> specs, SizeProfile profile, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfZero(specs.Count);
        var shots = new List<PlannedShot>(specs.Count);
        var cuts = new List<CutFacts>();
        var length = 0;
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var frames = random.Next(profile.ShotFramesMin, profile.ShotFramesMax + 1);
            var sourceSeed = random.Next(1, 10_000);
            int start;
            if (i == 0)
            {
                start = 0;
            }
            else if (spec.Into == TransitionKind.Crossfade)
            {
                start = length - SizeProfile.CrossfadeFrames;
                cuts.Add(new CutFacts(
                    Timecode.Seconds(length - (SizeProfile.CrossfadeFrames / 2.0)),
                    Gradual: true,
                    Soft: false,
                    Timecode.Seconds(start),
                    Timecode.Seconds(length)));
            }
            else
            {
                start = length;
                cuts.Add(new CutFacts(Timecode.Seconds(length), Gradual: false, Soft: spec.Into == TransitionKind.Soft, null, null));
            }

            shots.Add(new PlannedShot(i, spec, frames, start, sourceSeed));
            length = start + frames;
        }

        return new VideoLayout(shots, length, cuts);
    }

    /// <summary>Subtitle cues for shots with a voice-over, kept 0.2 s inside the part of the shot no transition touches.</summary>
    public IReadOnlyList<SubtitleCue> Cues()
    {
        const int Margin = 5;
        var cues = new List<SubtitleCue>();
        foreach (var shot in Shots)
        {
            if (shot.Spec.Voiceover is null)
            {
                continue;
            }

            var start = shot.StartFrame + Margin + (shot.Index > 0 && shot.Spec.Into == TransitionKind.Crossfade ? SizeProfile.CrossfadeFrames : 0);
            var nextFades = shot.Index + 1 < Shots.Count && Shots[shot.Index + 1].Spec.Into == TransitionKind.Crossfade;
            var end = shot.EndFrame - Margin - (nextFades ? SizeProfile.CrossfadeFrames : 0);
            if (end - start < SizeProfile.FrameRate / 2)
            {
                continue;
            }

            cues.Add(new SubtitleCue(cues.Count + 1, Timecode.Seconds(start), Timecode.Seconds(end), shot.Spec.Voiceover, shot.Index));
        }

        return cues;
    }
}
