namespace AssetBank.Core.Reuse;

/// <summary>What one unit of a deliverable is: a piece, a second of film, a minute of voice-over.</summary>
public enum RateUnit
{
    Piece = 0,
    Second,
    Minute,
}
