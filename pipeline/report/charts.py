"""Charts as inline SVG (the report opens offline): ranked bars, columns by year, the citation network."""
from __future__ import annotations

import pandas as pd

from .labels import Labels
from .markup import esc as _e, shorten


def bar_chart(items: list[tuple[str, int]], title: str, chart_id: str, labels: Labels) -> str:
    """Horizontal bars in the order given (callers rank them, largest first)."""
    if not items:
        return f'<p class="empty">{_e(labels("no_data"))}</p>'
    width, bar_h, gap, label_w = 780, 20, 6, 340
    top = max(n for _, n in items) or 1
    rows = []
    for i, (label, n) in enumerate(items):
        y = i * (bar_h + gap)
        w = max(2, round((width - label_w - 50) * n / top))
        rows.append(f'<g class="bar"><title>{_e(label)}: {n}</title>'
                    f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end">{_e(shorten(label, 52))}</text>'
                    f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3"></rect>'
                    f'<text class="n" x="{label_w + w + 6}" y="{y + 14}">{n}</text></g>')
    height = len(items) * (bar_h + gap)
    return (f'<svg id="{_e(chart_id)}" class="chart" role="img" aria-label="{_e(title)}" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(rows)}</svg>')


def year_chart(years: pd.Series, title: str, chart_id: str, labels: Labels) -> str:
    """Columns in calendar order, the years in between included (a gap is information); documents
    with no known year last."""
    known = years.dropna().astype(int)
    unknown = int(years.isna().sum())
    if known.empty and not unknown:
        return f'<p class="empty">{_e(labels("no_data"))}</p>'
    counts = known.value_counts()
    span = range(int(counts.index.min()), int(counts.index.max()) + 1) if len(counts) else range(0)
    ordered = list(span) if len(span) <= 40 else sorted(counts.index)
    items = [(str(y), int(counts.get(y, 0))) for y in ordered]
    if unknown:
        items.append((labels("unknown"), unknown))
    width, height, base, left = 780, 220, 170, 30
    step = (width - left - 10) / len(items)
    bar_w = max(4, min(40, step * 0.7))
    top = max(n for _, n in items) or 1
    slanted = step < 34
    parts = []
    for i, (label, n) in enumerate(items):
        x = left + i * step + (step - bar_w) / 2
        h = round((base - 20) * n / top)
        cx = x + bar_w / 2
        tick = (f'<text class="tick" x="{cx:.1f}" y="{base + 14}" text-anchor="end" '
                f'transform="rotate(-45 {cx:.1f} {base + 14})">{_e(label)}</text>' if slanted else
                f'<text class="tick" x="{cx:.1f}" y="{base + 16}" text-anchor="middle">{_e(label)}</text>')
        value = f'<text class="n" x="{cx:.1f}" y="{base - h - 4}" text-anchor="middle">{n}</text>' if n else ""
        parts.append(f'<g class="bar"><title>{_e(label)}: {n}</title>'
                     f'<rect x="{x:.1f}" y="{base - h}" width="{bar_w:.1f}" height="{h}" rx="2"></rect>{value}{tick}</g>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - 10}" y1="{base}" y2="{base}"></line>')
    return (f'<svg id="{_e(chart_id)}" class="chart" role="img" aria-label="{_e(title)}" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(parts)}</svg>')


def network(edges: pd.DataFrame, cited: list[str], labels: Labels) -> str:
    """Citing issuers (left) → cited documents (right); `edges` has columns issuer, citation_key, n.
    Pointing at a node highlights its edges (a few lines of inline script)."""
    if edges.empty:
        return f'<p class="empty">{_e(labels("no_citations"))}</p>'
    issuers = sorted(edges["issuer"].unique())
    width, row_h, x_left, x_right = 1000, 24, 330, 670
    rows = max(len(issuers), len(cited))
    height = rows * row_h + 16
    spread = (height - 24) / max(1, len(issuers) - 1)
    left = {name: 12 + i * spread if len(issuers) > 1 else height / 2 for i, name in enumerate(issuers)}
    right = {key: 12 + i * (height - 24) / max(1, len(cited) - 1) for i, key in enumerate(cited)}
    parts = []
    for e in edges.itertuples():
        y1, y2 = left[e.issuer], right[e.citation_key]
        parts.append(f'<path class="edge" data-a="{_e(e.issuer)}" data-b="{_e(e.citation_key)}" '
                     f'd="M {x_left} {y1:.0f} C 500 {y1:.0f}, 500 {y2:.0f}, {x_right} {y2:.0f}" '
                     f'stroke-width="{min(6, 1 + e.n / 2):.1f}"><title>{_e(e.issuer)} → {_e(e.citation_key)}: {e.n}'
                     f'</title></path>')
    for name, y in left.items():
        parts.append(f'<g class="node issuer" data-id="{_e(name)}"><title>{_e(name)}</title>'
                     f'<circle cx="{x_left}" cy="{y:.0f}" r="5"></circle>'
                     f'<text x="{x_left - 10}" y="{y + 4:.0f}" text-anchor="end">{_e(shorten(name, 48))}</text></g>')
    for key, y in right.items():
        parts.append(f'<g class="node cited" data-id="{_e(key)}"><title>{_e(key)}</title>'
                     f'<circle cx="{x_right}" cy="{y:.0f}" r="5"></circle>'
                     f'<text x="{x_right + 10}" y="{y + 4:.0f}">{_e(shorten(key, 44))}</text></g>')
    return (f'<svg id="network" class="network" role="img" aria-label="{_e(labels("network"))}" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(parts)}</svg>')
