"""Untrusted files in: sniff what a file really is, and read PDFs in a resource-limited child process.

Imports only the standard library, pikepdf, pypdf and ``emeeting.domain.errors`` (``text_layer``, not
imported here, reads a stored paper's text with pypdfium2). The child-process
worker lives in ``emeeting.intake.probe`` and is deliberately not imported here.
"""

from emeeting.intake.inspect import DEFAULT_MAX_BYTES, Inspected, inspect_files
from emeeting.intake.sniff import sniff_mime, sniff_path

__all__ = ["DEFAULT_MAX_BYTES", "Inspected", "inspect_files", "sniff_mime", "sniff_path"]
