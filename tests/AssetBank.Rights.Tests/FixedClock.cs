namespace AssetBank.Rights.Tests;

/// <summary>A clock stopped at one moment, in UTC, so "today" is the same wherever the tests run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;
}
