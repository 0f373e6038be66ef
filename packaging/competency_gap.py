"""Entry point of the bundle (PyInstaller): the same `competency-gap` command, window or subcommand."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
