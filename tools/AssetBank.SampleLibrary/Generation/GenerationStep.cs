namespace AssetBank.SampleLibrary.Generation;

/// <summary>
/// One unit of work that writes <see cref="Outputs"/> (relative paths). Steps of a phase run concurrently;
/// a phase starts when the one before it has finished, so a step may read the outputs of earlier phases.
/// </summary>
internal sealed record GenerationStep(
    string Label,
    int Phase,
    IReadOnlyList<string> Outputs,
    Func<StepContext, CancellationToken, Task> RunAsync);
