namespace AssetBank.Application.Similarity;

/// <summary>One row of a fingerprint list: the library's own id for a picture and its AssetBank fingerprint (base64).</summary>
/// <param name="Line">Line in the list file, for error messages.</param>
public sealed record FingerprintRow(int Line, string Id, string Fingerprint);
