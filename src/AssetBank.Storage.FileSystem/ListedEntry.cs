using AssetBank.Core.Storage;

namespace AssetBank.Storage.FileSystem;

/// <summary>A key found while walking the folder: a plain file to describe, or a placeholder for one the store refuses.</summary>
internal sealed record ListedEntry(string Key, StoredObject? Refused);
