using AssetBank.Ingestion.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AssetBank.Api.Notifications;

public static class NotificationsApi
{
    /// <summary>MinIO's webhook target: <c>POST /api/notifications/minio</c> with S3 event records.</summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications");
        group.MapPost("/minio", ReceiveMinioEventAsync);
        return app;
    }

    internal static async Task<Results<Accepted<NotificationReceipt>, ProblemHttpResult, UnauthorizedHttpResult>> ReceiveMinioEventAsync(
        HttpRequest request,
        NotifiedKeyInbox queue,
        IOptions<NotificationOptions> options,
        CancellationToken cancellationToken)
    {
        if (!IsAuthorized(request, options.Value.AuthToken))
        {
            return TypedResults.Unauthorized();
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        IReadOnlyList<BucketEvent> events;
        try
        {
            events = MinioEventParser.Parse(body);
        }
        catch (NotificationFormatException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "无效的存储桶通知 (invalid bucket notification)");
        }

        var keys = events.Where(e => e.Kind != BucketEventKind.Other).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
        await queue.EnqueueAsync(keys, cancellationToken);
        return TypedResults.Accepted((string?)null, new NotificationReceipt(keys.Count));
    }

    private static bool IsAuthorized(HttpRequest request, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..] : header;
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presented), System.Text.Encoding.UTF8.GetBytes(token));
    }
}
