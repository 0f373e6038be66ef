"""Where this computer keeps a remembered login, so that only this OS user account can use it.

- In the operating system's keyring when there is one (Windows Credential Manager, macOS Keychain, the Secret
  Service of a Linux desktop: the `keyring` package); the settings file then only says "in the keyring".
- Otherwise in the settings file, the token bound to this OS user account and this machine (user id and
  machine id): what the file holds logs in only when combined with them again, so a copy of the file used by
  another user account or on another computer logs no one in. This binding is weaker than a keyring (someone
  who can read the file and knows both ids can undo it); the login dialog says which of the two is in use.

In both cases the settings file is made readable by this user only (0600). The database keeps only the
SHA-256 of the token (app.accounts.remember).
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from app.logs import log

KEYRING_SERVICE = "competency-gap"
IN_KEYRING = "keyring"  # the settings value when the token is in the keyring
BOUND = "bound:"  # the settings value's prefix when the token is bound to this OS user and machine
ENV_NO_KEYRING = "COMPETENCY_GAP_NO_KEYRING"  # tests, and people who prefer the settings file


def _machine_id() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text:
            return text
    try:  # Windows
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
            return str(winreg.QueryValueEx(key, "MachineGuid")[0])
    except Exception:  # noqa: BLE001 - not Windows, or no such value
        pass
    import uuid

    return f"node-{uuid.getnode():x}"


def os_binding() -> str:
    """This OS user account on this machine: the user id (the user name and domain on Windows) and the
    machine id. A remembered login made here is useless elsewhere."""
    if hasattr(os, "getuid"):
        user = f"uid:{os.getuid()}"
    else:
        import getpass

        user = f"user:{os.environ.get('USERDOMAIN', '')}\\{getpass.getuser()}"
    return f"{user}|machine:{_machine_id()}"


def _keystream(length: int) -> bytes:
    return hashlib.shake_256(("competency-gap remembered login|" + os_binding()).encode()).digest(length)


def _bind(token: str) -> str:
    raw = token.encode()
    return BOUND + base64.urlsafe_b64encode(bytes(a ^ b for a, b in zip(raw, _keystream(len(raw))))).decode()


def _unbind(value: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(value[len(BOUND):].encode())
    except (ValueError, TypeError):
        return None
    try:
        return bytes(a ^ b for a, b in zip(raw, _keystream(len(raw)))).decode("ascii")
    except UnicodeDecodeError:  # bound to another user or machine: not a token at all
        return None


def keyring_backend():
    """The keyring module when the system has a usable keyring, else None."""
    if os.environ.get(ENV_NO_KEYRING):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def where() -> str:
    """'keyring' or 'bound' (the settings file, bound to this OS user and machine)."""
    return "keyring" if keyring_backend() is not None else "bound"


def protect(settings) -> None:
    """The settings file readable and writable by this user only (a registry on Windows has no such file)."""
    settings.sync()
    path = settings.fileName()
    if path and os.path.isfile(path) and hasattr(os, "chmod"):
        try:
            os.chmod(path, 0o600)
        except OSError as exc:
            log.warning("không giới hạn được quyền đọc tệp cài đặt %s: %s", path, exc)


def store(settings, key: str, token: str) -> str:
    """Keep the token for this OS user; 'keyring' or 'bound', as used."""
    protect(settings)  # before the value is written: the file never holds it while readable by others
    keyring = keyring_backend()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, key, token)
        except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: the bound file instead
            log.warning("không ghi được vào kho khóa của hệ điều hành (%s): dùng tệp cài đặt", type(exc).__name__)
        else:
            settings.setValue(key, IN_KEYRING)
            protect(settings)
            return "keyring"
    settings.setValue(key, _bind(token))
    protect(settings)
    return "bound"


def load(settings, key: str) -> str | None:
    """The token kept for this OS user, or None (nothing kept, kept for another user or machine, or a token
    of an older version kept in clear: that one is dropped and must be forgotten by the caller)."""
    value = settings.value(key)
    if not value:
        return None
    value = str(value)
    if value == IN_KEYRING:
        keyring = keyring_backend()
        try:
            return keyring.get_password(KEYRING_SERVICE, key) if keyring is not None else None
        except Exception:  # noqa: BLE001
            return None
    if value.startswith(BOUND):
        return _unbind(value)
    return None


def legacy_token(settings, key: str) -> str | None:
    """A token an older version kept in clear in the settings file (to be forgotten), else None."""
    value = settings.value(key)
    if value and not str(value).startswith(BOUND) and str(value) != IN_KEYRING:
        return str(value)
    return None


def erase(settings, key: str) -> None:
    if settings.value(key) == IN_KEYRING:
        keyring = keyring_backend()
        if keyring is not None:
            try:
                keyring.delete_password(KEYRING_SERVICE, key)
            except Exception:  # noqa: BLE001 - already gone
                pass
    settings.remove(key)
    protect(settings)
