using AssetBank.Media.Processes;

namespace AssetBank.Media.Tests.TestSupport;

/// <summary>Runs ffmpeg for test set-up. A missing ffmpeg throws, so media tests fail rather than skip.</summary>
internal static class Ffmpeg
{
    private static readonly ProcessRunner Runner = new(4);

    public static async Task RunAsync(params string[] arguments)
    {
        var request = new ProcessRequest("ffmpeg", ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments])
        {
            Timeout = TimeSpan.FromMinutes(3),
        };
        (await Runner.RunAsync(request, CancellationToken.None)).EnsureSucceeded("test media synthesis", CancellationToken.None);
    }
}
