"""E-mail from the office: invitations with the letter, the agenda and a calendar invitation, their
updates and cancellations, reminders, and the replies calendars send back.

Sits beside ``sync`` (above services, below the UI): it uses the services to make the documents and
record what was sent, and speaks SMTP and IMAP with the standard library. No Qt: the window runs it on
its task runner, the CLI calls it directly.
"""
