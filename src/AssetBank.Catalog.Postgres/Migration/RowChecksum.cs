using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AssetBank.Catalog.Postgres.Migration;

/// <summary>
/// An order-independent checksum of a table: the sum (mod 2^64) of the first 8 bytes of each row's SHA-256 over a
/// canonical text of its values. Equal sums and counts mean the same rows, whatever order each database returns.
/// </summary>
internal sealed class RowChecksum
{
    private readonly StringBuilder _row = new();
    private ulong _sum;

    public long Rows { get; private set; }

    public void Add(IReadOnlyList<object?> values)
    {
        _row.Clear();
        foreach (var value in values)
        {
            _row.Append(Canonical(value)).Append('\u001f');
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(_row.ToString()), hash);
        _sum = unchecked(_sum + BinaryPrimitives.ReadUInt64BigEndian(hash));
        Rows++;
    }

    public string Value => _sum.ToString("x16", CultureInfo.InvariantCulture);

    private static string Canonical(object? value) => value switch
    {
        null or DBNull => "n",
        long l => "i:" + l.ToString(CultureInfo.InvariantCulture),
        int i => "i:" + i.ToString(CultureInfo.InvariantCulture),
        short s => "i:" + s.ToString(CultureInfo.InvariantCulture),
        double d => "r:" + d.ToString("R", CultureInfo.InvariantCulture),
        float f => "r:" + ((double)f).ToString("R", CultureInfo.InvariantCulture),
        string text => "s:" + text,
        byte[] bytes => "b:" + Convert.ToBase64String(bytes),
        _ => "?:" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
