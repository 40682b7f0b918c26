namespace CvBuild.Layout;

/// <summary>
/// One background thread that runs work in the order it is given, so a document's shaping and compression (or a
/// command's loading) can use a second core. Started on first use and ended by <see cref="Dispose"/>. A dedicated thread
/// rather than the thread pool, whose start-up and spinning workers cost a short-lived process more than they save.
/// Work given to it must not wait for later work given to it (it would wait for ever).
/// </summary>
public sealed class WorkerThread : IDisposable
{
    /// <summary>
    /// The process's worker, never disposed: a command's loading, a document's shaping and its compression run on it
    /// one after another, so a process starts one such thread (starting one costs a cold run some 70 µs).
    /// </summary>
    public static WorkerThread Shared { get; } = new();

    private readonly Queue<Action> _work = new();
    private readonly Action<Thread> _start;
    private Thread? _thread;
    private bool _disposed;

    public WorkerThread()
        : this(thread => thread.Start())
    {
    }

    /// <summary>A worker whose thread is started by <paramref name="start"/> (tests make it fail).</summary>
    internal WorkerThread(Action<Thread> start) => _start = start;

    /// <summary>Queues <paramref name="work"/>; the task ends with its result or exception.</summary>
    /// <exception cref="ObjectDisposedException">The worker was disposed.</exception>
    public Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Thread? starting = null;
        lock (_work)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _work.Enqueue(() =>
            {
                try
                {
                    done.SetResult(work());
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            });
            if (_thread is null)
            {
                _thread = starting = new Thread(Loop) { IsBackground = true, Name = "cvbuild worker" };
            }
            else
            {
                Monitor.Pulse(_work);
            }
        }
        // Started outside the lock: Start waits for the thread to run, and the thread's first step is to take the lock.
        if (starting is not null)
        {
            try
            {
                _start(starting);
            }
            catch (Exception ex) when (ex is ThreadStartException or OutOfMemoryException)
            {
                // No second thread to be had (a process or container limit on threads): the work queued so far is
                // done here, in order, and the next call tries to start a thread again. Slower, never stuck.
                RunQueuedHere();
            }
        }
        return done.Task;
    }

    private void RunQueuedHere()
    {
        while (true)
        {
            Action item;
            lock (_work)
            {
                _thread = null;
                if (!_work.TryDequeue(out item!))
                {
                    return;
                }
            }
            item();
        }
    }

    private void Loop()
    {
        while (true)
        {
            Action item;
            lock (_work)
            {
                while (_work.Count == 0)
                {
                    if (_disposed)
                    {
                        return;
                    }
                    Monitor.Wait(_work);
                }
                item = _work.Dequeue();
            }
            item();
        }
    }

    /// <summary>Lets the thread end once the queued work is done.</summary>
    public void Dispose()
    {
        lock (_work)
        {
            _disposed = true;
            Monitor.Pulse(_work);
        }
    }
}
