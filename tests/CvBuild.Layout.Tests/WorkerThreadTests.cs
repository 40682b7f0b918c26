namespace CvBuild.Layout.Tests;

public class WorkerThreadTests
{
    [Fact]
    public async Task Work_runs_in_the_order_given_on_one_other_thread()
    {
        using var worker = new WorkerThread();
        var order = new List<int>();
        var threads = new HashSet<int>();
        var tasks = Enumerable.Range(0, 50).Select(i => worker.Run(() =>
        {
            lock (order)
            {
                order.Add(i);
                threads.Add(Environment.CurrentManagedThreadId);
            }
            return i * i;
        })).ToList();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * i), await Task.WhenAll(tasks));
        Assert.Equal(Enumerable.Range(0, 50), order);
        Assert.Single(threads);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Fact]
    public async Task A_failure_reaches_the_caller_as_itself_and_later_work_still_runs()
    {
        using var worker = new WorkerThread();
        var failing = worker.Run<int>(() => throw new InvalidDataException("bad font"));
        var next = worker.Run(() => 7);
        Assert.Equal("bad font", (await Assert.ThrowsAsync<InvalidDataException>(() => failing)).Message);
        Assert.Equal(7, await next);
    }

    [Fact]
    public async Task Work_queued_before_dispose_is_finished_and_nothing_is_taken_after()
    {
        var worker = new WorkerThread();
        using var gate = new ManualResetEventSlim();
        var first = worker.Run(() => gate.Wait(TimeSpan.FromSeconds(10)));
        var second = worker.Run(() => 2);
        worker.Dispose();
        gate.Set();
        Assert.True(await first);
        Assert.Equal(2, await second);
        // Refused when asked, not through the task.
        var refused = Record.Exception(() => { _ = worker.Run(() => 3); });
        Assert.IsType<ObjectDisposedException>(refused);
    }

    [Fact]
    public async Task When_no_thread_can_be_started_the_work_is_done_by_the_caller_in_order()
    {
        using var worker = new WorkerThread(_ => throw new OutOfMemoryException("no thread can be created"));
        var order = new List<int>();
        var caller = Environment.CurrentManagedThreadId;
        var first = worker.Run(() => { order.Add(1); return Environment.CurrentManagedThreadId; });
        var second = worker.Run(() => { order.Add(2); return Environment.CurrentManagedThreadId; });
        Assert.True(first.IsCompleted && second.IsCompleted);
        Assert.Equal(caller, await first);
        Assert.Equal(caller, await second);
        Assert.Equal([1, 2], order);
    }
}
