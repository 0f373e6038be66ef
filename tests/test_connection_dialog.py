"""The shared database's connection dialog against a real PostgreSQL server: Kiểm tra kết nối says in one line what
happened; saving keeps the URL without its password in the settings and the password in the keyring."""

from __future__ import annotations

import os
import socket

import pytest
from sqlalchemy import text

from app import db_url as urls
from app.config import resolve_database_url
from app.ui.connection_dialog import LAST_DATABASE, ConnectionDialog
from app.ui.context import make_settings
from tests.shared_pg import APP_PASSWORD, OWNER_PASSWORD, engine_for, superuser_url


class MemoryKeyring:
    """A keyring kept in memory (the operating system's own is not there on a test machine)."""

    priority = 1

    def __init__(self):
        self.kept = {}

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def set_password(self, service, name, password):
        self.kept[(service, name)] = password

    def delete_password(self, service, name):
        self.kept.pop((service, name), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    from app import remembered

    ring = MemoryKeyring()
    monkeypatch.delenv(remembered.ENV_NO_KEYRING, raising=False)
    monkeypatch.setattr(remembered, "keyring_backend", lambda: ring)
    return ring


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill(dialog, shared, **changes):
    u = urls.parse(shared.app_url)
    values = dict(host=u.host or "", port=u.port or 5432, database=shared.database, user=shared.app,
                  password=APP_PASSWORD, sslmode="disable")
    values.update(changes)
    dialog.host.setText(values["host"])
    dialog.port.setValue(values["port"])
    dialog.database.setText(values["database"])
    dialog.user.setText(values["user"])
    dialog.password.setText(values["password"])
    dialog.sslmode.setCurrentIndex(urls.SSL_MODES.index(values["sslmode"]))


def passwords_checked(request) -> bool:
    engine = engine_for(superuser_url(request))
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM pg_hba_file_rules WHERE type = 'host' AND "
                                          "auth_method IN ('scram-sha-256', 'md5', 'password')")).scalar())
    finally:
        engine.dispose()


def test_kiem_tra_ket_noi_says_what_happened(qtbot, tmp_path, shared_pg, request, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.delenv("PGPASSWORD", raising=False)  # no password from elsewhere (libpq's own)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "khong-co.pgpass"))

    assert main(["--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url]) == 0
    capsys.readouterr()
    dialog = ConnectionDialog(make_settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(dialog)
    fill(dialog, shared_pg)
    assert dialog.test_connection()
    assert dialog.outcome.text().startswith("Kết nối được: PostgreSQL") and "mới nhất" in dialog.outcome.text()
    fill(dialog, shared_pg, database="khong_co_csdl")
    assert not dialog.test_connection() and "không có cơ sở dữ liệu 'khong_co_csdl'" in dialog.outcome.text()
    fill(dialog, shared_pg, port=free_port())
    assert not dialog.test_connection() and dialog.outcome.text().startswith("Không có máy chủ PostgreSQL")
    fill(dialog, shared_pg, sslmode="require")
    ok = dialog.test_connection()  # a test server without TLS refuses; one with TLS connects encrypted
    assert ("không hỗ trợ kết nối mã hóa" in dialog.outcome.text()) if not ok else "có mã hóa TLS" in dialog.outcome.text()
    fill(dialog, shared_pg, sslmode="verify-full")
    dialog.ca_file.setText(str(tmp_path / "khong-co-ca.crt"))
    assert not dialog.test_connection() and "Không thấy tệp chứng chỉ CA" in dialog.outcome.text()
    fill(dialog, shared_pg, user=shared_pg.owner, password=OWNER_PASSWORD)
    assert dialog.test_connection() and "đây là tài khoản chủ sở hữu các bảng" in dialog.outcome.text()
    if passwords_checked(request):
        fill(dialog, shared_pg, password="sai-mat-khau")
        assert not dialog.test_connection() and dialog.outcome.text().startswith("Sai mật khẩu")
        fill(dialog, shared_pg, password="")
        assert not dialog.test_connection() and f"cần mật khẩu của '{shared_pg.app}'" in dialog.outcome.text()
        from app.bootstrap import open_database
        from app.errors import StorageError

        wrong = shared_pg.url(shared_pg.app, "sai-mat-khau")  # the same line when the program starts
        with pytest.raises(StorageError, match=f"^Sai mật khẩu \\(hoặc tên đăng nhập '{shared_pg.app}'\\)"):
            open_database(wrong)
    fill(dialog, shared_pg, host="")
    assert not dialog.test_connection() and "máy chủ" in dialog.outcome.text()
    assert len(dialog.outcome.text().splitlines()) == 1


def test_saving_keeps_the_password_in_the_keyring_only(qtbot, tmp_path, shared_pg, memory_keyring, capsys):
    from app.bootstrap import open_database
    from app.cli import main

    assert main(["--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url]) == 0
    capsys.readouterr()
    settings_file = tmp_path / "s.ini"
    settings = make_settings(str(settings_file))
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    fill(dialog, shared_pg)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = str(settings.value(LAST_DATABASE))
    assert APP_PASSWORD not in saved and APP_PASSWORD not in settings_file.read_text(encoding="utf-8")
    assert urls.parse(saved).username == shared_pg.app and urls.parse(saved).password is None
    assert list(memory_keyring.kept.values()) == [APP_PASSWORD]
    # next start: the saved URL, the password from the keyring
    db, _ = open_database(resolve_database_url(saved))
    try:
        assert db.describe().count("***") == 1 and APP_PASSWORD not in db.describe()
    finally:
        db.dispose()
    again = ConnectionDialog(settings)
    qtbot.addWidget(again)
    assert again.user.text() == shared_pg.app and again.password.text() == APP_PASSWORD
    again.remember.setChecked(False)
    again.save()
    assert memory_keyring.kept == {}


def test_urls_from_the_command_line_take_sslmode_and_never_show_the_password(capsys, monkeypatch):
    from app.cli import main

    url = "postgresql://cg_app:Mat-khau-1@127.0.0.1:1/csdl?sslmode=verify-full&sslrootcert=/khong/co/ca.crt"
    assert main(["--db", url, "staff"]) == 2
    err = capsys.readouterr().err
    assert "Không thấy tệp chứng chỉ CA '/khong/co/ca.crt'" in err and "Mat-khau-1" not in err
    assert main(["--db", "postgresql://cg_app:Mat-khau-1@127.0.0.1:1/csdl?sslmode=bat-buoc", "staff"]) == 2
    err = capsys.readouterr().err
    assert "sslmode 'bat-buoc' không hợp lệ" in err and "Mat-khau-1" not in err
    assert main(["--db", "postgresql://cg_app:Mat-khau-1@127.0.0.1:1/csdl?sslmode=require", "where"]) == 0
    out = capsys.readouterr().out
    assert "sslmode=require" in out and "Mat-khau-1" not in out and "***" in out
    assert urls.safe_url("postgresql://u:p@h/d") == "postgresql://u:***@h/d"


def test_the_window_switches_to_the_chosen_database_and_keeps_its_own_when_that_fails(make_window, db_url, demo_url,
                                                                                         monkeypatch):
    from app.ui import connection_dialog

    window = make_window(db_url)
    assert window.connect_action in window.file_menu.actions()
    assert window.connect_action.text() == "Kết nối cơ sở dữ liệu dùng chung…"
    first = window.ctx.db
    warnings = []
    monkeypatch.setattr(connection_dialog.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(ConnectionDialog, "ask", classmethod(
        lambda cls, parent, settings: "postgresql://cg_app:Mat-khau-1@127.0.0.1:1/csdl?sslmode=sai"))
    window.connect_action.trigger()
    assert window.ctx.db is first and len(warnings) == 1 and "sslmode 'sai'" in warnings[0]
    assert "Mat-khau-1" not in warnings[0]
    monkeypatch.setattr(ConnectionDialog, "ask", classmethod(lambda cls, parent, settings: demo_url))
    window.connect_action.trigger()
    assert window.ctx.db is not first and window.ctx.db.url == demo_url


def _certificates(folder):
    """A CA, a server certificate it signed (may-chu.co-quan.gov.vn, 127.0.0.1) and another CA (PEM)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text_):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text_)])

    now = dt.datetime.now(dt.timezone.utc)

    def certificate(subject, key, issuer, issuer_key, ca, san=None):
        builder = (x509.CertificateBuilder().subject_name(name(subject)).issuer_name(name(issuer))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return builder.sign(issuer_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode()

    ca_key, other_key, server_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    files = {"ca.crt": certificate("CA thử", ca_key, "CA thử", ca_key, True),
             "other-ca.crt": certificate("CA khác", other_key, "CA khác", other_key, True)}
    for name_, text_ in files.items():
        (folder / name_).write_text(text_)
    server = certificate("localhost", server_key, "CA thử", ca_key, False,
                         [x509.DNSName("may-chu.co-quan.gov.vn"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    key = server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                   serialization.NoEncryption()).decode()
    return server, key


@pytest.fixture
def tls_cluster(request, tmp_path):
    """The run's test cluster with TLS on (a certificate of a test CA in its data folder, the server's user's own),
    off again afterwards."""
    import time

    admin = superuser_url(request)
    engine = engine_for(admin)
    server, key = _certificates(tmp_path)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if conn.execute(text("SHOW ssl")).scalar() == "on":
            pytest.skip("the test cluster already has its own TLS setup")
        folder = conn.execute(text("SHOW data_directory")).scalar()
        owner = os.stat(folder).st_uid  # the server's user: its key must be its own and private (0600)
        for file_name, pem in (("tls-test-server.crt", server), ("tls-test-server.key", key)):
            path = os.path.join(folder, file_name)
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
                f.write(pem)
            if os.getuid() != owner:
                os.chown(path, owner, -1)
        conn.execute(text(f"ALTER SYSTEM SET ssl_cert_file = '{folder}/tls-test-server.crt'"))
        conn.execute(text(f"ALTER SYSTEM SET ssl_key_file = '{folder}/tls-test-server.key'"))
        conn.execute(text("ALTER SYSTEM SET ssl = on"))
        conn.execute(text("SELECT pg_reload_conf()"))
    for _ in range(50):
        with engine.connect() as conn:
            if conn.execute(text("SHOW ssl")).scalar() == "on":
                break
        time.sleep(0.1)
    yield tmp_path
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for setting in ("ssl", "ssl_cert_file", "ssl_key_file"):
            conn.execute(text(f"ALTER SYSTEM RESET {setting}"))
        conn.execute(text("SELECT pg_reload_conf()"))
    engine.dispose()
    for file_name in ("tls-test-server.crt", "tls-test-server.key"):
        os.remove(os.path.join(folder, file_name))


def test_tls_verify_full_with_the_agency_ca(qtbot, tmp_path, shared_pg, tls_cluster, capsys):
    from app.bootstrap import open_database
    from app.cli import main

    assert main(["--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url]) == 0
    capsys.readouterr()
    dialog = ConnectionDialog(make_settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(dialog)
    fill(dialog, shared_pg, sslmode="require")
    assert dialog.test_connection() and "có mã hóa TLS" in dialog.outcome.text(), dialog.outcome.text()
    fill(dialog, shared_pg, sslmode="verify-full")
    dialog.ca_file.setText(str(tls_cluster / "other-ca.crt"))
    assert not dialog.test_connection()
    assert dialog.outcome.text().startswith("Không xác minh được chứng chỉ TLS")
    assert "không do tệp CA đã chọn cấp" in dialog.outcome.text()
    dialog.ca_file.setText(str(tls_cluster / "ca.crt"))
    dialog.host.setText("localhost")  # the server's certificate names may-chu.co-quan.gov.vn and 127.0.0.1 only
    assert not dialog.test_connection() and "không cấp cho tên 'localhost'" in dialog.outcome.text()
    fill(dialog, shared_pg, sslmode="verify-full")
    dialog.ca_file.setText(str(tls_cluster / "ca.crt"))
    assert dialog.test_connection() and "có mã hóa TLS" in dialog.outcome.text(), dialog.outcome.text()
    url = dialog.current_url()
    assert "sslmode=verify-full" in url and "sslrootcert=" in url
    db, _ = open_database(url)  # the program itself over verified TLS
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    finally:
        db.dispose()
