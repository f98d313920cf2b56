namespace AssetBank.SampleLibrary.Media;

/// <summary>An external tool (ffmpeg, ffprobe) failed; the message names the output and quotes stderr.</summary>
internal sealed class ExternalToolException : Exception
{
    public ExternalToolException(string message, ProcessResult result)
        : base(message)
    {
        Result = result;
    }

    public ProcessResult Result { get; }
}
