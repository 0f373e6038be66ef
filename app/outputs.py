"""Writing an output file (Excel, PDF, backup) so that "Đã ghi" is only ever said of a whole file.

Everything is written to a temporary file beside the target, flushed to disk, then renamed over it:
an unwritable folder, a full disk or a crash leaves the old file (if any) as it was and no half file.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import StorageError


def describe_os_error(exc: OSError, where: Path | str) -> str:
    """An operating-system error on a file as one Vietnamese sentence saying what to do."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Không ghi được vào {where}: thư mục hoặc tệp chỉ cho phép đọc. Hãy chọn thư mục khác (ví dụ Tài liệu)."
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"Không ghi được {where}: ổ đĩa đã đầy. Hãy xóa bớt tệp hoặc chọn ổ khác."
    if code == errno.ENOENT:
        return f"Không có thư mục để ghi {where}. Hãy chọn một thư mục có sẵn."
    if code in (errno.ENOTDIR, errno.EISDIR):
        return f"Không ghi được {where}: đường dẫn có phần là tệp chứ không phải thư mục (hoặc ngược lại)."
    if code == errno.ENAMETOOLONG:
        return f"Không ghi được {where}: tên tệp quá dài."
    if code == errno.EBUSY or code == errno.ETXTBSY:
        return f"Không ghi được {where}: tệp đang được mở ở chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại."
    return f"Không ghi được {where}: {exc.strerror or exc}."


def check_writable_folder(target: Path) -> None:
    """Fail early, before any work, when the target's folder is missing or cannot be written."""
    try:
        folder = Path(target).absolute().parent
        if not folder.is_dir():
            raise StorageError(describe_os_error(OSError(errno.ENOENT, "missing"), target))
        if Path(target).is_dir():
            raise StorageError(describe_os_error(OSError(errno.EISDIR, "is a directory"), target))
        os.stat(target) if os.path.lexists(target) else os.stat(folder)  # a name too long fails here, in words
        if len(Path(target).name.encode("utf-8")) > 255:
            raise OSError(errno.ENAMETOOLONG, "name too long")
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from None
    if not os.access(folder, os.W_OK):
        raise StorageError(describe_os_error(OSError(errno.EACCES, "read-only"), target))


@contextmanager
def output_file(target: str | Path) -> Iterator[Path]:
    """The temporary path to write; renamed to `target` only when the block ends without error."""
    target = Path(target)
    check_writable_folder(target)
    tmp = target.with_name(f".~{target.stem}.{os.getpid()}.tmp{target.suffix}")
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise StorageError(f"Không ghi được {target}: chương trình không tạo được tệp (thư mục chỉ đọc hoặc ổ đầy).")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from None
    except Exception as exc:  # writers wrap the OSError (XlsxWriter's FileCreateError)
        cause = next((a for a in exc.args if isinstance(a, OSError)), None) or exc.__context__
        if isinstance(cause, OSError):
            raise StorageError(describe_os_error(cause, target)) from None
        raise
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def write_output(target: str | Path, write) -> Path:
    """Run `write(temporary_path)` and put the result at `target` only if it is whole (see output_file)."""
    with output_file(target) as tmp:
        write(tmp)
    return Path(target)
