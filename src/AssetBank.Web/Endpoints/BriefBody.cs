namespace AssetBank.Web.Endpoints;

/// <summary>A brief as text, in the same YAML (or JSON) form as <c>assetbank kickoff BRIEF</c> reads.</summary>
public sealed record BriefBody(string Text, string? Format);
