using System.Diagnostics;
using System.Globalization;
using AssetBank.Media.Processes;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class ProcessRunnerTests : IDisposable
{
    private readonly ProcessRunner _runner = new(4);

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task Passes_arguments_verbatim_without_a_shell()
    {
        var result = await _runner.RunAsync(
            new ProcessRequest("printf", ["%s|", "a b", "it's", "新手爸爸", "$HOME", ";rm -rf /", "\"quoted\""]),
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("a b|it's|新手爸爸|$HOME|;rm -rf /|\"quoted\"|", result.StdoutText);
    }

    [Fact]
    public async Task Reports_the_exit_code_and_keeps_the_last_stderr_lines()
    {
        var result = await _runner.RunAsync(
            new ProcessRequest("sh", ["-c", "for i in $(seq 1 500); do echo \"line $i\" >&2; done; exit 3"]) { StderrTailLines = 40 },
            CancellationToken.None);

        Assert.Equal(ProcessStopReason.Exited, result.StopReason);
        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
        var lines = result.StderrTail.Split('\n');
        Assert.Equal(40, lines.Length);
        Assert.Equal("line 461", lines[0]);
        Assert.Equal("line 500", result.LastStderrLine);
    }

    [Fact]
    public async Task Drains_megabytes_of_stderr_so_the_child_never_blocks()
    {
        var result = await _runner.RunAsync(
            new ProcessRequest("sh", ["-c", "head -c 5000000 /dev/zero | tr '\\0' 'x' >&2; echo done"]) { Timeout = TimeSpan.FromSeconds(30) },
            CancellationToken.None);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("done\n", result.StdoutText);
    }

    [Fact]
    public async Task Shows_every_stderr_line_to_the_observer_in_order()
    {
        var seen = new List<string>();

        await _runner.RunAsync(
            new ProcessRequest("sh", ["-c", "printf 'a\\nb\\r\\nc' >&2"]) { StderrLineObserver = seen.Add },
            CancellationToken.None);

        Assert.Equal(["a", "b", "c"], seen);
    }

    [Fact]
    public async Task Kills_a_hanging_ffmpeg_at_the_time_limit_and_says_it_timed_out()
    {
        // -re reads an hour-long synthetic source at real time: without the limit this runs for an hour.
        var stopwatch = Stopwatch.StartNew();
        var result = await _runner.RunAsync(
            new ProcessRequest("ffmpeg", ["-hide_banner", "-nostdin", "-re", "-f", "lavfi", "-i", "testsrc=s=320x180:d=3600", "-f", "null", "-"])
            {
                Timeout = TimeSpan.FromSeconds(2),
            },
            CancellationToken.None);

        Assert.Equal(ProcessStopReason.TimedOut, result.StopReason);
        Assert.Null(result.ExitCode);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9), $"stopped after {stopwatch.Elapsed}, before its time limit");
        var error = Assert.Throws<MediaToolException>(() => result.EnsureSucceeded("test", CancellationToken.None));
        Assert.Contains("time limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kills_ffmpeg_blocked_on_a_fifo_that_nobody_writes()
    {
        using var folder = new TempFolder();
        var fifo = folder.File("never-written");
        Assert.True((await _runner.RunAsync(new ProcessRequest("mkfifo", [fifo]), CancellationToken.None)).Succeeded);

        var result = await _runner.RunAsync(
            new ProcessRequest("ffmpeg", ["-hide_banner", "-nostdin", "-i", fifo, "-f", "null", "-"]) { Timeout = TimeSpan.FromSeconds(2) },
            CancellationToken.None);

        Assert.Equal(ProcessStopReason.TimedOut, result.StopReason);
    }

    [Fact]
    public async Task Kills_the_whole_process_tree_not_just_the_child()
    {
        var result = await _runner.RunAsync(
            new ProcessRequest("sh", ["-c", "sleep 300 & echo $!; wait"]) { Timeout = TimeSpan.FromSeconds(1) },
            CancellationToken.None);

        Assert.Equal(ProcessStopReason.TimedOut, result.StopReason);
        var grandchild = int.Parse(result.StdoutText.Trim(), CultureInfo.InvariantCulture);
        await AssertGoneAsync(grandchild);
    }

    [Fact]
    public async Task Cancellation_kills_the_process_and_is_reported_as_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var result = await _runner.RunAsync(new ProcessRequest("sleep", ["30"]), cancellation.Token);

        Assert.Equal(ProcessStopReason.Cancelled, result.StopReason);
        Assert.Throws<OperationCanceledException>(() => result.EnsureSucceeded("test", cancellation.Token));
    }

    [Fact]
    public async Task Stops_a_process_that_writes_more_than_the_output_limit()
    {
        var result = await _runner.RunAsync(
            new ProcessRequest("yes", ["assetbank"]) { MaxStdoutBytes = 100_000, Timeout = TimeSpan.FromSeconds(20) },
            CancellationToken.None);

        Assert.Equal(ProcessStopReason.OutputLimitExceeded, result.StopReason);
        Assert.Equal(100_000, result.Stdout.Length);
    }

    [Fact]
    public async Task A_missing_tool_fails_before_starting_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<MediaToolNotFoundException>(() =>
            _runner.RunAsync(new ProcessRequest("assetbank-no-such-tool", []), CancellationToken.None));

        Assert.Equal("assetbank-no-such-tool", error.Tool);
        Assert.StartsWith("assetbank-no-such-tool not found on PATH", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ffmpeg", "ffmpeg not found on PATH: apt-get install -y ffmpeg")]
    [InlineData("ffprobe", "ffprobe not found on PATH: apt-get install -y ffmpeg")]
    [InlineData("fpcalc", "fpcalc not found on PATH: apt-get install -y libchromaprint-tools")]
    public void Missing_media_tools_say_how_to_install_them(string tool, string message) =>
        Assert.Equal(message, new MediaToolNotFoundException(tool).Message);

    [Fact]
    public async Task Runs_no_more_processes_at_once_than_configured()
    {
        using var single = new ProcessRunner(1);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => single.RunAsync(new ProcessRequest("sleep", ["0.4"]), CancellationToken.None)));

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.15), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task A_failed_run_becomes_an_exception_carrying_the_stderr_tail()
    {
        var result = await _runner.RunAsync(new ProcessRequest("ffprobe", ["-v", "error", "/nonexistent/file.mp4"]), CancellationToken.None);

        var error = Assert.Throws<MediaToolException>(() => result.EnsureSucceeded("probing 'file.mp4'", CancellationToken.None));
        Assert.Contains("No such file or directory", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("probing 'file.mp4' failed: ffprobe exited with code 1", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertGoneAsync(int pid)
    {
        for (var i = 0; i < 50; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat))
            {
                return;
            }

            // A killed orphan may linger as a zombie until init reaps it: dead all the same.
            var fields = (await File.ReadAllTextAsync(stat)).Split(' ');
            if (fields.Length > 2 && fields[2] is "Z" or "X")
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"process {pid} is still running");
    }
}
