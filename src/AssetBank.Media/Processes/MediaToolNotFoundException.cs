using AssetBank.Core.Errors;

namespace AssetBank.Media.Processes;

/// <summary>An external tool AssetBank needs is not installed; the message says how to install it.</summary>
public sealed class MediaToolNotFoundException : AssetBankException
{
    public MediaToolNotFoundException(string tool, Exception? innerException = null)
        : base($"{tool} not found on PATH: {InstallHint(tool)}", innerException)
    {
        Tool = tool;
    }

    public string Tool { get; }

    private static string InstallHint(string tool) => Path.GetFileName(tool) switch
    {
        "ffmpeg" or "ffprobe" => "apt-get install -y ffmpeg",
        "fpcalc" => "apt-get install -y libchromaprint-tools",
        _ => "install it or set its path in the Media configuration section",
    };
}
