using AssetBank.Web.Security;
using AssetBank.Core.Storage;
using AssetBank.Ingestion.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AssetBank.Web.Notifications;

public static class NotificationsApi
{
    /// <summary>MinIO's webhook target: <c>POST /api/notifications/minio</c> with S3 event records.</summary>
    /// <remarks>Authenticated by MinIO's own token rather than an API key, since MinIO can send only that.</remarks>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").AllowAnonymous();
        group.MapPost("/minio", ReceiveMinioEventAsync);
        return app;
    }

    internal static async Task<Results<Accepted<NotificationReceipt>, ProblemHttpResult>> ReceiveMinioEventAsync(
        HttpRequest request,
        NotifiedKeyInbox queue,
        IOptions<NotificationOptions> options,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.AuthToken))
        {
            return TypedResults.Problem(
                "the webhook is disabled until Notifications:AuthToken is set (the same value as MinIO's auth_token)",
                statusCode: StatusCodes.Status403Forbidden,
                title: "通知接口未启用 (webhook disabled)");
        }

        if (!Secrets.Matches(Secrets.Presented(request), [options.Value.AuthToken]))
        {
            return TypedResults.Problem(
                "send the token configured in Notifications:AuthToken as 'Authorization: Bearer <token>'",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "通知令牌无效 (missing or wrong webhook token)");
        }

        string? body;
        try
        {
            body = await WebhookBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "无法读取请求 (unreadable request)");
        }

        if (body is null)
        {
            return TypedResults.Problem(
                $"the body is larger than {options.Value.MaxBodyBytes} bytes",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "请求体过大 (payload too large)");
        }

        IReadOnlyList<BucketEvent> events;
        try
        {
            events = MinioEventParser.Parse(body);
        }
        catch (Exception e) when (e is NotificationFormatException or InvalidOperationException)
        {
            // The parser reads fields with JsonElement accessors, which throw InvalidOperationException on a wrong type.
            var detail = e is NotificationFormatException ? e.Message : $"a field has the wrong JSON type: {e.Message}";
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "无效的存储桶通知 (invalid bucket notification)");
        }

        var accepted = new List<string>();
        var rejected = new List<RejectedKey>();
        foreach (var key in events.Where(e => e.Kind != BucketEventKind.Other).Select(e => e.Key).Distinct(StringComparer.Ordinal))
        {
            if (ObjectKeys.TryNormalize(key, out var normalized, out var problem))
            {
                accepted.Add(normalized);
            }
            else
            {
                rejected.Add(new RejectedKey(key, problem ?? "invalid key"));
            }
        }

        await queue.EnqueueAsync(accepted, cancellationToken);
        return TypedResults.Accepted((string?)null, new NotificationReceipt(accepted.Count, accepted, rejected));
    }
}
