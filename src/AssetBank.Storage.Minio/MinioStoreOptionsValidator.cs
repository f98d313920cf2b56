using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AssetBank.Storage.Minio;

/// <summary>Checks what data annotations cannot: the endpoint's form, the bucket name's rules, positive timeouts.</summary>
internal sealed partial class MinioStoreOptionsValidator : IValidateOptions<MinioStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, MinioStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Endpoint) && !S3Endpoint.TryParse(options.Endpoint, out _))
        {
            failures.Add(
                $"MinioStoreOptions.Endpoint '{options.Endpoint}' must be host:port without a scheme, e.g. 'minio:9000' (use UseSsl for https).");
        }

        if (!string.IsNullOrWhiteSpace(options.Bucket) && !BucketName().IsMatch(options.Bucket))
        {
            failures.Add(
                $"MinioStoreOptions.Bucket '{options.Bucket}' is not a valid S3 bucket name (3-63 characters: lower-case letters, digits, '.', '-').");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("MinioStoreOptions.RequestTimeout must be positive.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add("MinioStoreOptions.ConnectTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex BucketName();
}
