using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Tests;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task A_process_that_runs_past_its_limit_is_killed_and_reported_as_timed_out()
    {
        using var runner = new ProcessRunner(1, TimeSpan.FromMilliseconds(300));
        var result = await runner.RunAsync("sleep", ["30"], CancellationToken.None);
        Assert.Equal(ProcessStopReason.TimedOut, result.StopReason);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_failing_tool_raises_an_error_that_quotes_its_stderr()
    {
        using var runner = new ProcessRunner(1, TimeSpan.FromSeconds(30));
        var error = await Assert.ThrowsAsync<ExternalToolException>(() =>
            runner.RunCheckedAsync("ffmpeg", ["-hide_banner", "-nostdin", "-i", "/nonexistent/input.mp4", "-f", "null", "-"], "a test output", CancellationToken.None));
        Assert.Contains("a test output", error.Message, StringComparison.Ordinal);
        Assert.Contains("No such file", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(0, error.Result.ExitCode);
    }

    [Fact]
    public async Task Cancelling_stops_the_process()
    {
        using var runner = new ProcessRunner(1, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var result = await runner.RunAsync("sleep", ["30"], cancel.Token);
        Assert.Equal(ProcessStopReason.Cancelled, result.StopReason);
    }

    [Fact]
    public async Task Arguments_reach_the_process_verbatim()
    {
        using var runner = new ProcessRunner(1, TimeSpan.FromSeconds(30));
        var result = await runner.RunAsync("printf", ["%s|", "a b", "it's", "新手爸爸", "$HOME", "; echo injected"], CancellationToken.None);
        Assert.Equal("a b|it's|新手爸爸|$HOME|; echo injected|", result.StdOut);
    }

    [Fact]
    public async Task A_missing_tool_is_reported_as_not_started_with_a_hint()
    {
        using var runner = new ProcessRunner(1, TimeSpan.FromSeconds(30));
        var error = await Assert.ThrowsAsync<ExternalToolException>(() =>
            runner.RunCheckedAsync("/nonexistent/ffmpeg", ["-version"], "nothing", CancellationToken.None));
        Assert.Equal(ProcessStopReason.NotStarted, error.Result.StopReason);
        Assert.Contains("could not be started", error.Message, StringComparison.Ordinal);
    }
}
