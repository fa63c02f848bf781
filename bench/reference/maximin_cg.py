#!/usr/bin/env python3
"""Reference: a straightforward MAXIMIN column generation with scipy + HiGHS, to run beside `bench select`.

Master LP (scipy.optimize.linprog, method="highs"): maximise z subject to sum_P p_P [i in P] >= z for every
volunteer, sum_P p_P = 1, p >= 0. Pricing (scipy.optimize.milp, HiGHS): the valid panel of largest total dual
weight. One column per round; stops when no panel beats the LP value by more than 1e-7 (exact optimum).
Start: panels found by milp that cover every volunteer who can sit on some panel.

Usage: /usr/bin/python3 maximin_cg.py FILE.json   (Debian: apt-get install python3-scipy)
Last stdout line: {"method": "maximin-reference", "seconds": S, "min_probability": z, "upper_bound": u, ...}
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_matrix, lil_matrix


def load(path):
    with open(path, encoding="utf-8") as f:
        inst = json.load(f)
    people = inst["people"]
    n, k = len(people), inst["panel_size"]
    rows, lo, hi = [[1] * n], [k], [k]
    for cat, values in inst["categories"].items():
        for value, b in values.items():
            rows.append([1 if str(p.get(cat)) == value else 0 for p in people])
            lo.append(b["min"])
            hi.append(b["max"])
    if inst.get("household_rule"):
        groups = {}
        for i, p in enumerate(people):
            if p.get("household"):
                groups.setdefault(p["household"], []).append(i)
        for members in groups.values():
            if len(members) > 1:
                rows.append([1 if i in members else 0 for i in range(n)])
                lo.append(0)
                hi.append(1)
    return people, n, LinearConstraint(csr_matrix(np.array(rows, dtype=float)), lo, hi)


def best_panel(weights, constraint, n):
    res = milp(c=-weights, constraints=[constraint], integrality=np.ones(n), bounds=Bounds(0, 1))
    if res.x is None:
        return None, -np.inf
    x = np.round(res.x).astype(int)
    return tuple(np.flatnonzero(x)), float(weights @ x)


def solve_master(columns, active, n):
    m = len(columns)
    a = lil_matrix((len(active), m + 1))
    index = {i: r for r, i in enumerate(active)}
    for j, col in enumerate(columns):
        for i in col:
            if i in index:
                a[index[i], j] = -1.0
    for r in range(len(active)):
        a[r, m] = 1.0  # z - sum_P p_P [i in P] <= 0
    c = np.zeros(m + 1)
    c[m] = -1.0
    a_eq = np.zeros((1, m + 1))
    a_eq[0, :m] = 1.0
    res = linprog(c, A_ub=a.tocsr(), b_ub=np.zeros(len(active)), A_eq=a_eq, b_eq=[1.0],
                  bounds=[(0, None)] * m + [(None, None)], method="highs")
    duals = np.zeros(n)
    duals[active] = -res.ineqlin.marginals
    return -res.fun, res.x[:m], duals


def main(path):
    people, n, constraint = load(path)
    start = time.perf_counter()
    rng = np.random.default_rng(1)
    columns, seen = [], set()
    covered = np.zeros(n, dtype=bool)
    unreachable = []
    while not covered.all():
        w = np.where(covered, rng.random(n) * 1e-3, 1.0 + rng.random(n) * 1e-2)
        panel, _ = best_panel(w, constraint, n)
        if panel is None:
            print(json.dumps({"error": "infeasible"}))
            return
        if covered[list(panel)].all():
            unreachable = list(np.flatnonzero(~covered))
            break
        covered[list(panel)] = True
        columns.append(panel)
        seen.add(panel)
    active = [i for i in range(n) if i not in set(unreachable)]
    rounds, upper = 0, 1.0
    while True:
        z, p, duals = solve_master(columns, active, n)
        w = duals / max(duals.sum(), 1e-12)
        panel, value = best_panel(w, constraint, n)
        upper = min(upper, value)
        rounds += 1
        if rounds % 20 == 0:
            print(f"round {rounds}: z={z:.6f} bound={upper:.6f} columns={len(columns)} "
                  f"({time.perf_counter() - start:.1f}s)", file=sys.stderr)
        if value <= z + 1e-7 or panel in seen:
            break
        columns.append(panel)
        seen.add(panel)
    seconds = time.perf_counter() - start
    probs = np.zeros(n)
    for col, q in zip(columns, p):
        probs[list(col)] += q
    print(json.dumps({"method": "maximin-reference", "seconds": seconds, "min_probability": float(min(probs[active])),
                      "upper_bound": upper, "rounds": rounds, "columns": len(columns),
                      "panels_used": int((p > 1e-9).sum())}))


if __name__ == "__main__":
    main(sys.argv[1])
