"""``python -m analysis`` runs the ``briefing`` command line."""

from analysis.cli import main

raise SystemExit(main())
