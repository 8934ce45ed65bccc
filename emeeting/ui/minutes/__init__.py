"""The minutes editor and the audit trail."""
