#!/usr/bin/env python3
"""Synthetic volunteer pools for the fair-selection benchmark (format of shared/datasets/sortition).

Pools are skewed the way replies to citizens' assembly invitations are: older men over-represented, young
women rare, students and people in work under-represented. Households have 1-4 members who share a ward
and whose ages and genders are correlated (couples, parents with adult children). Quotas follow the
population: round(share * k) +/- 1, minimum clipped at 0 (as in shared/datasets/sortition/README.md).

Usage: generate_pool.py --n 1500 --k 40 --categories 4..6 [--household-rule] [--seed 11] --out FILE.json
Standard library only; the same arguments always give the same file.
"""
import argparse
import json
import random

AGES = ["18-29", "30-39", "40-49", "50-59", "60-69", "70-"]
POP_AGE = [0.14, 0.14, 0.17, 0.16, 0.15, 0.24]
POOL_AGE = [0.06, 0.09, 0.13, 0.18, 0.24, 0.30]
WARDS = ["中央区", "北区", "東区", "白石区", "厚別区", "豊平区", "清田区", "南区", "西区", "手稲区"]
POP_WARD = [0.12, 0.15, 0.14, 0.11, 0.06, 0.12, 0.06, 0.07, 0.11, 0.06]
POOL_WARD = [0.15, 0.14, 0.12, 0.10, 0.05, 0.13, 0.05, 0.08, 0.13, 0.05]
OCCUPATIONS = ["会社員・公務員", "自営業", "パート・アルバイト", "学生", "家事専業", "無職・退職"]
POP_OCC = [0.36, 0.07, 0.15, 0.06, 0.12, 0.24]
EDUCATION = ["中学・高校", "専門・短大", "大学・大学院"]
POP_EDU = [0.42, 0.22, 0.36]
POOL_EDU = [0.28, 0.20, 0.52]
YEARS = ["5年未満", "5-19年", "20年以上"]
POP_YEARS = [0.18, 0.30, 0.52]
POOL_YEARS = [0.10, 0.25, 0.65]
HOUSEHOLD_SIZES = [1, 2, 3, 4]
HOUSEHOLD_WEIGHTS = [0.70, 0.20, 0.07, 0.03]


def occupation_for(rnd, age, gender):
    if age == "18-29":
        weights = [0.45, 0.02, 0.20, 0.30, 0.02, 0.01]
    elif age in ("60-69", "70-"):
        weights = [0.10, 0.10, 0.12, 0.0, 0.18 if gender == "女性" else 0.04, 0.50]
    else:
        weights = [0.55, 0.10, 0.15, 0.01, 0.14 if gender == "女性" else 0.02, 0.05]
    return rnd.choices(OCCUPATIONS, weights)[0]


def person(rnd, ward, gender=None, age=None):
    gender = gender or ("男性" if rnd.random() < 0.6 else "女性")
    age = age or rnd.choices(AGES, POOL_AGE)[0]
    if gender == "女性" and age == "18-29" and rnd.random() < 0.5:
        age = "60-69"
    return {"gender": gender, "age": age, "ward": ward, "occupation": occupation_for(rnd, age, gender),
            "education": rnd.choices(EDUCATION, POOL_EDU)[0], "years": rnd.choices(YEARS, POOL_YEARS)[0]}


def household(rnd, size):
    ward = rnd.choices(WARDS, POOL_WARD)[0]
    first = person(rnd, ward)
    members = [first]
    if size >= 2:  # a partner of a similar age, usually of the other gender
        other = "女性" if first["gender"] == "男性" else "男性"
        members.append(person(rnd, ward, other if rnd.random() < 0.85 else first["gender"], first["age"]))
    for _ in range(size - 2):  # adult children or a parent
        i = AGES.index(first["age"])
        j = max(0, i - 3) if i >= 3 else min(len(AGES) - 1, i + 3)
        members.append(person(rnd, ward, age=AGES[j]))
    return members


def quotas(k, names, shares):
    return {v: {"min": max(0, round(s * k) - 1), "max": round(s * k) + 1} for v, s in zip(names, shares)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--k", type=int, default=40)
    ap.add_argument("--categories", type=int, default=4, choices=[4, 5, 6])
    ap.add_argument("--household-rule", action="store_true")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    people = []
    h = 0
    while len(people) < a.n:
        h += 1
        for m in household(rnd, rnd.choices(HOUSEHOLD_SIZES, HOUSEHOLD_WEIGHTS)[0]):
            if len(people) >= a.n:
                break
            m = {"id": f"p{len(people) + 1:04d}", **m, "household": f"h{h:04d}"}
            people.append(m)
    cats = {"gender": quotas(a.k, ["女性", "男性"], [0.52, 0.48]), "age": quotas(a.k, AGES, POP_AGE),
            "ward": quotas(a.k, WARDS, POP_WARD), "occupation": quotas(a.k, OCCUPATIONS, POP_OCC)}
    if a.categories >= 5:
        cats["education"] = quotas(a.k, EDUCATION, POP_EDU)
    if a.categories >= 6:
        cats["years"] = quotas(a.k, YEARS, POP_YEARS)
    for p in people:
        for c in ("education", "years"):
            if c not in cats:
                del p[c]
    name = f"gen_n{a.n}_k{a.k}_c{a.categories}" + ("_hh" if a.household_rule else "")
    inst = {"name": name, "city": "sapporo", "panel_size": a.k, "household_rule": a.household_rule,
            "categories": cats, "people": people}
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(inst, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
