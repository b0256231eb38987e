#!/usr/bin/env python3
"""`nexus solve` against glpsol on GLPK's own example models, in one run.

Every example model of glpk-utils (the .mod files translated to CPLEX LP by `glpsol --check --wlp`, and the
bundled .mps/.lp files) is solved by glpsol with its defaults and by `nexus solve` under each option set in
CONFIGS. Prints one row per model: seconds, status and objective per solver, and the ratio nexus/glpsol;
then the worst ratio per configuration. Times are CPU seconds of the solver process (user + system; both solvers
run on one thread, and CPU time varies less than wall time on a shared machine; --clock wall for wall time), the
fastest of REPEAT runs.

Usage: Benchmarks/glpk_examples/run.py [--limit SECONDS] [--repeat N] [--only NAME,...] [--nexus PATH]
                                      [--clock cpu|wall] [--configs default,dual,...]
"""
import argparse, glob, os, re, resource, shutil, subprocess, sys, tempfile, time

EXAMPLES = "/usr/share/doc/glpk-utils/examples"
CONFIGS = {
    "default": [],
    "dual": ["--method", "dual"],
    "presolve-on": ["--presolve", "on"],
    "presolve-off": ["--presolve", "off"],
}
CLOCK = "cpu"  # set by --clock


def translate(work, limit):
    """LP files of the examples: .mod through glpsol --wlp (skipped when that fails or takes > limit), .lp/.mps copied."""
    models = []
    for path in sorted(glob.glob(f"{EXAMPLES}/*.mod")):
        name = os.path.basename(path)[:-4]
        out = os.path.join(work, name + ".lp")
        try:
            r = subprocess.run(["glpsol", "--check", "--math", path, "--wlp", out], cwd=EXAMPLES,
                               capture_output=True, text=True, timeout=limit)
        except subprocess.TimeoutExpired:
            continue
        if r.returncode == 0 and os.path.exists(out) and os.path.getsize(out) > 0:
            models.append((name, out, "--lp"))
    for path in sorted(glob.glob(f"{EXAMPLES}/*.mps")) + sorted(glob.glob(f"{EXAMPLES}/*.lp")):
        base, ext = os.path.splitext(os.path.basename(path))
        target = os.path.join(work, base + "_file" + ext)
        shutil.copy(path, target)
        models.append((base + ext, target, "--lp" if ext == ".lp" else "--mps"))
    return models


def timed(command, limit):
    """(seconds, output, exit code); seconds are the child's CPU time (user + system) with --clock cpu, else wall."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        # The solvers' own limit is wall time of the solve; reading and writing come on top, slowly on a busy machine.
        r = subprocess.run(command, capture_output=True, text=True, timeout=3 * limit + 60)
    except subprocess.TimeoutExpired:
        return None, "", None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (cpu if CLOCK == "cpu" else time.perf_counter() - start), r.stdout + r.stderr, r.returncode


def glpsol(path, flag, limit, repeat):
    best, text = None, ""
    report = path + ".glpsol.txt"  # never a device: glpsol replaces the file it writes
    for _ in range(repeat):
        seconds, log, _ = timed(["glpsol", flag, path, "--tmlim", str(int(limit)), "-o", report], limit)
        if seconds is None:
            return None, "timeout", None
        best = seconds if best is None else min(best, seconds)
        text = log + (open(report).read() if os.path.exists(report) else "")
    status = re.search(r"^Status:\s+(.*)$", text, re.M)
    objective = re.search(r"^Objective:\s+\S+\s+=\s+(\S+)", text, re.M)
    status = status.group(1).strip().lower().replace(" ", "_") if status else "?"
    if "TIME LIMIT EXCEEDED" in text:
        status = "time_limit"
    elif "UNBOUNDED PRIMAL SOLUTION" in text:  # glpsol's presolver leaves the status UNDEFINED after saying so
        status = "unbounded"
    elif "NO PRIMAL FEASIBLE SOLUTION" in text:
        status = "infeasible"
    return best, status, float(objective.group(1)) if objective else None


def nexus(binary, path, options, limit, repeat):
    best, text = None, ""
    for _ in range(repeat):
        seconds, text, _ = timed([binary, "solve", path, "--time-limit", str(limit)] + options, limit)
        if seconds is None:
            return None, "timeout", None
        best = seconds if best is None else min(best, seconds)
    status = re.search(r"^status: (\S+)", text, re.M)
    objective = re.search(r"^objective: (\S+)", text, re.M)
    return best, status.group(1) if status else "error", float(objective.group(1)) if objective else None


def same_verdict(a, b):
    if a == "?":  # glpsol reports no problem (a model that only prints); nexus refuses the empty LP file
        return True
    names = {"integer_optimal": "optimal", "optimal": "optimal", "integer_undefined": "undefined",
             "integer_empty": "infeasible", "infeasible_(final)": "infeasible", "undefined": "undefined",
             "unbounded": "unbounded"}
    return names.get(a, a) == names.get(b, b) or (a, b) in {("time_limit", "time_limit")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=120)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", default="")
    parser.add_argument("--nexus", default=".build/release/nexus")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="time each solver by its CPU time (default; steadier on a shared machine) or wall time")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="option sets to run, comma-separated")
    args = parser.parse_args()
    global CLOCK
    CLOCK = args.clock
    configs = {c: CONFIGS[c] for c in args.configs.split(",")}
    work = tempfile.mkdtemp(prefix="glpk-examples-")
    models = translate(work, 30)
    if args.only:
        wanted = set(args.only.split(","))
        models = [m for m in models if m[0] in wanted]
    print(f"{len(models)} models; time limit {args.limit:g} s; {CLOCK} seconds, fastest of {args.repeat}", flush=True)
    header = f"{'model':<16}{'glpsol s':>10} {'status':<14}" + "".join(f"{c + ' ×':>22}" for c in configs)
    print(header, flush=True)
    worst = {c: (0.0, "") for c in configs}
    disagreements = []
    for name, path, flag in models:
        g_time, g_status, g_obj = glpsol(path, flag, args.limit, args.repeat)
        row = f"{name:<16}{(f'{g_time:.3f}' if g_time is not None else '>limit'):>10} {g_status:<14}"
        for config, options in configs.items():
            n_time, n_status, n_obj = nexus(args.nexus, path, options, args.limit, args.repeat)
            if n_time is None or g_time is None:
                cell = "timeout"
            else:
                ratio = n_time / max(g_time, 0.01)
                cell = f"{ratio:.2f} {n_status}"
                if g_time >= 1.0 and ratio > worst[config][0] and "time_limit" not in (g_status, n_status):
                    worst[config] = (ratio, name)
            if g_status != "time_limit" and n_status != "time_limit" and not same_verdict(g_status, n_status):
                disagreements.append((name, config, g_status, n_status))
            elif g_obj is not None and n_obj is not None and abs(g_obj - n_obj) > 1e-6 * max(1, abs(g_obj)) \
                    and "optimal" in g_status and n_status == "optimal":
                disagreements.append((name, config, f"objective {g_obj}", f"objective {n_obj}"))
            row += f"{cell:>22}"
        print(row, flush=True)
    print()
    for config, (ratio, name) in worst.items():
        print(f"worst nexus/glpsol ratio with {config}: {ratio:.2f} ({name}; models glpsol solves in ≥ 1 s within the limit; "
              "below that, process start-up weighs: about 0.013 s of CPU for nexus, 0.001 s for glpsol)")
    print(f"verdict or objective disagreements: {len(disagreements)}")
    for d in disagreements:
        print("  ", *d)
    shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
