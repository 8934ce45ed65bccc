"""Interchange with other systems.

``emeeting.interop.oparl`` writes a meeting (a :class:`~emeeting.domain.model.MeetingBundle` plus its
documents' contents) to an OParl-1.1-shaped zip package and reads one back, strictly validated. This package
sees only the standard library and ``emeeting.domain``.
"""
