"""The command line's help in Vietnamese: argparse's own words, names of values, and a description for every
command and option that its module left without one."""

from __future__ import annotations

import argparse

# argparse's texts (Python 3.11–3.13), looked up through its gettext functions
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện phiên bản của chương trình rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ (%(type)s): %(value)r",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng với tham số %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "unexpected option string: %s": "không nhận tùy chọn %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}

# names of values in the usage lines: what to type, in Vietnamese
METAVARS = {
    "NAME": "TÊN", "CODE": "MÃ", "KEY": "MÃ_VỊ_TRÍ", "TEXT": "NỘI_DUNG", "EMPLOYEE_CODE": "MÃ_CÔNG_CHỨC",
    "SCORE": "ĐIỂM", "NEW_CODE": "MÃ_MỚI", "CODE|FILE.xlsx": "MÃ|TỆP.xlsx", "FILE.xlsx": "TỆP.xlsx",
    "FILE.sqlite3": "TỆP.sqlite3", "FILE.json": "TỆP.json", "FILE.pdf": "TỆP.pdf", "ID": "SỐ", "N": "SỐ",
    "MIN-MAX": "THẤP-CAO", "OWNER_URL": "URL_CHỦ_SỞ_HỮU", "SQLITE_URL": "URL_SQLITE", "POSTGRES_URL": "URL_POSTGRES",
    "COMMAND": "LỆNH",
}

# a description for options their command left without one, by the option's destination
DEFAULT_HELP = {
    "json": "in kết quả dạng JSON (cho chương trình khác đọc)",
    "period": "kỳ đánh giá (mặc định: kỳ đang mở mới nhất)",
    "position": "vị trí đánh giá, mã vị trí (mặc định: vị trí hiện tại)",
    "unit": "chỉ đơn vị này (mã đơn vị) và các đơn vị trực thuộc",
    "kind": "loại phiếu: self (tự đánh giá) hoặc assessor (người đánh giá)",
    "output": "tệp cần ghi",
    "dry_run": "chỉ kiểm tra và cho biết sẽ thay đổi gì, chưa ghi gì",
    "employee": "mã công chức",
    "framework": "mã khung năng lực",
    "reason": "lý do (ghi vào nhật ký thay đổi)",
    "since": "chỉ các thay đổi từ ngày này (dd/mm/yyyy)",
    "limit": "chỉ số dòng mới nhất này",
    "starts": "ngày bắt đầu (dd/mm/yyyy)",
    "ends": "ngày kết thúc (dd/mm/yyyy)",
    "file": "tệp cần đọc",
    "action": "việc cần làm",
    "name": "tên",
    "code": "mã",
    "scores": "điểm: MÃ_HOẶC_TÊN=1..5 (để trống sau dấu = để xóa điểm)",
    "target": "mã khung năng lực (export, copy) hoặc tệp Excel (import)",
    "new_code": "mã của khung mới (framework copy)",
    "role": "vai trò: hr (tổ chức cán bộ), head (lãnh đạo đơn vị) hoặc employee (công chức)",
    "position_key": "mã vị trí việc làm",
    "competency": "mã năng lực",
    "key": "mã vị trí việc làm, ví dụ btp-02-2023:1",
    "what": "gaps (tổng hợp) hoặc person (phiếu của một người)",
    "parent": "mã đơn vị cấp trên (không ghi: đơn vị cấp cao nhất)",
    "command": "lệnh cần chạy; không ghi lệnh nào thì chương trình mở cửa sổ",
}


def _describe_actions(parser: argparse.ArgumentParser, command: str) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for pseudo in action._choices_actions:  # the commands as listed: their help becomes their description
                sub = action.choices[pseudo.dest]
                if not sub.description and pseudo.help:
                    sub.description = pseudo.help[0].upper() + pseudo.help[1:]
                _describe_actions(sub, pseudo.dest)
            if action.help is None:
                action.help = DEFAULT_HELP.get(action.dest, "")
            if isinstance(action.metavar, str):
                action.metavar = METAVARS.get(action.metavar, action.metavar)
            continue
        if action.help is None:
            key = "position_key" if command == "requirement" and action.dest == "position" else action.dest
            action.help = DEFAULT_HELP.get(key)
        if isinstance(action.metavar, str):
            special = command == "audit" and action.dest == "key"  # any object's key, not only a position's
            action.metavar = "MÃ" if special else METAVARS.get(action.metavar, action.metavar)


def describe(parser: argparse.ArgumentParser) -> None:
    """Every command with a description, every option with help, every value named in Vietnamese."""
    _describe_actions(parser, "")
