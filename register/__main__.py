"""``python -m register``: the commands of :mod:`register.cli`."""

import sys

from register.cli import main

sys.exit(main())
