"""``python -m fruitclassifier`` runs the command line, whose default opens the GUI."""

import sys

from fruitclassifier.cli import main

if __name__ == "__main__":
    sys.exit(main())
