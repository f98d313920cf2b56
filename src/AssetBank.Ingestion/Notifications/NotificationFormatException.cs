using AssetBank.Core.Errors;

namespace AssetBank.Ingestion.Notifications;

public sealed class NotificationFormatException : AssetBankException
{
    public NotificationFormatException(string problem, Exception? innerException = null)
        : base($"Bucket notification rejected: {problem}", innerException)
    {
    }
}
