using System.Text.Json;
using AssetBank.Core.Errors;

namespace AssetBank.Ingestion.Notifications;

/// <summary>Reads MinIO's webhook payload (S3 event records: <c>Records[].s3.object.key</c>, URL-encoded).</summary>
public static class MinioEventParser
{
    public static IReadOnlyList<BucketEvent> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotificationFormatException($"the body is not JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Records", out var records)
                || records.ValueKind != JsonValueKind.Array)
            {
                throw new NotificationFormatException("expected an object with a 'Records' array");
            }

            var events = new List<BucketEvent>();
            foreach (var record in records.EnumerateArray())
            {
                var name = record.TryGetProperty("eventName", out var n) ? n.GetString() ?? string.Empty : string.Empty;
                if (!record.TryGetProperty("s3", out var s3)
                    || !s3.TryGetProperty("object", out var obj)
                    || !obj.TryGetProperty("key", out var keyElement)
                    || keyElement.GetString() is not { Length: > 0 } rawKey)
                {
                    throw new NotificationFormatException($"record '{name}' has no s3.object.key");
                }

                var bucket = s3.TryGetProperty("bucket", out var b) && b.TryGetProperty("name", out var bn) ? bn.GetString() ?? string.Empty : string.Empty;
                // S3 event keys are form-URL-encoded: '+' stands for a space.
                var key = Uri.UnescapeDataString(rawKey.Replace('+', ' '));
                string? etag = obj.TryGetProperty("eTag", out var e) ? e.GetString() : null;
                long? size = obj.TryGetProperty("size", out var s) && s.TryGetInt64(out var sz) ? sz : null;
                var kind = name.StartsWith("s3:ObjectCreated:", StringComparison.Ordinal) ? BucketEventKind.Created
                    : name.StartsWith("s3:ObjectRemoved:", StringComparison.Ordinal) ? BucketEventKind.Removed
                    : BucketEventKind.Other;
                events.Add(new BucketEvent(kind, bucket, key, etag, size));
            }

            return events;
        }
    }
}
