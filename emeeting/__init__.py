"""emeeting: paperless meetings for committees, offline first."""

__version__ = "0.1.0"
