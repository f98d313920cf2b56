using System.Collections.Concurrent;
using System.Diagnostics;
using AssetBank.Core.Assets;

namespace AssetBank.Application.Ingesting;

/// <summary>
/// Collects how long each stage took per item during a run, filed under the item's kind once it is known (the
/// detection stage decides it), so a run can say where its time went: the capacity model's machine-hours per stage.
/// </summary>
internal sealed class StageClock
{
    private readonly ConcurrentDictionary<(string Stage, AssetKind Kind), Total> _totals = new();

    /// <summary>Times one item's stages; <see cref="ItemTimes.Close"/> files them under the item's final kind.</summary>
    public ItemTimes StartItem() => new(this);

    public IReadOnlyList<StageTime> Snapshot() =>
        _totals.Select(p => new StageTime(p.Key.Stage, p.Value.Position, p.Key.Kind, p.Value.Items, TimeSpan.FromTicks(p.Value.Ticks)))
            .OrderBy(t => t.Kind).ThenBy(t => t.Position)
            .ToList();

    private void Add(string stage, int position, AssetKind kind, TimeSpan elapsed) =>
        _totals.AddOrUpdate((stage, kind), new Total(position, 1, elapsed.Ticks), (_, t) => new Total(t.Position, t.Items + 1, t.Ticks + elapsed.Ticks));

    private sealed record Total(int Position, int Items, long Ticks);

    internal sealed class ItemTimes(StageClock clock)
    {
        private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
        private long _started = Stopwatch.GetTimestamp();

        /// <summary>Ends the stage running since the last mark (or the start) under <paramref name="stage"/>.</summary>
        public void Mark(string stage)
        {
            var now = Stopwatch.GetTimestamp();
            _stages.Add((stage, Stopwatch.GetElapsedTime(_started, now)));
            _started = now;
        }

        public void Close(AssetKind kind)
        {
            for (var position = 0; position < _stages.Count; position++)
            {
                clock.Add(_stages[position].Stage, position, kind, _stages[position].Elapsed);
            }
        }
    }
}
