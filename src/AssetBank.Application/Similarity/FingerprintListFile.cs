using System.Text;
using System.Text.Json;
using AssetBank.Core.Errors;

namespace AssetBank.Application.Similarity;

/// <summary>
/// A library's fingerprint list: CSV with the header <c>id,fingerprint</c>, or JSON Lines with one
/// <c>{"id": …, "fingerprint": …}</c> object per line (<c>.jsonl</c> or <c>.json</c>). Lines are read with a length
/// limit, so a hostile file cannot make one line fill the memory.
/// </summary>
public static class FingerprintListFile
{
    /// <summary>Longer than any fingerprint this version writes (about 28 KB of base64 with 500 keypoints).</summary>
    public const int MaxLineChars = 64 * 1024;

    public static bool IsList(string path) =>
        File.Exists(path) && Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".jsonl" or ".json";

    /// <summary>Well-formed rows in file order; each malformed row is added to <paramref name="problems"/> with its line.</summary>
    /// <exception cref="RequestRejectedException">The CSV header is wrong or a line is too long to be a fingerprint.</exception>
    /// <param name="read">Told the bytes read so far, for progress.</param>
    public static async IAsyncEnumerable<FingerprintRow> ReadAsync(string path, List<FileProblem> problems, Action<long>? read, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var csv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new BoundedLineReader(reader, MaxLineChars);
        var name = Path.GetFileName(path);
        var line = 0;
        while (await lines.ReadAsync(() => new RequestRejectedException($"{name} 第 {line + 1} 行", $"is longer than {MaxLineChars:N0} characters: not a fingerprint list (行过长)"), cancellationToken) is { } text)
        {
            line++;
            read?.Invoke(reader.BaseStream.Position);
            if (text.Length == 0)
            {
                continue;
            }

            if (csv && line == 1)
            {
                if (!text.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("id,fingerprint", StringComparison.OrdinalIgnoreCase))
                {
                    throw new RequestRejectedException($"{name} 第 1 行", "the header must be id,fingerprint (表头应为 id,fingerprint)");
                }

                continue;
            }

            var row = csv ? ParseCsv(text, line) : ParseJson(text, line);
            if (row.Problem is { } problem)
            {
                problems.Add(new FileProblem("references", $"{name}:{line}", problem));
                continue;
            }

            yield return row.Row!;
        }
    }

    public static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<(string Id, byte[] Fingerprint)> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteLineAsync("id,fingerprint".AsMemory(), cancellationToken);
        await foreach (var (id, fingerprint) in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync($"{Quote(id)},{Convert.ToBase64String(fingerprint)}".AsMemory(), cancellationToken);
        }
    }

    private static (FingerprintRow? Row, string? Problem) ParseCsv(string text, int line)
    {
        string id;
        string rest;
        if (text.StartsWith('"'))
        {
            var builder = new StringBuilder();
            var at = 1;
            while (true)
            {
                if (at >= text.Length)
                {
                    return (null, "an id's quote is never closed (引号未闭合)");
                }

                if (text[at] == '"')
                {
                    if (at + 1 < text.Length && text[at + 1] == '"')
                    {
                        builder.Append('"');
                        at += 2;
                        continue;
                    }

                    break;
                }

                builder.Append(text[at++]);
            }

            id = builder.ToString();
            rest = text[(at + 1)..];
            if (!rest.StartsWith(','))
            {
                return (null, "expected a comma after the quoted id (缺少逗号)");
            }

            rest = rest[1..];
        }
        else
        {
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
            {
                return (null, "has no fingerprint column (缺少 fingerprint 列)");
            }

            id = text[..comma];
            rest = text[(comma + 1)..];
        }

        return Check(id, rest.Trim(), line);
    }

    private static (FingerprintRow? Row, string? Problem) ParseJson(string text, int line)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)
                || !root.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
            {
                return (null, "needs an object with \"id\" and \"fingerprint\" (需要 id 和 fingerprint)");
            }

            return Check(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), fingerprint.GetString()!, line);
        }
        catch (JsonException e)
        {
            return (null, $"is not JSON ({e.Message})");
        }
    }

    private static (FingerprintRow? Row, string? Problem) Check(string id, string fingerprint, int line)
    {
        id = id.Trim();
        if (id.Length == 0 || id.Length > 1000 || id.Any(char.IsControl))
        {
            return (null, "the id is empty, over 1,000 characters or holds control characters (id 无效)");
        }

        return fingerprint.Length == 0 ? (null, "the fingerprint is empty (指纹为空)") : (new FingerprintRow(line, id, fingerprint), null);
    }

    private static string Quote(string id) =>
        id.IndexOfAny([',', '"', '\n', '\r']) >= 0 || id.StartsWith(' ') ? $"\"{id.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : id;
}
