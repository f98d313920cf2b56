namespace AssetBank.Cluster.Tests;

/// <summary>The cluster tests run one at a time: one restarts the shared PostgreSQL, and each runs several processes.</summary>
[CollectionDefinition(nameof(ClusterIngestTests), DisableParallelization = true)]
public sealed class ClusterTestsDefinition;
