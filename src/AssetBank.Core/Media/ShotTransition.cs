namespace AssetBank.Core.Media;

/// <summary>How a shot begins.</summary>
public enum ShotTransition
{
    /// <summary>The first shot of the video.</summary>
    Start = 0,

    /// <summary>A hard cut: the picture changes from one frame to the next.</summary>
    Cut,

    /// <summary>A gradual transition (dissolve, fade) found by the sparse pass; the boundary is its middle.</summary>
    Dissolve,
}
