import openpyxl, sys
# Writes a small budget table without ruling lines ("plain") or with horizontal rules only
# ("hrules") as .xlsx; LibreOffice turns it into the PDF fixtures in Tests/Fixtures/stream:
#   python3 scripts/make_stream_fixture.py plain.xlsx plain && soffice --headless --convert-to pdf plain.xlsx
from openpyxl.styles import Border, Side, Alignment, Font
rules = sys.argv[2] == "hrules"
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["2025年部门支出预算表"]); ws.append(["部门名称：某县示范局", "", "", "单位：万元"]); ws.append([])
rows = [["科目名称", "合计", "基本支出", "项目支出"],
        ["合计", "1,234.50", "834.50", "400.00"],
        ["一般公共服务支出", "1,000.00", "700.00", "300.00"],
        ["教育支出", "234.50", "134.50", "100.00"],
        ["社会保障和就业支出", "0.00", "", ""]]
for r in rows: ws.append(r)
ws["A1"].font = Font(size=16, bold=True)
for col, w in zip("ABCD", (24, 14, 14, 14)): ws.column_dimensions[col].width = w
thin = Side(style="thin")
for row in ws.iter_rows(min_row=4, max_row=4 + len(rows) - 1):
    for c in row:
        if c.column > 1: c.alignment = Alignment(horizontal="right")
        if rules: c.border = Border(top=thin, bottom=thin)
wb.save(sys.argv[1])
