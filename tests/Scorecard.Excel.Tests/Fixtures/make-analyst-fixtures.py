#!/usr/bin/python3
"""Writes the analyst-habit fixtures with openpyxl (python3-openpyxl, Debian's package).

Run from this folder with Debian's Python: /usr/bin/python3 make-analyst-fixtures.py
Then make the LibreOffice copies: see make-analyst-fixtures.sh.

openpyxl writes formulas without saved results (it cannot calculate them), names a new
workbook's only sheet "Sheet", and writes dates as serial numbers with a date format.
"""
import datetime

import openpyxl

months = [datetime.datetime(2019, m, 1) for m in (4, 5, 6)]

# 1. One sheet, named as openpyxl names it ("Sheet"), whose last month is made by formulas
#    that were never calculated: <f>B2+C2</f><v></v>.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Measure", *months])
sheet.append(["crime-volume", 3710, 3655, "=B2+C2-3844"])
sheet.append(["arrests", 410, 398, "=ROUND(AVERAGE(B3:C3),0)"])
for cell in sheet[1][1:]:
    cell.number_format = "mmm-yy"
book.save("openpyxl-formulas.xlsx")

# 2. Several sheets and none named Monthly: a notes sheet first, then the data sheet with a
#    label column left of Measure and Total, YTD and Notes columns after the months.
book = openpyxl.Workbook()
notes = book.active
notes.title = "Read me"
notes.append(["Monthly performance pack, Quarter 1 2019-20"])
notes.append(["Figures are provisional until the annual return."])
data = book.create_sheet("Performance data")
data.append(["Priority", "Measure", *months, "Total", "YTD", "Notes"])
data.append(["Protect", "crime-volume", 3710, 3655, 3521, "=SUM(C2:E2)", "=SUM(C2:E2)", "Provisional"])
data.append(["Protect", "arrests", 410, None, 402, "=SUM(C3:E3)", "=SUM(C3:E3)", "May not yet returned"])
data.append(["Respond", "answer-999", 8.2, 7.9, 8.4, None, None, "seconds"])
for cell in data[1][2:5]:
    cell.number_format = "mmm-yy"
book.save("openpyxl-habits.xlsx")
