"""``python -m mtcheck`` runs the command line, like the ``mtcheck`` entry point."""
import sys

from .cli import main

sys.exit(main())
