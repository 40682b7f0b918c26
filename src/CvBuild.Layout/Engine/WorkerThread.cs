namespace CvBuild.Layout.Engine;

/// <summary>
/// One background thread that runs work in the order it is given, so a document's shaping and compression can use a
/// second core. Started on first use and ended by <see cref="Dispose"/>; a dedicated thread rather than the thread pool, whose
/// start-up and spinning workers cost a short-lived process more than they save.
/// </summary>
internal sealed class WorkerThread : IDisposable
{
    private readonly Queue<Action> _work = new();
    private Thread? _thread;
    private bool _disposed;

    /// <summary>Queues <paramref name="work"/>; the task ends with its result or exception.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
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
                _thread = new Thread(Loop) { IsBackground = true, Name = "cvbuild worker" };
                _thread.Start();
            }
            else
            {
                Monitor.Pulse(_work);
            }
        }
        return done.Task;
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
