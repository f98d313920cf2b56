using System.Threading.Channels;

namespace AssetBank.Web.Notifications;

/// <summary>Keys announced by bucket notifications, waiting for the ingestion worker.</summary>
public sealed class NotifiedKeyInbox
{
    private readonly Channel<string> _keys = Channel.CreateBounded<string>(new BoundedChannelOptions(100_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public ChannelReader<string> Reader => _keys.Reader;

    public async ValueTask EnqueueAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await _keys.Writer.WriteAsync(key, cancellationToken);
        }
    }
}
