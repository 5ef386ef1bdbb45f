# Writes a budget table bordered by light-gray hairlines (Excel/WPS "hair" in BFBFBF) as
# light.xlsx; soffice --headless --convert-to pdf light.xlsx gives Tests/Fixtures/stream/light-rules.pdf.
import openpyxl
from openpyxl.styles import Border, Side, Alignment, Font
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["2025年部门支出预算表"]); ws.append(["部门名称：某县示范局", "", "", "单位：万元"]); ws.append([])
rows = [["科目名称", "合计", "基本支出", "项目支出"], ["合计", "1,234.50", "834.50", "400.00"],
        ["一般公共服务支出", "1,000.00", "700.00", "300.00"], ["教育支出", "234.50", "134.50", "100.00"]]
for r in rows: ws.append(r)
ws["A1"].font = Font(size=16, bold=True)
for col, w in zip("ABCD", (24, 14, 14, 14)): ws.column_dimensions[col].width = w
side = Side(style="hair", color="BFBFBF")
for row in ws.iter_rows(min_row=4, max_row=7):
    for c in row:
        c.border = Border(top=side, bottom=side, left=side, right=side)
        if c.column > 1: c.alignment = Alignment(horizontal="right")
wb.save("light.xlsx")
