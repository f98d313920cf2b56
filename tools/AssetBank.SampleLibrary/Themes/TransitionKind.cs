namespace AssetBank.SampleLibrary.Themes;

/// <summary>How a shot begins.</summary>
internal enum TransitionKind
{
    /// <summary>A hard cut from a visibly different shot.</summary>
    Hard,

    /// <summary>A hard cut from a shot of nearly the same colour.</summary>
    Soft,

    /// <summary>A one-second crossfade from the previous shot.</summary>
    Crossfade,
}
