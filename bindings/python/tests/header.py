"""Where the tests find include/ffnn.h to compare the binding with: the
installed library's (pkg-config ffnn), else this source tree's (a pip
install carries no header)."""
import os
import subprocess

SOURCE_INCLUDE = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "include"))


def cflags():
    """Compiler flags that find ffnn.h."""
    out = subprocess.run(["pkg-config", "--cflags", "ffnn"],
                         capture_output=True, text=True)
    if out.returncode == 0:
        return out.stdout.split()
    return ["-I" + SOURCE_INCLUDE]


def paths():
    """Every ffnn.h there is: the source tree's and pkg-config's."""
    found = []
    tree = os.path.join(SOURCE_INCLUDE, "ffnn.h")
    if os.path.exists(tree):
        found.append(tree)
    inc = subprocess.run(["pkg-config", "--variable=includedir", "ffnn"],
                         capture_output=True, text=True).stdout.strip()
    if inc and os.path.exists(os.path.join(inc, "ffnn.h")):
        found.append(os.path.join(inc, "ffnn.h"))
    return found
