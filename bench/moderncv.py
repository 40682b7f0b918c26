#!/usr/bin/env python3
"""Writes the same CV as a LaTeX moderncv document, for timing one pdflatex pass against `cvbuild pdf`.

The content follows what `cvbuild pdf` prints (header, the CV's sections in its order, numbered publications with
authors and venue, talks, teaching, service; no abstracts), in moderncv's classic style without symbols
(letters instead of icons), so no icon font package is needed. Needs PyYAML. Usage: moderncv.py cv.yaml > cv.tex
"""
import sys

import yaml

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# Characters outside Latin-1 that the example uses; pdflatex with T1 fonts has no glyph for them otherwise.
UNICODE = {"\u2013": "--", "\u2014": "---", "\u2019": "'", "\u2018": "`", "\u201c": "``", "\u201d": "''",
           "\u2026": r"\ldots{}", "\u00a0": "~"}
NEWLINE = r" \newline "


def tex(value):
    text = "" if value is None else str(value)
    out = []
    for ch in text:
        out.append(SPECIAL.get(ch) or UNICODE.get(ch) or ch)
    return "".join(out)


def years(entry):
    start, end = entry.get("start"), entry.get("end")
    if start is None:
        return tex(entry.get("year", ""))
    return f"{start}--{end}" if end is not None else str(start)


def main():
    cv = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    person = cv["person"]
    name = person["name"].split(" ")
    out = [
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        r"\moderncvstyle[nosymbols]{classic}",
        r"\moderncvcolor{blue}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{tex(' '.join(name[:-1]))}}}{{{tex(name[-1])}}}",
    ]
    if person.get("title"):
        out.append(rf"\title{{{tex(person['title'])}}}")
    if person.get("affiliation"):
        out.append(rf"\address{{{tex(person['affiliation'])}}}{{}}{{}}")
    if person.get("email"):
        out.append(rf"\email{{{tex(person['email'])}}}")
    if person.get("homepage"):
        out.append(rf"\homepage{{{tex(person['homepage'].split('://')[-1])}}}")
    out += [r"\begin{document}", r"\makecvtitle"]

    if person.get("research_interests"):
        out += [r"\section{Research Interests}", rf"\cvitem{{}}{{{tex(', '.join(person['research_interests']))}}}"]

    positions = cv.get("positions") or []
    for kind, heading in (("academic", "Academic Positions"), ("industry", "Industry Positions")):
        chosen = [p for p in positions if p.get("kind", "academic") == kind]
        if chosen:
            out.append(rf"\section{{{heading}}}")
            for p in chosen:
                where = ", ".join(tex(x) for x in (p.get("organization"), p.get("location")) if x)
                extra = p.get("description") or (("Host: " + p["host"]) if p.get("host") else "")
                out.append(rf"\cventry{{{years(p)}}}{{{tex(p['title'])}}}{{{where}}}{{}}{{}}{{{tex(extra)}}}")

    if cv.get("education"):
        out.append(r"\section{Education}")
        for e in cv["education"]:
            lines = [x for x in ([("Advisor: " + e["advisor"]) if e.get("advisor") else None,
                                  ("Thesis: " + e["thesis"]) if e.get("thesis") else None]
                                 + list(e.get("honors") or []) + [e.get("gpa")]) if x]
            degree = f"{e['degree']} in {e['field']}" if e.get("field") else e["degree"]
            where = ", ".join(tex(x) for x in (e.get("institution"), e.get("location")) if x)
            details = NEWLINE.join(tex(x) for x in lines)
            out.append(rf"\cventry{{{years(e)}}}{{{tex(degree)}}}{{{where}}}{{}}{{}}{{{details}}}")

    if cv.get("awards"):
        out.append(r"\section{Awards and Honors}")
        for a in cv["awards"]:
            out.append(rf"\cvitem{{{years(a)}}}{{{tex(a['title'])}}}")

    if cv.get("publications"):
        out += [r"\section{Publications}", r"\begin{enumerate}"]
        for p in cv["publications"]:
            venue = p.get("venue")
            venue_text = (f"{venue['name']} ({venue['short']})" if isinstance(venue, dict) and venue.get("short")
                          else (venue.get("name") if isinstance(venue, dict) else venue)) or "Preprint"
            authors = ", ".join(p.get("authors") or [])
            out.append(rf"\item \textbf{{{tex(p['title'])}}}\newline {tex(authors)}\newline \emph{{{tex(venue_text)}}}, {p.get('year', '')}")
        out.append(r"\end{enumerate}")

    if cv.get("patents"):
        out.append(r"\section{Patents}")
        for p in cv["patents"]:
            out.append(rf"\cvitem{{{p.get('year', '')}}}{{{tex(p['title'])}, {tex(', '.join(p.get('inventors') or []))}, "
                       rf"{tex(p.get('office', ''))} {tex(p.get('number', ''))}}}")

    if cv.get("talks"):
        out.append(r"\section{Talks}")
        for t in cv["talks"]:
            where = t.get("location") or ("virtual" if t.get("virtual") else "")
            out.append(rf"\cvitem{{{tex(t.get('date', ''))}}}{{{tex(t['event'])}{', ' + tex(where) if where else ''}}}")

    if cv.get("teaching"):
        out.append(r"\section{Teaching}")
        for t in cv["teaching"]:
            course = t["course"] + (f" ({t['code']})" if t.get("code") else "")
            out.append(rf"\cventry{{{years(t)}}}{{{tex(t['role'])}}}{{{tex(course)}}}{{{tex(t.get('institution', ''))}}}{{}}{{}}")

    if cv.get("service"):
        out.append(r"\section{Service}")
        for s in cv["service"]:
            out.append(rf"\cvitem{{{tex(s['role'])}}}{{{tex('; '.join(s.get('items') or []))}}}")

    out.append(r"\end{document}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
