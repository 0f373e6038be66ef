#!/bin/sh
# Put the bundle in the menu of the current user: the program in ~/.local/opt/competency-gap, a
# command in ~/.local/bin, the icon and the desktop entry where desktops look for them.
# Usage: packaging/install-desktop.sh [BUNDLE_FOLDER]   (default: dist/competency-gap, made by `make bundle`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../dist/competency-gap}
if [ ! -x "$bundle/competency-gap" ]; then
    echo "Lỗi: không thấy chương trình đã đóng gói ở $bundle; hãy chạy make bundle trước." >&2
    exit 2
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/competency-gap
rm -rf "$target.new"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps" \
    "$data/icons/hicolor/48x48/apps" "$data/icons/hicolor/scalable/apps"
cp -R "$bundle" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/competency-gap" "$HOME/.local/bin/competency-gap"
icons=$bundle/_internal/app/resources/icon
[ -d "$icons" ] || icons=$here/../resources/icon
cp "$icons/competency-gap.png" "$data/icons/hicolor/256x256/apps/competency-gap.png"
cp "$icons/competency-gap-48.png" "$data/icons/hicolor/48x48/apps/competency-gap.png"
cp "$icons/competency-gap.svg" "$data/icons/hicolor/scalable/apps/competency-gap.svg"
sed "s|^Exec=.*|Exec=$target/competency-gap|" "$here/competency-gap.desktop" > "$data/applications/competency-gap.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Đã cài vào $target; chương trình có trong menu (Văn phòng) và lệnh competency-gap."
