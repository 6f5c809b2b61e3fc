"""Deadlines → iCalendar: one all-day event per dated deadline, for any calendar program."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd

from .report.data import conform, table_kinds
from .report.output import write_atomically
from .store import published, read_table


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value)


def build_calendar(out_dir: str | Path):
    """(icalendar.Calendar, dated rows, undated recurring rows) from an output folder."""
    from icalendar import Calendar, Event

    with published(out_dir) as folder:  # both tables of one run, even if another publishes meanwhile
        deadlines = conform(read_table(folder, "deadlines"), table_kinds("deadlines"))
        documents = conform(read_table(folder, "documents"), table_kinds("documents"))
    docs = {row["doc_id"]: row for row in documents.to_dict("records")}
    cal = Calendar()
    cal.add("prodid", "-//vnplan//deadlines//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "vnplan – hạn báo cáo và nhiệm vụ")
    dated, undated = [], []
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for row in deadlines.to_dict("records"):
        due = _text(row.get("due_date"))
        if not due:
            undated.append(row)
            continue
        day = dt.date.fromisoformat(due)
        doc = docs.get(row["doc_id"], {})
        task = _text(row.get("task")) or _text(row.get("surface"))
        recipient = _text(row.get("recipient"))
        summary = task if len(task) <= 90 else task[:87] + "…"
        if recipient:
            summary += f" → {recipient}"
        lines = [f"Nhiệm vụ: {task}"]
        if _text(row.get("responsible")):
            lines.append(f"Thực hiện: {_text(row.get('responsible'))}")
        if recipient:
            lines.append(f"Gửi: {recipient}")
        if _text(row.get("recurrence")):
            lines.append(f"Định kỳ: {_text(row.get('recurrence'))}")
        title = " ".join(x for x in (_text(doc.get("doc_type")), _text(doc.get("doc_number"))) if x)
        lines.append(f"Văn bản: {row['doc_id']} {title} – {_text(doc.get('title'))}".rstrip(" –"))
        if _text(doc.get("issuer")):
            lines.append(f"Đơn vị ban hành: {_text(doc.get('issuer'))}")
        lines.append(f"Nguyên văn: {_text(row.get('surface'))}")
        event = Event()
        uid = hashlib.sha1(f"{row['doc_id']}|{row.get('start')}|{due}|{task}".encode()).hexdigest()
        event.add("uid", f"{uid}@vnplan")
        event.add("dtstamp", stamp)
        event.add("summary", summary)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("description", "\n".join(lines))
        event.add("categories", ["vnplan", _text(doc.get("issuer")) or "vnplan"])
        cal.add_component(event)
        dated.append(row)
    return cal, dated, undated


def write_ics(out_dir: str | Path, target: str | Path) -> tuple[int, list[dict]]:
    """Raises pipeline.report.OutputError when the file cannot be written."""
    cal, dated, undated = build_calendar(out_dir)
    write_atomically(target, lambda tmp: tmp.write_bytes(cal.to_ical()))
    return len(dated), undated
