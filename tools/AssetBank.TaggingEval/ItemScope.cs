namespace AssetBank.TaggingEval;

/// <summary>Whether an evaluated item is a whole file or a part of one (a shot, a note, a comment thread, a KOL row).</summary>
public enum ItemScope
{
    Asset,
    Part,
}
