namespace AssetBank.Analysis.Chinese.Tests;

/// <summary>One token as a test sees it.</summary>
public sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, string Type);
