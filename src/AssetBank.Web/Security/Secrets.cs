using System.Security.Cryptography;
using System.Text;

namespace AssetBank.Web.Security;

/// <summary>Comparing presented credentials with configured ones without leaking, through timing, how much matched.</summary>
public static class Secrets
{
    /// <summary>Values shipped in examples and defaults; a server reachable from the network must not run with them.</summary>
    public static IReadOnlySet<string> KnownDefaults { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        string.Empty, "change-me", "changeme", "minioadmin", "password", "secret",
    };

    /// <summary>True for empty values, shipped defaults, and the <c>replace-with-…</c> placeholders of <c>.env.example</c>.</summary>
    public static bool IsKnownDefault(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return KnownDefaults.Contains(trimmed) || trimmed.StartsWith("replace-with", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="presented"/> equals one of <paramref name="expected"/>; every candidate is compared.</summary>
    /// <remarks>Both sides are hashed first, so the comparison takes the same time whatever the lengths.</remarks>
    public static bool Matches(string? presented, IEnumerable<string> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var matched = false;
        foreach (var candidate in expected)
        {
            matched |= !string.IsNullOrEmpty(candidate)
                && CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
        }

        return matched;
    }

    /// <summary>The credential in <c>X-Api-Key</c>, or in <c>Authorization: Bearer …</c>.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiKey = request.Headers["X-Api-Key"].ToString();
        if (!string.IsNullOrEmpty(apiKey))
        {
            return apiKey;
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }
}
