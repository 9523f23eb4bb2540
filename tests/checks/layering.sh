#!/usr/bin/env bash
# The core (app/) and the server never use widgets: the UI stays a thin layer on top.
set -euo pipefail
cd "$1"
hits=$(grep -rnE '#include\s*<(QtWidgets/|QtPrintSupport/|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QLabel|QLineEdit|QPrinter)' \
    app server 2>/dev/null || true)
if [ -n "$hits" ]; then
    echo "widget includes where none may be:"; echo "$hits"; exit 1
fi
links=$(grep -rn --include=CMakeLists.txt -E '^[^#]*(Qt6::Widgets|Qt6::PrintSupport)' app server || true)
if [ -n "$links" ]; then
    echo "app/ or server/ links a widget module:"; echo "$links"; exit 1
fi
echo "layering ok"
