"""Tests of emeeting.intake (a package, so that module names cannot clash with other test folders)."""
