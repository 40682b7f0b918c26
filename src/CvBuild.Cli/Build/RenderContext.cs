using System.Globalization;
using System.Reflection;
using CvBuild.Core.Model;
using CvBuild.Layout;

namespace CvBuild.Cli.Build;

/// <summary>
/// What the renderers are handed instead of reading it themselves: the SOURCE_DATE_EPOCH the process was
/// started with, the fonts (the process's one bundled set, so commands, builds and watch rebuilds share parsed faces) and the version to write into PDFs.
/// </summary>
public sealed class RenderContext(string? sourceDateEpoch, Func<FontLibrary> loadFonts)
{
    private readonly Lazy<FontLibrary> _fonts = new(loadFonts);

    /// <summary>The context of this process: its environment and the fonts bundled beside the application.</summary>
    public static RenderContext FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), () => FontLibrary.Bundled);

    /// <summary>
    /// Runs <paramref name="load"/> on the process's worker thread (<see cref="WorkerThread.Shared"/>), for something
    /// the command will need later and can load meanwhile. It must load only what is loaded once (a lazy value)
    /// whichever thread gets there first, failure included, so no result depends on it; a failure is ignored here and
    /// reported where the value is used. It must not wait for other work given to that thread.
    /// </summary>
    public void LoadInBackground(Action load) =>
        WorkerThread.Shared.Run(() =>
        {
            try
            {
                load();
            }
            catch (Exception)
            {
                // Kept by the lazy value and thrown again where the command uses it, with its own message.
            }
            return true;
        });

    /// <summary>
    /// Starts loading in the background what rendering will need: the built-in English strings and, when
    /// <paramref name="fonts"/>, the font library and its first face (and with it the shaping library). A command calls
    /// it before reading the CV, so the second core does this meanwhile.
    /// </summary>
    public void LoadInBackground(bool fonts)
    {
        if (_fonts.IsValueCreated)
            return;
        LoadInBackground(() =>
        {
            _ = Presentation.Strings.PresentationStrings.English;
            _ = Version;
            if (fonts)
                _fonts.Value.WarmUp();
        });
    }

    /// <exception cref="OutputException">The fonts cannot be loaded.</exception>
    public FontLibrary Fonts
    {
        get
        {
            try
            {
                return _fonts.Value;
            }
            catch (FontLoadException ex)
            {
                throw new OutputException("the bundled fonts could not be loaded: " + ex.Message);
            }
        }
    }

    /// <summary>
    /// The font families that can be drawn, for checking the names a CV or theme gives; null when the fonts cannot be
    /// loaded (every drawing output then reports that itself, through <see cref="Fonts"/>).
    /// </summary>
    public IReadOnlyCollection<string>? FamiliesOrNull()
    {
        try
        {
            return _fonts.Value.Families;
        }
        catch (FontLoadException)
        {
            return null;
        }
    }

    /// <summary>The version written into PDFs (the informational version without its "+commit" part).</summary>
    public static string Version => VersionText.Value;

    // Read by reflection once, on the background thread when a command loads there.
    private static readonly Lazy<string> VersionText = new(() =>
        typeof(RenderContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0", LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The document's date: the CV's last_updated, else SOURCE_DATE_EPOCH (reproducible builds), else none;
    /// never the clock, so rebuilding an unchanged CV gives the same bytes.
    /// </summary>
    /// <exception cref="OptionException">SOURCE_DATE_EPOCH is set but is not a whole number of seconds since
    /// 1970-01-01 UTC up to the year 9999 (the specification at reproducible-builds.org asks for an error then, not a
    /// silent fallback).</exception>
    public DateTimeOffset? DateOf(Cv cv)
    {
        if (cv.LastUpdated is { } d) return new DateTimeOffset(d.Year, d.Month ?? 1, d.Day ?? 1, 0, 0, 0, TimeSpan.Zero);
        if (string.IsNullOrEmpty(sourceDateEpoch)) return null;
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw new OptionException(
            $"SOURCE_DATE_EPOCH '{sourceDateEpoch}' is not a number of seconds since 1970-01-01 UTC (0 to 253402300799); set it to one, or unset it");
    }

    /// <summary>The date the footer words: last_updated as written (a year stays a year), else the epoch's day.</summary>
    public PartialDate? FooterDateOf(Cv cv) =>
        cv.LastUpdated ?? (DateOf(cv) is { } d ? new PartialDate(d.Year, d.Month, d.Day) : null);
}
