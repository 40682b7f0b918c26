using CvBuild.Cli.Build;

namespace CvBuild.Text.Tests;

/// <summary>The debouncer is a pure state machine over times handed to it: no sleeping.</summary>
public sealed class DebouncerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static DateTimeOffset At(int ms) => T0.AddMilliseconds(ms);

    private static Debouncer Make() => new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(2000));

    [Fact]
    public void Nothing_is_due_without_a_signal()
    {
        var d = Make();
        Assert.Null(d.DueAt);
        Assert.False(d.TryFire(At(10_000)));
    }

    [Fact]
    public void Fires_once_after_the_quiet_period()
    {
        var d = Make();
        d.Signal(At(0));
        Assert.False(d.TryFire(At(199)));
        Assert.True(d.TryFire(At(200)));
        Assert.False(d.TryFire(At(201)));
        Assert.False(d.Pending);
    }

    [Fact]
    public void A_burst_of_saves_becomes_one_rebuild_after_the_last()
    {
        var d = Make();
        foreach (var ms in new[] { 0, 50, 120, 180, 250 }) d.Signal(At(ms));
        Assert.Equal(At(450), d.DueAt);
        Assert.False(d.TryFire(At(449)));
        Assert.True(d.TryFire(At(450)));
        Assert.False(d.TryFire(At(1000)));
    }

    [Fact]
    public void Endless_saves_still_rebuild_after_the_longest_wait()
    {
        var d = Make();
        var fired = 0;
        for (var ms = 0; ms <= 3000; ms += 100)
        {
            d.Signal(At(ms));
            if (d.TryFire(At(ms))) fired++;
        }
        Assert.Equal(1, fired);
    }

    [Fact]
    public void A_signal_after_firing_starts_a_new_burst()
    {
        var d = Make();
        d.Signal(At(0));
        Assert.True(d.TryFire(At(300)));
        d.Signal(At(5000));
        Assert.Equal(At(5200), d.DueAt);
        Assert.True(d.TryFire(At(5200)));
    }
}
