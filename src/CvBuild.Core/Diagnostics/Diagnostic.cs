using CvBuild.Core.Model;

namespace CvBuild.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>One problem in an input file, with where it is. User mistakes are diagnostics, never exceptions.</summary>
public sealed record Diagnostic(Severity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The compiler-style first line: path:line:col: error: message, with control and bidi characters escaped,
    /// and a message quoting a huge value cut in the middle, keeping its start and its hint at the end.
    /// </summary>
    public override string ToString() =>
        DiagnosticText.Escape($"{Span}: {(IsError ? "error" : "warning")}: {Shorten(Message)}");

    /// <summary>Longest message printed whole; a value quoted in a message can be megabytes long.</summary>
    public const int MaxShownMessage = 400;

    private static string Shorten(string message) =>
        message.Length <= MaxShownMessage ? message
        : $"{message[..200]}...({message.Length - 350:N0} characters left out)...{message[^150..]}";
}

/// <summary>Collects diagnostics while reading; reading goes on after a problem so one run reports them all.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(SourceSpan at, string message) => _items.Add(new Diagnostic(Severity.Error, at, message));
    public void Warning(SourceSpan at, string message) => _items.Add(new Diagnostic(Severity.Warning, at, message));
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>In file order, so output reads top to bottom like a compiler's.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ToList();
}
