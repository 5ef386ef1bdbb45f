#!/usr/bin/env python3
"""Gives a truth file's tables the titles of another published set (shared/spec/tables.md):
the same content under Jiangsu's budget titles or the national final-accounts titles, so that
rendered PDFs test that tables are known by what they hold, and documents by their type.

usage: scripts/retitle_truth.py TRUTH OUT --set jiangsu|final-accounts [--year N]
"""
import argparse
import json

SETS = {
    "jiangsu": {
        "budget_summary": "一、收支预算总表", "revenue": "二、收入预算总表", "expenditure": "三、支出预算总表",
        "fiscal_summary": "四、财政拨款收支预算总表", "gpb_expenditure": "五、一般公共预算支出预算表（功能科目）",
        "gov_fund": "六、财政拨款政府性基金支出预算表", "state_capital": "七、国有资本经营预算支出预算表",
        "gpb_basic_expenditure": "八、一般公共预算基本支出预算表（经济科目）",
        "three_public": "九、一般公共预算“三公”经费、会议费、培训费支出预算表",
    },
    "final-accounts": {
        "budget_summary": "{y}年度收入支出决算总表", "revenue": "{y}年度收入决算表", "expenditure": "{y}年度支出决算表",
        "fiscal_summary": "{y}年度财政拨款收入支出决算总表", "gpb_expenditure": "{y}年度一般公共预算财政拨款支出决算表",
        "gov_fund": "{y}年度政府性基金预算财政拨款收入支出决算表",
        "state_capital": "{y}年度国有资本经营预算财政拨款收入支出决算表",
        "gpb_basic_expenditure": "{y}年度一般公共预算财政拨款基本支出决算表",
        "three_public": "{y}年度财政拨款“三公”经费支出决算表",
    },
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("out")
    ap.add_argument("--set", choices=sorted(SETS), required=True)
    ap.add_argument("--year", type=int)
    a = ap.parse_args()
    d = json.load(open(a.truth, encoding="utf-8"))
    old = d["document"]["year"]
    year = a.year or old
    for t in d["tables"]:
        t["title"] = SETS[a.set][t["kind"]].format(y=year)
    if a.set == "final-accounts":
        # The document calls itself final accounts; the text's years follow.
        def fix(x):
            if isinstance(x, str):
                return x.replace(f"{old}年区级部门预算", f"{year}年度部门决算").replace(str(old), str(year))
            if isinstance(x, list):
                return [fix(i) for i in x]
            if isinstance(x, dict):
                return {k: fix(v) for k, v in x.items()}
            return x
        d["narrative"] = fix(d["narrative"])
        d["document"]["title"] = f"{d['document']['department']}{year}年度部门决算"
        d["document"]["year"] = year
    json.dump(d, open(a.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
