"""Hostile and mistaken workbooks, generated in memory from the program's own exports.

The program writes its template or export (staff list, scores template filled with real rows, a
framework); its cells become grids. A package is then rebuilt from the grids with a small writer of
our own (inline strings, a date style, any prefix, any attribute order), so each of the thousands of
files costs a millisecond, and one mutation is applied to each: to a cell, to the sheet XML, to the
workbook, or to the zip itself. Every mutation says what the importer must do: refuse, accept, or
either (random damage).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import struct
import zlib
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STYLES = (XML_HEAD + f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/>'
          '</borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/>'
          '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
DATE_STYLE = 1
EPOCH = dt.datetime(1899, 12, 30)

REFUSE, ACCEPT, EITHER = "refuse", "accept", "either"


class Raw(str):
    """A cell written exactly as given (its XML), e.g. a formula or a hostile number."""


@dataclass
class SheetSpec:
    name: str
    grid: list[list]
    state: str | None = None
    hidden_rows: set[int] = field(default_factory=set)
    merged: list[str] = field(default_factory=list)
    extra_rows: str = ""  # raw <row> elements after the grid
    dimension: str | None = None
    prefix: str = ""  # e.g. "x:" bound to the main namespace
    swap_attributes: bool = False
    doctype: str = ""


@dataclass
class Package:
    sheets: list[SheetSpec]
    workbook_prefix: str = ""
    workbook_doctype: str = ""
    extra_parts: list[tuple[str, bytes]] = field(default_factory=list)
    drop_parts: set[str] = field(default_factory=set)
    styles_doctype: str = ""


def _text_xml(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 and ch not in "\t\n\r" or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append(f"_x{code:04X}_")  # how Excel writes characters XML cannot hold
        else:
            out.append(ch)
    return escape("".join(out))


def _cell(ref: str, value, p: str, swap: bool) -> str:
    if isinstance(value, Raw):
        return value.replace("{ref}", ref).replace("{p}", p)
    if isinstance(value, bool):
        attrs = [("r", ref), ("t", "b")]
        body = f"<{p}v>{int(value)}</{p}v>"
    elif isinstance(value, (dt.date, dt.datetime)):
        moment = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
        serial = (moment - EPOCH).total_seconds() / 86400
        attrs = [("r", ref), ("s", str(DATE_STYLE))]
        body = f"<{p}v>{serial:g}</{p}v>"
    elif isinstance(value, (int, float)):
        attrs = [("r", ref)]
        body = f"<{p}v>{value!r}</{p}v>"
    else:
        attrs = [("r", ref), ("t", "inlineStr")]
        body = f'<{p}is><{p}t xml:space="preserve">{_text_xml(str(value))}</{p}t></{p}is>'
    if swap:
        attrs.reverse()
    return f"<{p}c " + " ".join(f'{k}="{v}"' for k, v in attrs) + f">{body}</{p}c>"


def sheet_xml(spec: SheetSpec) -> bytes:
    p = spec.prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    rows = []
    for r, row in enumerate(spec.grid, start=1):
        cells = "".join(_cell(f"{get_column_letter(c)}{r}", v, p, spec.swap_attributes)
                        for c, v in enumerate(row, start=1) if v is not None and v != "")
        hidden = ' hidden="1"' if r in spec.hidden_rows else ""
        if cells or hidden:
            rows.append(f'<{p}row r="{r}"{hidden}>{cells}</{p}row>' if not spec.swap_attributes or not hidden
                        else f'<{p}row{hidden} r="{r}">{cells}</{p}row>')
    width = max((len(r) for r in spec.grid), default=1) or 1
    dimension = spec.dimension or f"A1:{get_column_letter(width)}{max(len(spec.grid), 1)}"
    merged = ""
    if spec.merged:
        merged = f'<{p}mergeCells count="{len(spec.merged)}">' + "".join(
            f'<{p}mergeCell ref="{m}"/>' for m in spec.merged) + f"</{p}mergeCells>"
    body = (f'{XML_HEAD}{spec.doctype}<{p}worksheet {ns} xmlns:r="{REL}"><{p}dimension ref="{dimension}"/>'
            f'<{p}sheetData>{"".join(rows)}{spec.extra_rows}</{p}sheetData>{merged}</{p}worksheet>')
    return body.encode("utf-8")


def package_parts(pkg: Package) -> list[tuple[str, bytes]]:
    p = pkg.workbook_prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    sheets, rels, overrides = [], [], []
    for n, spec in enumerate(pkg.sheets, start=1):
        state = f' state="{spec.state}"' if spec.state else ""
        sheets.append(f'<{p}sheet name="{escape(spec.name, {chr(34): "&quot;"})}" sheetId="{n}"{state} r:id="rId{n}"/>')
        rels.append(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    rels.append(f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>')
    parts = [
        ("[Content_Types].xml", (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                                 'officedocument.spreadsheetml.sheet.main+xml"/>' + "".join(overrides)
                                 + '</Types>').encode()),
        ("_rels/.rels", (XML_HEAD + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                         f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode()),
        ("xl/workbook.xml", (XML_HEAD + pkg.workbook_doctype + f'<{p}workbook {ns} xmlns:r="{REL}"><{p}sheets>'
                             + "".join(sheets) + f"</{p}sheets></{p}workbook>").encode("utf-8")),
        ("xl/_rels/workbook.xml.rels", (XML_HEAD + f'<Relationships xmlns="{PKG_REL}">' + "".join(rels)
                                        + "</Relationships>").encode()),
        ("xl/styles.xml", (pkg.styles_doctype and STYLES.replace(XML_HEAD, XML_HEAD + pkg.styles_doctype)
                           or STYLES).encode()),
    ]
    parts += [(f"xl/worksheets/sheet{n}.xml", sheet_xml(spec)) for n, spec in enumerate(pkg.sheets, start=1)]
    parts += pkg.extra_parts
    return [(name, data) for name, data in parts if name not in pkg.drop_parts]


@dataclass
class Entry:
    name: str
    data: bytes | None = None
    raw: bytes | None = None  # already deflated
    crc: int = 0
    size: int = 0
    declared: int | None = None  # a size header that lies
    method: int = 8
    flags: int = 0


def deflate(data: bytes, level: int = 1) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def zip_bytes(entries: list[Entry]) -> bytes:
    """A zip written by hand, so headers can say what a hostile file says."""
    out, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        if e.raw is not None:
            raw, crc, size = e.raw, e.crc, e.size
        else:
            crc, size = zlib.crc32(e.data), len(e.data)
            raw = deflate(e.data) if e.method == 8 else (__import__("bz2").compress(e.data) if e.method == 12 else e.data)
        size = e.declared if e.declared is not None else size
        flags = e.flags | 0x800
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, e.method, 0, 0x21, crc, len(raw), size, len(name), 0)
        out += name + raw
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, e.method, 0, 0x21, crc, len(raw),
                               size, len(name), 0, 0, 0, 0, 0, offset) + name
    count = len(entries)
    return bytes(out + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0))


def build(pkg: Package) -> bytes:
    return zip_bytes([Entry(name, data) for name, data in package_parts(pkg)])


# ---------------------------------------------------------------- shared hostile payloads

_BOMB: dict[str, tuple[bytes, int, int]] = {}


def whitespace_bomb(size: int = 300 * 1024 * 1024) -> tuple[bytes, int, int]:
    """(deflated, crc, size) of a sheet that is `size` bytes of spaces around one cell: compressed once."""
    key = f"ws{size}"
    if key not in _BOMB:
        head = f'{XML_HEAD}<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'.encode()
        tail = b"</sheetData></worksheet>"
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        crc = zlib.crc32(head)
        raw = [c.compress(head)]
        chunk = b" " * (8 * 1024 * 1024)
        left = size - len(head) - len(tail)
        while left > 0:
            piece = chunk[: min(left, len(chunk))]
            raw.append(c.compress(piece))
            crc = zlib.crc32(piece, crc)
            left -= len(piece)
        raw.append(c.compress(tail))
        crc = zlib.crc32(tail, crc)
        raw.append(c.flush())
        _BOMB[key] = (b"".join(raw), crc, size)
    return _BOMB[key]


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
          '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
          '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
          '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
          '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
          '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
          '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\n')
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


# ---------------------------------------------------------------- mutations

@dataclass
class Target:
    """What an importer reads: its sheets, the one cell mutations aim at, and its columns' meaning."""

    kind: str  # staff, scores, framework
    base: Package
    original: bytes  # the program's own file, unchanged
    sheet: str  # the sheet cell mutations change
    code_columns: dict[str, list[int]]  # sheet → columns (0-based) holding codes
    number_columns: dict[str, list[int]]  # sheet → columns holding numbers (scores, levels, dates)
    required_columns: dict[str, list[int]]


@dataclass
class Mutant:
    name: str
    expect: str
    data: bytes


def _copy(pkg: Package) -> Package:
    return copy.deepcopy(pkg)


def _sheet(pkg: Package, name: str) -> SheetSpec:
    return next(s for s in pkg.sheets if s.name == name)


def _data_cell(rng: random.Random, spec: SheetSpec, columns: list[int] | None = None) -> tuple[int, int]:
    """A data cell holding a value (in one of `columns` when given)."""
    width = len(spec.grid[0])
    cells = [(r, c) for r in range(1, len(spec.grid)) for c in (columns or range(width))
             if c < len(spec.grid[r]) and spec.grid[r][c] not in (None, "")]
    return rng.choice(cells)


def _pick_sheet(t: Target, rng: random.Random, wanted: dict[str, list[int]]) -> SheetSpec:
    names = [n for n in wanted if wanted[n] and len(_sheet(t.base, n).grid) > 1] or [t.sheet]
    return rng.choice(names)


def mutations(t: Target) -> list[tuple[str, str, callable]]:
    """(name, expectation, function(pkg, rng) → Package or bytes)."""
    out = []

    def add(name, expect):
        def register(fn):
            out.append((name, expect, fn))
            return fn
        return register

    def cell_sheet(pkg, rng, columns_by_sheet=None):
        if columns_by_sheet is None:
            return _sheet(pkg, t.sheet)
        name = _pick_sheet(t, rng, columns_by_sheet)
        return _sheet(pkg, name)

    # --- unchanged and harmless variants: must be accepted
    @add("unchanged", ACCEPT)
    def _(pkg, rng):
        return pkg

    @add("empty rows in the middle", ACCEPT)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng)
        at = rng.randrange(2, max(3, len(spec.grid)))
        for _ in range(rng.randint(1, 5)):
            spec.grid.insert(at, [None] * len(spec.grid[0]))
        return pkg

    @add("namespace prefix on every element", ACCEPT)
    def _(pkg, rng):
        prefix = rng.choice(["x:", "s:", "main:", "ns0:"])
        for spec in pkg.sheets:
            spec.prefix = prefix
        pkg.workbook_prefix = prefix
        return pkg

    @add("attributes in another order", ACCEPT)
    def _(pkg, rng):
        for spec in pkg.sheets:
            spec.swap_attributes = True
        return pkg

    @add("hidden empty row", ACCEPT)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng)
        spec.grid.insert(2, [None] * len(spec.grid[0]))
        spec.hidden_rows.add(3)
        return pkg

    @add("sheet name in another case with spaces around", ACCEPT)
    def _(pkg, rng):
        spec = rng.choice(pkg.sheets)
        spec.name = rng.choice([f" {spec.name} ", spec.name.upper(), spec.name.lower()])
        return pkg

    @add("an extra hidden sheet the import does not read", ACCEPT)
    def _(pkg, rng):
        pkg.sheets.append(SheetSpec("DanhMuc", [["a", "b"], [1, 2]], state=rng.choice(["hidden", "veryHidden"])))
        return pkg

    @add("code with invisible characters or spaces around", ACCEPT)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.code_columns)
        r, c = _data_cell(rng, spec, t.code_columns.get(spec.name.strip()))
        value = str(spec.grid[r][c])
        junk = rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
        pos = rng.randrange(len(value) + 1)
        spec.grid[r][c] = rng.choice([value[:pos] + junk + value[pos:], f"\u00a0{value} ", f"  {value}\u00a0"])
        return pkg

    @add("number or date typed as text", ACCEPT)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.number_columns)
        r, c = _data_cell(rng, spec, t.number_columns.get(spec.name))
        value = spec.grid[r][c]
        if isinstance(value, (dt.date, dt.datetime)):
            spec.grid[r][c] = value.strftime(rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"]))
        elif isinstance(value, float) and value.is_integer():
            spec.grid[r][c] = rng.choice([str(int(value)), f" {int(value)} "])
        return pkg

    # --- the package: refused
    @add("random bytes", REFUSE)
    def _(pkg, rng):
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 4000)))

    @add("empty file", REFUSE)
    def _(pkg, rng):
        return b""

    @add(".xls renamed", REFUSE)
    def _(pkg, rng):
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.getrandbits(8) for _ in range(rng.randint(100, 3000)))

    @add("truncated zip", REFUSE)
    def _(pkg, rng):
        data = build(pkg)
        return data[: rng.randrange(1, len(data) - 22)]

    @add("zip bomb: sheet of spaces (honest sizes)", REFUSE)
    def _(pkg, rng):
        raw, crc, size = whitespace_bomb()
        entries = [Entry(n, d) for n, d in package_parts(pkg)]
        victim = next(e for e in entries if e.name.startswith("xl/worksheets/"))
        victim.data, victim.raw, victim.crc, victim.size = None, raw, crc, size
        return zip_bytes(entries)

    @add("zip bomb: sizes in the header lie", REFUSE)
    def _(pkg, rng):
        raw, crc, size = whitespace_bomb()
        entries = [Entry(n, d) for n, d in package_parts(pkg)]
        victim = rng.choice([e for e in entries if e.name.endswith(".xml")])
        victim.data, victim.raw, victim.crc, victim.size = None, raw, rng.getrandbits(32), 4096
        return zip_bytes(entries)

    @add("zip bomb in a part nobody reads", REFUSE)
    def _(pkg, rng):
        raw, crc, size = whitespace_bomb()
        return zip_bytes([Entry(n, d) for n, d in package_parts(pkg)]
                         + [Entry("docProps/custom.xml", raw=raw, crc=crc, size=size)])

    @add("entity bomb in the sheet", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        spec.doctype = LAUGHS
        spec.grid[1][0] = Raw('<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>&lol9;</{p}t></{p}is></{p}c>')
        return pkg

    @add("entity bomb in the workbook", REFUSE)
    def _(pkg, rng):
        pkg.workbook_doctype = LAUGHS
        return pkg

    @add("external entity (XXE) in styles", REFUSE)
    def _(pkg, rng):
        pkg.styles_doctype = XXE
        return pkg

    @add("DTD in a part nobody reads", REFUSE)
    def _(pkg, rng):
        pkg.extra_parts.append(("docProps/app.xml", (XML_HEAD + LAUGHS + "<Properties>&lol5;</Properties>").encode()))
        return pkg

    @add("password or encryption flag", REFUSE)
    def _(pkg, rng):
        entries = [Entry(n, d) for n, d in package_parts(pkg)]
        rng.choice(entries).flags |= 1
        return zip_bytes(entries)

    @add("compression Excel never uses (bzip2)", REFUSE)
    def _(pkg, rng):
        entries = [Entry(n, d) for n, d in package_parts(pkg)]
        next(e for e in entries if e.name.startswith("xl/worksheets/")).method = 12
        return zip_bytes(entries)

    @add("two parts with the same name", REFUSE)
    def _(pkg, rng):
        parts = package_parts(pkg)
        sheet = next(p for p in parts if p[0].startswith("xl/worksheets/"))
        other = _copy(pkg)
        _sheet(other, t.sheet).grid[1] = ["X"] * len(_sheet(other, t.sheet).grid[1])
        twin = next(p for p in package_parts(other) if p[0] == sheet[0])
        return zip_bytes([Entry(n, d) for n, d in parts] + [Entry(*twin)])

    @add("workbook.xml missing", REFUSE)
    def _(pkg, rng):
        pkg.drop_parts.add(rng.choice(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]))
        return pkg

    @add("sheet part missing", REFUSE)
    def _(pkg, rng):
        pkg.drop_parts.add(f"xl/worksheets/sheet{[s.name for s in pkg.sheets].index(t.sheet) + 1}.xml")
        return pkg

    @add("XML not well formed", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        spec.extra_rows = rng.choice(["<row r='99999'><c r='A99999'><v>1</v></row>", "<row", "&bogus;", "<c r=\"A1\">"])
        return pkg

    @add("a byte of the program's own file flipped", EITHER)
    def _(pkg, rng):
        data = bytearray(t.original)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return bytes(data)

    @add("the program's own file cut short", REFUSE)
    def _(pkg, rng):
        return t.original[: rng.randrange(1, len(t.original) - 22)]

    # --- far cells: refused before calamine builds the rectangle
    @add("one cell far away (XFD1048576 and others)", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        ref = rng.choice(["XFD1048576", "A1048576", "XFD1", "IW2", "A200001", "ZZ150000"])
        row = int(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        spec.extra_rows = f'<row r="{row}"><c r="{ref}"><v>1</v></c></row>'
        return pkg

    @add("declared dimension far away", REFUSE)
    def _(pkg, rng):
        _sheet(pkg, t.sheet).dimension = rng.choice(["A1:XFD1048576", "A1:J1048576", "B2:XFD3"])
        return pkg

    @add("cell address that is not one", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        spec.extra_rows = f'<row r="{len(spec.grid) + 1}"><c r="{rng.choice(["a1x", "1A", "AAAA1", "A99999999"])}"><v>1</v></c></row>'
        return pkg

    # --- workbook structure
    @add("wanted sheet hidden or very hidden", REFUSE)
    def _(pkg, rng):
        _sheet(pkg, t.sheet).state = rng.choice(["hidden", "veryHidden"])
        return pkg

    @add("wrong sheet name", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        spec.name = rng.choice(["Sheet1", "Trang tính1", spec.name + " (2)", spec.name[:-1]])
        return pkg

    @add("two sheets with the same name but case", REFUSE)
    def _(pkg, rng):
        spec = _sheet(pkg, t.sheet)
        pkg.sheets.append(SheetSpec(spec.name.upper(), copy.deepcopy(spec.grid)))
        return pkg

    # --- the sheet's content as XML
    @add("formula (any prefix, any attribute order)", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        r, c = _data_cell(rng, spec, t.required_columns.get(spec.name))
        value = spec.grid[r][c]
        shown = escape(str(value))
        spec.grid[r][c] = Raw(rng.choice([
            '<{p}c r="{ref}" t="str"><{p}f>A1&amp;""</{p}f><{p}v>' + shown + "</{p}v></{p}c>",
            '<{p}c t="str" r="{ref}"><{p}f t="shared" si="0" ref="{ref}"/><{p}v>' + shown + "</{p}v></{p}c>",
            '<{p}c r="{ref}" t="str"><q:f xmlns:q="' + MAIN + '">TRIM(A1)</q:f><{p}v>' + shown + "</{p}v></{p}c>",
        ]))
        if spec.prefix == "" and rng.random() < 0.5:
            spec.prefix = "x:"
        return pkg

    @add("merged cells", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng)
        r = rng.randrange(2, max(3, len(spec.grid)))
        spec.merged.append(f"A{r}:B{r + rng.randint(0, 2)}")
        return pkg

    @add("hidden row holding data", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        r, _c = _data_cell(rng, spec)
        spec.hidden_rows.add(r + 1)
        if rng.random() < 0.3:
            spec.swap_attributes = True
        return pkg

    # --- cells: HR mistakes
    @add("header typo", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        columns = t.required_columns.get(spec.name) or [0]
        c = rng.choice(columns)
        title = str(spec.grid[0][c])
        i = rng.randrange(len(title))
        spec.grid[0][c] = rng.choice([title[:i] + title[i + 1:], title[:i] + "x" + title[i:], title + "s",
                                      title.replace("Mã", "Ma")])
        if spec.grid[0][c] == title:
            spec.grid[0][c] = title + "!"
        return pkg

    @add("columns shifted right", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        for n, row in enumerate(spec.grid):
            row.insert(0, n if n else "STT")
        return pkg

    @add("duplicated row", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.code_columns)
        r, _c = _data_cell(rng, spec)
        spec.grid.insert(rng.randrange(r + 1, len(spec.grid) + 1), list(spec.grid[r]))
        return pkg

    @add("look-alike code differing by case", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.code_columns)
        columns = t.code_columns.get(spec.name)
        r, c = _data_cell(rng, spec, columns)
        row = list(spec.grid[r])
        value = str(row[c])
        swapped = value.swapcase() if value.swapcase() != value else value + "a"
        row[c] = swapped if value.swapcase() != value else value
        spec.grid.insert(r + 1, row)
        return pkg

    @add("code with control characters or inner spaces", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.code_columns)
        r, c = _data_cell(rng, spec, t.code_columns.get(spec.name))
        value = str(spec.grid[r][c])
        pos = rng.randrange(1, max(2, len(value)))
        spec.grid[r][c] = value[:pos] + rng.choice(["\x07", "\x00", "\x1b", "\t", "\n", " ", "\u202e", "\u200e"]) + value[pos:]
        return pkg

    @add("huge string", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        r, c = _data_cell(rng, spec, t.required_columns.get(spec.name))
        spec.grid[r][c] = rng.choice(["A", "Ư", "x "]) * rng.choice([50_001, 100_000, 300_000])
        return pkg

    @add("required cell empty", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.required_columns)
        r, c = _data_cell(rng, spec, t.required_columns.get(spec.name))
        spec.grid[r][c] = rng.choice([None, "", "   ", "\u00a0"])
        return pkg

    @add("odd numbers: NaN, infinity, 1e308, negative date serials", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.number_columns or t.required_columns)
        r, c = _data_cell(rng, spec, (t.number_columns or t.required_columns).get(spec.name))
        spec.grid[r][c] = Raw(rng.choice([
            '<{p}c r="{ref}"><{p}v>NaN</{p}v></{p}c>', '<{p}c r="{ref}"><{p}v>inf</{p}v></{p}c>',
            '<{p}c r="{ref}"><{p}v>-inf</{p}v></{p}c>', '<{p}c r="{ref}"><{p}v>1e308</{p}v></{p}c>',
            '<{p}c r="{ref}"><{p}v>-1.7976931348623157e308</{p}v></{p}c>',
            '<{p}c r="{ref}" s="1"><{p}v>-5.8e16</{p}v></{p}c>', '<{p}c r="{ref}" s="1"><{p}v>1e300</{p}v></{p}c>',
            '<{p}c r="{ref}" s="1"><{p}v>-1</{p}v></{p}c>', '<{p}c r="{ref}" s="1"><{p}v>99999999</{p}v></{p}c>',
            '<{p}c r="{ref}" t="e"><{p}v>#DIV/0!</{p}v></{p}c>', '<{p}c r="{ref}" t="e"><{p}v>#N/A</{p}v></{p}c>',
            '<{p}c r="{ref}" t="n"><{p}v>abc</{p}v></{p}c>', '<{p}c r="{ref}" t="s"><{p}v>999999</{p}v></{p}c>',
            '<{p}c r="{ref}" t="d"><{p}v>2020-13-45T99:00:00</{p}v></{p}c>',
        ]))
        return pkg

    @add("text in a number or date column", REFUSE)
    def _(pkg, rng):
        spec = cell_sheet(pkg, rng, t.number_columns)
        r, c = _data_cell(rng, spec, t.number_columns.get(spec.name))
        spec.grid[r][c] = rng.choice(["ba", "²", "３", "٣", "3.0", "3,5", "31/02/1990", "1990-13-45", "12:30",
                                      "năm", "1e308", "-", "x1"])
        return pkg

    return out


def generate(t: Target, count: int, seed: int = 20261123):
    """`count` mutants, every mutation in turn, each with its own random choices."""
    table = mutations(t)
    rng = random.Random(seed)
    for i in range(count):
        name, expect, fn = table[i % len(table)]
        result = fn(_copy(t.base), random.Random(rng.getrandbits(64)))
        yield Mutant(name, expect, result if isinstance(result, bytes) else build(result))
