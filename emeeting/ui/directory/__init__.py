"""Committees, people and memberships: their dialogs, the person form and the people import."""
