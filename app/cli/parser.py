"""The command line's arguments: every command, its options and help, in Vietnamese."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from app.cli import audit, grades, maintenance, shared_db, workflow
from app.cli.help_vi import ARGPARSE_VI, describe
from app.config import ENV_DB

EXIT_USER_ERROR = 2


@contextmanager
def _argparse_in_vietnamese():
    """argparse's own words ("usage:", "options", "show this help message and exit", its error texts) in
    Vietnamese while our parser is built, formats its help or reads the command line (argparse looks them up
    through its module's gettext functions at that moment)."""
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: ARGPARSE_VI.get(text, text)
    argparse.ngettext = lambda one, many, n: ARGPARSE_VI.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        with _argparse_in_vietnamese():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with _argparse_in_vietnamese():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with _argparse_in_vietnamese():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _argparse_in_vietnamese():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _argparse_in_vietnamese():
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_in_vietnamese():
            return super().format_help()

    def error(self, message: str):  # argparse's own usage errors, as one Vietnamese line
        self.exit(EXIT_USER_ERROR, f"Lỗi: {message}. Xem '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="competency-gap", description="Đánh giá khoảng cách năng lực công chức theo vị trí việc làm.")
    p.add_argument("--user", metavar="NAME", help="tài khoản (khi cơ sở dữ liệu có tài khoản); mật khẩu: biến "
                   "COMPETENCY_GAP_PASSWORD, nếu không có thì được hỏi")
    p.add_argument("--db", metavar="URL", help=f"địa chỉ cơ sở dữ liệu (mặc định: biến {ENV_DB}, nếu không có thì tệp SQLite trong thư mục dữ liệu người dùng)")
    sub = p.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser, title="các lệnh")

    sub.add_parser("where", help="cho biết cơ sở dữ liệu đang dùng ở đâu")
    c = sub.add_parser("init", help="tạo, cập nhật cơ sở dữ liệu (sao lưu trước khi cập nhật) và nạp các khung năng lực có sẵn")
    c.add_argument("--new", action="store_true", help="tạo cơ sở dữ liệu mới trống ở chỗ một cơ sở dữ liệu cũ đã mất")
    shared_db.add_init_options(c)

    c = sub.add_parser("frameworks", help="liệt kê các khung năng lực")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("positions", help="liệt kê vị trí việc làm")
    c.add_argument("--framework", metavar="CODE")
    c.add_argument("--grade", metavar="CODE", help="mã hoặc tên ngạch, hạng (xem: grade list)")
    c.add_argument("--search", metavar="TEXT", help="tìm theo tên, không phân biệt dấu và hoa thường")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("position", help="toàn bộ một vị trí việc làm và khung năng lực của nó")
    c.add_argument("key", metavar="KEY", help="mã vị trí, ví dụ btttt-09-2023:42")
    c.add_argument("--json", action="store_true")

    sub.add_parser("demo", help="nạp một tổ chức mẫu (dữ liệu mẫu, có ghi rõ) để dùng thử")

    c = sub.add_parser("staff", help="danh sách công chức; staff template|export -o TỆP.xlsx; staff import TỆP.xlsx")
    c.add_argument("action", nargs="?", choices=["list", "template", "export", "import"], default="list")
    c.add_argument("file", nargs="?", metavar="FILE.xlsx", help="tệp cần nhập (staff import)")
    c.add_argument("-o", "--output", metavar="FILE.xlsx", help="tệp cần ghi (staff template, staff export)")
    c.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ thay đổi gì")
    c.add_argument("--unit", metavar="CODE", help="chỉ đơn vị này và các đơn vị trực thuộc")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("rate", help="chấm điểm năng lực: MÃ_HOẶC_TÊN=1..5 (để trống sau dấu = để xóa điểm)")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY", help="vị trí đánh giá (mặc định: vị trí hiện tại)")
    c.add_argument("--period", metavar="NAME", help="kỳ đánh giá (mặc định: kỳ đang mở mới nhất)")
    c.add_argument("--kind", required=True, choices=["self", "assessor"])
    c.add_argument("--from", dest="from_file", metavar="FILE.json", help="đọc điểm từ tệp JSON")
    c.add_argument("scores", nargs="*", metavar="SCORE")

    c = sub.add_parser("gap", help="khoảng cách năng lực của một công chức")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("--kind", choices=["self", "assessor"], help="mặc định: người đánh giá nếu có, nếu không thì tự đánh giá")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("export", help="xuất Excel: tổng hợp khoảng cách năng lực (gaps) hoặc phiếu của một người (person)")
    what = c.add_subparsers(dest="what", metavar="gaps|person", parser_class=_Parser, required=True)
    g = what.add_parser("gaps", help="tổng hợp của một kỳ: Tổng hợp, Chi tiết, Theo năng lực, Nhu cầu đào tạo")
    g.add_argument("--period", required=True, metavar="NAME")
    g.add_argument("--unit", metavar="CODE")
    g.add_argument("--position", metavar="KEY")
    g.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    g = what.add_parser("person", help="phiếu của một công chức, kèm biểu đồ radar của Excel")
    g.add_argument("employee", metavar="EMPLOYEE_CODE")
    g.add_argument("--position", metavar="KEY")
    g.add_argument("--period", metavar="NAME")
    g.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    c = sub.add_parser("scores", help="điểm từ phiếu giấy: scores template -o TỆP.xlsx; scores import TỆP.xlsx")
    c.add_argument("action", choices=["template", "import"])
    c.add_argument("file", nargs="?", metavar="FILE.xlsx")
    c.add_argument("-o", "--output", metavar="FILE.xlsx")
    c.add_argument("--dry-run", action="store_true")

    c = sub.add_parser("period", help="kỳ đánh giá: period list | add TÊN [--from dd/mm/yyyy --to dd/mm/yyyy] | close TÊN | open TÊN")
    c.add_argument("action", choices=["list", "add", "close", "open"])
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--from", dest="starts", metavar="dd/mm/yyyy")
    c.add_argument("--to", dest="ends", metavar="dd/mm/yyyy")

    c = sub.add_parser("progress", help="tiến độ đánh giá của từng công chức trong một kỳ")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("--unit", metavar="CODE")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("readiness", help="điều kiện theo quy định (bằng cấp, chứng chỉ, thâm niên) cho một vị trí")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY", help="mặc định: vị trí hiện tại")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("framework", help="khung năng lực qua Excel: framework export MÃ -o TỆP.xlsx | template -o "
                       "TỆP.xlsx | import TỆP.xlsx [--dry-run] [--basis \"Quyết định … ngày …\"] | copy MÃ MÃ_MỚI "
                       "[--title TÊN]")
    c.add_argument("action", choices=["export", "template", "import", "copy"])
    c.add_argument("target", nargs="?", metavar="CODE|FILE.xlsx")
    c.add_argument("new_code", nargs="?", metavar="NEW_CODE")
    c.add_argument("-o", "--output", metavar="FILE.xlsx")
    c.add_argument("--dry-run", action="store_true")
    c.add_argument("--basis", metavar="TEXT", help="căn cứ sửa đổi khung đang dùng: số và ngày văn bản")
    c.add_argument("--title", metavar="TEXT", help="tên khung mới (framework copy)")

    c = sub.add_parser("unit", help="đơn vị: unit list | add MÃ TÊN [--parent MÃ] | rename MÃ TÊN | move MÃ [--parent MÃ] | delete MÃ")
    c.add_argument("action", choices=["list", "add", "rename", "move", "delete"])
    c.add_argument("code", nargs="?", metavar="CODE")
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--parent", metavar="CODE")

    c = sub.add_parser("user", help="tài khoản: user list | add TÊN --role hr|head|employee [--employee MÃ] [--unit MÃ] "
                       "| grant TÊN --role … (thêm vai trò) | revoke TÊN --role … [--unit MÃ] (bỏ vai trò) "
                       "| disable TÊN | passwd TÊN (mật khẩu mới: biến COMPETENCY_GAP_NEW_PASSWORD hoặc được hỏi)")
    c.add_argument("action", choices=["list", "add", "grant", "revoke", "disable", "passwd"])
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--role", choices=["hr", "head", "employee"])
    c.add_argument("--employee", metavar="CODE")
    c.add_argument("--unit", metavar="CODE")

    c = sub.add_parser("report", help="in phiếu đánh giá của một công chức ra tệp PDF (khổ A4)")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    workflow.add_parsers(sub)
    grades.add_parsers(sub)
    audit.add_parsers(sub)
    maintenance.add_parsers(sub)
    shared_db.add_parsers(sub)
    describe(p)
    return p
