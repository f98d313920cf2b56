namespace AssetBank.Core.Tagging;

/// <summary>Who produced a tag. Human tags always win over machine tags.</summary>
public enum TagSource
{
    Lexicon = 0,
    Llm = 1,
    Human = 2,
}
