"""`python -m seatsio_typed.testing serve ...`: the emulator as an HTTP server."""

from seatsio_typed.testing._cli import main

raise SystemExit(main())
