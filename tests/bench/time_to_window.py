#!/usr/bin/env python3
"""Time to window and peak memory of dpia-assistant opening the sample, against an empty
Qt main window (dpia_empty_window), measured in the same run (docs/PERFORMANCE.md).

    python3 tests/bench/time_to_window.py [BUILD_DIR] [--runs N]

Both programs are started with --quit-after-show / the same behaviour: show the window,
(open the sample,) paint it once, quit. "Time to window" is the wall time of that whole
process, start to exit; "memory" is its peak resident set size (getrusage ru_maxrss, as
/usr/bin/time reports it). Without a display the script runs itself under xvfb-run (a
real X server, so Qt's xcb platform, fonts and GL integration load as on a desktop);
without xvfb-run it falls back to QT_QPA_PLATFORM=offscreen and says so. The median of
N runs (default 7), after one unmeasured warm-up run of each, is printed; the app without
a file is listed too, to tell its own start-up from opening the document.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOAL = 1.5


def measure(command, env):
    """Wall seconds and peak RSS (MiB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{command[0]} exited with {code}:\n{stderr}")
    return seconds, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    if (not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DPIA_TTW_INNER")):
        if shutil.which("xvfb-run"):
            env = dict(os.environ, DPIA_TTW_INNER="1")
            command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable,
                       os.path.abspath(__file__), args.build, "--runs", str(args.runs)]
            sys.exit(subprocess.call(command, env=env))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    build = os.path.abspath(args.build)
    app = os.path.join(build, "app", "dpia-assistant")
    cli = os.path.join(build, "app", "dpia-cli")
    empty = os.path.join(build, "tests", "bench", "dpia_empty_window")
    for program in (app, cli, empty):
        if not os.access(program, os.X_OK):
            sys.exit(f"missing {program}: build first (make build)")

    with tempfile.TemporaryDirectory(prefix="dpia-ttw-") as work:
        # Own settings and log folders: the user's are not touched, every run starts alike.
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
                   XDG_DATA_HOME=os.path.join(work, "data"),
                   XDG_CACHE_HOME=os.path.join(work, "cache"))
        sample = os.path.join(work, "voorbeeld.dpia")
        subprocess.run([cli, "new", sample, "--sample"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        subjects = {
            "empty": [empty],
            # Without a file: tells the program's own start-up from opening the document.
            "app-bare": [app, "--quit-after-show"],
            "app": [app, "--quit-after-show", sample],
        }
        results = {name: [] for name in subjects}
        for name, command in subjects.items():
            measure(command, env)  # warm-up: font cache, page cache
        for _ in range(args.runs):
            for name, command in subjects.items():  # interleaved: same conditions
                results[name].append(measure(command, env))

    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb (Xvfb)"
    median = {name: (statistics.median(r[0] for r in runs),
                     statistics.median(r[1] for r in runs))
              for name, runs in results.items()}
    (empty_s, empty_mb), (app_s, app_mb) = median["empty"], median["app"]
    time_ratio, memory_ratio = app_s / empty_s, app_mb / empty_mb
    print(f"Time to window and peak memory, median of {args.runs} runs, platform {platform}:")
    print(f"  {'dpia_empty_window':<32} {empty_s * 1000:7.0f} ms {empty_mb:8.1f} MiB")
    bare_s, bare_mb = median["app-bare"]
    print(f"  {'dpia-assistant without a file':<32} {bare_s * 1000:7.0f} ms {bare_mb:8.1f} MiB")
    print(f"  {'dpia-assistant with the sample':<32} {app_s * 1000:7.0f} ms {app_mb:8.1f} MiB")
    print(f"  {'ratio (goal <= 1.5 x)':<32} {time_ratio:7.2f} x  {memory_ratio:7.2f} x"
          f"   {'met' if max(time_ratio, memory_ratio) <= GOAL else 'NOT MET'}")


if __name__ == "__main__":
    main()
