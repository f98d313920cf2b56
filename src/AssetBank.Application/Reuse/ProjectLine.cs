namespace AssetBank.Application.Reuse;

/// <summary>A deliverable line of a registered project, as a picker offers it ("add to kickoff").</summary>
public sealed record ProjectLine(string ProjectCode, string ProjectName, string LineId, string Label);
