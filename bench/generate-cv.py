#!/usr/bin/env python3
"""Writes a synthetic CV with N publications (default 1000) for benchmarking `cvbuild pdf`.

Deterministic (fixed seed), standard library only. Usage: generate-cv.py [N] > big.yaml
"""
import random
import sys

WORDS = ("implicit bias regularization gradient descent tensor factorization neural networks language models "
         "reward alignment optimization generalization transformers attention graph expressivity rank "
         "reinforcement finetuning preference learning convex landscape sparse kernel spectral").split()
VENUES = [("NeurIPS", "Conference on Neural Information Processing Systems"),
          ("ICML", "International Conference on Machine Learning"),
          ("ICLR", "International Conference on Learning Representations"),
          ("COLT", "Conference on Learning Theory")]
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth",
         "Frances Allen", "John McCarthy", "Leslie Lamport", "Shafi Goldwasser", "Yann LeCun", "Judea Pearl"]
KINDS = ["conference"] * 6 + ["journal", "workshop", "preprint"]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rnd = random.Random(1234)
    out = [
        "last_updated: 2025-11-20",
        "person:",
        "  name: Noam Razin",
        "  title: Postdoctoral Fellow",
        "  affiliation: Princeton Language and Intelligence, Princeton University",
        "  email: noamrazin@princeton.edu",
        "  homepage: https://noamrazin.github.io",
        "  research_interests: [Deep Learning Theory, Alignment]",
        "positions:",
        "  - {kind: academic, title: Postdoctoral Fellow, organization: Princeton University, start: 2024, end: present}",
        "publications:",
    ]
    for i in range(n):
        year = 2025 - i * 30 // n
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 14))).capitalize() + f" ({i})"
        authors = rnd.sample(NAMES, rnd.randint(2, 6))
        authors.insert(rnd.randint(0, len(authors)), "Noam Razin")
        if rnd.random() < 0.2:
            authors[0] += "*"
            authors[1] += "*"
        kind = rnd.choice(KINDS)
        out.append(f"  - kind: {kind}")
        out.append(f"    title: {q(title)}")
        out.append("    authors: [" + ", ".join(q(a) for a in authors) + "]")
        if kind != "preprint":
            short, name = rnd.choice(VENUES)
            out.append(f"    venue: {{short: {short}, name: {q(name)}}}")
        out.append(f"    year: {year}")
        if rnd.random() < 0.3:
            out.append(f"    links: {{arxiv: \"{2000 + i % 500}.{10000 + i}\", code: \"https://github.com/example/repo{i}\"}}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
