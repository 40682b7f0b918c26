using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CvBuild.TestSupport;

namespace CvBuild.Html.Tests;

/// <summary>
/// Debian's chromium run headless from the command line, cut off from the network (every host name resolves
/// to nothing), with a fresh profile per run. Its console messages go to standard error, where the tests read them.
/// </summary>
internal static partial class HeadlessChromium
{
    public const string Tool = "chromium";

    /// <summary>What the page looks like to a script after it loaded, in a viewport of the given width.</summary>
    /// <param name="ScrollWidth">document.documentElement.scrollWidth in CSS pixels.</param>
    /// <param name="ClientWidth">The viewport's width without its scroll bar.</param>
    /// <param name="Text">document.body.innerText: the text a reader sees.</param>
    /// <param name="Console">The browser's console messages while loading.</param>
    /// <param name="Measured">The JSON value of the caller's script (see <see cref="Load"/>), or null without one.</param>
    public sealed record Probe(int ScrollWidth, int ClientWidth, string Text, IReadOnlyList<string> Console, string? Measured = null);

    /// <summary>
    /// Loads <paramref name="page"/> into an iframe exactly <paramref name="width"/> CSS pixels wide (headless
    /// windows have a minimum width larger than a phone's) and reads it back through --dump-dom; optionally
    /// screenshots the frame into <paramref name="screenshot"/>. <paramref name="measure"/>, a JavaScript expression,
    /// runs after the load with <c>frame</c> (the iframe, which it may resize) and <c>d</c> (the page's document) in
    /// scope; its value comes back as JSON in <see cref="Probe.Measured"/>.
    /// </summary>
    public static Probe Load(string page, int width, string? screenshot = null, string? measure = null)
    {
        var dir = Directory.CreateTempSubdirectory("cvbuild-chromium-").FullName;
        try
        {
            var wrapper = Path.Combine(dir, "wrapper.html");
            // srcdoc makes the frame same-origin with the wrapper, so the wrapper's script may measure it.
            File.WriteAllText(wrapper, $$"""
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="frame" style="border:0;width:{{width}}px;height:900px" srcdoc="{{HtmlText.Escape(page)}}"></iframe>
<script>addEventListener("load", () => { const d = frame.contentDocument; const probe = document.createElement("textarea"); probe.id = "probe";
probe.textContent = JSON.stringify({ scroll: d.documentElement.scrollWidth, client: d.documentElement.clientWidth, text: d.body.innerText,
measured: JSON.stringify({{measure ?? "null"}}) });
document.body.appendChild(probe); });</script></body></html>
""");
            var (exit, dom, log) = Run(dir, [$"--window-size={Math.Max(width, 500) + 40},960", "--dump-dom", new Uri(wrapper).AbsoluteUri]);
            Assert.True(exit == 0, $"chromium exited with {exit}:\n{log}");
            var probe = ProbeText().Match(dom);
            Assert.True(probe.Success, "the probe did not run:\n" + dom[..Math.Min(dom.Length, 2000)]);
            using var json = JsonDocument.Parse(WebUtility.HtmlDecode(probe.Groups[1].Value));
            if (screenshot is not null)
            {
                var (shotExit, _, shotLog) = Run(dir, [$"--window-size={width},960", "--screenshot=" + screenshot, new Uri(wrapper).AbsoluteUri]);
                Assert.True(shotExit == 0 && File.Exists(screenshot), "screenshot failed:\n" + shotLog);
            }
            return new Probe(json.RootElement.GetProperty("scroll").GetInt32(), json.RootElement.GetProperty("client").GetInt32(),
                json.RootElement.GetProperty("text").GetString()!, ConsoleLines(log),
                measure is null ? null : json.RootElement.GetProperty("measured").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Opens the page itself (not in a frame) and returns its console messages.</summary>
    public static IReadOnlyList<string> ConsoleOf(string page)
    {
        var dir = Directory.CreateTempSubdirectory("cvbuild-chromium-").FullName;
        try
        {
            var file = Path.Combine(dir, "page.html");
            File.WriteAllText(file, page);
            var (exit, dom, log) = Run(dir, ["--window-size=1280,960", "--dump-dom", new Uri(file).AbsoluteUri]);
            Assert.True(exit == 0, $"chromium exited with {exit}:\n{log}");
            Assert.Contains("<h1>", dom, StringComparison.Ordinal);
            return ConsoleLines(log);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int Exit, string StdOut, string StdErr) Run(string dir, string[] args)
    {
        List<string> all =
        [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            // Nothing may reach the network: every name resolves to "not found".
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + Path.Combine(dir, "profile"),
        ];
        // Chromium's sandbox refuses to start as root (CI containers); an ordinary user keeps it.
        if (Environment.UserName == "root") all.Add("--no-sandbox");
        all.AddRange(args);
        return ExternalTools.Run(Tool, all, dir);
    }

    // Chromium logs a page's console as "...:INFO:CONSOLE(1)] "message", source: ..." (the format varies by version).
    private static List<string> ConsoleLines(string log) => [.. log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal))];

    [GeneratedRegex("<textarea id=\"probe\">(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex ProbeText();
}
