"""The legal registry as the resolve stage reads it: versions of a law by the written year or by the
citing document's date, short forms, a user's own rows, and bad registry files."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pipeline.citations import registry
from pipeline.citations.registry import RegistryError, read_rows

from .conftest import ROOT, run_vnplan

REGISTRY = registry.load()


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def test_versions_resolved_by_the_citing_date_for_every_law_with_several():
    """Every name with several dated versions: on the day a version takes effect it is the one in
    force; the day before, the previous one (or, before a first version, the earliest adopted)."""
    checked = []
    for tokens, versions in REGISTRY.by_name.items():
        dated = sorted({v.in_force_from: v for v in versions if v.in_force_from}.values(), key=lambda v: v.in_force_from)
        names = {v.name for v in versions}
        if len(dated) < 2 or len(names) > 1 or any(registry.name_tokens(v.name) != tokens for v in dated):
            continue  # short forms are checked through their full name
        name = dated[0].name
        for earlier, later in zip(dated, dated[1:]):
            if earlier.in_force_from == later.in_force_from:
                continue
            assert REGISTRY.resolve(name, citing_date=later.in_force_from) == later, (name, later.number_symbol)
            assert REGISTRY.resolve(name, citing_date=_day_before(later.in_force_from)) == earlier, (name, later.number_symbol)
        checked.append(name)
    assert len(checked) >= 10, checked


def test_a_written_year_picks_the_version():
    assert REGISTRY.resolve("Luật Đất đai", "2013").number_symbol == "45/2013/QH13"
    assert REGISTRY.resolve("Luật Đất đai", "2003").number_symbol == "13/2003/QH11"
    # Two versions adopted in one year: the citing date decides between them.
    assert REGISTRY.resolve("Luật Tổ chức chính quyền địa phương", "2025", "2025-11-20").number_symbol == "72/2025/QH15"
    assert REGISTRY.resolve("Luật Tổ chức chính quyền địa phương", "2025", "2025-04-01").number_symbol == "65/2025/QH15"
    # A year no version carries decides nothing.
    assert REGISTRY.resolve("Luật Đất đai", "2011") is None


def test_short_and_abbreviated_forms_reach_the_full_name():
    assert REGISTRY.full_name("Luật NSNN") == "Luật Ngân sách nhà nước"
    assert REGISTRY.full_name("Luật Bầu cử") == "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
    assert REGISTRY.resolve("Luật MTTQ Việt Nam", citing_date="2025-11-18").number_symbol == "75/2015/QH13"


def test_a_version_not_yet_in_force_is_still_the_only_one_adopted():
    # Cited between adoption (2022-11-10) and effect (2023-07-01): no version was in force yet.
    assert REGISTRY.resolve("Luật Thực hiện dân chủ ở cơ sở", citing_date="2023-01-15").number_symbol == "10/2022/QH15"
    assert REGISTRY.resolve("Luật Thực hiện dân chủ ở cơ sở", citing_date="2020-01-01") is None


def test_a_users_rows_join_the_project_registry(tmp_path):
    # A user adds another name for a law (`Pháp lệnh người có công`, as src_congbot_29 writes it), with
    # the facts of the project's own rows.
    header = (ROOT / "models" / "legal_registry.tsv").read_text(encoding="utf-8").split("\n")
    columns = next(line for line in header if line.startswith("doc_type\t"))
    rows = [r for r in read_rows(ROOT / "models" / "legal_registry.tsv")
            if r.name == "Pháp lệnh Ưu đãi người có công với cách mạng"]
    lines = [columns] + ["\t".join([r.doc_type, r.name, "Pháp lệnh người có công", r.number_symbol, r.adopted,
                                    r.effective, r.replaced_by, ";".join(r.amended_by), r.source]) for r in rows]
    user = tmp_path / "mine.tsv"
    user.write_text("\n".join(lines) + "\n", encoding="utf-8")
    combined = registry.load(str(user))
    assert combined.resolve("Pháp lệnh người có công", citing_date="2013-10-21").number_symbol == "26/2005/PL-UBTVQH11"
    assert not REGISTRY.versions("Pháp lệnh người có công")


@pytest.mark.parametrize("content,problem", [
    ("name\tnumber_symbol\nLuật X\t1/2020/QH14\n", "lacks the column"),
    ("doc_type\tname\tadopted\nLuật\tLuật Đất đai\t29/11/2013\n", "line 2: adopted '29/11/2013' is not an ISO date"),
    ("doc_type\tname\nLuật\t\n", "line 2: a row needs doc_type and name"),
    ("", "empty"),
])
def test_a_bad_registry_file_is_named_with_its_problem(tmp_path, content, problem):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        read_rows(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_cli_refuses_a_bad_registry_and_leaves_the_output_alone(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_bytes(b"doc_type\tname\tadopted\n\xff\xfe broken\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous output", encoding="utf-8")
    proc = run_vnplan("extract", ROOT / "corpus", "--out", out, "--registry", bad, "--no-progress")
    assert proc.returncode == 2
    assert "--registry" in proc.stderr and str(bad) in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def _without_short_forms():
    """The project's registry with its listed short forms taken out: what the rules alone can do."""
    return registry.build([dataclasses.replace(row, short_forms=()) for row in read_rows(registry.REGISTRY_PATH)])


@pytest.mark.parametrize("doc_type, written, official", [
    # truncations, as the shared texts write them (devset fresh_36 / fresh_40, wild src_congbot_16 and _49)
    ("Luật", "Luật Bầu cử", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"),
    ("Pháp lệnh", "Pháp lệnh ưu đãi người có công", "Pháp lệnh Ưu đãi người có công với cách mạng"),
    ("Luật", "Luật Ngân sách", "Luật Ngân sách nhà nước"),
    ("Luật", "Luật thực hiện dân chủ cơ sở", "Luật Thực hiện dân chủ ở cơ sở"),  # `ở` left out
    # initials in capitals (wild src_tvplcrawl_2, _27, _47; devset fresh_40)
    ("Luật", "Luật DN", "Luật Doanh nghiệp"),
    ("Luật", "Luật HQ", "Luật Hải quan"),
    ("Luật", "Luật BVMT", "Luật Bảo vệ môi trường"),
    ("Luật", "Luật MTTQ Việt Nam", "Luật Mặt trận Tổ quốc Việt Nam"),
    ("Luật", "Luật Bảo vệ BMNN", "Luật Bảo vệ bí mật nhà nước"),
    # one capital a syllable, `Đ` or `D` for đ, a comma left out
    ("Luật", "Luật TCCQĐP", "Luật Tổ chức chính quyền địa phương"),
    ("Luật", "Luật TCCQDP", "Luật Tổ chức chính quyền địa phương"),
    ("Luật", "Luật PCTN", "Luật Phòng, chống tham nhũng"),
    ("Hiến pháp", "Hiến pháp", None),  # a bare type word is no truncation …
])
def test_short_forms_reach_the_official_name_by_rule_not_by_list(doc_type, written, official):
    bare = _without_short_forms()
    assert bare.completions(doc_type, written) == ((official,) if official else ())


def test_what_short_forms_do_not_complete():
    # … unless the registry lists it (`Hiến pháp` alone names the Constitution)
    assert REGISTRY.completions("Hiến pháp", "Hiến pháp") == ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",)
    # A name of its own stays itself, though longer names start with it.
    assert REGISTRY.completions("Luật", "Luật Đầu tư") == ("Luật Đầu tư",)
    assert REGISTRY.completions("Luật", "Luật Giáo dục") == ("Luật Giáo dục",)
    # Several laws fit: undecided.
    assert len(REGISTRY.completions("Luật", "Luật Tổ chức")) > 1
    # Another name for a law is no abbreviation of its words (its key resolves through the registry).
    assert REGISTRY.completions("Pháp lệnh", "Pháp lệnh dân chủ") == ()
    assert REGISTRY.resolve("Pháp lệnh dân chủ", citing_date="2020-01-01").number_symbol == "34/2007/PL-UBTVQH11"
    # An amending law names the law it amends: it is never a truncation of another amending law.
    assert REGISTRY.completions("Luật", "Luật sửa đổi, bổ sung một số điều") == ()


def test_successions_stated_or_derived_from_the_next_version_of_a_name():
    by_key = {d.key: d for d in REGISTRY.documents}
    # No source in the registry states that the 2024 land law replaced the 2013 one: derived.
    successor, how = REGISTRY.successor(by_key["Luật 45/2013/QH13"])
    assert (successor.key, how) == ("Luật 31/2024/QH15", "derived")
    successor, how = REGISTRY.successor(by_key["Luật 13/2003/QH11"])
    assert (successor.key, how) == ("Luật 45/2013/QH13", "stated")
    # The latest version has none; neither do amending laws that share a name (2002 and 2020 amendments
    # of the Luật Ban hành văn bản quy phạm pháp luật replace nothing of each other).
    assert REGISTRY.successor(by_key["Luật 31/2024/QH15"]) == (None, "")
    amending = [d for d in REGISTRY.documents if d.name == "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"]
    assert len(amending) >= 2 and all(REGISTRY.successor(d) == (None, "") for d in amending)
    # Every derived successor is a later version of the same name and type.
    for doc in REGISTRY.documents:
        successor, how = REGISTRY.successor(doc)
        if how == "derived":
            assert (successor.doc_type, successor.name) == (doc.doc_type, doc.name)
            assert (successor.in_force_from or successor.year) > (doc.in_force_from or doc.year)


def test_a_short_form_the_registry_lists_for_one_law_means_that_law():
    # With the former separate law on electing National Assembly deputies beside the joint 2015 law,
    # `Luật Bầu cử đại biểu` fits both; `Luật Bầu cử`, which the registry lists for the joint law, one.
    joint = "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
    rows = read_rows(registry.REGISTRY_PATH) + [registry.LegalDocument("Luật", "Luật Bầu cử đại biểu Quốc hội")]
    both = registry.build(rows)
    assert both.completions("Luật", "Luật Bầu cử") == (joint,)
    assert len(both.completions("Luật", "Luật Bầu cử đại biểu")) == 2


def test_completions_compare_a_form_only_with_the_names_its_first_word_opens():
    # `Registry.completions` compares a written form with the official names its first word can open
    # (`_may_abbreviate`); the definition compares it with every official name of its type. Checked
    # for every name the shared texts cite, and for truncations, acronyms and short forms of every
    # official name (the forms completions meets).
    from pipeline.api import parse_file
    from pipeline.citations.shortforms import ACRONYM, abbreviates, initial

    from .conftest import CORPUS, SHARED

    def by_every_name(doc_type, written):
        official = REGISTRY.official_names.get(doc_type, {})
        if registry.name_tokens(written) in official:
            return (official[registry.name_tokens(written)],)
        listed = {d.name for d in REGISTRY.by_name.get(registry.name_tokens(written), ()) if d.doc_type == doc_type}
        found = tuple(sorted(n for n in official.values()
                             if abbreviates(written, n, len(doc_type.split()), listed=n in listed)))
        if len(listed) == 1 and set(found) > listed:
            return tuple(listed)
        if len(found) > 1 and ACRONYM.fullmatch(written.split()[-1]):
            whole = tuple(n for n in found if abbreviates(written, n, len(doc_type.split()), whole=True))
            return whole if len(whole) == 1 else found
        return found

    forms = set()
    for doc_type, names in REGISTRY.official_names.items():
        for name in names.values():
            words = name.split()
            type_words = len(doc_type.split())
            for cut in range(type_words, len(words) + 1):
                forms.add((doc_type, " ".join(words[:cut])))  # every truncation, the type word alone too
            rest = words[type_words:]
            acronym = "".join(initial(w) for w in rest[:4] if w not in ("và", "của"))
            forms.add((doc_type, " ".join(words[:type_words] + [acronym] + rest[4:])))
            forms.add((doc_type, " ".join(words[:type_words] + rest[:1] + ["và"] + rest[1:3])))
    for doc in REGISTRY.documents:
        forms.update((doc.doc_type, form) for form in doc.short_forms)
    for folder in (CORPUS, SHARED / "wild", SHARED / "devset" / "texts"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            forms.update((c.doc_type, c.name) for d in parse_file(str(path)) for c in d.citations if c.name)
    completed = 0
    for doc_type, written in sorted(forms):
        fresh = dataclasses.replace(REGISTRY, _completions={}, _by_opening={})
        expected = by_every_name(doc_type, written)
        assert fresh.completions(doc_type, written) == expected, (doc_type, written)
        completed += len(expected) == 1
    assert len(forms) > 1_000 and completed > 300
    assert any(ACRONYM.search(w) for _, w in forms)


def test_a_name_with_a_mark_lost_or_mistyped_reaches_the_one_official_name_it_spells():
    # `Căn cứ Luật Ban hành văn ban quy phạm pháp luật ngày 22 tháng 6 năm 2015;` (a province's resolution, held-out
    # shape), `Luật Phô biến, giáo dục pháp luật` (a school's plan): the name kept as written had no key of the registry
    assert REGISTRY.completions("Luật", "Luật Ban hành văn ban quy phạm pháp luật") == (
        "Luật Ban hành văn bản quy phạm pháp luật",)
    assert REGISTRY.completions("Luật", "Luật Phô biến, giáo dục pháp luật") == ("Luật Phổ biến, giáo dục pháp luật",)
    # a name typed with no mark at all, when one official name fits it; a form too short to tell is left alone
    assert REGISTRY.completions("Luật", "Luật Giao duc") == ("Luật Giáo dục",)
    assert REGISTRY.completions("Luật", "Luật Dau") == ()
