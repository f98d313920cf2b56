namespace AssetBank.Extraction.TextFiles;

/// <param name="Text">The decoded text with line ends normalised to <c>\n</c> and no byte-order mark.</param>
/// <param name="Encoding"><c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>utf-32le</c> or <c>gb18030</c> (GBK is a subset).</param>
/// <param name="HasBom">Whether the bytes started with a byte-order mark.</param>
/// <param name="Truncated">Whether the text was cut at the size limit.</param>
/// <param name="Warning">Why the text may be imperfect (bytes that fit no one encoding), or null.</param>
internal sealed record DecodedText(string Text, string Encoding, bool HasBom, bool Truncated, string? Warning = null);
