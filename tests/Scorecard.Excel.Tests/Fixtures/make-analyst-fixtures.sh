#!/usr/bin/env bash
# Makes the analyst-habit fixtures (see README.md): openpyxl writes two workbooks, then
# LibreOffice Calc opens the one with uncalculated formulas and saves it (calculating them),
# and converts a CSV to a workbook, naming its only sheet after the file.
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 make-analyst-fixtures.py
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp openpyxl-formulas.xlsx "$work/libreoffice-formulas.xlsx"
soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/out" "$work/libreoffice-formulas.xlsx" >/dev/null
cp "$work/out/libreoffice-formulas.xlsx" libreoffice-formulas.xlsx
soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir . monthly-export.csv >/dev/null
