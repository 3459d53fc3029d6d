"""extractor: council and partnership PDFs into a searchable, citable SQLite database."""

import os

__version__ = "0.1.0"

# No BLAS threads: spaCy multiplies with blis, and a build's parallel work is its worker
# processes. A process that has never started a thread (and a worker forked from one) takes
# glibc's single-threaded paths: no atomic locking in malloc or in the lock of Python's GIL,
# which spaCy's parser takes and releases several times a token (a sixth of the entities
# stage's time). OpenBLAS (numpy's) would start its threads when numpy is imported; a value
# the caller set is kept. See also workers._watch_parent.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
