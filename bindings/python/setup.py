"""The build step of the ffnn package: libffnn (and libffnn_mpi where MPI
is found) built with CMake from this repository, the version read from
include/ffnn.h, and both shared libraries copied into the package, which
_lib.py loads first. The wheel is therefore platform-specific; the
libraries still link the system's OpenBLAS and jansson (Debian:
libopenblas0, libjansson4). Set FFNN_PYTHON_USE_SYSTEM=1 to package no
library and use the installed one (pkg-config ffnn) instead."""
import os
import re
import shutil
import subprocess
import tempfile

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
HEADER = os.path.join(ROOT, "include", "ffnn.h")


def header_version():
    with open(HEADER) as f:
        text = f.read()
    parts = [re.search(r"#define FFNN_VERSION_%s (\d+)" % p, text).group(1)
             for p in ("MAJOR", "MINOR", "PATCH")]
    return ".".join(parts)


def bundle():
    return os.environ.get("FFNN_PYTHON_USE_SYSTEM") != "1"


class BuildWithLibrary(build_py):
    """build_py, then libffnn built by CMake into the package."""

    def run(self):
        super().run()
        if not bundle():
            return
        dest = os.path.join(self.build_lib, "ffnn")
        with tempfile.TemporaryDirectory() as build:
            subprocess.run(
                ["cmake", "-S", ROOT, "-B", build,
                 "-DCMAKE_BUILD_TYPE=Release", "-DFFNN_BUILD_TESTS=OFF",
                 "-DFFNN_BUILD_BENCH=OFF", "-DFFNN_BUILD_EXAMPLES=OFF",
                 "-DFFNN_BUILD_TOOLS=OFF",
                 # libffnn_mpi finds libffnn beside itself
                 "-DCMAKE_BUILD_RPATH=$ORIGIN"],
                check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["cmake", "--build", build, "-j",
                            str(os.cpu_count() or 1)],
                           check=True, stdout=subprocess.DEVNULL)
            for rel in ("src/libffnn.so.1", "src/mpi/libffnn_mpi.so.1"):
                lib = os.path.join(build, rel)
                if os.path.exists(lib):  # the real file, under its soname
                    shutil.copy(os.path.realpath(lib),
                                os.path.join(dest, os.path.basename(rel)))


class BinaryDistribution(Distribution):
    """A wheel that carries a shared library is not pure Python."""

    def has_ext_modules(self):
        return bundle()


setup(version=header_version(), cmdclass={"build_py": BuildWithLibrary},
      distclass=BinaryDistribution)
