namespace AssetBank.Core.Similarity;

/// <summary>One fingerprinted reference text (slogan, ad copy, post): its library, its id there, its stored signature and its text.</summary>
/// <param name="Text">The text as imported; empty when streamed without texts.</param>
public sealed record ReferenceCopy(long Id, string Library, string ItemId, long Size, DateTimeOffset Modified, byte[] Signature, string Text);
