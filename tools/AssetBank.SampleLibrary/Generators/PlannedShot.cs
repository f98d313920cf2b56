using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>A shot placed on the output timeline, in frames; <see cref="SourceSeed"/> varies the generator pattern.</summary>
internal sealed record PlannedShot(int Index, ShotSpec Spec, int Frames, int StartFrame, int SourceSeed)
{
    public int EndFrame => StartFrame + Frames;
}
