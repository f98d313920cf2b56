namespace AssetBank.Application.Collections;

/// <summary>Where an export stands: <paramref name="Done"/> of <paramref name="Total"/> items written, the last one named.</summary>
public sealed record CollectionExportProgress(int Done, int Total, string Item);
