using CvBuild.Layout.Text;

namespace CvBuild.Layout.Engine;

/// <summary>
/// Shapes a document's paragraphs from the last one backwards on a <see cref="WorkerThread"/>, while the layout shapes
/// them from the first one forwards as it builds its nodes; the two meet in the middle, each paragraph shaped once. A
/// paragraph comes out the same whichever thread shapes it (shaping reads only fonts and thread-safe caches), so the
/// document does not depend on timing. A paragraph whose shaping fails here is shaped again by the layout, which then
/// fails as it would have alone. The layout calls <see cref="Stop"/> when it is done, failed or not: the worker then
/// takes no further paragraph, and the caller may dispose the fonts once it returns.
/// </summary>
internal sealed class ShapingAhead
{
    // A slot is Free, being shaped by the worker (Shaping), taken by the layout to shape itself (Claimed), or Done by the worker.
    private const int Free = 0, Shaping = 1, Done = 2, Claimed = 3;

    private readonly RichText[] _texts;
    private readonly Dictionary<RichText, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly ShapedParagraph?[] _shaped;
    private readonly int[] _state;
    private readonly object _gate = new();

    /// <summary>Starts shaping the paragraphs of <paramref name="root"/> on <paramref name="worker"/> with
    /// <paramref name="shape"/>, the layout's own way of shaping one.</summary>
    public ShapingAhead(Element root, WorkerThread worker, Func<RichText, ShapedParagraph> shape)
    {
        var texts = new List<RichText>();
        var pending = new Stack<Element>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            if (element is RichText text)
            {
                if (_index.TryAdd(text, texts.Count)) texts.Add(text);
                continue;
            }
            foreach (var part in element.Parts.Reverse()) pending.Push(part);
        }
        _texts = [.. texts];
        _shaped = new ShapedParagraph?[_texts.Length];
        _state = new int[_texts.Length];
        if (_texts.Length > 1)
            worker.Run(() => ShapeFromTheEnd(shape));
    }

    private bool ShapeFromTheEnd(Func<RichText, ShapedParagraph> shape)
    {
        for (var i = _texts.Length - 1; i >= 0; i--)
        {
            if (Interlocked.CompareExchange(ref _state[i], Shaping, Free) != Free)
                break;
            try
            {
                _shaped[i] = shape(_texts[i]);
            }
            catch (Exception)
            {
                // Left for the layout, which shapes it again and reports the failure in its own order.
            }
            lock (_gate)
            {
                Volatile.Write(ref _state[i], Done);
                Monitor.PulseAll(_gate);
            }
        }
        return true;
    }

    /// <summary>
    /// The paragraph of <paramref name="text"/> when the worker has it (waiting if it is shaping it right now); null
    /// when the caller is to shape it itself: it was not in the tree, the worker had not reached it (or has stopped), or
    /// it failed there.
    /// </summary>
    public ShapedParagraph? Take(RichText text)
    {
        if (!_index.TryGetValue(text, out var i))
            return null;
        var state = Interlocked.CompareExchange(ref _state[i], Claimed, Free);
        if (state is Free or Claimed)
            return null;
        WaitWhileShaping(i);
        return _shaped[i];
    }

    /// <summary>
    /// Ends the shaping ahead: the worker takes no further paragraph, and this returns once it is done with the one it
    /// may be shaping, so nothing of the document's fonts is in use on the worker any more (a render that failed early,
    /// or a paragraph the layout never asked for, would otherwise keep it shaping after the render returned).
    /// </summary>
    public void Stop()
    {
        for (var i = 0; i < _state.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _state[i], Claimed, Free) == Shaping)
                WaitWhileShaping(i);
        }
    }

    private void WaitWhileShaping(int i)
    {
        if (Volatile.Read(ref _state[i]) != Shaping)
            return;
        lock (_gate)
        {
            while (Volatile.Read(ref _state[i]) == Shaping) Monitor.Wait(_gate);
        }
    }
}
