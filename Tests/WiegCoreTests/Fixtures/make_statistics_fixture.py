#!/usr/bin/env python3
"""Writes statistics.json: reference values for WiegCore/Statistics.

The values come from SciPy (stats.norm, stats.chi2, stats.binom, stats.poisson,
special.gammainc/gammaincc) and, for closed formulas (Wilson, Byar, the normal
funnel), from Python's decimal module at 60 significant digits, so the reference
is more precise than the double-precision Swift code it checks.

Deterministic: no random numbers; keys are sorted. Run from anywhere:

    python3 Tests/WiegCoreTests/Fixtures/make_statistics_fixture.py

Formulas (the Swift doc comments give the same ones):
- Wilson score interval (Wilson 1927; Newcombe & Altman 2000), as PHE:
  (2O + z^2 -/+ z sqrt(z^2 + 4 O (1 - O/n))) / (2 (n + z^2)).
- Rates: exact (Garwood) for counts below 10: lower = chi2.ppf(a/2, 2O)/2,
  upper = chi2.ppf(1 - a/2, 2O + 2)/2; Byar for 10 and more:
  lower = O (1 - 1/(9O) - z/(3 sqrt O))^3, upper = (O+1)(1 - 1/(9(O+1)) + z/(3 sqrt(O+1)))^3.
  The rate interval is the count interval / denominator * multiplier.
- Funnel for proportions, exact binomial with Spiegelhalter's interpolation
  (Spiegelhalter 2005, appendix; the upper limit's "r + 1" follows the qbinom.interp
  function of public R funnel-plot code, which keeps both limits conservative): with t = a/2,
  lower: r = smallest r with F(r) >= t, alpha = (F(r) - t) / f(r), limit = (r - alpha) / n;
  upper: r = smallest r with F(r) >= 1 - t, alpha = (F(r) - (1 - t)) / f(r),
  limit = (r + 1 - alpha) / n; clamped to [0, 1]. F(r) - (1 - t) is computed as
  t - S(r), S the survival function, so no precision is lost near 1.
- Funnel for proportions, normal approximation: PHE's sigma_adjustment formula
  (PHEindicatormethods, Funnels.R) evaluated literally; it equals
  p0 -/+ z sqrt(p0 (1 - p0) / n), clamped to [0, 1].
- Funnel for rates, chi-square: E = r0 * n / k; lower = chi2.ppf(a/2, 2E)/2,
  upper = chi2.ppf(1 - a/2, 2E + 2)/2; limit = count / n * k.
- Funnel for rates, interpolated Poisson: as the binomial one with Poisson(E),
  times k / n, not clamped above.
- Over-dispersion (Spiegelhalter 2005, "Handling over-dispersion of performance
  indicators"): proportions y = asin(sqrt(O/n)), theta0 = asin(sqrt(p0));
  rates y = sqrt(O/n), theta0 = sqrt(r0/k); both s = 1/(2 sqrt n). z = (y - theta0)/s,
  winsorised: k = floor(N * 0.1) lowest (highest) replaced by the (k+1)-th lowest
  (highest), as the winsorise function of the same R code; phi = mean(z^2); tau2 = (N phi - (N - 1)) / (sum w - sum w^2 / sum w),
  w = 1/s^2, when N phi > N - 1, else 0. Limits: theta0 -/+ z sqrt(s^2 + tau2),
  clamped to [0, pi/2] (proportions, then sin^2) or [0, inf) (rates, then ^2 * k).
"""
import json
import math
import os
from decimal import Decimal, getcontext

import numpy as np
import scipy
from scipy import special, stats

getcontext().prec = 60

LEVELS = {"p95": 0.05, "p998": 0.002}


def z_of(level):
    return float(stats.norm.ppf(1 - LEVELS[level] / 2))


# ---------------------------------------------------------------- intervals

def wilson(o, n, z):
    o, n, z = Decimal(o), Decimal(n), Decimal(z)
    root = (z * z + 4 * o * (1 - o / n)).sqrt()
    lower = (2 * o + z * z - z * root) / (2 * (n + z * z))
    upper = (2 * o + z * z + z * root) / (2 * (n + z * z))
    return max(0.0, float(lower)), min(1.0, float(upper))


def byar(o, z):
    o, z = Decimal(o), Decimal(z)
    lower = o * (1 - 1 / (9 * o) - z / (3 * o.sqrt())) ** 3
    o1 = o + 1
    upper = o1 * (1 - 1 / (9 * o1) + z / (3 * o1.sqrt())) ** 3
    return float(lower), float(upper)


def garwood(o, a):
    lower = 0.0 if o == 0 else float(stats.chi2.ppf(a / 2, 2 * o) / 2)
    upper = float(stats.chi2.ppf(1 - a / 2, 2 * o + 2) / 2)
    return lower, upper


# ---------------------------------------------------------------- funnels

def interpolated_limits(dist, n, a):
    """Spiegelhalter's interpolated quantiles of a discrete distribution, / n."""
    t = a / 2
    r = int(dist.ppf(t))
    while dist.cdf(r) < t:
        r += 1
    while r > 0 and dist.cdf(r - 1) >= t:
        r -= 1
    lower = (r - (dist.cdf(r) - t) / dist.pmf(r)) / n
    r = int(dist.ppf(1 - t))
    while dist.sf(r) > t:
        r += 1
    while r > 0 and dist.sf(r - 1) <= t:
        r -= 1
    upper = (r + 1 - (t - dist.sf(r)) / dist.pmf(r)) / n
    return float(lower), float(upper)


def phe_sigma_adjustment(p, population, average, side):
    """PHEindicatormethods' sigma_adjustment (multiplier 1), in 60-digit decimals."""
    z2 = Decimal(float(stats.norm.ppf(p))) ** 2
    n, av = Decimal(population), Decimal(average)
    first = av * (n / z2 + 1)
    adj = ((-8 * av * (n / z2 + 1)) ** 2
           - 64 * (1 / z2 + 1 / n) * av * (n * (av * (n / z2 + 2) - 1) + z2 * (av - 1))).sqrt()
    last = 1 / z2 + 1 / n
    value = (first - adj / 8) / last if side == "low" else (first + adj / 8) / last
    return float(value / n)


def proportion_funnel(p0, n, level, method):
    a = LEVELS[level]
    if method == "exactBinomial":
        lower, upper = interpolated_limits(stats.binom(n, p0), n, a)
    else:
        lower = phe_sigma_adjustment(1 - a / 2, n, p0, "low")
        upper = phe_sigma_adjustment(1 - a / 2, n, p0, "high")
    return max(0.0, lower), min(1.0, upper)


def rate_funnel(r0, n, k, level, method):
    a = LEVELS[level]
    e = r0 * n / k
    if method == "chiSquare":
        lower = float(stats.chi2.ppf(a / 2, 2 * e) / 2) / n * k
        upper = float(stats.chi2.ppf(1 - a / 2, 2 * e + 2) / 2) / n * k
    else:
        lower, upper = interpolated_limits(stats.poisson(e), n, a)
        lower, upper = lower * k, upper * k
    return max(0.0, lower), upper


# ---------------------------------------------------------------- over-dispersion

def tau_squared(ys, ss, theta0, fraction=0.1):
    z = [(y - theta0) / s for y, s in zip(ys, ss)]
    count = len(z)
    k = int(math.floor(count * fraction + 1e-9))
    if k > 0:
        ordered = sorted(z)
        low, high = ordered[k], ordered[count - 1 - k]
        z = [min(max(v, low), high) for v in z]
    phi = math.fsum(v * v for v in z) / count
    w = [1 / (s * s) for s in ss]
    if count > 1 and count * phi > count - 1:
        tau2 = (count * phi - (count - 1)) / (math.fsum(w) - math.fsum(x * x for x in w) / math.fsum(w))
    else:
        tau2 = 0.0
    return phi, tau2


def proportion_od_limits(p0, n, level, tau2):
    z = z_of(level)
    theta0 = math.asin(math.sqrt(p0))
    width = z * math.sqrt(1 / (4 * n) + tau2)
    return (math.sin(max(0.0, theta0 - width)) ** 2,
            math.sin(min(math.pi / 2, theta0 + width)) ** 2)


def rate_od_limits(r0, n, k, level, tau2):
    z = z_of(level)
    theta0 = math.sqrt(r0 / k)
    width = z * math.sqrt(1 / (4 * n) + tau2)
    return max(0.0, theta0 - width) ** 2 * k, (theta0 + width) ** 2 * k


# ---------------------------------------------------------------- comparison

def outcome(interval, reference, polarity):
    lower, upper = interval
    if lower > reference:
        direction = "higher"
    elif upper < reference:
        direction = "lower"
    else:
        return "similar"
    if polarity == "none":
        return direction
    better = (direction == "lower") == (polarity == "lowerIsBetter")
    return "better" if better else "worse"


# ---------------------------------------------------------------- cases

def build():
    out = {
        "generator": "make_statistics_fixture.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "tolerance": "|swift - reference| <= 1e-9 * max(1, |reference|)",
    }

    out["normalQuantile"] = [
        {"p": p, "z": float(special.ndtri(p))}
        for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.025, 0.075, 0.1, 0.3,
                  0.5, 0.7, 0.9, 0.925, 0.975, 0.99, 0.999, 1 - 1e-10]
    ]

    chi = []
    for df in [0.02, 0.5, 1, 2, 3, 10, 19, 20, 101, 1000, 2e6]:
        for p in [0.001, 0.025, 0.5, 0.975, 0.999]:
            chi.append({"p": p, "df": df, "x": float(stats.chi2.ppf(p, df))})
    out["chiSquareQuantile"] = chi

    gamma = []
    for a in [0.01, 0.5, 1, 3.5, 10, 150, 1e4, 1e6]:
        for ratio in [0.01, 0.5, 0.9, 1, 1.1, 2, 5]:
            x = a * ratio
            gamma.append({"a": a, "x": x, "p": float(special.gammainc(a, x)),
                          "q": float(special.gammaincc(a, x))})
    out["incompleteGamma"] = gamma

    binom = []
    for n, p, ks in [(10, 0.3, [0, 2, 3, 9]), (1000, 0.05, [30, 50, 70]),
                     (10**6, 0.001, [950, 1000, 1100]),
                     (10**9, 0.1, [99981407, 100000000, 100030000]),
                     (10**9, 1e-6, [950, 1000, 1100])]:
        for k in ks:
            binom.append({"n": n, "p": p, "k": k, "cdf": float(stats.binom.cdf(k, n, p)),
                          "sf": float(stats.binom.sf(k, n, p)), "pmf": float(stats.binom.pmf(k, n, p))})
    out["binomial"] = binom

    wil = []
    pairs = [(0, 1), (1, 1), (0, 2), (1, 2), (0, 10), (1, 10), (5, 10), (9, 10), (10, 10),
             (0, 100), (3, 100), (50, 100), (99, 100), (100, 100), (17, 250), (7, 1000),
             (123, 1000), (4567, 98765), (0, 10**9), (1, 10**9), (12345, 10**9),
             (5 * 10**8, 10**9), (10**9 - 1, 10**9), (10**9, 10**9)]
    for o, n in pairs:
        for level in LEVELS:
            lower, upper = wilson(o, n, z_of(level))
            wil.append({"numerator": o, "denominator": n, "level": level,
                        "lower": lower, "upper": upper})
    out["wilson"] = wil

    rates = []
    for o in range(10):
        for n in [1, 37, 1000, 25000, 10**7]:
            for level in LEVELS:
                lower, upper = garwood(o, LEVELS[level])
                rates.append({"count": o, "denominator": n, "multiplier": 1000, "level": level,
                              "method": "exact", "rate": o / n * 1000,
                              "lower": lower / n * 1000, "upper": upper / n * 1000})
    for o in [10, 11, 25, 99, 100, 1234, 98765]:
        for n in [1000, 54321, 10**7]:
            for level in LEVELS:
                lower, upper = byar(o, z_of(level))
                rates.append({"count": o, "denominator": n, "multiplier": 1000, "level": level,
                              "method": "byar", "rate": o / n * 1000,
                              "lower": lower / n * 1000, "upper": upper / n * 1000})
    out["poissonRate"] = rates

    pf = []
    for p0 in [0.001, 0.05, 0.1, 0.3, 0.5, 0.9]:
        for n in [1, 2, 5, 10, 30, 100, 1000, 10**5, 10**7, 10**9]:
            for level in LEVELS:
                for method in ["exactBinomial", "normalApproximation"]:
                    lower, upper = proportion_funnel(p0, n, level, method)
                    pf.append({"target": p0, "n": n, "level": level, "method": method,
                               "lower": lower, "upper": upper})
    out["proportionFunnel"] = pf

    rf = []
    for r0 in [0.5, 8.0, 60.0]:
        for n in [1, 10, 100, 1000, 10**4, 10**5, 10**7]:
            for level in LEVELS:
                for method in ["chiSquare", "interpolatedPoisson"]:
                    lower, upper = rate_funnel(r0, n, 1000, level, method)
                    rf.append({"target": r0, "n": n, "multiplier": 1000, "level": level,
                               "method": method, "lower": lower, "upper": upper})
    out["rateFunnel"] = rf

    od = []
    prop_sets = {
        "proportions-overdispersed": (
            [3, 9, 14, 30, 8, 61, 5, 44, 12, 90, 27, 18, 150, 7, 33, 21, 66, 4, 120, 39],
            [40, 60, 75, 120, 150, 200, 210, 260, 300, 350, 400, 420, 500, 520, 600, 640, 700, 760, 900, 1000]),
        "proportions-not-overdispersed": (
            [4, 6, 7, 12, 15, 20, 21, 26, 30, 35, 40, 42, 50, 52, 60, 64, 70, 76, 90, 100],
            [40, 60, 75, 120, 150, 200, 210, 260, 300, 350, 400, 420, 500, 520, 600, 640, 700, 760, 900, 1000]),
    }
    for name, (nums, dens) in prop_sets.items():
        p0 = sum(nums) / sum(dens)
        ys = [math.asin(math.sqrt(o / n)) for o, n in zip(nums, dens)]
        ss = [1 / (2 * math.sqrt(n)) for n in dens]
        phi, tau2 = tau_squared(ys, ss, math.asin(math.sqrt(p0)))
        limits = []
        for n in [10, 100, 500, 1000, 10**5]:
            for level in LEVELS:
                lower, upper = proportion_od_limits(p0, n, level, tau2)
                limits.append({"n": n, "level": level, "lower": lower, "upper": upper})
        od.append({"name": name, "kind": "proportion", "numerators": nums, "denominators": dens,
                   "target": p0, "multiplier": 1, "phi": phi, "tau2": tau2,
                   "overdispersed": tau2 > 0, "limits": limits})
    rate_sets = {
        "rates-overdispersed": (
            [2, 15, 9, 40, 3, 77, 25, 12, 130, 60, 8, 95, 33, 210, 51],
            [800, 1500, 2100, 3000, 3300, 4200, 5000, 5600, 7000, 8000, 9100, 10000, 12000, 15000, 20000]),
        "rates-not-overdispersed": (
            [6, 12, 17, 24, 26, 34, 40, 45, 56, 64, 73, 80, 96, 120, 160],
            [800, 1500, 2100, 3000, 3300, 4200, 5000, 5600, 7000, 8000, 9100, 10000, 12000, 15000, 20000]),
    }
    for name, (counts, dens) in rate_sets.items():
        k = 1000
        r0 = sum(counts) / sum(dens) * k
        ys = [math.sqrt(o / n) for o, n in zip(counts, dens)]
        ss = [1 / (2 * math.sqrt(n)) for n in dens]
        phi, tau2 = tau_squared(ys, ss, math.sqrt(r0 / k))
        limits = []
        for n in [100, 1000, 5000, 20000, 10**6]:
            for level in LEVELS:
                lower, upper = rate_od_limits(r0, n, k, level, tau2)
                limits.append({"n": n, "level": level, "lower": lower, "upper": upper})
        od.append({"name": name, "kind": "rate", "numerators": counts, "denominators": dens,
                   "target": r0, "multiplier": k, "phi": phi, "tau2": tau2,
                   "overdispersed": tau2 > 0, "limits": limits})
    out["overdispersion"] = od

    comparisons = []
    proportion_cases = [(30, 200, 0.10), (12, 200, 0.10), (16, 200, 0.10), (31, 200, 0.10),
                        (45, 200, 0.10), (2, 200, 0.10), (0, 5, 0.10), (5, 5, 0.10),
                        (800, 10000, 0.075), (700, 10000, 0.075), (760, 10000, 0.075)]
    rate_cases = [(3, 1000, 8.0), (25, 1000, 8.0), (18, 1000, 8.0), (0, 1000, 8.0),
                  (1, 1000, 8.0), (900, 100000, 8.0), (700, 100000, 8.0), (820, 100000, 8.0)]
    for polarity in ["lowerIsBetter", "higherIsBetter", "none"]:
        for o, n, ref in proportion_cases:
            i95, i998 = wilson(o, n, z_of("p95")), wilson(o, n, z_of("p998"))
            o95, o998 = outcome(i95, ref, polarity), outcome(i998, ref, polarity)
            comparisons.append({"kind": "proportion", "numerator": o, "denominator": n,
                                "multiplier": 1, "reference": ref, "polarity": polarity,
                                "outcome": o95, "significantAt998": o95 != "similar" and o998 == o95})
        for o, n, ref in rate_cases:
            ivs = []
            for level in ["p95", "p998"]:
                lower, upper = garwood(o, LEVELS[level]) if o < 10 else byar(o, z_of(level))
                ivs.append((lower / n * 1000, upper / n * 1000))
            o95, o998 = outcome(ivs[0], ref, polarity), outcome(ivs[1], ref, polarity)
            comparisons.append({"kind": "rate", "numerator": o, "denominator": n,
                                "multiplier": 1000, "reference": ref, "polarity": polarity,
                                "outcome": o95, "significantAt998": o95 != "similar" and o998 == o95})
    out["comparisons"] = comparisons
    return out


def main():
    data = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "statistics.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    counted = [k for k, v in data.items() if isinstance(v, list)]
    total = sum(len(data[k]) for k in counted)
    print(f"wrote {path}: {total} cases in {len(counted)} sections")


if __name__ == "__main__":
    main()
