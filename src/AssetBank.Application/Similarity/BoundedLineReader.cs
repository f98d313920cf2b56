using System.Text;

namespace AssetBank.Application.Similarity;

/// <summary>Reads lines through a block buffer and refuses a line longer than a limit instead of growing without end.</summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;

    /// <returns>The next line without its line break, or null at the end.</returns>
    public async Task<string?> ReadAsync(Func<Exception> tooLong, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    return any ? line.ToString() : null;
                }
            }

            any = true;
            var end = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            var take = (end < 0 ? _length : end) - _position;
            if (line.Length + take > maxChars)
            {
                throw tooLong();
            }

            line.Append(_buffer, _position, take);
            if (end >= 0)
            {
                _position = end + 1;
                return line.ToString().TrimEnd('\r');
            }

            _position = _length;
        }
    }
}
