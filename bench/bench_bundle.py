"""Bundle benchmark: size, start-up times, and an install on a fresh Debian root.

    python bench/bench_bundle.py [--build] [--runs 7] [--fresh-root DIR | --no-install]

Reads the bundle that ``tools/build_bundle.py`` made in ``dist/`` (``--build`` makes it
first) and prints:

- the bundle folder's size unpacked and the .deb's size (goals: ≤ 150 MB, ≤ 60 MB);
- the frozen GUI's start to its first painted main window, ``duban-tracker
  --quit-after-start`` (the app prints the time of that paint; measured from just
  before the process is started), on a new ledger and on the seed's ledger: the first
  run (the coldest this machine allows: the page cache cannot be dropped here) and the
  median (goal ≤ 2 s);
- the frozen ``tracker list`` on an empty ledger (made by an untimed first run), whole
  process (goal ≤ 0.3 s);
- as root with ``--fresh-root DIR`` (a Debian root made by ``debootstrap --variant=minbase
  bookworm DIR``; made here when DIR is missing and debootstrap is installed): a copy of
  it gets the package's dependencies from apt, then ``dpkg -i`` of the .deb, ``tracker
  --help``, ``tracker list``, the GUI offscreen and under Xvfb (the X11 plugin), then
  ``dpkg -r``; it prints the files the package added and any file left or lost after
  removal (goal: none).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

import build_bundle  # noqa: E402
from smoke_bundle import private_env, run, seed_document  # noqa: E402

EXE = ".exe" if sys.platform == "win32" else ""
# Not compared before/after: the kernel's and the package manager's own state, caches, logs.
SNAPSHOT_SKIP = ("proc", "sys", "dev", "run", "tmp", "var/cache", "var/log", "var/lib/dpkg", "var/lib/apt",
                 "root", "var/tmp")


def gui_start(bundle: Path, db: Path, env: dict) -> tuple[float, float]:
    """(seconds to the first painted window, seconds to the process's exit)."""
    launched = time.time()
    proc = run([bundle / f"duban-tracker{EXE}", "--quit-after-start", "--db", db], env)
    ended = time.time()
    if proc.returncode != 0 or "first-paint" not in proc.stdout:
        raise SystemExit(f"GUI start failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    painted = float(proc.stdout.split("first-paint", 1)[1].split()[0])
    return painted - launched, ended - launched


def cli_list(bundle: Path, db: Path, env: dict) -> float:
    """Whole-process seconds of ``tracker list`` on ``db``."""
    start = time.perf_counter()
    proc = run([bundle / f"tracker{EXE}", "--db", db, "list"], env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"tracker list failed:\n{proc.stderr}")
    return elapsed


def bench_local(bundle: Path, runs: int) -> None:
    """Sizes and start-up times of the bundle on this machine."""
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        work = Path(tmp)
        env = private_env(work / "home")
        empty = work / "empty.sqlite3"
        created = cli_list(bundle, empty, env)
        lists = [cli_list(bundle, empty, env) for _ in range(runs)]
        print(f"tracker list, empty ledger: min {min(lists):.3f} s, median {statistics.median(lists):.3f} s, "
              f"max {max(lists):.3f} s; the run that created it {created:.3f} s  (goal ≤ 0.3 s; {runs} runs)")
        seeded = work / "seed.sqlite3"
        proc = run([bundle / f"tracker{EXE}", "--db", seeded, "import", seed_document(work)], env, timeout=300)
        if proc.returncode != 0:
            raise SystemExit(f"import failed:\n{proc.stderr}")
        for label, db in (("new ledger", work / "new.sqlite3"), ("seed ledger, 166 tasks", seeded)):
            times = [gui_start(bundle, db, env) for _ in range(runs)]
            paint = [t[0] for t in times]
            total = [t[1] for t in times]
            print(f"GUI start to first paint, {label}: first {paint[0]:.3f} s, min {min(paint):.3f} s, "
                  f"median {statistics.median(paint):.3f} s, max {max(paint):.3f} s; to exit: median "
                  f"{statistics.median(total):.3f} s  (goal ≤ 2 s; {runs} runs)")


def snapshot(root: Path) -> dict[str, str]:
    """Every path under ``root`` (outside SNAPSHOT_SKIP) and its kind."""
    found: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir
        keep = []
        for d in dirnames:
            rel = os.path.join(rel_dir, d)
            if rel in SNAPSHOT_SKIP:
                continue
            if os.path.islink(os.path.join(dirpath, d)):
                found["/" + rel] = "link"
            else:
                found["/" + rel] = "dir"
                keep.append(d)
        dirnames[:] = keep
        for f in filenames:
            found["/" + os.path.join(rel_dir, f)] = "link" if os.path.islink(os.path.join(dirpath, f)) else "file"
    return found


def chroot(root: Path, *cmd: str, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run ``cmd`` inside ``root``."""
    base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/tmp/home", "LANG": "C.UTF-8",
            "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["chroot", str(root), *cmd], env={**base, **(env or {})}, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)


def step(ok: bool, what: str, detail: str = "") -> bool:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}" + (f"\n       {detail.strip()[-1200:]}" if detail and not ok else ""))
    return ok


def bench_install(deb: Path, base: Path) -> bool:
    """Install, use and remove the .deb in a copy of the Debian root ``base``."""
    if not base.is_dir():
        if not shutil.which("debootstrap"):
            print(f"no Debian root at {base} and no debootstrap (apt-get install debootstrap): install not tested")
            return False
        print(f"making a Debian root at {base} (debootstrap --variant=minbase bookworm)…")
        subprocess.run(["debootstrap", "--variant=minbase", "bookworm", str(base)], check=True,
                       stdout=subprocess.DEVNULL)
    work = Path(tempfile.mkdtemp(prefix="duban-debroot-"))
    ok = True
    try:
        subprocess.run(["cp", "-a", f"{base}/.", str(work)], check=True)
        subprocess.run(["mount", "-t", "proc", "proc", str(work / "proc")], check=True)
        shutil.copyfile(deb, work / "tmp" / deb.name)
        (work / "tmp" / "home").mkdir(exist_ok=True)
        print(f"fresh Debian root: {chroot(work, 'cat', '/etc/debian_version').stdout.strip()}, "
              f"{len(chroot(work, 'dpkg-query', '-W').stdout.splitlines())} packages")
        fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True).stdout
        deps = [d.split("(")[0].strip() for d in fields.split(",") if d.strip()]
        proc = chroot(work, "apt-get", "update", "-qq")
        proc = chroot(work, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *deps, "xvfb", "xauth")
        if not step(proc.returncode == 0, f"apt-get install of the dependencies ({', '.join(deps)}) and xvfb",
                    proc.stdout + proc.stderr):
            return False
        before = snapshot(work)
        proc = chroot(work, "dpkg", "-i", f"/tmp/{deb.name}")
        ok &= step(proc.returncode == 0, "dpkg -i", proc.stdout + proc.stderr)
        added = {p: k for p, k in snapshot(work).items() if p not in before}
        listed = set(chroot(work, "dpkg", "-L", "duban-tracker").stdout.split())
        print(f"  the package added {len(added)} paths "
              f"({sum(1 for k in added.values() if k == 'file')} files), all in dpkg -L: "
              f"{set(added) <= listed}")
        for path in ("/usr/bin/tracker", "/usr/bin/duban-tracker", "/usr/share/applications/duban-tracker.desktop",
                     "/usr/share/icons/hicolor/scalable/apps/duban-tracker.svg", "/opt/duban-tracker/tracker"):
            ok &= step(path in added, f"installed {path}")
        proc = chroot(work, "tracker", "--help")
        ok &= step(proc.returncode == 0 and "import" in proc.stdout, "tracker --help", proc.stdout + proc.stderr)
        start = time.perf_counter()
        proc = chroot(work, "tracker", "list")
        ok &= step(proc.returncode == 0 and "共 0 项任务" in proc.stdout,
                   f"tracker list on a new ledger in /tmp/home ({time.perf_counter() - start:.2f} s)",
                   proc.stdout + proc.stderr)
        ok &= step(chroot(work, "test", "-f", "/tmp/home/.local/share/duban-tracker/ledger.sqlite3").returncode == 0,
                   "the ledger is in the user's data directory, ~/.local/share/duban-tracker/")
        start = time.perf_counter()
        proc = chroot(work, "duban-tracker", "--quit-after-start", env={"QT_QPA_PLATFORM": "offscreen"})
        ok &= step(proc.returncode == 0 and "first-paint" in proc.stdout and "Traceback" not in proc.stderr,
                   f"duban-tracker --quit-after-start offscreen ({time.perf_counter() - start:.2f} s)",
                   proc.stdout + proc.stderr)
        proc = chroot(work, "xvfb-run", "-a", "duban-tracker", "--quit-after-start")
        ok &= step(proc.returncode == 0 and "first-paint" in proc.stdout and "Traceback" not in proc.stderr,
                   "duban-tracker --quit-after-start on X11 (Xvfb, the xcb plugin)", proc.stdout + proc.stderr)
        proc = chroot(work, "dpkg", "-r", "duban-tracker")
        ok &= step(proc.returncode == 0, "dpkg -r", proc.stdout + proc.stderr)
        after = snapshot(work)
        left = sorted(p for p in after if p not in before)
        lost = sorted(p for p in before if p not in after and before[p] != "dir")
        ok &= step(not left, f"after dpkg -r no file the package added is left ({len(left)} left)", "\n".join(left[:20]))
        ok &= step(not lost, f"and no file that was there before is gone ({len(lost)} gone)", "\n".join(lost[:20]))
        # dpkg also removes a folder it had shared with no other package once it is empty
        # (a fresh root's empty /opt): a folder, never a file the system had.
        dirs = sorted(p for p in before if p not in after and before[p] == "dir")
        if dirs:
            print(f"  note: dpkg -r also removed the empty folder(s) {', '.join(dirs)}, which no package owned")
        return ok
    finally:
        subprocess.run(["umount", str(work / "proc")], stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Print the bundle's figures; 1 when the install test failed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="build the bundle first")
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--fresh-root", type=Path, default=Path(tempfile.gettempdir()) / "duban-debian-root",
                    help="a debootstrapped Debian root to install into (copied, never changed)")
    ap.add_argument("--no-install", action="store_true", help="skip the install test")
    args = ap.parse_args(argv)
    dist = args.dist.resolve()
    if args.build and build_bundle.main(["--dist", str(dist)]):
        return 1
    bundle = dist / "duban-tracker"
    if not (bundle / f"tracker{EXE}").is_file():
        raise SystemExit(f"no bundle in {dist}: python tools/build_bundle.py")
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"machine: {os.cpu_count()} cores, {sys.platform}{load}")
    print(f"bundle folder: {build_bundle.folder_size(bundle) / 2**20:.1f} MB unpacked, "
          f"{sum(1 for p in bundle.rglob('*') if p.is_file())} files  (goal ≤ 150 MB)")
    debs = sorted(dist.glob("duban-tracker_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs:
        print(f".deb: {debs[-1].name} {debs[-1].stat().st_size / 2**20:.1f} MB  (goal ≤ 60 MB)")
    bench_local(bundle, args.runs)
    if args.no_install or not debs:
        return 0
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("chroot"):
        print("install test needs root on Linux: skipped")
        return 0
    print("install test:")
    ok = bench_install(debs[-1], args.fresh_root.resolve())
    print(f"install test: {'passed' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
