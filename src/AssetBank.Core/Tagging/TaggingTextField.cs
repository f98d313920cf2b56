namespace AssetBank.Core.Tagging;

/// <summary>Where a piece of an item's text came from; the lexicon tagger weighs fields differently.</summary>
public enum TaggingTextField
{
    /// <summary>Body text: copy, a note's text, a document.</summary>
    Body = 0,
    Title,
    Caption,
    Subtitle,
    Transcript,
    Comment,
    Hashtag,
    KolVertical,
    Metadata,

    /// <summary>Text read from the picture by OCR (burned-in captions, supers, poster slogans); weighed below a real subtitle.</summary>
    OnScreenText,

    /// <summary>The surroundings of a shot or part: its video's title and other shots, the export it belongs to (evidence only).</summary>
    Context,
}
