"""Convert the two seed legal texts into the built-in framework data files.

Usage: python tools/convert_seeds.py SEEDS_DIR [OUT_DIR]

The seed files are Word tables flattened to text: a line starting with TAB opens a cell, other
lines continue the cell. This tool is kept for provenance; the JSON files it writes under
resources/frameworks/ are what ships and what the program loads.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.grades import BUILTIN as BUILTIN_GRADES  # noqa: E402

TT02_FILE = "000_1884d26780acf6a3.txt"
TT09_FILE = "003_191b1d14aa296bb9.txt"

GRADE_BY_TITLE = {
    "chuyên viên cao cấp": "CVCC",
    "chuyên viên chính": "CVC",
    "chuyên viên": "CV",
    "cán sự": "CS",
    "nhân viên": "NV",
}
GRADE_DEFAULT_RANGE = {g.code: g.default_range for g in BUILTIN_GRADES if g.default_range}  # app.grades: one rule
LOWER_GRADE = {"CVCC": "CVC", "CVC": "CV"}

GENERIC_LEVELS = [
    "Cấp độ 1 – Biết: có hiểu biết ban đầu; thực hiện được khi có hướng dẫn chi tiết.",
    "Cấp độ 2 – Hiểu: hiểu và thực hiện được các trường hợp thông thường, cần hỗ trợ khi phức tạp.",
    "Cấp độ 3 – Vận dụng: thực hiện độc lập, thành thạo trong phạm vi công việc được giao.",
    "Cấp độ 4 – Thành thạo: xử lý được trường hợp phức tạp; hướng dẫn được người khác.",
    "Cấp độ 5 – Chuyên gia: định hướng, đề xuất, dẫn dắt; là chỗ dựa chuyên môn của đơn vị.",
]

BULLETS = "·●•"


def clean(text: str) -> str:
    """NFC, NBSP to space, drop Word residue, collapse runs of spaces, strip."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\[bookmark: [^\]]*\]", "", text)
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def clean_item(line: str) -> str:
    """A list item without its bullet."""
    line = clean(line)
    return line.lstrip(BULLETS).strip()


def cells(text: str) -> list[str]:
    """Split flattened table text into cells (raw, not cleaned)."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith(" \t"):  # an empty cell flattened onto the next cell's line
            out.append([""])
            out.append([line[2:]])
        elif line.startswith("\t"):
            out.append([line[1:]])
        elif out:
            out[-1].append(line)
    return ["\n".join(c).strip("\n") for c in out]


def grade_code(title: str) -> str:
    return GRADE_BY_TITLE[clean(title).lower()]


def lines_of(cell: str) -> list[str]:
    return [clean_item(x) for x in cell.split("\n") if clean(x)]


# ---------------------------------------------------------------- qualifications


def qualification_rules(texts: dict[str, list[str]], grade: str) -> dict:
    """Structured rules derived from the qualification text (the text itself is kept too)."""
    training = " ".join(texts.get("training", []))
    cert = " ".join(texts.get("certificate", []) + texts.get("supplementary", []))
    exp = " ".join(texts.get("experience", []))
    rules: dict = {
        "min_education": None,
        "political_theory": None,
        "state_management_grade": None,
        "lower_grade": None,
        "years_in_lower_grade": None,
        "min_years_actually_in_lower_grade": None,
        "documents_led_min": None,
        "documents_led_role": None,
    }
    low = training.lower()
    if "đại học" in low:
        rules["min_education"] = "dai_hoc"
    elif "trung cấp" in low:
        rules["min_education"] = "trung_cap"
    if "cao cấp lý luận chính trị" in low:
        rules["political_theory"] = "cao_cap"
    m = re.search(r"quản lý nhà nước đối với công chức ngạch (chuyên viên cao cấp|chuyên viên chính|chuyên viên)", cert.lower())
    if m:
        rules["state_management_grade"] = GRADE_BY_TITLE[m.group(1)]
    m = re.search(r"giữ ngạch (chuyên viên chính|chuyên viên) và tương đương từ đủ (\d+) năm", exp.lower())
    if m:
        rules["lower_grade"] = GRADE_BY_TITLE[m.group(1)]
        rules["years_in_lower_grade"] = int(m.group(2))
        assert rules["lower_grade"] == LOWER_GRADE[grade], (grade, m.group(0))
        m2 = re.search(r"tối thiểu (\d+) năm", exp)
        if m2:
            rules["min_years_actually_in_lower_grade"] = int(m2.group(1))
    m = re.search(r"đã (chủ trì hoặc tham gia|chủ trì|tham gia) xây dựng, thẩm định ít nhất (\d+)", exp)
    if m:
        rules["documents_led_role"] = m.group(1)
        rules["documents_led_min"] = int(m.group(2))
    return rules


# ---------------------------------------------------------------- TT 02/2023/TT-BTP

SCOPE_MARKERS = [
    (re.compile(r"^Hoặc đối với cấp tỉnh:?$"), ["tinh"]),
    (re.compile(r"^Hoặc đối với cấp huyện:?$"), ["huyen"]),
    (re.compile(r"^Hoặc \(cấp tỉnh, cấp huyện\):?$"), ["tinh", "huyen"]),
    (re.compile(r"^Hoặc \(cấp tỉnh\):?$"), ["tinh"]),
]


def scoped_items(cell: str) -> list[dict]:
    """Paragraphs of a task or criteria cell, each tagged with the scope block it sits in."""
    scope: list[str] = []
    items = []
    for raw in cell.split("\n"):
        line = clean(raw)
        if not line:
            continue
        for pattern, tags in SCOPE_MARKERS:
            if pattern.match(line):
                scope = tags
                break
        else:
            m = re.match(r"^(\d+)\.\s+(.*)$", line)
            number, text = (m.group(1), m.group(2)) if m else (None, line)
            items.append({"number": number, "text": text, "scope": list(scope)})
    return items


def section(block: str, start: str, end: str | None) -> str:
    i = block.index(start) + len(start)
    j = block.index(end, i) if end else len(block)
    return block[i:j]


def parse_tt02_position(block: str, number: int, warnings: list[str]) -> dict:
    head = cells(block[: block.index("\n1- Mục tiêu")])
    name = clean(head[0]).split(":", 1)[1].strip()
    grade = next(code for title, code in GRADE_BY_TITLE.items() if name.lower().startswith(title + " "))
    objective = clean(section(block, "(Tóm tắt tổng quan về vị trí việc làm)", "\n2- "))

    task_cells = cells(section(block, "\n2- Các công việc và tiêu chí đánh giá", "\n3- "))
    groups = []
    i = 0
    while i < len(task_cells):
        if re.fullmatch(r"2\.\d+", clean(task_cells[i])):
            j = i + 1
            while j < len(task_cells) and not re.fullmatch(r"2\.\d+", clean(task_cells[j])):
                j += 1
            body = [c for c in task_cells[i + 1 : j] if clean(c)]
            if len(body) >= 3:  # area, tasks, criteria
                tasks, criteria = scoped_items(body[1]), scoped_items(body[2])
            else:  # area and task merged into one cell (2.8, 2.9), criteria if any
                tasks = scoped_items(body[0])
                criteria = scoped_items(body[1]) if len(body) > 1 else []
            groups.append(
                {
                    "number": clean(task_cells[i]),
                    "name": clean(body[0]).replace("\n", " "),
                    "tasks": tasks,
                    "criteria": criteria,
                }
            )
            i = j
        else:
            i += 1
    for g in groups:
        g["name"] = re.sub(r"\s+", " ", g["name"])

    internal = cells(section(block, "\n3.1- Bên trong", "\n3.2- "))
    labels = [re.sub(r"\s+", " ", clean(c)) for c in internal[:3]]
    relationships = [
        {"kind": "internal", "party": labels[k], "nature": clean(internal[3 + k])} for k in range(3)
    ]
    external = cells(section(block, "\n3.2- Bên ngoài", "\n4- "))[2:]
    for k in range(0, len(external), 2):
        relationships.append(
            {"kind": "external", "party": clean(external[k]), "nature": "\n".join(lines_of(external[k + 1]))}
        )

    auth_cells = cells(section(block, "\n4- Phạm vi quyền hạn", "\n5- "))[2:]
    authorities = [
        {"number": clean(auth_cells[k]), "text": clean(auth_cells[k + 1])} for k in range(0, len(auth_cells), 2)
    ]

    qual_cells = cells(section(block, "\n5.1- Yêu cầu về trình độ", "\n5.2- "))[2:]
    category_by_label = {
        "trình độ đào tạo": "training",
        "bồi dưỡng, chứng chỉ": "certificate",
        "kinh nghiệm (thành tích công tác)": "experience",
        "phẩm chất cá nhân": "personal",
        "các yêu cầu khác": "other",
    }
    quals: dict[str, list[str]] = {}
    category = None
    for k in range(0, len(qual_cells), 2):
        label = re.sub(r"\s+", " ", clean(qual_cells[k])).replace(",", ", ").replace(",  ", ", ").lower()
        if label:
            category = category_by_label[label]
        quals.setdefault(category, []).extend(lines_of(qual_cells[k + 1]))

    comp_cells = cells(section(block, "\n5.2- Các năng lực", "Phê duyệt của lãnh đạo"))[3:]
    requirements = []
    last_text = None
    for k in range(0, len(comp_cells), 3):
        comp_name = clean_item(comp_cells[k + 1])
        level = clean(comp_cells[k + 2])
        m = re.fullmatch(r"(\d)-(\d)", level)
        if m:
            requirements.append({"competency": comp_name, "min": int(m.group(1)), "max": int(m.group(2))})
        else:
            # an empty level cell is the lower half of a merged cell holding the text above it
            text = level or last_text
            if not text:
                raise ValueError(f"no level for {comp_name}")
            last_text = text
            requirements.append({"competency": comp_name, "text": text})
    return {
        "number": number,
        "specialty": None,
        "name": name,
        "grade": grade,
        "objective": objective,
        "task_groups": groups,
        "relationships": relationships,
        "authorities": authorities,
        "qualifications": quals,
        "qualification_rules": qualification_rules(quals, grade),
        "requirements": [dict(r, origin="document") for r in requirements],
        "warnings": [],
    }


TT02_GROUPS = [
    ("chung", "Nhóm năng lực chung", "NLC"),
    ("chuyen_mon", "Nhóm năng lực chuyên môn", "NLCM"),
    ("quan_ly", "Nhóm năng lực quản lý", "NLQL"),
]


def tt02_group_of(block: str) -> dict[str, str]:
    """Map each competency name to its group, from the 5.2 table of one position."""
    comp_cells = cells(section(block, "\n5.2- Các năng lực", "Phê duyệt của lãnh đạo"))[3:]
    out = {}
    group = None
    for k in range(0, len(comp_cells), 3):
        label = re.sub(r"\s+", " ", clean(comp_cells[k])).lower()
        if label:
            group = next(code for code, title, _ in TT02_GROUPS if title.lower() == label)
        out[clean_item(comp_cells[k + 1])] = group
    return out


def read_seed(path: Path) -> str:
    """Seed text in NFC with Word residue removed; cell structure (tabs, newlines) kept."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    return re.sub(r"\[bookmark: [^\]]*\]", "", text)


def convert_tt02(path: Path) -> dict:
    text = read_seed(path)
    blocks = text.split("BẢN MÔ TẢ VỊ TRÍ VIỆC LÀM")[1:]
    assert len(blocks) == 3, len(blocks)
    warnings: list[str] = []
    positions = [parse_tt02_position(b, n, warnings) for n, b in enumerate(blocks, start=1)]
    group_of = tt02_group_of(blocks[0])
    competencies = []
    counters = {code: 0 for code, _, _ in TT02_GROUPS}
    for name, group in group_of.items():
        counters[group] += 1
        prefix = next(p for code, _, p in TT02_GROUPS if code == group)
        competencies.append({"code": f"{prefix}{counters[group]}", "group": group, "name": name})
    code_of = {c["name"]: c["code"] for c in competencies}
    for p in positions:
        for r in p["requirements"]:
            r["competency"] = code_of[r.pop("competency")]
    return {
        "format": 1,
        "code": "btp-02-2023",
        "title": "Bản mô tả công việc và khung năng lực của vị trí việc làm về quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
        "issuer": "Bộ Tư pháp",
        "number": "02/2023/TT-BTP",
        "issued_on": "2023-06-29",
        "source": "Thông tư số 02/2023/TT-BTP ngày 29 tháng 6 năm 2023 của Bộ trưởng Bộ Tư pháp, Phụ lục IV",
        "level_descriptors": {"origin": "generic", "levels": GENERIC_LEVELS},
        "groups": [{"code": c, "name": n} for c, n, _ in TT02_GROUPS],
        "competencies": competencies,
        "specialties": [],
        "positions": positions,
        "notes": [
            "Mức yêu cầu lấy nguyên văn từ mục 5.2 của từng bản mô tả.",
            "Văn bản không có mô tả cấp độ: thang 5 cấp độ là thang chung, không phải văn bản.",
            "Các lỗi chính tả của văn bản gốc (\"về về\", \"được được\"…) được giữ nguyên.",
        ],
    }


# ---------------------------------------------------------------- TT 09/2023/TT-BTTTT


def description_items(cell: str) -> list[dict]:
    """Job description lines: '-' bullets (level 0), '(n)' headings (1), '+' items (1 or 2)."""
    items = []
    in_heading = False
    for raw in cell.split("\n"):
        line = clean(raw)
        if not line:
            continue
        # the marker is kept as written, with the punctuation that may follow it ("(1)." in positions
        # 31-33): never split between marker and text
        m = re.match(r"^(\(\d+\)[.:]?)\s*(.*)$", line)
        if m:
            in_heading = True
            items.append({"marker": m.group(1), "text": m.group(2), "level": 1})
        elif line.startswith("+"):
            items.append({"marker": "+", "text": line[1:].strip(), "level": 2 if in_heading else 1})
        elif line.startswith("-"):
            in_heading = False
            items.append({"marker": "-", "text": line[1:].strip(), "level": 0})
        else:
            items.append({"marker": "", "text": line, "level": 0})
    return items


FOOTNOTE_MARKERS = {"thông tin và truyền thông1;": "thông tin và truyền thông;"}


def parse_tt09_grades(text: str) -> dict[str, dict]:
    grade_cells = [clean(c) for c in cells(text)]
    grades: dict[str, dict] = {}
    current = None
    mode = None
    i = 0
    while i < len(grade_cells):
        c = grade_cells[i]
        if c.startswith("NGẠCH "):
            current = grade_code(c[len("NGẠCH ") :])
            grades[current] = {"objective": None, "statements": [], "qualifications": {}}
        elif current and c == "Mục tiêu vị trí việc làm":
            i += 1
            objective = grade_cells[i]
            for marked, plain in FOOTNOTE_MARKERS.items():
                objective = objective.replace(marked, plain)
            grades[current]["objective"] = objective
        elif current and c == "Năng lực":
            mode = "statements"
        elif current and c in ("Trình độ, kinh nghiệm", "Trình độ"):
            mode = "qualifications"
        elif current and mode == "statements" and c.startswith("Trình độ đào tạo"):
            mode = "qualifications"
            i -= 1  # re-read this cell as a qualification
        elif current and mode == "statements" and c and not re.fullmatch(r"[0-9IVX]+", c):
            grades[current]["statements"].append(c.rstrip(";").strip() if c.endswith(";") else c)
        elif current and mode == "qualifications" and c and not re.fullmatch(r"[0-9IVX]+", c):
            label, _, body = c.partition(":")
            category = {
                "Trình độ đào tạo": "training",
                "Kiến thức bổ trợ": "supplementary",
                "Kinh nghiệm (thành tích công tác)": "experience",
            }[label.strip()]
            grades[current]["qualifications"][category] = lines_of(body)
        i += 1
    return grades


def convert_tt09(path: Path) -> dict:
    text = read_seed(path)
    split_at = text.index(" \tSTT\n")
    table1, table2 = text[:split_at], text[split_at:]
    grades = parse_tt09_grades(table2)

    raw = cells(table1)
    specialties = []
    positions = []
    notes: list[str] = []
    i = 5  # skip the header row (STT, name, grade, objective, description)
    specialty = None
    while i < len(raw):
        c = clean(raw[i])
        if re.fullmatch(r"[IVX]+", c):
            specialty = {"code": c, "name": clean(raw[i + 1])}
            specialties.append(specialty)
            i += 2
            continue
        if re.fullmatch(r"\d+", c) or c == "":
            warnings = []
            if c == "":
                number = positions[-1]["number"] + 1
                warnings.append(
                    f"Ô số thứ tự để trống trong văn bản; đánh số {number} vì nằm giữa {number - 1} và {number + 1}."
                )
            else:
                number = int(c)
            name = clean(raw[i + 1])
            grade = grade_code(raw[i + 2])
            objective = clean(raw[i + 3])
            description = description_items(raw[i + 4])
            title = next(
                (code for t, code in sorted(GRADE_BY_TITLE.items(), key=lambda kv: -len(kv[0])) if name.lower().startswith(t)),
                None,
            )
            if title and title != grade:
                warnings.append(
                    f"Tên vị trí bắt đầu bằng ngạch {title} nhưng cột ngạch ghi {grade}; lấy theo cột ngạch."
                )
            g = grades[grade]
            lo, hi = GRADE_DEFAULT_RANGE[grade]
            positions.append(
                {
                    "number": number,
                    "specialty": specialty["code"],
                    "name": name,
                    "grade": grade,
                    "objective": objective,
                    "task_groups": [
                        {"number": None, "name": "Mô tả công việc", "tasks": description, "criteria": []}
                    ],
                    "relationships": [],
                    "authorities": [],
                    "qualifications": g["qualifications"],
                    "qualification_rules": qualification_rules(g["qualifications"], grade),
                    "requirements": [
                        {"competency": f"{grade}-{k}", "min": lo, "max": hi, "origin": "grade_default"}
                        for k in range(1, len(g["statements"]) + 1)
                    ],
                    "warnings": warnings,
                }
            )
            i += 5
            continue
        raise ValueError(f"unexpected cell {c!r}")

    competencies = [
        {"code": f"{grade}-{k}", "group": "theo_ngach", "grade": grade, "name": s}
        for grade, g in grades.items()
        for k, s in enumerate(g["statements"], start=1)
    ]
    return {
        "format": 1,
        "code": "btttt-09-2023",
        "title": "Danh mục vị trí việc làm, bản mô tả công việc và khung năng lực vị trí việc làm công chức chuyên ngành thông tin và truyền thông",
        "issuer": "Bộ Thông tin và Truyền thông",
        "number": "09/2023/TT-BTTTT",
        "issued_on": None,
        "source": "Thông tư số 09/2023/TT-BTTTT, Phụ lục I",
        "level_descriptors": {"origin": "generic", "levels": GENERIC_LEVELS},
        "groups": [{"code": "theo_ngach", "name": "Năng lực theo ngạch công chức"}],
        "competencies": competencies,
        "specialties": specialties,
        "grade_objectives": {grade: g["objective"] for grade, g in grades.items()},
        "positions": positions,
        "notes": notes
        + [
            "Văn bản chỉ nêu năng lực dạng mô tả theo ngạch, không nêu cấp độ: mức yêu cầu là mặc định theo ngạch (CVCC 4-5, CVC 3-4, CV 2-3, NV 1-2).",
            "Ngày ban hành không có trong phụ lục nguồn nên để trống.",
            "Dấu chú thích cuối trang (\"truyền thông1\") trong mục tiêu ngạch Chuyên viên cao cấp được bỏ; phần chú thích không có trong phụ lục.",
            "Văn bản không có mô tả cấp độ: thang 5 cấp độ là thang chung, không phải văn bản.",
        ],
    }


def write(data: dict, out_dir: Path) -> Path:
    out = out_dir / f"{data['code']}.json"
    text = json.dumps(data, ensure_ascii=False, indent=1)
    out.write_text(unicodedata.normalize("NFC", text) + "\n", encoding="utf-8")
    return out


def main(argv: list[str]) -> int:
    seeds = Path(argv[1])
    out_dir = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parents[1] / "resources" / "frameworks"
    out_dir.mkdir(parents=True, exist_ok=True)
    for data in (convert_tt02(seeds / TT02_FILE), convert_tt09(seeds / TT09_FILE)):
        path = write(data, out_dir)
        print(f"{path}: {len(data['positions'])} positions, {len(data['competencies'])} competencies")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
