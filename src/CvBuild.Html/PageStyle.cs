namespace CvBuild.Html;

/// <summary>
/// The page's one stylesheet, inlined so the file needs nothing beside it. Colours are custom properties on
/// :root so a test reads them back from the page and checks each text colour against the paper (WCAG 2.2 §1.4.3,
/// contrast at least 4.5:1). The system font stacks need no font files; the layout is one column on a phone and
/// a dates column beside the entries from 40em up; print drops link colours and keeps headings with what follows.
/// </summary>
internal static class PageStyle
{
    public const string Css = """
:root{--paper:#ffffff;--ink:#1b1b1b;--muted:#4a4a4a;--accent:#1f4e8c;--link:#0b5cad;--rule:#c8ccd2;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:52rem;padding:1.25rem 1rem 2rem;background:var(--paper);color:var(--ink);font:1rem/1.5 "Source Serif 4","Source Serif Pro",Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
header{border-bottom:2px solid var(--accent);padding-bottom:.75rem;margin-bottom:1rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem;color:var(--accent)}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem;padding-bottom:.15rem;border-bottom:1px solid var(--rule);color:var(--accent)}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;overflow-wrap:normal}
p{margin:0}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.identity{margin:.1rem 0}
.contacts{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;color:var(--muted)}
.host{color:var(--muted);font-size:.85em}
.entry{margin:0 0 .7rem}
.when{color:var(--muted);font-variant-numeric:tabular-nums}
.text{margin:0 0 .6rem}
.legend{color:var(--muted);font-size:.9em;margin:0 0 .6rem}
.abstract{margin:.3rem 0;color:var(--muted)}
.bullets,.items{margin:.2rem 0 .6rem;padding-left:1.25rem}
.numbered{margin:0 0 .6rem;padding-left:2.5rem}
.numbered>li{margin-bottom:.6rem;padding-left:.25rem}
.owner{font-weight:700}
.nobreak{white-space:nowrap}.nobreak .host{white-space:normal}
footer{margin-top:2rem;padding-top:.5rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9em}
@media (min-width:40em){.dated{display:grid;grid-template-columns:9rem minmax(0,1fr);column-gap:1.25rem}.dated.undated>.what{grid-column:2}body{padding:2rem 1.5rem 3rem}}
@media print{:root{--accent:#000000;--link:#000000;--muted:#333333}body{max-width:none;padding:0;font-size:10.5pt}a{text-decoration:none}h2,h3{break-after:avoid}.entry,.numbered>li{break-inside:avoid}footer{border:0}}
@page{margin:18mm 16mm}
""";
}
