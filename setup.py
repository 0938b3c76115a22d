"""The extraction stage is compiled to C with mypyc when thbwatch is installed; everything
else about the package is in pyproject.toml.

Compiled, the same Python source runs about a third faster (demo records: 190 to 130
microseconds each, README); extraction is most of the work of a run's analysis workers.
An editable install (`make install`) compiles next to the sources, where a compiled
module is imported before its .py: `make` compiles again when a source changed, and a test
(tests/extract/test_compiled.py) fails on a compiled module older than its source.

mypyc runs typed code natively, and a few things behave otherwise than in CPython; the
compiled modules avoid them: frozen dataclasses (mypyc's own __init__ cannot set their
fields), class attributes beside __slots__, `functools.cached_property`, a NamedTuple
field typed with a class defined further down, and telling tuples apart by identity (a
tuple returned by a compiled function may be a new one).
"""

from mypyc.build import mypycify
from setuptools import setup

COMPILED = [
    "src/thbwatch/extract/contacts.py",
    "src/thbwatch/extract/deobfuscate.py",
    "src/thbwatch/extract/mentions.py",
    "src/thbwatch/extract/numbers.py",
    "src/thbwatch/extract/phones.py",
    "src/thbwatch/extract/places.py",
    "src/thbwatch/extract/wallets.py",
]

setup(
    ext_modules=mypycify(
        ["--no-site-packages", "--ignore-missing-imports", *COMPILED],
        group_name="thbwatch.extract.compiled",
    )
)
