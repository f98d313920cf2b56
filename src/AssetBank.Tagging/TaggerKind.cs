namespace AssetBank.Tagging;

/// <summary>Which tagger the app uses as <see cref="AssetBank.Core.Tagging.ITagger"/>.</summary>
public enum TaggerKind
{
    /// <summary>The offline lexicon tagger (default; what CI and the quick start use).</summary>
    Lexicon = 0,

    /// <summary>The LLM tagger, when AssetBank.Tagging.Llm is registered and an endpoint configured.</summary>
    Llm = 1,
}
