"""``python -m station``: the set-up commands of :mod:`station.cli`."""

import sys

from station.cli import main

sys.exit(main())
