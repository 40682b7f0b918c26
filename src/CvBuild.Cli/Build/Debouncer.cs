namespace CvBuild.Cli.Build;

/// <summary>
/// Turns a burst of file events into one rebuild: fires once things have been quiet for a while, or after a
/// longest wait, so a file saved over and over still gets rebuilt. Time is passed in, never read, so the
/// behaviour is tested without sleeping.
/// </summary>
public sealed class Debouncer(TimeSpan quiet, TimeSpan longestWait)
{
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;

    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan DefaultLongestWait = TimeSpan.FromSeconds(2);

    public bool Pending => _last is not null;

    /// <summary>When the pending rebuild is due; null when nothing happened since the last one.</summary>
    public DateTimeOffset? DueAt => _last is { } last && _first is { } first
        ? Min(last + quiet, first + longestWait)
        : null;

    public void Signal(DateTimeOffset now)
    {
        _first ??= now;
        _last = now;
    }

    /// <summary>True exactly once per burst, when its time has come; the burst is then forgotten.</summary>
    public bool TryFire(DateTimeOffset now)
    {
        if (DueAt is not { } due || now < due) return false;
        _first = _last = null;
        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
