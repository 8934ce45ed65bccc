"""One meeting before the day: its details, agenda, invitees, and the base of every meeting screen."""
