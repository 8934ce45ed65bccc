<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Add agenda section</source>
        <translation>Add agenda section</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Move agenda item</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <source>Recuse from agenda item</source>
        <translation>Recuse from agenda item</translation>
    </message>
    <message>
        <source>Remove recusal</source>
        <translation>Remove recusal</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>running time {duration}, ends at about {time}</source>
        <translation>running time {duration}, ends at about {time}</translation>
    </message>
    <message>
        <source>Closed item: withheld from guests</source>
        <translation>Closed item: withheld from guests</translation>
    </message>
    <message>
        <source>Secrecy: {level}</source>
        <translation>Secrecy: {level}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Add an item after the selected one (Insert)</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <source>Add a sub-item (Ctrl+Insert)</source>
        <translation>Add a sub-item (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Add a section of the agenda template</source>
        <translation>Add a section of the agenda template</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the item with its sub-items (Delete)</source>
        <translation>Remove the item with its sub-items (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Out of its parent item (Alt+Left)</source>
        <translation>Out of its parent item (Alt+Left)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Under the item above (Alt+Right)</source>
        <translation>Under the item above (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>Record an amendment</translation>
    </message>
    <message>
        <source>Also correct an attendee&apos;s attendance</source>
        <translation>Also correct an attendee&apos;s attendance</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>Text of the selected item</translation>
    </message>
    <message>
        <source>Corrected: {names}</source>
        <translation>Corrected: {names}</translation>
    </message>
</context>
<context>
    <name>AnnotationExports</name>
    <message>
        <source>{paper} with my notes</source>
        <translation>{paper} with my notes</translation>
    </message>
    <message>
        <source>annotation summary</source>
        <translation>annotation summary</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n annotation(s))</source>
        <translation>
            <numerusform>Wrote {file} (%n annotation)</numerusform>
            <numerusform>Wrote {file} (%n annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export my annotated copy…</source>
        <translation>Export my annotated copy…</translation>
    </message>
    <message>
        <source>The paper open, with your annotations as PDF notes other PDF readers show</source>
        <translation>The paper open, with your annotations as PDF notes other PDF readers show</translation>
    </message>
    <message>
        <source>Annotation summary (PDF)…</source>
        <translation>Annotation summary (PDF)…</translation>
    </message>
    <message>
        <source>Every note of yours and those shared with you in this meeting, with their pages</source>
        <translation>Every note of yours and those shared with you in this meeting, with their pages</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Notes on agenda items</source>
        <translation>Notes on agenda items</translation>
    </message>
    <message>
        <source>From the earlier version</source>
        <translation>From the earlier version</translation>
    </message>
    <message>
        <source>These were made on an earlier version of their paper; what they marked was not found in the version the meeting holds now</source>
        <translation>These were made on an earlier version of their paper; what they marked was not found in the version the meeting holds now</translation>
    </message>
    <message>
        <source>Paper or item removed</source>
        <translation>Paper or item removed</translation>
    </message>
    <message>
        <source>The paper or agenda item these were on is no longer part of the meeting</source>
        <translation>The paper or agenda item these were on is no longer part of the meeting</translation>
    </message>
    <message>
        <source>No annotations yet. Select text on a paper, or add a note on an agenda item.</source>
        <translation>No annotations yet. Select text on a paper, or add a note on an agenda item.</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>By {author}</translation>
    </message>
    <message>
        <source>Its paper or agenda item is no longer part of the meeting</source>
        <translation>Its paper or agenda item is no longer part of the meeting</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>Go to it</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Who sees this annotation besides you</source>
        <translation>Who sees this annotation besides you</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Change the text of a sticky note or a note on an item</source>
        <translation>Change the text of a sticky note or a note on an item</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this annotation of yours (Undo brings it back)</source>
        <translation>Delete this annotation of yours (Undo brings it back)</translation>
    </message>
    <message>
        <source>Enter or double-click: go to the annotation</source>
        <translation>Enter or double-click: go to the annotation</translation>
    </message>
</context>
<context>
    <name>AnnotationWords</name>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Drawing</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <source>Note on the item</source>
        <translation>Note on the item</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>Private (only me)</translation>
    </message>
    <message>
        <source>Shared with the committee</source>
        <translation>Shared with the committee</translation>
    </message>
    <message>
        <source>For the secretary only</source>
        <translation>For the secretary only</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>emeeting cannot start</source>
        <translation>emeeting cannot start</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>No vote yet</source>
        <translation>No vote yet</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>My answer to this meeting</source>
        <translation>My answer to this meeting</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>Attendance:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>Private note:</translation>
    </message>
    <message>
        <source>Only you see this note, on every computer you sync</source>
        <translation>Only you see this note, on every computer you sync</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>The audit trail could not be read: {message}</source>
        <translation>The audit trail could not be read: {message}</translation>
    </message>
    <message>
        <source>Event {seq} does not match the hash chain</source>
        <translation>Event {seq} does not match the hash chain</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>The audit trail is intact: its hash chain of {count} event(s) holds (last event {seq}).</source>
        <translation>The audit trail is intact: its hash chain of {count} event(s) holds (last event {seq}).</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: {problem} ({count} problem(s) in all; `emeeting check` lists them). Entries in red do not match the chain.</source>
        <translation>The audit trail has been tampered with: {problem} ({count} problem(s) in all; `emeeting check` lists them). Entries in red do not match the chain.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>event {span} ({when}) was changed after it was recorded</source>
        <translation>event {span} ({when}) was changed after it was recorded</translation>
    </message>
    <message>
        <source>event {span} ({when}) does not follow the event before it: that event was replaced</source>
        <translation>event {span} ({when}) does not follow the event before it: that event was replaced</translation>
    </message>
    <message>
        <source>event(s) {span}, before {when}, were deleted</source>
        <translation>event(s) {span}, before {when}, were deleted</translation>
    </message>
    <message>
        <source>an event ({when}) was inserted by hand</source>
        <translation>an event ({when}) was inserted by hand</translation>
    </message>
    <message>
        <source>event(s) {span} at the end, after {when}, were deleted</source>
        <translation>event(s) {span} at the end, after {when}, were deleted</translation>
    </message>
    <message>
        <source>event(s) {span} were added after the last recorded event</source>
        <translation>event(s) {span} were added after the last recorded event</translation>
    </message>
    <message>
        <source>the last event {span} is not the one recorded as the last</source>
        <translation>the last event {span} is not the one recorded as the last</translation>
    </message>
    <message>
        <source>the record of the last event is missing</source>
        <translation>the record of the last event is missing</translation>
    </message>
    <message>
        <source>event {span}, the last when minutes were certified ({when}), is gone or changed</source>
        <translation>event {span}, the last when minutes were certified ({when}), is gone or changed</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes text</source>
        <translation>Minutes text</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Item note</translation>
    </message>
    <message>
        <source>Frozen minutes version</source>
        <translation>Frozen minutes version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>secrecy</source>
        <translation>secrecy</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>certified by</source>
        <translation>certified by</translation>
    </message>
    <message>
        <source>certified at</source>
        <translation>certified at</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Filter by person, item, value…</source>
        <translation>Filter by person, item, value…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Reading the audit trail…</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <source>Calendar feed</source>
        <translation>Calendar feed</translation>
    </message>
    <message>
        <source>Subscribe to this address in your calendar (Outlook, Google Calendar, Thunderbird, a phone) to see the meetings you are invited to. Keep it to yourself: whoever has it sees your meetings and their agendas.</source>
        <translation>Subscribe to this address in your calendar (Outlook, Google Calendar, Thunderbird, a phone) to see the meetings you are invited to. Keep it to yourself: whoever has it sees your meetings and their agendas.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <source>Stop the feed</source>
        <translation>Stop the feed</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Connect to a sync server first (Sync ▸ Connect to server…).</source>
        <translation>Connect to a sync server first (Sync ▸ Connect to server…).</translation>
    </message>
    <message>
        <source>You have no calendar feed. Make an address to subscribe to.</source>
        <translation>You have no calendar feed. Make an address to subscribe to.</translation>
    </message>
    <message>
        <source>You have a calendar feed, but its address is not kept on this computer. A new address shows it here; the old one stops working.</source>
        <translation>You have a calendar feed, but its address is not kept on this computer. A new address shows it here; the old one stops working.</translation>
    </message>
    <message>
        <source>Made {when}.</source>
        <translation>Made {when}.</translation>
    </message>
    <message>
        <source>The address is kept for this session only: this computer has no password store.</source>
        <translation>The address is kept for this session only: this computer has no password store.</translation>
    </message>
    <message>
        <source>The address is copied: paste it into your calendar.</source>
        <translation>The address is copied: paste it into your calendar.</translation>
    </message>
</context>
<context>
    <name>CertifyDialog</name>
    <message>
        <source>Certify the minutes</source>
        <translation>Certify the minutes</translation>
    </message>
    <message>
        <source>Certified minutes are frozen and their SHA-256 is kept; later changes become amendments.</source>
        <translation>Certified minutes are frozen and their SHA-256 is kept; later changes become amendments.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
</context>
<context>
    <name>CheckInBar</name>
    <message>
        <source>Checking in…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <source>I am here</source>
        <translation>I am here</translation>
    </message>
    <message>
        <source>Check in: you are in the meeting room</source>
        <translation>Check in: you are in the meeting room</translation>
    </message>
    <message>
        <source>I am online</source>
        <translation>I am online</translation>
    </message>
    <message>
        <source>Check in: you take part from where you are, online</source>
        <translation>Check in: you take part from where you are, online</translation>
    </message>
    <message>
        <source>Could not check in: {reason}</source>
        <translation>Could not check in: {reason}</translation>
    </message>
    <message>
        <source>Checked in online at {time}</source>
        <translation>Checked in online at {time}</translation>
    </message>
    <message>
        <source>Checked in online</source>
        <translation>Checked in online</translation>
    </message>
    <message>
        <source>Checked in, in the room, at {time}</source>
        <translation>Checked in, in the room, at {time}</translation>
    </message>
    <message>
        <source>Checked in, in the room</source>
        <translation>Checked in, in the room</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>The quorum of a reconvened meeting cannot be higher than the ordinary quorum.</source>
        <translation>The quorum of a reconvened meeting cannot be higher than the ordinary quorum.</translation>
    </message>
    <message>
        <source>The short name {short} is already used by {name}.</source>
        <translation>The short name {short} is already used by {name}.</translation>
    </message>
    <message>
        <source>New committee {short}</source>
        <translation>New committee {short}</translation>
    </message>
    <message>
        <source>Edit committee {short}</source>
        <translation>Edit committee {short}</translation>
    </message>
    <message numerus="yes">
        <source>{short} has %n meeting(s) and cannot be deleted.</source>
        <translation>
            <numerusform>{short} has %n meeting and cannot be deleted.</numerusform>
            <numerusform>{short} has %n meetings and cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete committee</source>
        <translation>Delete committee</translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %n membership(s)?</source>
        <translation>
            <numerusform>Delete {name} and its %n membership?</numerusform>
            <numerusform>Delete {name} and its %n memberships?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete committee {short}</source>
        <translation>Delete committee {short}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;New committee</source>
        <translation>&amp;New committee</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <source>Reconvened quorum:</source>
        <translation>Reconvened quorum:</translation>
    </message>
    <message>
        <source>Meeting numbers:</source>
        <translation>Meeting numbers:</translation>
    </message>
    <message>
        <source>Agenda template:</source>
        <translation>Agenda template:</translation>
    </message>
    <message>
        <source>Default secrecy:</source>
        <translation>Default secrecy:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Membership:</translation>
    </message>
    <message>
        <source>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</source>
        <translation>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>e.g. ICT</source>
        <translation>e.g. ICT</translation>
    </message>
    <message>
        <source>Used in meeting references such as ICT:3/2569</source>
        <translation>Used in meeting references such as ICT:3/2569</translation>
    </message>
    <message>
        <source>of the voting members</source>
        <translation>of the voting members</translation>
    </message>
    <message>
        <source>of the voting members, within 14 days</source>
        <translation>of the voting members, within 14 days</translation>
    </message>
    <message>
        <source>A meeting called again after one without a quorum (APA s.79: one third)</source>
        <translation>A meeting called again after one without a quorum (APA s.79: one third)</translation>
    </message>
    <message>
        <source>ไทย</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>These values were changed here and on the server at the same time. The server&apos;s value was kept; yours is shown so that you can copy it back.</source>
        <translation>These values were changed here and on the server at the same time. The server&apos;s value was kept; yours is shown so that you can copy it back.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Code (if asked):</source>
        <translation>Code (if asked):</translation>
    </message>
    <message>
        <source>six digits from the authenticator app</source>
        <translation>six digits from the authenticator app</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>The documents could not be loaded: {message}</source>
        <translation>The documents could not be loaded: {message}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Meeting documents</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in this meeting</source>
        <translation>
            <numerusform>%n page in this meeting</numerusform>
            <numerusform>%n pages in this meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the board book</source>
        <translation>
            <numerusform>%n not in the board book</numerusform>
            <numerusform>%n not in the board book</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the board book (not a PDF)</source>
        <translation>Not in the board book (not a PDF)</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>A document needs a name.</translation>
    </message>
    <message>
        <source>Rename document “{name}”</source>
        <translation>Rename document “{name}”</translation>
    </message>
    <message>
        <source>Set secrecy of “{name}”</source>
        <translation>Set secrecy of “{name}”</translation>
    </message>
    <message>
        <source>Move document “{name}”</source>
        <translation>Move document “{name}”</translation>
    </message>
    <message>
        <source>Remove document “{name}”</source>
        <translation>Remove document “{name}”</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation>Another import is still running; wait for it or cancel it.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Import cancelled; no file was attached.</source>
        <translation>Import cancelled; no file was attached.</translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation>No file was attached.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n document(s)</source>
        <translation>
            <numerusform>Attach %n document</numerusform>
            <numerusform>Attach %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n document(s)…</source>
        <translation>
            <numerusform>Attaching %n document…</numerusform>
            <numerusform>Attaching %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not checked (cancelled)</source>
        <translation>
            <numerusform>%n file not checked (cancelled)</numerusform>
            <numerusform>%n files not checked (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was attached: {message}</source>
        <translation>No file was attached: {message}</translation>
    </message>
    <message>
        <source>Not in the board book</source>
        <translation>Not in the board book</translation>
    </message>
    <message>
        <source>{file} is a {kind}; the board book binds only PDF files.</source>
        <translation>{file} is a {kind}; the board book binds only PDF files.</translation>
    </message>
    <message>
        <source>Converting {file} to PDF with LibreOffice…</source>
        <translation>Converting {file} to PDF with LibreOffice…</translation>
    </message>
    <message>
        <source>Save it as PDF and attach the PDF to put it in the board book.</source>
        <translation>Save it as PDF and attach the PDF to put it in the board book.</translation>
    </message>
    <message>
        <source>LibreOffice, which converts it here, is not installed on this computer: save the file as PDF in the program that made it and attach the PDF, or install LibreOffice (libreoffice.org).</source>
        <translation>LibreOffice, which converts it here, is not installed on this computer: save the file as PDF in the program that made it and attach the PDF, or install LibreOffice (libreoffice.org).</translation>
    </message>
    <message>
        <source>Convert it to PDF to put it in the board book; the original file is kept as its earlier version (Undo brings it back).</source>
        <translation>Convert it to PDF to put it in the board book; the original file is kept as its earlier version (Undo brings it back).</translation>
    </message>
    <message>
        <source>Convert “{name}” to PDF</source>
        <translation>Convert “{name}” to PDF</translation>
    </message>
    <message>
        <source>Conversion cancelled; nothing was changed.</source>
        <translation>Conversion cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>{file} was converted to PDF and is now in the board book; Undo brings back the original.</source>
        <translation>{file} was converted to PDF and is now in the board book; Undo brings back the original.</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Not converted</translation>
    </message>
    <message>
        <source>Nothing was changed: {message}</source>
        <translation>Nothing was changed: {message}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Convert to PDF</source>
        <translation>Convert to PDF</translation>
    </message>
    <message>
        <source>Make a PDF of this file with LibreOffice, for the board book</source>
        <translation>Make a PDF of this file with LibreOffice, for the board book</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Attach files to the selected agenda item; you can also drop files on the list</source>
        <translation>Attach files to the selected agenda item; you can also drop files on the list</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Secrecy of the selected document</source>
        <translation>Secrecy of the selected document</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint presentation</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>text file</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>picture</translation>
    </message>
    <message>
        <source>file of an unknown kind</source>
        <translation>file of an unknown kind</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>meeting {reference} has no agenda item {item}</source>
        <translation>meeting {reference} has no agenda item {item}</translation>
    </message>
    <message>
        <source>--since {since} is after --until {until}</source>
        <translation>--since {since} is after --until {until}</translation>
    </message>
    <message>
        <source>No agenda item {item_id}.</source>
        <translation>No agenda item {item_id}.</translation>
    </message>
    <message>
        <source>No agenda item {new_parent_id} to move into.</source>
        <translation>No agenda item {new_parent_id} to move into.</translation>
    </message>
    <message>
        <source>An agenda item cannot be moved under itself or one of its sub-items.</source>
        <translation>An agenda item cannot be moved under itself or one of its sub-items.</translation>
    </message>
    <message>
        <source>The number of voting members cannot be negative.</source>
        <translation>The number of voting members cannot be negative.</translation>
    </message>
    <message>
        <source>A quorum fraction must be above 0 and at most 1, not {fraction}.</source>
        <translation>A quorum fraction must be above 0 and at most 1, not {fraction}.</translation>
    </message>
    <message>
        <source>No agenda template has a section {section}.</source>
        <translation>No agenda template has a section {section}.</translation>
    </message>
    <message>
        <source>No agenda template {key}.</source>
        <translation>No agenda template {key}.</translation>
    </message>
    <message>
        <source>{kind} {field}: the year {year} is not between {first} and {last}</source>
        <translation>{kind} {field}: the year {year} is not between {first} and {last}</translation>
    </message>
    <message>
        <source>a committee needs a name</source>
        <translation>a committee needs a name</translation>
    </message>
    <message>
        <source>a committee needs a short name</source>
        <translation>a committee needs a short name</translation>
    </message>
    <message>
        <source>a committee&apos;s short name cannot contain &apos;:&apos;</source>
        <translation>a committee&apos;s short name cannot contain &apos;:&apos;</translation>
    </message>
    <message>
        <source>the quorum must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>the quorum must be a fraction between 0 and 1 (got {num}/{den})</translation>
    </message>
    <message>
        <source>the reconvened quorum must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>the reconvened quorum must be a fraction between 0 and 1 (got {num}/{den})</translation>
    </message>
    <message>
        <source>a committee&apos;s language is th or en</source>
        <translation>a committee&apos;s language is th or en</translation>
    </message>
    <message>
        <source>a person needs a first name</source>
        <translation>a person needs a first name</translation>
    </message>
    <message>
        <source>a membership&apos;s term cannot end before it starts</source>
        <translation>a membership&apos;s term cannot end before it starts</translation>
    </message>
    <message>
        <source>a meeting number starts at 1</source>
        <translation>a meeting number starts at 1</translation>
    </message>
    <message>
        <source>{year} is not a Buddhist Era year</source>
        <translation>{year} is not a Buddhist Era year</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>a meeting needs a title</translation>
    </message>
    <message>
        <source>a meeting&apos;s start needs a time zone</source>
        <translation>a meeting&apos;s start needs a time zone</translation>
    </message>
    <message>
        <source>a meeting cannot end before it starts</source>
        <translation>a meeting cannot end before it starts</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>an agenda item needs a title</translation>
    </message>
    <message>
        <source>an agenda item&apos;s duration cannot be negative</source>
        <translation>an agenda item&apos;s duration cannot be negative</translation>
    </message>
    <message>
        <source>an agenda item cannot contain itself</source>
        <translation>an agenda item cannot contain itself</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>a document needs a name</translation>
    </message>
    <message>
        <source>a document&apos;s size cannot be negative</source>
        <translation>a document&apos;s size cannot be negative</translation>
    </message>
    <message>
        <source>a person cannot substitute for themselves</source>
        <translation>a person cannot substitute for themselves</translation>
    </message>
    <message>
        <source>a person cannot leave before arriving</source>
        <translation>a person cannot leave before arriving</translation>
    </message>
    <message>
        <source>the reason given with a reply has at most {limit} characters</source>
        <translation>the reason given with a reply has at most {limit} characters</translation>
    </message>
    <message>
        <source>a vote needs a question</source>
        <translation>a vote needs a question</translation>
    </message>
    <message>
        <source>vote counts start at 0</source>
        <translation>vote counts start at 0</translation>
    </message>
    <message>
        <source>the vote&apos;s threshold must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>the vote&apos;s threshold must be a fraction between 0 and 1 (got {num}/{den})</translation>
    </message>
    <message>
        <source>a dissent needs its reasons</source>
        <translation>a dissent needs its reasons</translation>
    </message>
    <message>
        <source>an action item needs a title</source>
        <translation>an action item needs a title</translation>
    </message>
    <message>
        <source>an annotation needs its owner</source>
        <translation>an annotation needs its owner</translation>
    </message>
    <message>
        <source>an annotation&apos;s page is between 0 and {limit}</source>
        <translation>an annotation&apos;s page is between 0 and {limit}</translation>
    </message>
    <message>
        <source>an annotation&apos;s colour is written #rrggbb, not {color}</source>
        <translation>an annotation&apos;s colour is written #rrggbb, not {color}</translation>
    </message>
    <message>
        <source>an annotation&apos;s note has at most {text} characters and its quote at most {quote}</source>
        <translation>an annotation&apos;s note has at most {text} characters and its quote at most {quote}</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Vote counts cannot be negative.</translation>
    </message>
    <message>
        <source>This member is recused from the item (conflict of interest) and cannot vote.</source>
        <translation>This member is recused from the item (conflict of interest) and cannot vote.</translation>
    </message>
    <message>
        <source>Only voting members present may vote.</source>
        <translation>Only voting members present may vote.</translation>
    </message>
    <message>
        <source>A member has more than one ballot in this vote.</source>
        <translation>A member has more than one ballot in this vote.</translation>
    </message>
    <message>
        <source>Ballots of different votes cannot be counted together.</source>
        <translation>Ballots of different votes cannot be counted together.</translation>
    </message>
    <message>
        <source>A custom vote rule needs a fraction above 0 and at most 1.</source>
        <translation>A custom vote rule needs a fraction above 0 and at most 1.</translation>
    </message>
    <message>
        <source>{total} votes counted, only {present} voting members present.</source>
        <translation>{total} votes counted, only {present} voting members present.</translation>
    </message>
    <message>
        <source>The chair&apos;s casting vote must be for or against.</source>
        <translation>The chair&apos;s casting vote must be for or against.</translation>
    </message>
    <message>
        <source>{name}: encrypted PDF (remove the password protection and attach it again)</source>
        <extracomment>Files larger than this are refused before anything reads them. Extracted (or, for text files, decoded) text is cut at this many characters.</extracomment>
        <translation>{name}: encrypted PDF (remove the password protection and attach it again)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (damaged beyond repair)</source>
        <translation>{name}: not a readable PDF (damaged beyond repair)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (memory limit)</source>
        <translation>{name}: too large or complex to read safely (memory limit)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (a compressed stream expands too far)</source>
        <translation>{name}: too large or complex to read safely (a compressed stream expands too far)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (nested too deeply)</source>
        <translation>{name}: too large or complex to read safely (nested too deeply)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (its page tree loops back on itself)</source>
        <translation>{name}: not a readable PDF (its page tree loops back on itself)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (it has no pages)</source>
        <translation>{name}: not a readable PDF (it has no pages)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (more than {limit} pages)</source>
        <translation>{name}: too large or complex to read safely (more than {limit} pages)</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({error})</source>
        <translation>{name}: not a readable PDF ({error})</translation>
    </message>
    <message>
        <source>{name}: took too long to read (possibly a looping or hostile PDF)</source>
        <translation>{name}: took too long to read (possibly a looping or hostile PDF)</translation>
    </message>
    <message>
        <source>{name}: could not be checked (the PDF reader could not start: {reason})</source>
        <translation>{name}: could not be checked (the PDF reader could not start: {reason})</translation>
    </message>
    <message>
        <source>{name}: could not be checked (the PDF reader failed to start: {reason})</source>
        <translation>{name}: could not be checked (the PDF reader failed to start: {reason})</translation>
    </message>
    <message>
        <source>{name}: could not be checked</source>
        <translation>{name}: could not be checked</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF</source>
        <translation>{name}: not a readable PDF</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}: is a folder, not a file</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}: file not found</translation>
    </message>
    <message>
        <source>{name}: cannot be read (permission denied)</source>
        <translation>{name}: cannot be read (permission denied)</translation>
    </message>
    <message>
        <source>{name}: is not a regular file</source>
        <translation>{name}: is not a regular file</translation>
    </message>
    <message>
        <source>{name}: is empty (0 bytes)</source>
        <translation>{name}: is empty (0 bytes)</translation>
    </message>
    <message>
        <source>{name}: is too large ({size}; the limit is {limit})</source>
        <translation>{name}: is too large ({size}; the limit is {limit})</translation>
    </message>
    <message>
        <source>{name}: is too large (the limit is {limit})</source>
        <translation>{name}: is too large (the limit is {limit})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (the content is not a PDF)</source>
        <translation>{name}: not a readable PDF (the content is not a PDF)</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: a text contains a character that is not valid Unicode ({reason})</source>
        <translation>cannot export meeting {label}: a text contains a character that is not valid Unicode ({reason})</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: meeting.json would be {size} bytes, more than the limit of {limit}</source>
        <translation>cannot export meeting {label}: meeting.json would be {size} bytes, more than the limit of {limit}</translation>
    </message>
    <message>
        <source>cannot export document {name}: its stored content does not match its size and sha256</source>
        <translation>cannot export document {name}: its stored content does not match its size and sha256</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: {problem}</source>
        <translation>cannot export meeting {label}: {problem}</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: {difference} would not survive the export (does it belong to another meeting?)</source>
        <translation>cannot export meeting {label}: {difference} would not survive the export (does it belong to another meeting?)</translation>
    </message>
    <message>
        <source>{where}: expected a string, got {kind}</source>
        <translation>{where}: expected a string, got {kind}</translation>
    </message>
    <message>
        <source>{where}: not valid Unicode (a lone surrogate at character {position})</source>
        <translation>{where}: not valid Unicode (a lone surrogate at character {position})</translation>
    </message>
    <message>
        <source>{where}: expected an integer, got {kind} {value}</source>
        <translation>{where}: expected an integer, got {kind} {value}</translation>
    </message>
    <message>
        <source>{where}: must be at least {minimum}, got {value}</source>
        <translation>{where}: must be at least {minimum}, got {value}</translation>
    </message>
    <message>
        <source>{where}: must be at most {limit}, got a number of {digits} digits</source>
        <translation>{where}: must be at most {limit}, got a number of {digits} digits</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {kind} {value}</source>
        <translation>{where}: expected true or false, got {kind} {value}</translation>
    </message>
    <message>
        <source>{where}: expected an id of the form urn:uuid:&lt;uuid&gt;, got {value}</source>
        <translation>{where}: expected an id of the form urn:uuid:&lt;uuid&gt;, got {value}</translation>
    </message>
    <message>
        <source>{where}: invalid UUID {value}</source>
        <translation>{where}: invalid UUID {value}</translation>
    </message>
    <message>
        <source>{where}: UUID {value} is not in canonical lowercase form</source>
        <translation>{where}: UUID {value} is not in canonical lowercase form</translation>
    </message>
    <message>
        <source>{where}: expected a SHA-256 as 64 lowercase hex digits, got {value}</source>
        <translation>{where}: expected a SHA-256 as 64 lowercase hex digits, got {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of: {allowed}</source>
        <translation>{where}: {value} is not one of: {allowed}</translation>
    </message>
    <message>
        <source>{where}: {value} is not between the years {first} and {last}</source>
        <translation>{where}: {value} is not between the years {first} and {last}</translation>
    </message>
    <message>
        <source>{where}: invalid ISO date {value}</source>
        <translation>{where}: invalid ISO date {value}</translation>
    </message>
    <message>
        <source>{where}: invalid ISO datetime {value}</source>
        <translation>{where}: invalid ISO datetime {value}</translation>
    </message>
    <message>
        <source>{where}: datetime {value} has no UTC offset</source>
        <translation>{where}: datetime {value} has no UTC offset</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {kind}</source>
        <translation>{where}: expected a list, got {kind}</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {kind}</source>
        <translation>{where}: expected an object, got {kind}</translation>
    </message>
    <message>
        <source>{where}: missing key {key}</source>
        <translation>{where}: missing key {key}</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, got {value}</source>
        <translation>{where}: expected {expected}, got {value}</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}: unknown key {key}</translation>
    </message>
    <message>
        <source>{where}: not an emeeting OParl package (expected {expected}, got {value})</source>
        <translation>{where}: not an emeeting OParl package (expected {expected}, got {value})</translation>
    </message>
    <message>
        <source>{where}: unsupported version {value} (this emeeting reads {supported})</source>
        <translation>{where}: unsupported version {value} (this emeeting reads {supported})</translation>
    </message>
    <message>
        <source>{where}: expected exactly one organization, got {count}</source>
        <translation>{where}: expected exactly one organization, got {count}</translation>
    </message>
    <message>
        <source>{where}: disagrees with meetingState {state}</source>
        <translation>{where}: disagrees with meetingState {state}</translation>
    </message>
    <message>
        <source>{where}: does not refer to the enclosing meeting</source>
        <translation>{where}: does not refer to the enclosing meeting</translation>
    </message>
    <message>
        <source>{where}: expected at most one agenda item, got {count}</source>
        <translation>{where}: expected at most one agenda item, got {count}</translation>
    </message>
    <message>
        <source>{where}: {size} characters, more than an audit event holds ({limit})</source>
        <translation>{where}: {size} characters, more than an audit event holds ({limit})</translation>
    </message>
    <message>
        <source>{where}: refers to unknown agendaItem urn:uuid:{target}</source>
        <translation>{where}: refers to unknown agendaItem urn:uuid:{target}</translation>
    </message>
    <message>
        <source>{where}: does not list exactly the files attached to this agenda item</source>
        <translation>{where}: does not list exactly the files attached to this agenda item</translation>
    </message>
    <message>
        <source>{where}: expected at most one value, got {count}</source>
        <translation>{where}: expected at most one value, got {count}</translation>
    </message>
    <message>
        <source>meeting.json: two {kind} records have the id urn:uuid:{id}</source>
        <translation>meeting.json: two {kind} records have the id urn:uuid:{id}</translation>
    </message>
    <message>
        <source>meeting.json: {key} holds frozen versions of minutes that are not certified</source>
        <translation>meeting.json: {key} holds frozen versions of minutes that are not certified</translation>
    </message>
    <message>
        <source>meeting.json: the minutes are certified but the package holds no frozen version of their text (it may come from an older emeeting, which did not export them)</source>
        <translation>meeting.json: the minutes are certified but the package holds no frozen version of their text (it may come from an older emeeting, which did not export them)</translation>
    </message>
    <message>
        <source>{where}: refers to unknown minutes urn:uuid:{target}</source>
        <translation>{where}: refers to unknown minutes urn:uuid:{target}</translation>
    </message>
    <message>
        <source>{where}: expected version number {expected}, got {number}</source>
        <translation>{where}: expected version number {expected}, got {number}</translation>
    </message>
    <message>
        <source>{where}: the sha256 of version 0 is not the certified_sha256 of the minutes</source>
        <translation>{where}: the sha256 of version 0 is not the certified_sha256 of the minutes</translation>
    </message>
    <message>
        <source>meeting.json: the minutes are certified but the meeting&apos;s status is {status}; only a meeting that was held has its minutes certified, and their certification makes it minutes certified</source>
        <translation>meeting.json: the minutes are certified but the meeting&apos;s status is {status}; only a meeting that was held has its minutes certified, and their certification makes it minutes certified</translation>
    </message>
    <message>
        <source>meeting.json: the meeting&apos;s status is minutes certified but its minutes are {state}</source>
        <translation>meeting.json: the meeting&apos;s status is minutes certified but its minutes are {state}</translation>
    </message>
    <message>
        <source>meeting.json: {key} holds {count} events, more than {limit} for a meeting of {records} records</source>
        <translation>meeting.json: {key} holds {count} events, more than {limit} for a meeting of {records} records</translation>
    </message>
    <message>
        <source>{where}: names urn:uuid:{id}, which is not in the package and whose deletion its audit trail does not record</source>
        <translation>{where}: names urn:uuid:{id}, which is not in the package and whose deletion its audit trail does not record</translation>
    </message>
    <message>
        <source>{where}: entity_kind {kind} disagrees with the package, where urn:uuid:{id} is {actual}</source>
        <translation>{where}: entity_kind {kind} disagrees with the package, where urn:uuid:{id} is {actual}</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records the certified minutes&apos; sha256 as {recorded}, not the sha256 of version 0 (the certified text was replaced)</source>
        <translation>meeting.json: its audit trail records the certified minutes&apos; sha256 as {recorded}, not the sha256 of version 0 (the certified text was replaced)</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records the sha256 of minutes version {number} as {recorded}, not the one the package gives (the text was replaced)</source>
        <translation>meeting.json: its audit trail records the sha256 of minutes version {number} as {recorded}, not the one the package gives (the text was replaced)</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records minutes version {number}, which the package lacks (an amendment was left out)</source>
        <translation>meeting.json: its audit trail records minutes version {number}, which the package lacks (an amendment was left out)</translation>
    </message>
    <message>
        <source>meeting.json: minutes version {number} has no event in the package&apos;s audit trail (an amendment that was never recorded)</source>
        <translation>meeting.json: minutes version {number} has no event in the package&apos;s audit trail (an amendment that was never recorded)</translation>
    </message>
    <message>
        <source>meeting.json: {kind} urn:uuid:{entity_id} refers to unknown {what} urn:uuid:{target}</source>
        <translation>meeting.json: {kind} urn:uuid:{entity_id} refers to unknown {what} urn:uuid:{target}</translation>
    </message>
    <message>
        <source>meeting.json: agendaItem urn:uuid:{id} is its own ancestor (the parents form a cycle)</source>
        <translation>meeting.json: agendaItem urn:uuid:{id} is its own ancestor (the parents form a cycle)</translation>
    </message>
    <message>
        <source>meeting.json: files with sha256 {sha256} disagree on their size</source>
        <translation>meeting.json: files with sha256 {sha256} disagree on their size</translation>
    </message>
    <message>
        <source>meeting.json: emeeting:ballot urn:uuid:{id} names a voter in a secret vote</source>
        <translation>meeting.json: emeeting:ballot urn:uuid:{id} names a voter in a secret vote</translation>
    </message>
    <message>
        <source>meeting.json: duplicate key {key}</source>
        <translation>meeting.json: duplicate key {key}</translation>
    </message>
    <message>
        <source>meeting.json: {name} is not valid JSON</source>
        <translation>meeting.json: {name} is not valid JSON</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <source>{name}: not a readable zip file ({reason})</source>
        <translation>{name}: not a readable zip file ({reason})</translation>
    </message>
    <message>
        <source>{label}: the zip holds {member} twice</source>
        <translation>{label}: the zip holds {member} twice</translation>
    </message>
    <message>
        <source>{label}: {member} is encrypted</source>
        <translation>{label}: {member} is encrypted</translation>
    </message>
    <message>
        <source>{label}: not an emeeting package (meeting.json is missing)</source>
        <translation>{label}: not an emeeting package (meeting.json is missing)</translation>
    </message>
    <message>
        <source>{label}: meeting.json is {size} bytes, over the limit of {limit}</source>
        <translation>{label}: meeting.json is {size} bytes, over the limit of {limit}</translation>
    </message>
    <message>
        <source>{label}: meeting.json is damaged ({reason})</source>
        <translation>{label}: meeting.json is damaged ({reason})</translation>
    </message>
    <message>
        <source>{label}: meeting.json is larger than the limit of {limit}</source>
        <translation>{label}: meeting.json is larger than the limit of {limit}</translation>
    </message>
    <message>
        <source>meeting.json: not valid UTF-8 at byte {position}</source>
        <translation>meeting.json: not valid UTF-8 at byte {position}</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: {problem} (line {line} column {column})</source>
        <translation>meeting.json: invalid JSON: {problem} (line {line} column {column})</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: nested too deeply</source>
        <translation>meeting.json: invalid JSON: nested too deeply</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: a number has too many digits</source>
        <translation>meeting.json: invalid JSON: a number has too many digits</translation>
    </message>
    <message>
        <source>{label}: the documents add up to {total} bytes, more than the limit of {limit}</source>
        <translation>{label}: the documents add up to {total} bytes, more than the limit of {limit}</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} (document {document}) is missing</source>
        <translation>{label}: files/{sha256} (document {document}) is missing</translation>
    </message>
    <message>
        <source>{label}: document {document} is {size} bytes, more than the limit of {limit} for one document</source>
        <translation>{label}: document {document} is {size} bytes, more than the limit of {limit} for one document</translation>
    </message>
    <message>
        <source>{label}: document {document} unpacks from {packed} to {size} bytes, more than {ratio} times its size in the zip, which no real document does; the package is refused</source>
        <translation>{label}: document {document} unpacks from {packed} to {size} bytes, more than {ratio} times its size in the zip, which no real document does; the package is refused</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} declares {declared} bytes but document {document} has {size}</source>
        <translation>{label}: files/{sha256} declares {declared} bytes but document {document} has {size}</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} is damaged ({reason})</source>
        <translation>{label}: files/{sha256} is damaged ({reason})</translation>
    </message>
    <message>
        <source>{label}: no document content with sha256 {sha256}</source>
        <translation>{label}: no document content with sha256 {sha256}</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} does not match its sha256 (the content was altered)</source>
        <translation>{label}: files/{sha256} does not match its sha256 (the content was altered)</translation>
    </message>
    <message>
        <source>the Thai font {path} is missing; reinstall emeeting</source>
        <translation>the Thai font {path} is missing; reinstall emeeting</translation>
    </message>
    <message>
        <source>the agenda template {template} has no section {section}</source>
        <translation>the agenda template {template} has no section {section}</translation>
    </message>
    <message>
        <source>an agenda item can only be nested under an item of the same meeting</source>
        <translation>an agenda item can only be nested under an item of the same meeting</translation>
    </message>
    <message>
        <source>demo document rejected: {result}</source>
        <translation>demo document rejected: {result}</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>no annotation with id {id}</translation>
    </message>
    <message>
        <source>only its owner may change an annotation</source>
        <translation>only its owner may change an annotation</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting</source>
        <extracomment>Files per intake child: a child costs a fraction of a second to start, and cancelling and progress take effect between batches.</extracomment>
        <translation>that agenda item belongs to another meeting</translation>
    </message>
    <message>
        <source>that paper belongs to another meeting</source>
        <translation>that paper belongs to another meeting</translation>
    </message>
    <message>
        <source>the annotation is made on another version of the paper than it holds now</source>
        <translation>the annotation is made on another version of the paper than it holds now</translation>
    </message>
    <message>
        <source>an annotation keeps its paper, item, kind and sharing here; make a new one, or change its sharing on its own</source>
        <translation>an annotation keeps its paper, item, kind and sharing here; make a new one, or change its sharing on its own</translation>
    </message>
    <message>
        <source>“{name}” is a confidential paper kept encrypted on this computer: it is read and annotated in the app only, and no copy of it is written to a file</source>
        <translation>“{name}” is a confidential paper kept encrypted on this computer: it is read and annotated in the app only, and no copy of it is written to a file</translation>
    </message>
    <message>
        <source>{name}: the file vanished while it was being read</source>
        <translation>{name}: the file vanished while it was being read</translation>
    </message>
    <message>
        <source>{name}: cannot read the file: permission denied</source>
        <translation>{name}: cannot read the file: permission denied</translation>
    </message>
    <message>
        <source>{name}: the file could not be read: {reason}</source>
        <translation>{name}: the file could not be read: {reason}</translation>
    </message>
    <message>
        <source>{name}: the file changed or vanished while reading</source>
        <translation>{name}: the file changed or vanished while reading</translation>
    </message>
    <message>
        <source>a new version of a paper is one file</source>
        <translation>a new version of a paper is one file</translation>
    </message>
    <message>
        <source>{name}: is already a PDF</source>
        <translation>{name}: is already a PDF</translation>
    </message>
    <message>
        <source>{name}: a confidential paper kept encrypted on this computer is not converted here</source>
        <translation>{name}: a confidential paper kept encrypted on this computer is not converted here</translation>
    </message>
    <message>
        <source>{name}: LibreOffice is not installed on this computer; install it, or save the file as PDF in the program that made it and attach the PDF</source>
        <translation>{name}: LibreOffice is not installed on this computer; install it, or save the file as PDF in the program that made it and attach the PDF</translation>
    </message>
    <message>
        <source>the new order must list exactly the documents of that agenda item</source>
        <translation>the new order must list exactly the documents of that agenda item</translation>
    </message>
    <message>
        <source>{reader} names {count} invitees of {reference}; give the id</source>
        <translation>{reader} names {count} invitees of {reference}; give the id</translation>
    </message>
    <message>
        <source>{reader} is not invited to {reference}</source>
        <translation>{reader} is not invited to {reference}</translation>
    </message>
    <message>
        <source>cannot write {dest}: {reason}</source>
        <translation>cannot write {dest}: {reason}</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: its minutes are certified but this store holds no frozen text of them, so the certification cannot be verified</source>
        <translation>cannot export meeting {label}: its minutes are certified but this store holds no frozen text of them, so the certification cannot be verified</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: the stored text of minutes version {number} does not match its sha256 (it was altered after it was frozen)</source>
        <translation>cannot export meeting {label}: the stored text of minutes version {number} does not match its sha256 (it was altered after it was frozen)</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: in this store its certified minutes disagree with their hashes or with the hashes the audit trail recorded (the store was altered after certification); `emeeting check` says where</source>
        <translation>cannot export meeting {label}: in this store its certified minutes disagree with their hashes or with the hashes the audit trail recorded (the store was altered after certification); `emeeting check` says where</translation>
    </message>
    <message>
        <source>the minutes kept changing while they were read; try again</source>
        <translation>the minutes kept changing while they were read; try again</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>cannot read {source}: {reason}</translation>
    </message>
    <message>
        <source>{source}: the text of minutes version {number} does not match its sha256 (the certified text was altered); nothing was imported</source>
        <translation>{source}: the text of minutes version {number} does not match its sha256 (the certified text was altered); nothing was imported</translation>
    </message>
    <message>
        <source>{source}: the record in the package does not match its certified minutes (minutes version {number}, line {line}: the minutes say “{minutes}”, the record says “{record}”); nothing was imported</source>
        <translation>{source}: the record in the package does not match its certified minutes (minutes version {number}, line {line}: the minutes say “{minutes}”, the record says “{record}”); nothing was imported</translation>
    </message>
    <message>
        <source>{source}: its documents need {needed} MB but the disk of the data folder has {free} MB free; nothing was imported</source>
        <translation>{source}: its documents need {needed} MB but the disk of the data folder has {free} MB free; nothing was imported</translation>
    </message>
    <message>
        <source>meeting {label} from {source} is already here</source>
        <translation>meeting {label} from {source} is already here</translation>
    </message>
    <message>
        <source>{source}: its audit trail names {kind} {id}, which is here but not part of meeting {label}; nothing was imported</source>
        <translation>{source}: its audit trail names {kind} {id}, which is here but not part of meeting {label}; nothing was imported</translation>
    </message>
    <message>
        <source>{source}: its audit trail has an event dated {at}, which has not happened yet; nothing was imported</source>
        <translation>{source}: its audit trail has an event dated {at}, which has not happened yet; nothing was imported</translation>
    </message>
    <message>
        <source>meeting {label} already exists in this committee</source>
        <translation>meeting {label} already exists in this committee</translation>
    </message>
    <message>
        <source>no meeting {reference}: give its id or SHORT:n/year, e.g. ICT:3/2569</source>
        <translation>no meeting {reference}: give its id or SHORT:n/year, e.g. ICT:3/2569</translation>
    </message>
    <message>
        <source>no meeting {reference}</source>
        <translation>no meeting {reference}</translation>
    </message>
    <message>
        <source>{reference} names {count} meetings; give the meeting&apos;s id instead</source>
        <translation>{reference} names {count} meetings; give the meeting&apos;s id instead</translation>
    </message>
    <message>
        <source>no committee {reference}: give its short name ({known}) or id</source>
        <translation>no committee {reference}: give its short name ({known}) or id</translation>
    </message>
    <message>
        <source>{reference} names {count} committees ({names}); give the short name as written</source>
        <translation>{reference} names {count} committees ({names}); give the short name as written</translation>
    </message>
    <message>
        <source>no agenda template {template}; choose one of {templates}</source>
        <translation>no agenda template {template}; choose one of {templates}</translation>
    </message>
    <message>
        <source>the minutes are certified and frozen; this cannot be undone</source>
        <translation>the minutes are certified and frozen; this cannot be undone</translation>
    </message>
    <message>
        <source>this person appears in meeting records and cannot be deleted; end their memberships instead</source>
        <translation>this person appears in meeting records and cannot be deleted; end their memberships instead</translation>
    </message>
    <message>
        <source>no space left on the disk holding {folder}: free space and try again; nothing was changed</source>
        <translation>no space left on the disk holding {folder}: free space and try again; nothing was changed</translation>
    </message>
    <message>
        <source>cannot write documents in {folder}: permission denied (or a read-only disk); nothing was changed: ask for permission to write there</source>
        <translation>cannot write documents in {folder}: permission denied (or a read-only disk); nothing was changed: ask for permission to write there</translation>
    </message>
    <message>
        <source>cannot write documents in {folder}: {reason}; nothing was changed</source>
        <translation>cannot write documents in {folder}: {reason}; nothing was changed</translation>
    </message>
    <message>
        <source>not a document hash: {sha256}</source>
        <translation>not a document hash: {sha256}</translation>
    </message>
    <message>
        <source>document content does not match its hash {sha256}…</source>
        <translation>document content does not match its hash {sha256}…</translation>
    </message>
    <message>
        <source>document {sha256}… is missing from the store</source>
        <translation>document {sha256}… is missing from the store</translation>
    </message>
    <message>
        <source>document {sha256}… is damaged (its content no longer matches its hash)</source>
        <translation>document {sha256}… is damaged (its content no longer matches its hash)</translation>
    </message>
    <message>
        <source>this meeting was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>this meeting was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</translation>
    </message>
    <message>
        <source>this agenda item was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>this agenda item was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</translation>
    </message>
    <message>
        <source>this document was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>this document was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</translation>
    </message>
    <message>
        <source>this person was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>this person was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</translation>
    </message>
    <message>
        <source>the notes on this agenda item were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</source>
        <translation>the notes on this agenda item were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</translation>
    </message>
    <message>
        <source>the minutes were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</source>
        <translation>the minutes were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</translation>
    </message>
    <message>
        <source>this {kind} was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>this {kind} was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</translation>
    </message>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>no {kind} with id {id}</translation>
    </message>
    <message>
        <source>no deleted {kind} with id {id}</source>
        <translation>no deleted {kind} with id {id}</translation>
    </message>
    <message>
        <source>this refers to a deleted or missing {what} ({id})</source>
        <translation>this refers to a deleted or missing {what} ({id})</translation>
    </message>
    <message>
        <source>this step cannot be undone or redone: the {kind} it changed has been removed since</source>
        <translation>this step cannot be undone or redone: the {kind} it changed has been removed since</translation>
    </message>
    <message>
        <source>this step cannot be undone or redone: the {kind} it changed was changed again by {who} at {when}; the screens show it as it is now</source>
        <translation>this step cannot be undone or redone: the {kind} it changed was changed again by {who} at {when}; the screens show it as it is now</translation>
    </message>
    <message>
        <source>{db_path} is not an emeeting database (it holds other tables but no emeeting schema version); choose another data folder</source>
        <translation>{db_path} is not an emeeting database (it holds other tables but no emeeting schema version); choose another data folder</translation>
    </message>
    <message>
        <source>{db_path} could not be upgraded: {reason}</source>
        <translation>{db_path} could not be upgraded: {reason}</translation>
    </message>
    <message>
        <source>cannot create the data folder {data_dir}: {reason}</source>
        <translation>cannot create the data folder {data_dir}: {reason}</translation>
    </message>
    <message>
        <source>{db_path} was written by a newer version of emeeting (schema {revision}); install that version to open it</source>
        <translation>{db_path} was written by a newer version of emeeting (schema {revision}); install that version to open it</translation>
    </message>
    <message>
        <source>{db_path} was not upgraded: cannot back it up in {backups}: {reason}</source>
        <translation>{db_path} was not upgraded: cannot back it up in {backups}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the data folder {data_dir}: {reason}</source>
        <translation>cannot open the data folder {data_dir}: {reason}</translation>
    </message>
    <message>
        <source>the database could not be written: {reason}</source>
        <translation>the database could not be written: {reason}</translation>
    </message>
    <message>
        <source>the database could not be read: {reason}</source>
        <translation>the database could not be read: {reason}</translation>
    </message>
    <message>
        <source>{wal}, which holds the latest changes to {db_path}, was removed or cut short while emeeting had it open: close every emeeting window and command using {data_dir} and try again; if it still fails, run `emeeting --data-dir {quoted_dir} check`</source>
        <translation>{wal}, which holds the latest changes to {db_path}, was removed or cut short while emeeting had it open: close every emeeting window and command using {data_dir} and try again; if it still fails, run `emeeting --data-dir {quoted_dir} check`</translation>
    </message>
    <message>
        <source>{db_path} cannot be read in the read-only folder {data_dir}: its latest changes are still in {wal}, which SQLite can read only beside an index file ({shm}) it cannot create here; open the folder once where it may be written (emeeting then folds the changes into the database), or ask for permission to write there</source>
        <translation>{db_path} cannot be read in the read-only folder {data_dir}: its latest changes are still in {wal}, which SQLite can read only beside an index file ({shm}) it cannot create here; open the folder once where it may be written (emeeting then folds the changes into the database), or ask for permission to write there</translation>
    </message>
    <message>
        <source>{db_path} cannot be read: {reason}</source>
        <translation>{db_path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>the database in {data_dir} was replaced (restored from a backup) while this change waited to be written; nothing was changed: look at the records again and repeat the change</source>
        <translation>the database in {data_dir} was replaced (restored from a backup) while this change waited to be written; nothing was changed: look at the records again and repeat the change</translation>
    </message>
    <message>
        <source>{db_path} is damaged or is not an emeeting database, and {backups} holds no backup of it; to restore a folder written by `emeeting backup`, run: emeeting --data-dir {data_dir} restore FOLDER</source>
        <translation>{db_path} is damaged or is not an emeeting database, and {backups} holds no backup of it; to restore a folder written by `emeeting backup`, run: emeeting --data-dir {data_dir} restore FOLDER</translation>
    </message>
    <message>
        <source>{db_path} is damaged or is not an emeeting database; the newest backup is {backup}. To restore it (the damaged file is kept), run: emeeting --data-dir {data_dir} restore {backup}</source>
        <translation>{db_path} is damaged or is not an emeeting database; the newest backup is {backup}. To restore it (the damaged file is kept), run: emeeting --data-dir {data_dir} restore {backup}</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only: nothing can be changed; ask for permission to write there, or copy the folder to one you may write to</source>
        <translation>the data folder {data_dir} is read-only: nothing can be changed; ask for permission to write there, or copy the folder to one you may write to</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only and holds no emeeting database; choose a folder you may write to</source>
        <translation>the data folder {data_dir} is read-only and holds no emeeting database; choose a folder you may write to</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only and its database must first be upgraded (schema {revision}); open it once where it may be written</source>
        <translation>the data folder {data_dir} is read-only and its database must first be upgraded (schema {revision}); open it once where it may be written</translation>
    </message>
    <message>
        <source>a number or a date is too large to be stored</source>
        <translation>a number or a date is too large to be stored</translation>
    </message>
    <message>
        <source>a text holds characters that are not valid Unicode (lone surrogates)</source>
        <translation>a text holds characters that are not valid Unicode (lone surrogates)</translation>
    </message>
    <message>
        <source>{dest} already holds an emeeting database; choose an empty folder</source>
        <translation>{dest} already holds an emeeting database; choose an empty folder</translation>
    </message>
    <message>
        <source>cannot write the backup to {dest}: {reason}</source>
        <translation>cannot write the backup to {dest}: {reason}</translation>
    </message>
    <message>
        <source>no backup was written to {dest}: SQLite&apos;s check found {count} problems in the database. {damage}</source>
        <translation>no backup was written to {dest}: SQLite&apos;s check found {count} problems in the database. {damage}</translation>
    </message>
    <message>
        <source>there is no backup at {backup}: give a .db file from {backups} or a folder written by `emeeting backup`</source>
        <translation>there is no backup at {backup}: give a .db file from {backups} or a folder written by `emeeting backup`</translation>
    </message>
    <message>
        <source>the backup {backup} is damaged or is not an emeeting backup: choose another</source>
        <translation>the backup {backup} is damaged or is not an emeeting backup: choose another</translation>
    </message>
    <message>
        <source>the backup {backup} was written by a newer version of emeeting (schema {revision}); install that version to restore it</source>
        <translation>the backup {backup} was written by a newer version of emeeting (schema {revision}); install that version to restore it</translation>
    </message>
    <message>
        <source>cannot restore {backup} into {data_dir}: {reason}</source>
        <translation>cannot restore {backup} into {data_dir}: {reason}</translation>
    </message>
    <message>
        <source>the backup {backup} is damaged: its document {sha256}… no longer matches its hash; nothing was restored: choose another backup, or copy {document} away from the backup and restore again (that document then stays missing)</source>
        <translation>the backup {backup} is damaged: its document {sha256}… no longer matches its hash; nothing was restored: choose another backup, or copy {document} away from the backup and restore again (that document then stays missing)</translation>
    </message>
    <message>
        <source>another emeeting has been writing to {db_path} for {seconds} seconds; nothing was restored: try again when it is done</source>
        <translation>another emeeting has been writing to {db_path} for {seconds} seconds; nothing was restored: try again when it is done</translation>
    </message>
    <message>
        <source>an emeeting window has {data_dir} open: nothing was restored; close emeeting windows on this folder first (if none is open, delete {lock} and try again)</source>
        <translation>an emeeting window has {data_dir} open: nothing was restored; close emeeting windows on this folder first (if none is open, delete {lock} and try again)</translation>
    </message>
    <message>
        <source>this refers to a record that does not exist</source>
        <translation>this refers to a record that does not exist</translation>
    </message>
    <message>
        <source>a meeting with this number and year already exists in this committee</source>
        <translation>a meeting with this number and year already exists in this committee</translation>
    </message>
    <message>
        <source>another committee already has this short name</source>
        <translation>another committee already has this short name</translation>
    </message>
    <message>
        <source>a record with this id already exists</source>
        <translation>a record with this id already exists</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database: {detail}</source>
        <translation>the change breaks a rule of the database: {detail}</translation>
    </message>
    <message>
        <source>a meeting that is {current} cannot become {new}</source>
        <translation>a meeting that is {current} cannot become {new}</translation>
    </message>
    <message>
        <source>a meeting becomes “minutes certified” only by certifying its minutes (Minutes tab, “Certify…”), which freezes them</source>
        <translation>a meeting becomes “minutes certified” only by certifying its minutes (Minutes tab, “Certify…”), which freezes them</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB</source>
        <translation>{name} is larger than {limit} MB</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} could not be read: {reason}</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls); save it as .xlsx or CSV</source>
        <translation>{name} is an old Excel file (.xls); save it as .xlsx or CSV</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSX file</source>
        <translation>{name} is not a valid XLSX file</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Thai (TIS-620) text</source>
        <translation>{name} is neither UTF-8 nor Thai (TIS-620) text</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or an XLSX file</source>
        <translation>{name} is not a text file (CSV) or an XLSX file</translation>
    </message>
    <message>
        <source>{name} line {line} cannot be read as CSV: {reason}</source>
        <translation>{name} line {line} cannot be read as CSV: {reason}</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB</source>
        <translation>{name} unpacks to more than {limit} MB</translation>
    </message>
    <message>
        <source>{name} has no sheet</source>
        <translation>{name} has no sheet</translation>
    </message>
    <message>
        <source>{name} row {row} has more than {limit} columns</source>
        <translation>{name} row {row} has more than {limit} columns</translation>
    </message>
    <message>
        <source>{name} row {row} has a cell longer than {limit} characters</source>
        <translation>{name} row {row} has a cell longer than {limit} characters</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it into smaller files</source>
        <translation>{name} has more than {limit} rows; split it into smaller files</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} is empty</translation>
    </message>
    <message>
        <source>no document language {lang}; use th or en</source>
        <translation>no document language {lang}; use th or en</translation>
    </message>
    <message>
        <source>the board book was cancelled</source>
        <translation>the board book was cancelled</translation>
    </message>
    <message>
        <source>the board book could not be assembled: {reason}</source>
        <translation>the board book could not be assembled: {reason}</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>a user needs a name</translation>
    </message>
    <message>
        <source>no role {role}</source>
        <translation>no role {role}</translation>
    </message>
    <message>
        <source>only secretaries and admins keep committees</source>
        <translation>only secretaries and admins keep committees</translation>
    </message>
    <message>
        <source>a second factor is for admins and secretaries</source>
        <translation>a second factor is for admins and secretaries</translation>
    </message>
    <message>
        <source>user {name} already exists</source>
        <translation>user {name} already exists</translation>
    </message>
    <message>
        <source>no device {device}</source>
        <translation>no device {device}</translation>
    </message>
    <message>
        <source>a password needs at least {count} characters</source>
        <translation>a password needs at least {count} characters</translation>
    </message>
    <message>
        <source>this password is one of the most common ones: choose another</source>
        <translation>this password is one of the most common ones: choose another</translation>
    </message>
    <message>
        <source>no user {name}</source>
        <translation>no user {name}</translation>
    </message>
    <message>
        <source>TLS needs both --ssl-certfile and --ssl-keyfile</source>
        <translation>TLS needs both --ssl-certfile and --ssl-keyfile</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>the server database could not be upgraded: {reason}</source>
        <translation>the server database could not be upgraded: {reason}</translation>
    </message>
    <message>
        <source>the minutes are certified; a change to them must be recorded as an amendment</source>
        <translation>the minutes are certified; a change to them must be recorded as an amendment</translation>
    </message>
    <message>
        <source>generate the draft minutes before editing them</source>
        <translation>generate the draft minutes before editing them</translation>
    </message>
    <message>
        <source>a time on the meeting day needs a time zone</source>
        <translation>a time on the meeting day needs a time zone</translation>
    </message>
    <message>
        <source>a vote on this item is open: close it before opening another</source>
        <translation>a vote on this item is open: close it before opening another</translation>
    </message>
    <message>
        <source>this vote is not open: {question}</source>
        <translation>this vote is not open: {question}</translation>
    </message>
    <message>
        <source>this member has already voted in this vote</source>
        <translation>this member has already voted in this vote</translation>
    </message>
    <message>
        <source>this vote was taken by hand; record it on the meeting day</source>
        <translation>this vote was taken by hand; record it on the meeting day</translation>
    </message>
    <message>
        <source>generate the draft minutes before certifying them</source>
        <translation>generate the draft minutes before certifying them</translation>
    </message>
    <message>
        <source>the minutes are already certified</source>
        <translation>the minutes are already certified</translation>
    </message>
    <message>
        <source>end the meeting before certifying its minutes</source>
        <translation>end the meeting before certifying its minutes</translation>
    </message>
    <message>
        <source>an amendment needs its reason</source>
        <translation>an amendment needs its reason</translation>
    </message>
    <message>
        <source>only certified minutes are amended; edit the draft instead</source>
        <translation>only certified minutes are amended; edit the draft instead</translation>
    </message>
    <message>
        <source>an amendment can only change items of this meeting</source>
        <translation>an amendment can only change items of this meeting</translation>
    </message>
    <message>
        <source>an amendment corrects the record; the minutes&apos; own texts are its entries</source>
        <translation>an amendment corrects the record; the minutes&apos; own texts are its entries</translation>
    </message>
    <message>
        <source>an amendment can only correct the record of its own meeting</source>
        <translation>an amendment can only correct the record of its own meeting</translation>
    </message>
    <message>
        <source>nothing differs from the last certified version</source>
        <translation>nothing differs from the last certified version</translation>
    </message>
    <message>
        <source>meeting {label} was cancelled; a meeting that was not held has no minutes</source>
        <translation>meeting {label} was cancelled; a meeting that was not held has no minutes</translation>
    </message>
    <message>
        <source>meeting {label} has not been held yet; its minutes can be printed once it has met</source>
        <translation>meeting {label} has not been held yet; its minutes can be printed once it has met</translation>
    </message>
    <message>
        <source>meeting {label} was cancelled; a meeting that was not held has no minutes to certify</source>
        <translation>meeting {label} was cancelled; a meeting that was not held has no minutes to certify</translation>
    </message>
    <message>
        <source>meeting {label} has not been held yet; its minutes can be certified once it has met (open and close it on the meeting day, or set its status to closed if it was held)</source>
        <translation>meeting {label} has not been held yet; its minutes can be certified once it has met (open and close it on the meeting day, or set its status to closed if it was held)</translation>
    </message>
    <message>
        <source>the certified text of the minutes of meeting {label} does not match its SHA-256: the store has been altered; restore it from a backup</source>
        <translation>the certified text of the minutes of meeting {label} does not match its SHA-256: the store has been altered; restore it from a backup</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} is longer than {limit} characters</translation>
    </message>
    <message>
        <source>a note on an agenda item names the item and no paper</source>
        <translation>a note on an agenda item names the item and no paper</translation>
    </message>
    <message>
        <source>a note on an agenda item needs its text</source>
        <translation>a note on an agenda item needs its text</translation>
    </message>
    <message>
        <source>a mark on a paper names the document and the version it was made on</source>
        <translation>a mark on a paper names the document and the version it was made on</translation>
    </message>
    <message>
        <source>the position of the annotation on its page is not well-formed, or has too many points</source>
        <translation>the position of the annotation on its page is not well-formed, or has too many points</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} is not an e-mail address</translation>
    </message>
    <message>
        <source>{role} is not a known role (chair, vice chair, member, secretary …)</source>
        <translation>{role} is not a known role (chair, vice chair, member, secretary …)</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} is not yes or no</translation>
    </message>
    <message>
        <source>{value} is not a date (write 31/01/2569 or 2026-01-31)</source>
        <translation>{value} is not a date (write 31/01/2569 or 2026-01-31)</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} is not a valid date</translation>
    </message>
    <message>
        <source>a person needs a last name</source>
        <translation>a person needs a last name</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>longer than {limit} characters</translation>
    </message>
    <message>
        <source>already in the list of people as {name}: only made a member</source>
        <translation>already in the list of people as {name}: only made a member</translation>
    </message>
    <message>
        <source>already in the list of people as {name}</source>
        <translation>already in the list of people as {name}</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>the same person as row {row}</translation>
    </message>
    <message>
        <source>{name} has {count} meeting(s) and cannot be deleted; delete them first</source>
        <translation>{name} has {count} meeting(s) and cannot be deleted; delete them first</translation>
    </message>
    <message>
        <source>the {kind} cannot be written as {fmt}</source>
        <translation>the {kind} cannot be written as {fmt}</translation>
    </message>
    <message>
        <source>cannot tell the format of {dest}: name it .pdf or .docx</source>
        <translation>cannot tell the format of {dest}: name it .pdf or .docx</translation>
    </message>
    <message>
        <source>the meeting has no quorum ({present} of {required} present); no vote can be taken</source>
        <translation>the meeting has no quorum ({present} of {required} present); no vote can be taken</translation>
    </message>
    <message>
        <source>checking in records present, online or late, not {attendance}</source>
        <translation>checking in records present, online or late, not {attendance}</translation>
    </message>
    <message>
        <source>only someone who is in the meeting can leave it</source>
        <translation>only someone who is in the meeting can leave it</translation>
    </message>
    <message>
        <source>only an invited member can send a substitute</source>
        <translation>only an invited member can send a substitute</translation>
    </message>
    <message>
        <source>the member is in the meeting and needs no substitute</source>
        <translation>the member is in the meeting and needs no substitute</translation>
    </message>
    <message>
        <source>someone already attends in place of this member</source>
        <translation>someone already attends in place of this member</translation>
    </message>
    <message>
        <source>the substitute is already invited to this meeting</source>
        <translation>the substitute is already invited to this meeting</translation>
    </message>
    <message>
        <source>the minutes are certified; the meeting cannot be reopened</source>
        <translation>the minutes are certified; the meeting cannot be reopened</translation>
    </message>
    <message>
        <source>the meeting has not been started</source>
        <translation>the meeting has not been started</translation>
    </message>
    <message>
        <source>only someone invited to the meeting can dissent</source>
        <translation>only someone invited to the meeting can dissent</translation>
    </message>
    <message>
        <source>this member is already recused</source>
        <translation>this member is already recused</translation>
    </message>
    <message>
        <source>this member has voted on the item; change that vote before the recusal</source>
        <translation>this member has voted on the item; change that vote before the recusal</translation>
    </message>
    <message>
        <source>a vote belongs to the meeting of its agenda item</source>
        <translation>a vote belongs to the meeting of its agenda item</translation>
    </message>
    <message>
        <source>a secret vote keeps only the counts, not who voted how</source>
        <translation>a secret vote keeps only the counts, not who voted how</translation>
    </message>
    <message>
        <source>a server address starts with https:// or http://: {url}</source>
        <translation>a server address starts with https:// or http://: {url}</translation>
    </message>
    <message>
        <source>a server on another computer is reached over https:// only (http:// is for a server on this computer): {url}</source>
        <translation>a server on another computer is reached over https:// only (http:// is for a server on this computer): {url}</translation>
    </message>
    <message>
        <source>not a server address (such as https://emeeting.example.go.th, without spaces, user name or password): {url}</source>
        <translation>not a server address (such as https://emeeting.example.go.th, without spaces, user name or password): {url}</translation>
    </message>
    <message>
        <source>enter your user name on the server</source>
        <translation>enter your user name on the server</translation>
    </message>
    <message>
        <source>log in to {server} first</source>
        <translation>log in to {server} first</translation>
    </message>
    <message>
        <source>a top secret meeting stays on this computer unless the committee&apos;s policy allows it</source>
        <translation>a top secret meeting stays on this computer unless the committee&apos;s policy allows it</translation>
    </message>
    <message>
        <source>this vote is closed: {question}</source>
        <translation>this vote is closed: {question}</translation>
    </message>
    <message>
        <source>this login does not name a member</source>
        <translation>this login does not name a member</translation>
    </message>
    <message>
        <source>you have already voted in this vote</source>
        <translation>you have already voted in this vote</translation>
    </message>
    <message>
        <source>the vote is not open</source>
        <translation>the vote is not open</translation>
    </message>
    <message>
        <source>you cannot vote in this vote now: it is not open, or you are not a voting member in the meeting (check in first), or you are recused from the item</source>
        <translation>you cannot vote in this vote now: it is not open, or you are not a voting member in the meeting (check in first), or you are recused from the item</translation>
    </message>
    <message>
        <source>no private note with id {id}</source>
        <translation>no private note with id {id}</translation>
    </message>
    <message>
        <source>no conflict copy with id {id}</source>
        <translation>no conflict copy with id {id}</translation>
    </message>
    <message>
        <source>the server refused the user name, password or code</source>
        <translation>the server refused the user name, password or code</translation>
    </message>
    <message>
        <source>this account needs the six-digit code of its authenticator</source>
        <translation>this account needs the six-digit code of its authenticator</translation>
    </message>
    <message>
        <source>the login is no longer valid: log in again</source>
        <translation>the login is no longer valid: log in again</translation>
    </message>
    <message>
        <source>the login has expired: log in again</source>
        <translation>the login has expired: log in again</translation>
    </message>
    <message>
        <source>this computer&apos;s access to {server} was revoked; its confidential documents were removed</source>
        <translation>this computer&apos;s access to {server} was revoked; its confidential documents were removed</translation>
    </message>
    <message>
        <source>the account on {server} is disabled; its confidential documents were removed</source>
        <translation>the account on {server} is disabled; its confidential documents were removed</translation>
    </message>
    <message>
        <source>cannot reach the server {server}: {reason}</source>
        <translation>cannot reach the server {server}: {reason}</translation>
    </message>
    <message>
        <source>the server asks for a full resync</source>
        <translation>the server asks for a full resync</translation>
    </message>
    <message>
        <source>too many failed logins: try again in {seconds} seconds</source>
        <translation>too many failed logins: try again in {seconds} seconds</translation>
    </message>
    <message>
        <source>the server has newer copies</source>
        <translation>the server has newer copies</translation>
    </message>
    <message>
        <source>the server refused changes to records of others: {records}</source>
        <translation>the server refused changes to records of others: {records}</translation>
    </message>
    <message>
        <source>the server {server} refused: {status} {message}</source>
        <translation>the server {server} refused: {status} {message}</translation>
    </message>
    <message>
        <source>the server {server} gave an answer that is not JSON</source>
        <translation>the server {server} gave an answer that is not JSON</translation>
    </message>
    <message>
        <source>the server {server} gave an answer emeeting cannot read: is this the address of an emeeting server?</source>
        <translation>the server {server} gave an answer emeeting cannot read: is this the address of an emeeting server?</translation>
    </message>
    <message>
        <source>the user name, password or code is too long or holds characters no server takes</source>
        <translation>the user name, password or code is too long or holds characters no server takes</translation>
    </message>
    <message>
        <source>the local document {sha256}… is damaged</source>
        <translation>the local document {sha256}… is damaged</translation>
    </message>
    <message>
        <source>the document {sha256}… arrived damaged several times</source>
        <translation>the document {sha256}… arrived damaged several times</translation>
    </message>
    <message>
        <source>the document {sha256}… is larger than the server said ({size} bytes): it was not kept</source>
        <translation>the document {sha256}… is larger than the server said ({size} bytes): it was not kept</translation>
    </message>
    <message>
        <source>no password for {user}: set EMEETING_PASSWORD or run the command in a terminal</source>
        <translation>no password for {user}: set EMEETING_PASSWORD or run the command in a terminal</translation>
    </message>
    <message>
        <source>give your user name on the server with --user</source>
        <translation>give your user name on the server with --user</translation>
    </message>
    <message>
        <source>name the sync server with --server</source>
        <translation>name the sync server with --server</translation>
    </message>
    <message>
        <source>no password store (keyring backend) is usable on this computer: server passwords are kept for this session only, and asked for again after a restart ({reason})</source>
        <translation>no password store (keyring backend) is usable on this computer: server passwords are kept for this session only, and asked for again after a restart ({reason})</translation>
    </message>
    <message>
        <source>not logged in to {server}</source>
        <translation>not logged in to {server}</translation>
    </message>
    <message>
        <source>the server at {server} was replaced (its data is not the one this computer synced with); nothing was removed here. To sync with it, start over with `emeeting sync --start-over`: your own meetings stay and are published again, what came from the old server is dropped</source>
        <translation>the server at {server} was replaced (its data is not the one this computer synced with); nothing was removed here. To sync with it, start over with `emeeting sync --start-over`: your own meetings stay and are published again, what came from the old server is dropped</translation>
    </message>
    <message>
        <source>{count} meetings are no longer shared with you by {server}; nothing was removed: to remove them from this computer, sync again with `emeeting sync --allow-removals`</source>
        <translation>{count} meetings are no longer shared with you by {server}; nothing was removed: to remove them from this computer, sync again with `emeeting sync --allow-removals`</translation>
    </message>
    <message>
        <source>annotations on confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</source>
        <translation>annotations on confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</translation>
    </message>
    <message>
        <source>the changes could not be sent: they kept meeting newer ones</source>
        <translation>the changes could not be sent: they kept meeting newer ones</translation>
    </message>
    <message>
        <source>you are not the secretary of committee {committee} on this server</source>
        <translation>you are not the secretary of committee {committee} on this server</translation>
    </message>
    <message>
        <source>the server refused it: {message}</source>
        <translation>the server refused it: {message}</translation>
    </message>
    <message>
        <source>meeting {meeting} “{title}” was not published to {server}: {reason}; it stays on this computer as it is (publish it again once the server allows it)</source>
        <translation>meeting {meeting} “{title}” was not published to {server}: {reason}; it stays on this computer as it is (publish it again once the server allows it)</translation>
    </message>
    <message>
        <source>confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</source>
        <translation>confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</translation>
    </message>
    <message>
        <source>the minutes of meeting {label} are certified, so its record cannot change; changes go through an amendment to the minutes</source>
        <translation>the minutes of meeting {label} are certified, so its record cannot change; changes go through an amendment to the minutes</translation>
    </message>
    <message>
        <source>a record of meeting {label} cannot refer to an agenda item, vote or minutes of another meeting ({other})</source>
        <translation>a record of meeting {label} cannot refer to an agenda item, vote or minutes of another meeting ({other})</translation>
    </message>
    <message>
        <source>the paper could not be read as a PDF: {reason}</source>
        <translation>the paper could not be read as a PDF: {reason}</translation>
    </message>
    <message>
        <source>confidential document {sha256}… cannot be opened: its key is not in this computer&apos;s password store (access ended, or the password store is unavailable); sync again to receive it anew if you may still read it</source>
        <translation>confidential document {sha256}… cannot be opened: its key is not in this computer&apos;s password store (access ended, or the password store is unavailable); sync again to receive it anew if you may still read it</translation>
    </message>
    <message>
        <source>confidential document {sha256}… is damaged or was altered: it cannot be opened</source>
        <translation>confidential document {sha256}… is damaged or was altered: it cannot be opened</translation>
    </message>
    <message>
        <source>no password store (keyring backend) is usable on this computer, so confidential papers (ลับ and above) are not downloaded: they are kept on a laptop only encrypted, with the key in the password store ({reason})</source>
        <translation>no password store (keyring backend) is usable on this computer, so confidential papers (ลับ and above) are not downloaded: they are kept on a laptop only encrypted, with the key in the password store ({reason})</translation>
    </message>
    <message>
        <source>this annotation cannot be stored: annotations on confidential papers (ลับ and above) are kept on this computer only encrypted, with their key in a password store, and no password store is usable here</source>
        <translation>this annotation cannot be stored: annotations on confidential papers (ลับ and above) are kept on this computer only encrypted, with their key in a password store, and no password store is usable here</translation>
    </message>
    <message>
        <source>an annotation on confidential document {sha256}… cannot be stored: the document&apos;s key is not in this computer&apos;s password store; sync again to receive it anew if you may still read it</source>
        <translation>an annotation on confidential document {sha256}… cannot be stored: the document&apos;s key is not in this computer&apos;s password store; sync again to receive it anew if you may still read it</translation>
    </message>
    <message>
        <source>the server {server} was replaced while being read; try again</source>
        <translation>the server {server} was replaced while being read; try again</translation>
    </message>
    <message>
        <source>{name}: LibreOffice cannot convert this kind of file to PDF</source>
        <extracomment>What LibreOffice turns into a PDF: office documents, spreadsheets, slides and plain text. A fresh profile makes the first start slower (a few seconds); a large file takes longer still.</extracomment>
        <translation>{name}: LibreOffice cannot convert this kind of file to PDF</translation>
    </message>
    <message>
        <source>{name}: LibreOffice could not convert the file to PDF ({reason})</source>
        <translation>{name}: LibreOffice could not convert the file to PDF ({reason})</translation>
    </message>
    <message>
        <source>{name}: LibreOffice could not be started ({reason})</source>
        <translation>{name}: LibreOffice could not be started ({reason})</translation>
    </message>
    <message>
        <source>{name}: LibreOffice did not finish converting the file within {seconds} seconds</source>
        <translation>{name}: LibreOffice did not finish converting the file within {seconds} seconds</translation>
    </message>
    <message>
        <source>{name}: the conversion to PDF was cancelled</source>
        <translation>{name}: the conversion to PDF was cancelled</translation>
    </message>
    <message>
        <source>the calendar file cannot be read: {reason}</source>
        <translation>the calendar file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>the mail setting {field} cannot be {value}</source>
        <translation>the mail setting {field} cannot be {value}</translation>
    </message>
    <message>
        <source>a password needs a user: give --user too</source>
        <translation>a password needs a user: give --user too</translation>
    </message>
    <message>
        <source>no committee {reference}</source>
        <translation>no committee {reference}</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address ({reason})</source>
        <translation>{address} is not an e-mail address ({reason})</translation>
    </message>
    <message>
        <source>the address {address} cannot be used for e-mail</source>
        <translation>the address {address} cannot be used for e-mail</translation>
    </message>
    <message>
        <source>e-mail is not set up: give the mail server and the sender&apos;s address</source>
        <translation>e-mail is not set up: give the mail server and the sender&apos;s address</translation>
    </message>
    <message>
        <source>the mail server {server} needs a login and no password is kept for {user}: set it again</source>
        <translation>the mail server {server} needs a login and no password is kept for {user}: set it again</translation>
    </message>
    <message>
        <source>the mail server {host} is not known: check its name</source>
        <translation>the mail server {host} is not known: check its name</translation>
    </message>
    <message>
        <source>{who} accepts the invitation to {meeting}</source>
        <translation>{who} accepts the invitation to {meeting}</translation>
    </message>
    <message>
        <source>{who} declines the invitation to {meeting}</source>
        <translation>{who} declines the invitation to {meeting}</translation>
    </message>
    <message>
        <source>{who} may attend {meeting} (tentative): the answer stays pending</source>
        <translation>{who} may attend {meeting} (tentative): the answer stays pending</translation>
    </message>
    <message>
        <source>{who} gives the answer already recorded for {meeting}</source>
        <translation>{who} gives the answer already recorded for {meeting}</translation>
    </message>
    <message>
        <source>the reply of {who} to {meeting} gives no answer</source>
        <translation>the reply of {who} to {meeting} gives no answer</translation>
    </message>
    <message>
        <source>{who} sends a substitute to {meeting}: the calendar reply does not change that</source>
        <translation>{who} sends a substitute to {meeting}: the calendar reply does not change that</translation>
    </message>
    <message>
        <source>the reply of {who} answers an older version of the invitation to {meeting}: ignored</source>
        <translation>the reply of {who} answers an older version of the invitation to {meeting}: ignored</translation>
    </message>
    <message>
        <source>the reply from {sender} is for an event that is no meeting in this data folder</source>
        <translation>the reply from {sender} is for an event that is no meeting in this data folder</translation>
    </message>
    <message>
        <source>the reply of {who} is for {meeting}, which is cancelled: nothing recorded</source>
        <translation>the reply of {who} is for {meeting}, which is cancelled: nothing recorded</translation>
    </message>
    <message>
        <source>the reply of {who} is for {meeting}, whose minutes are certified: nothing recorded</source>
        <translation>the reply of {who} is for {meeting}, whose minutes are certified: nothing recorded</translation>
    </message>
    <message>
        <source>the reply from {sender} answers for {address}, who is not invited to {meeting}</source>
        <translation>the reply from {sender} answers for {address}, who is not invited to {meeting}</translation>
    </message>
    <message>
        <source>the reply from {sender} answers for {address}: only their own address may answer</source>
        <translation>the reply from {sender} answers for {address}: only their own address may answer</translation>
    </message>
    <message>
        <source>the message from {sender} carries a calendar object that is no reply</source>
        <translation>the message from {sender} carries a calendar object that is no reply</translation>
    </message>
    <message>
        <source>the message from {sender} is broken: {reason}</source>
        <translation>the message from {sender} is broken: {reason}</translation>
    </message>
    <message>
        <source>the message from {sender} is larger than a reply can be ({size} bytes): not read</source>
        <translation>the message from {sender} is larger than a reply can be ({size} bytes): not read</translation>
    </message>
    <message>
        <source>the reply of {who} to {meeting} could not be recorded now: {reason}</source>
        <translation>the reply of {who} to {meeting} could not be recorded now: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection: check the port</source>
        <translation>the mail server {server} refused the connection: check the port</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} seconds</source>
        <translation>the mail server {server} did not answer within {seconds} seconds</translation>
    </message>
    <message>
        <source>the mail server {server}&apos;s certificate is not trusted ({reason}): name the office&apos;s certificate in the mail settings, or ask IT</source>
        <translation>the mail server {server}&apos;s certificate is not trusted ({reason}): name the office&apos;s certificate in the mail settings, or ask IT</translation>
    </message>
    <message>
        <source>a secure connection to the mail server {server} failed ({reason}): check the security</source>
        <translation>a secure connection to the mail server {server} failed ({reason}): check the security</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} was lost: {reason}</source>
        <translation>the connection to the mail server {server} was lost: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} answered with an error: {reason}</source>
        <translation>the mail server {server} answered with an error: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS: choose TLS or another port</source>
        <translation>the mail server {server} does not offer STARTTLS: choose TLS or another port</translation>
    </message>
    <message>
        <source>the mailbox has no folder {folder}</source>
        <translation>the mailbox has no folder {folder}</translation>
    </message>
    <message>
        <source>the mail server {server} offers no login: leave the user empty</source>
        <translation>the mail server {server} offers no login: leave the user empty</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login of {user}: {reason}</source>
        <translation>the mail server {server} refused the login of {user}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection</source>
        <translation>the mail server {server} closed the connection</translation>
    </message>
    <message>
        <source>cannot reach the mail server {server}: {reason}</source>
        <translation>cannot reach the mail server {server}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the mail server&apos;s certificate file {path}: {reason}</source>
        <translation>cannot read the mail server&apos;s certificate file {path}: {reason}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address}: {reason}</source>
        <translation>the mail server refused the address {address}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} takes mail only after a login: give the user</source>
        <translation>the mail server {server} takes mail only after a login: give the user</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address}: {reason}</source>
        <translation>the mail server refused the sender {address}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} went away while sending: {reason}</source>
        <translation>the mail server {server} went away while sending: {reason}</translation>
    </message>
    <message>
        <source>the mail server refused the message: {reason}</source>
        <translation>the mail server refused the message: {reason}</translation>
    </message>
    <message>
        <source>the search index is damaged; rebuild it with `emeeting check --reindex` (the records themselves are not affected)</source>
        <translation>the search index is damaged; rebuild it with `emeeting check --reindex` (the records themselves are not affected)</translation>
    </message>
</context>
<context>
    <name>EvidenceButton</name>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Evidence pack</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Wrote {file}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Evidence pack…</source>
        <translation>Evidence pack…</translation>
    </message>
    <message>
        <source>Save the evidence of the electronic meeting (who joined and checked in, attendance, votes, the live channel&apos;s log, the recording link and the certified minutes&apos; hash) as a zip with a PDF and its JSON</source>
        <translation>Save the evidence of the electronic meeting (who joined and checked in, attendance, votes, the live channel&apos;s log, the recording link and the certified minutes&apos; hash) as a zip with a PDF and its JSON</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>board-book</source>
        <translation>board-book</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Wrote {file}</translation>
    </message>
    <message>
        <source>not a PDF: convert it to PDF in the Documents tab</source>
        <translation>not a PDF: convert it to PDF in the Documents tab</translation>
    </message>
    <message>
        <source>a PDF locked with a password</source>
        <translation>a PDF locked with a password</translation>
    </message>
    <message>
        <source>a PDF that cannot be read</source>
        <translation>a PDF that cannot be read</translation>
    </message>
    <message>
        <source>missing or damaged on this computer</source>
        <translation>missing or damaged on this computer</translation>
    </message>
    <message>
        <source>not for this reader</source>
        <translation>not for this reader</translation>
    </message>
    <message>
        <source>classed ลับที่สุด and not released by policy</source>
        <translation>classed ลับที่สุด and not released by policy</translation>
    </message>
    <message>
        <source>kept encrypted on this computer; read it in the app</source>
        <translation>kept encrypted on this computer; read it in the app</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) were left out of {file}:</source>
        <translation>
            <numerusform>%n paper was left out of {file}:</numerusform>
            <numerusform>%n papers were left out of {file}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Board book</source>
        <translation>Board book</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (&amp;Word)…</source>
        <translation>Minutes (&amp;Word)…</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Agenda (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Invitation letter (PDF)…</source>
        <translation>&amp;Invitation letter (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Board book (PDF)…</source>
        <translation>&amp;Board book (PDF)…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Board book</source>
        <translation>Board book</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Copy for:</source>
        <translation>Copy for:</translation>
    </message>
    <message>
        <source>Numbers in Thai digits</source>
        <translation>Numbers in Thai digits</translation>
    </message>
    <message>
        <source>Secretariat copy (no reader)</source>
        <translation>Secretariat copy (no reader)</translation>
    </message>
    <message>
        <source>Include papers classed ลับที่สุด (only where policy allows)</source>
        <translation>Include papers classed ลับที่สุด (only where policy allows)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>The short name {short} is already used by {name}.</source>
        <translation>The short name {short} is already used by {name}.</translation>
    </message>
    <message>
        <source>New committee {short}</source>
        <translation>New committee {short}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation>
            <numerusform>%n member imported</numerusform>
            <numerusform>%n members imported</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is left to invite: the committee has no members yet, or all of them are invited. Import the members from a list, then invite them.</source>
        <translation>No one is left to invite: the committee has no members yet, or all of them are invited. Import the members from a list, then invite them.</translation>
    </message>
    <message>
        <source>Example meetings</source>
        <translation>Example meetings</translation>
    </message>
    <message numerus="yes">
        <source>Add %n made-up meeting(s) with their committees, people and papers to this data folder, to look around? They stay until deleted; to keep them apart from real work, start emeeting with another data folder (emeeting --data-dir FOLDER).</source>
        <translation>
            <numerusform>Add %n made-up meeting with their committees, people and papers to this data folder, to look around? They stay until deleted; to keep them apart from real work, start emeeting with another data folder (emeeting --data-dir FOLDER).</numerusform>
            <numerusform>Add %n made-up meetings with their committees, people and papers to this data folder, to look around? They stay until deleted; to keep them apart from real work, start emeeting with another data folder (emeeting --data-dir FOLDER).</numerusform>
        </translation>
    </message>
    <message>
        <source>Example meetings are only added to a data folder without meetings.</source>
        <translation>Example meetings are only added to a data folder without meetings.</translation>
    </message>
    <message>
        <source>1 Committee</source>
        <translation>1 Committee</translation>
    </message>
    <message>
        <source>2 Meeting</source>
        <translation>2 Meeting</translation>
    </message>
    <message>
        <source>3 Invitees</source>
        <translation>3 Invitees</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>This step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Already set up: {committees}. Skip this step to use them.</source>
        <translation>Already set up: {committees}. Skip this step to use them.</translation>
    </message>
    <message>
        <source>For: {committee}</source>
        <translation>For: {committee}</translation>
    </message>
    <message>
        <source>A meeting belongs to a committee: go back one step to set one up.</source>
        <translation>A meeting belongs to a committee: go back one step to set one up.</translation>
    </message>
    <message>
        <source>There is no meeting to invite to yet: go back one step to make one.</source>
        <translation>There is no meeting to invite to yet: go back one step to make one.</translation>
    </message>
    <message numerus="yes">
        <source>{committee} has %n member(s).</source>
        <translation>
            <numerusform>{committee} has %n member.</numerusform>
            <numerusform>{committee} has %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Welcome to emeeting</source>
        <translation>Welcome to emeeting</translation>
    </message>
    <message>
        <source>Three steps take you from an empty data folder to a meeting with its agenda and invitees. Each step can be skipped, and each leaves you where the work continues.</source>
        <translation>Three steps take you from an empty data folder to a meeting with its agenda and invitees. Each step can be skipped, and each leaves you where the work continues.</translation>
    </message>
    <message>
        <source>Step 1 of 3: the committee</source>
        <translation>Step 1 of 3: the committee</translation>
    </message>
    <message>
        <source>Meetings belong to a committee. Name the committee whose meetings you prepare; its members can be imported from a CSV or Excel (.xlsx) list right away. Quorum and other settings can be changed later in File ▸ Committees.</source>
        <translation>Meetings belong to a committee. Name the committee whose meetings you prepare; its members can be imported from a CSV or Excel (.xlsx) list right away. Quorum and other settings can be changed later in File ▸ Committees.</translation>
    </message>
    <message>
        <source>Committee name:</source>
        <translation>Committee name:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</source>
        <translation>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>e.g. ICT</source>
        <translation>e.g. ICT</translation>
    </message>
    <message>
        <source>Used in meeting references such as ICT:1/2569</source>
        <translation>Used in meeting references such as ICT:1/2569</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Create committee</source>
        <translation>Create committee</translation>
    </message>
    <message>
        <source>Create and import members…</source>
        <translation>Create and import members…</translation>
    </message>
    <message>
        <source>Create the committee, then choose the list of its members (CSV or Excel .xlsx)</source>
        <translation>Create the committee, then choose the list of its members (CSV or Excel .xlsx)</translation>
    </message>
    <message>
        <source>Step 2 of 3: the first meeting</source>
        <translation>Step 2 of 3: the first meeting</translation>
    </message>
    <message>
        <source>The meeting starts from the Thai template: the five customary sections of an agenda, numbered as the committee numbers its meetings (1/2569, 2/2569 …). Choose its day, time and place; everything can be changed later on the Details tab.</source>
        <translation>The meeting starts from the Thai template: the five customary sections of an agenda, numbered as the committee numbers its meetings (1/2569, 2/2569 …). Choose its day, time and place; everything can be changed later on the Details tab.</translation>
    </message>
    <message>
        <source>Create the meeting…</source>
        <translation>Create the meeting…</translation>
    </message>
    <message>
        <source>Step 3 of 3: the invitees</source>
        <translation>Step 3 of 3: the invitees</translation>
    </message>
    <message>
        <source>Invite every member of the committee in one step. Guests and presenters of single items are added on the Invitees tab, where the replies are kept too.</source>
        <translation>Invite every member of the committee in one step. Guests and presenters of single items are added on the Invitees tab, where the replies are kept too.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Import members…</translation>
    </message>
    <message>
        <source>Invite the whole committee</source>
        <translation>Invite the whole committee</translation>
    </message>
    <message>
        <source>Ready: where the work continues</source>
        <translation>Ready: where the work continues</translation>
    </message>
    <message>
        <source>The meeting is set up with the Thai agenda and its invitees. What usually comes next:</source>
        <translation>The meeting is set up with the Thai agenda and its invitees. What usually comes next:</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Add the matters for decision under section 4.</source>
        <translation>Add the matters for decision under section 4.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Attach each item&apos;s papers (PDF) on the Documents tab.</source>
        <translation>Attach each item&apos;s papers (PDF) on the Documents tab.</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>Invitation letter…</translation>
    </message>
    <message>
        <source>Write the invitation letter as a PDF, ready to sign and send.</source>
        <translation>Write the invitation letter as a PDF, ready to sign and send.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The guide opens again from Help ▸ First steps</source>
        <translation>The guide opens again from Help ▸ First steps</translation>
    </message>
    <message>
        <source>Just looking? Example meetings show every screen filled in.</source>
        <translation>Just looking? Example meetings show every screen filled in.</translation>
    </message>
    <message>
        <source>Load example meetings…</source>
        <translation>Load example meetings…</translation>
    </message>
    <message>
        <source>A committee member? Your meetings come from your organisation&apos;s server.</source>
        <translation>A committee member? Your meetings come from your organisation&apos;s server.</translation>
    </message>
    <message>
        <source>Connect to the server…</source>
        <translation>Connect to the server…</translation>
    </message>
</context>
<context>
    <name>FollowBar</name>
    <message>
        <source>Following the chair</source>
        <translation>Following the chair</translation>
    </message>
    <message>
        <source>Reading on your own</source>
        <translation>Reading on your own</translation>
    </message>
    <message>
        <source>{state} · the chair is at {item}</source>
        <translation>{state} · the chair is at {item}</translation>
    </message>
    <message>
        <source>Back to the chair</source>
        <translation>Back to the chair</translation>
    </message>
    <message>
        <source>Go where the chair is now and follow again</source>
        <translation>Go where the chair is now and follow again</translation>
    </message>
</context>
<context>
    <name>FoundOpener</name>
    <message>
        <source>That meeting is not among the meetings you read here.</source>
        <translation>That meeting is not among the meetings you read here.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Whole meeting</source>
        <translation>Whole meeting</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Invited as:</source>
        <translation>Invited as:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Add guest or presenter</source>
        <translation>Add guest or presenter</translation>
    </message>
</context>
<context>
    <name>IndexBuild</name>
    <message>
        <source>Preparing search</source>
        <translation>Preparing search</translation>
    </message>
    <message>
        <source>Preparing to search the archive…</source>
        <translation>Preparing to search the archive…</translation>
    </message>
    <message>
        <source>Preparing to search the archive: {done:,} of {total:,} records (once, after an upgrade)</source>
        <translation>Preparing to search the archive: {done:,} of {total:,} records (once, after an upgrade)</translation>
    </message>
</context>
<context>
    <name>InviteesPane</name>
    <message numerus="yes">
        <source>This meeting is cancelled: %n invitee(s) were sent its invitation.</source>
        <translation>
            <numerusform>This meeting is cancelled: %n invitee were sent its invitation.</numerusform>
            <numerusform>This meeting is cancelled: %n invitees were sent its invitation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the cancellation…</source>
        <translation>Send the cancellation…</translation>
    </message>
    <message numerus="yes">
        <source>The date or place changed since the invitations were sent: %n invitee(s) should get an update.</source>
        <translation>
            <numerusform>The date or place changed since the invitations were sent: %n invitee should get an update.</numerusform>
            <numerusform>The date or place changed since the invitations were sent: %n invitees should get an update.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the update…</source>
        <translation>Send the update…</translation>
    </message>
    <message>
        <source>Every member of the committee is invited already.</source>
        <translation>Every member of the committee is invited already.</translation>
    </message>
    <message>
        <source>Invite the committee</source>
        <translation>Invite the committee</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Invite a guest</translation>
    </message>
    <message>
        <source>Invite a presenter</source>
        <translation>Invite a presenter</translation>
    </message>
    <message>
        <source>Change reply</source>
        <translation>Change reply</translation>
    </message>
    <message>
        <source>Send a substitute</source>
        <translation>Send a substitute</translation>
    </message>
    <message>
        <source>Invite {name}</source>
        <translation>Invite {name}</translation>
    </message>
    <message>
        <source>Remove invitee</source>
        <translation>Remove invitee</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Whole meeting</translation>
    </message>
    <message>
        <source>{invited} · {accepted} · {declined} · {pending}</source>
        <translation>{invited} · {accepted} · {declined} · {pending}</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending a substitute</source>
        <translation>
            <numerusform>%n sending a substitute</numerusform>
            <numerusform>%n sending a substitute</numerusform>
        </translation>
    </message>
    <message>
        <source>in place of {name}</source>
        <translation>in place of {name}</translation>
    </message>
    <message>
        <source>sends {name}</source>
        <translation>sends {name}</translation>
    </message>
    <message>
        <source>Invite the whole committee</source>
        <translation>Invite the whole committee</translation>
    </message>
    <message>
        <source>Invite every current member who is not invited yet</source>
        <translation>Invite every current member who is not invited yet</translation>
    </message>
    <message>
        <source>Add guest or presenter…</source>
        <translation>Add guest or presenter…</translation>
    </message>
    <message>
        <source>Send a substitute…</source>
        <translation>Send a substitute…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Send invitations…</source>
        <translation>Send invitations…</translation>
    </message>
    <message>
        <source>Send the invitation, or what changed since, to every invitee by e-mail</source>
        <translation>Send the invitation, or what changed since, to every invitee by e-mail</translation>
    </message>
    <message>
        <source>Remind those who have not answered…</source>
        <translation>Remind those who have not answered…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>(no presenter)</source>
        <translation>(no presenter)</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>No one</translation>
    </message>
    <message>
        <source>Select an agenda item to edit it.</source>
        <translation>Select an agenda item to edit it.</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Secrecy:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Closed item (withheld from guests)</source>
        <translation>Closed item (withheld from guests)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Recused for a conflict of interest:</source>
        <translation>Recused for a conflict of interest:</translation>
    </message>
    <message>
        <source>Recuse</source>
        <translation>Recuse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Save item</translation>
    </message>
    <message>
        <source>Save this agenda item (Ctrl+S)</source>
        <translation>Save this agenda item (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ItemNotes</name>
    <message>
        <source>Notes on this item</source>
        <translation>Notes on this item</translation>
    </message>
    <message>
        <source>Add a note on this item…</source>
        <translation>Add a note on this item…</translation>
    </message>
    <message>
        <source>A note of yours on this agenda item; private unless you share it</source>
        <translation>A note of yours on this agenda item; private unless you share it</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>en</source>
        <comment>language code of this translation: th or en</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Minutes drafted</translation>
    </message>
    <message>
        <source>Minutes certified</source>
        <translation>Minutes certified</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Being prepared; no notice has been sent yet</source>
        <translation>Being prepared; no notice has been sent yet</translation>
    </message>
    <message>
        <source>The notice has been sent to the invitees</source>
        <translation>The notice has been sent to the invitees</translation>
    </message>
    <message>
        <source>The meeting is in progress</source>
        <translation>The meeting is in progress</translation>
    </message>
    <message>
        <source>The meeting has ended; minutes not yet drafted</source>
        <translation>The meeting has ended; minutes not yet drafted</translation>
    </message>
    <message>
        <source>The minutes are drafted and await certification</source>
        <translation>The minutes are drafted and await certification</translation>
    </message>
    <message>
        <source>The minutes have been certified</source>
        <translation>The minutes have been certified</translation>
    </message>
    <message>
        <source>The meeting was cancelled</source>
        <translation>The meeting was cancelled</translation>
    </message>
    <message>
        <source>The meeting was postponed</source>
        <translation>The meeting was postponed</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Most urgent</source>
        <translation>Most urgent</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Hybrid (in person and online)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Sends a substitute</source>
        <translation>Sends a substitute</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>I will attend</source>
        <translation>I will attend</translation>
    </message>
    <message>
        <source>I cannot attend</source>
        <translation>I cannot attend</translation>
    </message>
    <message>
        <source>Someone attends in my place</source>
        <translation>Someone attends in my place</translation>
    </message>
    <message>
        <source>No. {label}</source>
        <translation>No. {label}</translation>
    </message>
    <message>
        <source>{name} ({short_name})</source>
        <translation>{name} ({short_name})</translation>
    </message>
    <message>
        <source>{ce} (BE {be})</source>
        <translation>{ce} (BE {be})</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Assistant secretary</source>
        <translation>Assistant secretary</translation>
    </message>
    <message>
        <source>Per year (1/2569, 2/2569 …)</source>
        <translation>Per year (1/2569, 2/2569 …)</translation>
    </message>
    <message>
        <source>Continuous (one running number)</source>
        <translation>Continuous (one running number)</translation>
    </message>
    <message>
        <source>Thai: the five customary sections</source>
        <translation>Thai: the five customary sections</translation>
    </message>
    <message>
        <source>English: the five customary sections</source>
        <translation>English: the five customary sections</translation>
    </message>
</context>
<context>
    <name>LiveVotePanel</name>
    <message>
        <source>No vote on laptops on this item.</source>
        <translation>No vote on laptops on this item.</translation>
    </message>
    <message>
        <source>Open: {question} ({kind})</source>
        <translation>Open: {question} ({kind})</translation>
    </message>
    <message>
        <source>Closed: {question} ({kind})</source>
        <translation>Closed: {question} ({kind})</translation>
    </message>
    <message>
        <source>Voted: {count}</source>
        <translation>Voted: {count}</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>opened {time}</translation>
    </message>
    <message>
        <source>closed {time}</source>
        <translation>closed {time}</translation>
    </message>
    <message>
        <source>Have voted: {names}</source>
        <translation>Have voted: {names}</translation>
    </message>
    <message>
        <source>The choices are counted when the vote is closed.</source>
        <translation>The choices are counted when the vote is closed.</translation>
    </message>
    <message>
        <source>{for_label} {for_}, {against_label} {against}, {abstain_label} {abstain}</source>
        <translation>{for_label} {for_}, {against_label} {against}, {abstain_label} {abstain}</translation>
    </message>
    <message>
        <source>Log in to the sync server first: members vote through it.</source>
        <translation>Log in to the sync server first: members vote through it.</translation>
    </message>
    <message>
        <source>Open a vote on laptops…</source>
        <translation>Open a vote on laptops…</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Show of hands:</source>
        <translation>Show of hands:</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (encrypted after connecting)</translation>
    </message>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (encrypted from the start)</translation>
    </message>
    <message>
        <source>None (only inside the office network)</source>
        <translation>None (only inside the office network)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>empty when the server needs no login</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>stored; type a new one to replace it</translation>
    </message>
    <message>
        <source>kept in the computer&apos;s password store</source>
        <translation>kept in the computer&apos;s password store</translation>
    </message>
    <message>
        <source>The e-mail settings are saved.</source>
        <translation>The e-mail settings are saved.</translation>
    </message>
    <message>
        <source>The e-mail settings are saved. The password is kept for this session only: {why}</source>
        <translation>The e-mail settings are saved. The password is kept for this session only: {why}</translation>
    </message>
    <message>
        <source>Type the address the test message goes to.</source>
        <translation>Type the address the test message goes to.</translation>
    </message>
    <message>
        <source>Sending a test message to {address}…</source>
        <translation>Sending a test message to {address}…</translation>
    </message>
    <message>
        <source>A test message was sent to {address}.</source>
        <translation>A test message was sent to {address}.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Reading replies…</translation>
    </message>
    <message numerus="yes">
        <source>Replies read: %n answer(s) recorded.</source>
        <translation>
            <numerusform>Replies read: %n answer recorded.</numerusform>
            <numerusform>Replies read: %n answers recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be recorded now and are read again next time.</source>
        <translation>
            <numerusform>%n could not be recorded now and are read again next time.</numerusform>
            <numerusform>%n could not be recorded now and are read again next time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Days before</translation>
    </message>
    <message>
        <source>E-mail settings</source>
        <translation>E-mail settings</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <source>e.g. the committee&apos;s secretariat</source>
        <translation>e.g. the committee&apos;s secretariat</translation>
    </message>
    <message>
        <source>Wait for the server (seconds):</source>
        <translation>Wait for the server (seconds):</translation>
    </message>
    <message>
        <source>Test message to:</source>
        <translation>Test message to:</translation>
    </message>
    <message>
        <source>the sender address when empty</source>
        <translation>the sender address when empty</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>When a member answers the invitation in their calendar, the answer comes back by e-mail. emeeting can read those answers from a mailbox folder and record them as the members&apos; replies.</source>
        <translation>When a member answers the invitation in their calendar, the answer comes back by e-mail. emeeting can read those answers from a mailbox folder and record them as the members&apos; replies.</translation>
    </message>
    <message>
        <source>Read calendar replies from this mailbox</source>
        <translation>Read calendar replies from this mailbox</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Read replies now</source>
        <translation>Read replies now</translation>
    </message>
    <message>
        <source>A reminder goes by e-mail to the invitees the given number of days before each meeting of the committee (0: no reminder), while emeeting is open on this computer or when the scheduled task runs.</source>
        <translation>A reminder goes by e-mail to the invitees the given number of days before each meeting of the committee (0: no reminder), while emeeting is open on this computer or when the scheduled task runs.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Also remind those who have not answered yet</source>
        <translation>Also remind those who have not answered yet</translation>
    </message>
</context>
<context>
    <name>MailStatus</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Test message</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>failed: {reason}</translation>
    </message>
    <message>
        <source>{what} to {address} failed {when}: {reason}</source>
        <translation>{what} to {address} failed {when}: {reason}</translation>
    </message>
    <message>
        <source>{what} sent to {address} {when}</source>
        <translation>{what} sent to {address} {when}</translation>
    </message>
    <message>
        <source>cancellation to send</source>
        <translation>cancellation to send</translation>
    </message>
    <message>
        <source>update to send</source>
        <translation>update to send</translation>
    </message>
    <message>
        <source>cancellation sent {when}</source>
        <translation>cancellation sent {when}</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>sent {when}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About emeeting</source>
        <translation>About emeeting</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emeeting {version}&lt;/h3&gt;&lt;p&gt;Paperless meetings for committees: agendas, documents, attendance and minutes, working offline first.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emeeting {version}&lt;/h3&gt;&lt;p&gt;Paperless meetings for committees: agendas, documents, attendance and minutes, working offline first.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Loading meetings…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded: {message}</source>
        <translation>The meetings could not be loaded: {message}</translation>
    </message>
    <message>
        <source>This meeting could not be shown: {message}</source>
        <translation>This meeting could not be shown: {message}</translation>
    </message>
    <message>
        <source>emeeting</source>
        <translation>emeeting</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent by e-mail</source>
        <translation>
            <numerusform>%n reminder sent by e-mail</numerusform>
            <numerusform>%n reminders sent by e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders not sent: {reason}</source>
        <translation>Reminders not sent: {reason}</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Copy as next meeting</source>
        <translation>Copy as next meeting</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete meeting {number} “{title}” with its agenda, documents and invitations?</source>
        <translation>Delete meeting {number} “{title}” with its agenda, documents and invitations?</translation>
    </message>
    <message>
        <source>Delete meeting {label}</source>
        <translation>Delete meeting {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>Done: {action}</translation>
    </message>
    <message>
        <source>Not done: {message}</source>
        <translation>Not done: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>emeeting — electronic meetings</source>
        <translation>emeeting — electronic meetings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Create a meeting from an agenda template</source>
        <translation>Create a meeting from an agenda template</translation>
    </message>
    <message>
        <source>&amp;Copy as next meeting…</source>
        <translation>&amp;Copy as next meeting…</translation>
    </message>
    <message>
        <source>The next meeting of this series, numbered one higher</source>
        <translation>The next meeting of this series, numbered one higher</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Delete meeting…</translation>
    </message>
    <message>
        <source>&amp;Committees…</source>
        <translation>&amp;Committees…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Import people…</translation>
    </message>
    <message>
        <source>Add people from a CSV or Excel (.xlsx) list</source>
        <translation>Add people from a CSV or Excel (.xlsx) list</translation>
    </message>
    <message>
        <source>E-&amp;mail settings…</source>
        <translation>E-&amp;mail settings…</translation>
    </message>
    <message>
        <source>The mail server invitations are sent through, replies and reminders</source>
        <translation>The mail server invitations are sent through, replies and reminders</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close emeeting</source>
        <translation>Close emeeting</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Store the edits of the form on screen</source>
        <translation>Store the edits of the form on screen</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>&amp;Find meeting</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation>Add &amp;sub-item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Invitees</source>
        <translation>&amp;Invitees</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Meeting da&amp;y</source>
        <translation>Meeting da&amp;y</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Search every meeting, agenda item, minutes, person and the papers&apos; text</source>
        <translation>Search every meeting, agenda item, minutes, person and the papers&apos; text</translation>
    </message>
    <message>
        <source>R&amp;eader view</source>
        <translation>R&amp;eader view</translation>
    </message>
    <message>
        <source>Read the meetings as a member sees them</source>
        <translation>Read the meetings as a member sees them</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>Who changed what in this meeting, and when</source>
        <translation>Who changed what in this meeting, and when</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>Show the meeting day&apos;s current item and the paper presented on a big screen</source>
        <translation>Show the meeting day&apos;s current item and the paper presented on a big screen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>ไทย</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>&amp;First steps…</translation>
    </message>
    <message>
        <source>A guide from the first committee to a meeting with its invitees</source>
        <translation>A guide from the first committee to a meeting with its invitees</translation>
    </message>
    <message>
        <source>&amp;About emeeting</source>
        <translation>&amp;About emeeting</translation>
    </message>
    <message>
        <source>emeeting is already open on this data folder in another window. Both can make changes; a change made on a screen that the other window has changed since is refused, and the screen is reloaded.</source>
        <translation>emeeting is already open on this data folder in another window. Both can make changes; a change made on a screen that the other window has changed since is refused, and the screen is reloaded.</translation>
    </message>
    <message>
        <source>Read-only: the data folder {folder} may not be written by you, so it is shown as it is and changes are refused.</source>
        <translation>Read-only: the data folder {folder} may not be written by you, so it is shown as it is and changes are refused.</translation>
    </message>
</context>
<context>
    <name>MarkTools</name>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Read the paper and open the menu of a mark (Esc)</source>
        <translation>Read the paper and open the menu of a mark (Esc)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Highlight text: drag over it</source>
        <translation>Highlight text: drag over it</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Underline text: drag over it</source>
        <translation>Underline text: drag over it</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Ink</translation>
    </message>
    <message>
        <source>Draw by hand with the mouse or a pen</source>
        <translation>Draw by hand with the mouse or a pen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pin a note: click where it belongs</source>
        <translation>Pin a note: click where it belongs</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Edit meeting {label}</source>
        <translation>Edit meeting {label}</translation>
    </message>
    <message>
        <source>⚠ The notice is late: members must be notified at least 3 days before the meeting (by {deadline}) unless it is urgent.</source>
        <translation>⚠ The notice is late: members must be notified at least 3 days before the meeting (by {deadline}) unless it is urgent.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Meeting No.:</source>
        <translation>Meeting No.:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>Online link:</translation>
    </message>
    <message>
        <source>Recording link:</source>
        <translation>Recording link:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Secrecy:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Notice sent:</source>
        <translation>Notice sent:</translation>
    </message>
    <message>
        <source>/ BE year</source>
        <translation>/ BE year</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reconvened after a meeting without quorum (the lower quorum applies)</source>
        <translation>Reconvened after a meeting without quorum (the lower quorum applies)</translation>
    </message>
    <message>
        <source>e.g. Meeting room 1, 9th floor</source>
        <translation>e.g. Meeting room 1, 9th floor</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the meeting&apos;s recording is kept</source>
        <translation>Where the meeting&apos;s recording is kept</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s details (Ctrl+S)</source>
        <translation>Save the meeting&apos;s details (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
</context>
<context>
    <name>MeetingNavigator</name>
    <message>
        <source>{number} · {date} · {title}</source>
        <translation>{number} · {date} · {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{committee}&lt;br&gt;{number} · {date}&lt;br&gt;{status}: {description}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{committee}&lt;br&gt;{number} · {date}&lt;br&gt;{status}: {description}</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <source>The guide sets up the first committee, its members and the first meeting with its invitees in three steps; or it loads example meetings to look around.</source>
        <translation>The guide sets up the first committee, its members and the first meeting with its invitees in three steps; or it loads example meetings to look around.</translation>
    </message>
    <message>
        <source>Start with the guide</source>
        <translation>Start with the guide</translation>
    </message>
    <message>
        <source>Filter by committee, title, number or status…</source>
        <translation>Filter by committee, title, number or status…</translation>
    </message>
    <message>
        <source>Type part of a committee name, meeting title, number or status</source>
        <translation>Type part of a committee name, meeting title, number or status</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Tell the invitees</source>
        <translation>Tell the invitees</translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) were sent this meeting by e-mail and their calendars show it as it was. Send them the change now?</source>
        <translation>
            <numerusform>%n invitee were sent this meeting by e-mail and their calendars show it as it was. Send them the change now?</numerusform>
            <numerusform>%n invitees were sent this meeting by e-mail and their calendars show it as it was. Send them the change now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting on the left, or create one with File ▸ New meeting (Ctrl+N).</source>
        <translation>Select a meeting on the left, or create one with File ▸ New meeting (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Invitees</source>
        <translation>&amp;Invitees</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Meeting da&amp;y</source>
        <translation>Meeting da&amp;y</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Certified minutes: this meeting is read-only. Changes are made as an amendment (Minutes tab).</source>
        <translation>Certified minutes: this meeting is read-only. Changes are made as an amendment (Minutes tab).</translation>
    </message>
    <message>
        <source>The minutes of this meeting have been certified, so its details, agenda, invitees, the agenda items&apos; documents and the meeting-day record can no longer be changed. Changes are made as an amendment to the minutes (Minutes tab, Record an amendment…).</source>
        <translation>The minutes of this meeting have been certified, so its details, agenda, invitees, the agenda items&apos; documents and the meeting-day record can no longer be changed. Changes are made as an amendment to the minutes (Minutes tab, Record an amendment…).</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>Term starts:</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>Term ends:</translation>
    </message>
    <message>
        <source>Has a voting right</source>
        <translation>Has a voting right</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Resolutions only</source>
        <translation>Resolutions only</translation>
    </message>
    <message>
        <source>At this meeting</source>
        <translation>At this meeting</translation>
    </message>
    <message>
        <source>At the next meeting (agenda section 2)</source>
        <translation>At the next meeting (agenda section 2)</translation>
    </message>
    <message>
        <source>By circulation (แจ้งเวียน)</source>
        <translation>By circulation (แจ้งเวียน)</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>No minutes yet</translation>
    </message>
    <message>
        <source>Minutes are made from what the Meeting day recorded: who attended, and each item&apos;s notes, resolution and votes. Make the draft from that record, edit each item&apos;s text, then certify the minutes.</source>
        <translation>Minutes are made from what the Meeting day recorded: who attended, and each item&apos;s notes, resolution and votes. Make the draft from that record, edit each item&apos;s text, then certify the minutes.</translation>
    </message>
    <message>
        <source>Make the draft minutes</source>
        <translation>Make the draft minutes</translation>
    </message>
    <message>
        <source>This meeting has not been held yet. Its minutes are made from what the Meeting day records: who attends, and each item&apos;s notes, resolution and votes. After the meeting, make the draft here, edit each item&apos;s text, then certify the minutes. A draft can already be prepared from the agenda.</source>
        <translation>This meeting has not been held yet. Its minutes are made from what the Meeting day records: who attends, and each item&apos;s notes, resolution and votes. After the meeting, make the draft here, edit each item&apos;s text, then certify the minutes. A draft can already be prepared from the agenda.</translation>
    </message>
    <message>
        <source>Prepare a draft from the agenda</source>
        <translation>Prepare a draft from the agenda</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>No meeting selected</translation>
    </message>
    <message>
        <source>Certified {when} ({method}). Changes are recorded as amendments.</source>
        <translation>Certified {when} ({method}). Changes are recorded as amendments.</translation>
    </message>
    <message>
        <source>The record has changed since the last frozen version.</source>
        <translation>The record has changed since the last frozen version.</translation>
    </message>
    <message>
        <source>No draft yet: generate it from what was recorded at the meeting.</source>
        <translation>No draft yet: generate it from what was recorded at the meeting.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Certified version — {when}</source>
        <translation>Certified version — {when}</translation>
    </message>
    <message>
        <source>Amendment {n} — {when}: {reason}</source>
        <translation>Amendment {n} — {when}: {reason}</translation>
    </message>
    <message>
        <source>SHA-256 of the certified text: {hash}</source>
        <translation>SHA-256 of the certified text: {hash}</translation>
    </message>
    <message>
        <source>Not certified yet</source>
        <translation>Not certified yet</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>Generate the draft minutes</source>
        <translation>Generate the draft minutes</translation>
    </message>
    <message>
        <source>Change the minutes&apos; settings</source>
        <translation>Change the minutes&apos; settings</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Edit the minutes</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>Minutes taken by</translation>
    </message>
    <message>
        <source>Minutes checked by</source>
        <translation>Minutes checked by</translation>
    </message>
    <message>
        <source>Generate the draft from the record</source>
        <translation>Generate the draft from the record</translation>
    </message>
    <message>
        <source>Certify…</source>
        <translation>Certify…</translation>
    </message>
    <message>
        <source>Record an amendment…</source>
        <translation>Record an amendment…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Whole minutes</source>
        <translation>Whole minutes</translation>
    </message>
    <message>
        <source>Certified versions and amendments</source>
        <translation>Certified versions and amendments</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Thai template (five customary sections)</source>
        <translation>Thai template (five customary sections)</translation>
    </message>
    <message>
        <source>English template</source>
        <translation>English template</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>Empty agenda</translation>
    </message>
    <message>
        <source>e.g. Meeting of the ICT committee</source>
        <translation>e.g. Meeting of the ICT committee</translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <source>Copy as next meeting</source>
        <translation>Copy as next meeting</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>A new meeting after {number} with the next number, the committee&apos;s agenda template, the same members invited and the open action items carried over.</source>
        <translation>A new meeting after {number} with the next number, the committee&apos;s agenda template, the same members invited and the open action items carried over.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the agenda item</source>
        <translation>Note on the agenda item</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>Who sees it:</source>
        <translation>Who sees it:</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Change who sees an annotation</source>
        <translation>Change who sees an annotation</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Edit a note</translation>
    </message>
    <message>
        <source>Delete an annotation</source>
        <translation>Delete an annotation</translation>
    </message>
    <message>
        <source>Add a note on an item</source>
        <translation>Add a note on an item</translation>
    </message>
</context>
<context>
    <name>OpenVoteDialog</name>
    <message>
        <source>Open a vote on members&apos; laptops</source>
        <translation>Open a vote on members&apos; laptops</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>PaperMarks</name>
    <message>
        <source>Highlight text</source>
        <translation>Highlight text</translation>
    </message>
    <message>
        <source>Underline text</source>
        <translation>Underline text</translation>
    </message>
    <message>
        <source>Draw by hand</source>
        <translation>Draw by hand</translation>
    </message>
    <message>
        <source>Add a sticky note</source>
        <translation>Add a sticky note</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>By {author}</translation>
    </message>
    <message>
        <source>Private: only you see it</source>
        <translation>Private: only you see it</translation>
    </message>
    <message>
        <source>Shared with the committee</source>
        <translation>Shared with the committee</translation>
    </message>
    <message>
        <source>For the secretary only</source>
        <translation>For the secretary only</translation>
    </message>
    <message>
        <source>Share with the committee</source>
        <translation>Share with the committee</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>Private (only me)</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation>Edit the note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Change who sees an annotation</source>
        <translation>Change who sees an annotation</translation>
    </message>
    <message>
        <source>Delete an annotation</source>
        <translation>Delete an annotation</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Edit a note</translation>
    </message>
</context>
<context>
    <name>PaperNotices</name>
    <message>
        <source>This confidential paper is closed: this computer has not synced with {server} for {days} days, and its committee lets confidential papers stay on a computer without syncing for {allowed} days. Sync to open it again.</source>
        <translation>This confidential paper is closed: this computer has not synced with {server} for {days} days, and its committee lets confidential papers stay on a computer without syncing for {allowed} days. Sync to open it again.</translation>
    </message>
    <message>
        <source>This confidential paper was not downloaded: this computer has no password store (keyring) to keep the key it would be encrypted with. Set up the system&apos;s password store and sync again.</source>
        <translation>This confidential paper was not downloaded: this computer has no password store (keyring) to keep the key it would be encrypted with. Set up the system&apos;s password store and sync again.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>There is no preview for this kind of file. Open it with the system viewer.</source>
        <translation>There is no preview for this kind of file. Open it with the system viewer.</translation>
    </message>
    <message>
        <source>This document cannot be shown ({reason}).</source>
        <translation>This document cannot be shown ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>it is protected by a password</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>not a readable PDF</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} of {count}</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the system viewer.</source>
        <translation>No temporary folder could be made for the system viewer.</translation>
    </message>
    <message>
        <source>The system has no viewer for this kind of file.</source>
        <translation>The system has no viewer for this kind of file.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Continuous pages</source>
        <translation>Continuous pages</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Open with system viewer</translation>
    </message>
    <message numerus="yes">
        <source>Scroll through all pages; documents over %n pages open one page at a time</source>
        <translation>
            <numerusform>Scroll through all pages; documents over %n pages open one page at a time</numerusform>
            <numerusform>Scroll through all pages; documents over %n pages open one page at a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Full name (title and names)</source>
        <translation>Full name (title and names)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <source>Voting right</source>
        <translation>Voting right</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Member only</source>
        <translation>Member only</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Choose a list of people</source>
        <translation>Choose a list of people</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(column {n})</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>(none: only add them to the people list)</source>
        <translation>(none: only add them to the people list)</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>Choose the column that holds the first names (or the full names).</source>
        <translation>Choose the column that holds the first names (or the full names).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file. New: {ok}; already listed, only made members: {members}; with errors: {errors}; duplicates: {duplicates}.</source>
        <translation>
            <numerusform>%n row in the file. New: {ok}; already listed, only made members: {members}; with errors: {errors}; duplicates: {duplicates}.</numerusform>
            <numerusform>%n rows in the file. New: {ok}; already listed, only made members: {members}; with errors: {errors}; duplicates: {duplicates}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Import people from {file}</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>1. File (CSV or Excel .xlsx)</source>
        <translation>1. File (CSV or Excel .xlsx)</translation>
    </message>
    <message>
        <source>No file chosen. The first row must hold the column names.</source>
        <translation>No file chosen. The first row must hold the column names.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>Also make them members of:</source>
        <translation>Also make them members of:</translation>
    </message>
    <message>
        <source>3. Check the rows</source>
        <translation>3. Check the rows</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message numerus="yes">
        <source>%n of {total} people</source>
        <translation>
            <numerusform>%n of {total} people</numerusform>
            <numerusform>%n of {total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>New person {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete {name} and their memberships?</source>
        <translation>Delete {name} and their memberships?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>No vote</translation>
    </message>
    <message>
        <source>Add membership in {short}</source>
        <translation>Add membership in {short}</translation>
    </message>
    <message>
        <source>Edit membership in {short}</source>
        <translation>Edit membership in {short}</translation>
    </message>
    <message>
        <source>Remove membership in {short}</source>
        <translation>Remove membership in {short}</translation>
    </message>
    <message>
        <source>Search by name, position, organisation, e-mail…</source>
        <translation>Search by name, position, organisation, e-mail…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>Someone already in the list</source>
        <translation>Someone already in the list</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>A new person</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>A person needs a last name.</source>
        <translation>A person needs a last name.</translation>
    </message>
    <message>
        <source>{name} already has the e-mail address {email}.</source>
        <translation>{name} already has the e-mail address {email}.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>PersonTextDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Opening {paper}…</source>
        <translation>Opening {paper}…</translation>
    </message>
    <message>
        <source>Presenting: {paper}</source>
        <translation>Presenting: {paper}</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presenting</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>This paper cannot be shown here.</source>
        <translation>This paper cannot be shown here.</translation>
    </message>
    <message>
        <source>Waiting for the chair</source>
        <translation>Waiting for the chair</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>Presented by {name}</translation>
    </message>
    <message>
        <source>{paper} · page {page} of {pages}</source>
        <translation>{paper} · page {page} of {pages}</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>Papers of the meeting</source>
        <translation>Papers of the meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to read this paper</source>
        <translation>Click or press Enter to read this paper</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Making the board book…</source>
        <translation>Making the board book…</translation>
    </message>
    <message>
        <source>Board book: {meeting}</source>
        <translation>Board book: {meeting}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>Not invited</translation>
    </message>
    <message>
        <source>My &amp;answer…</source>
        <translation>My &amp;answer…</translation>
    </message>
    <message>
        <source>Attend, send your apologies, or send someone in your place (name them in the reason)</source>
        <translation>Attend, send your apologies, or send someone in your place (name them in the reason)</translation>
    </message>
    <message>
        <source>&amp;Board book</source>
        <translation>&amp;Board book</translation>
    </message>
    <message>
        <source>All papers of this meeting as one read, with bookmarks</source>
        <translation>All papers of this meeting as one read, with bookmarks</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Next paper</source>
        <translation>Next paper</translation>
    </message>
    <message>
        <source>Previous paper</source>
        <translation>Previous paper</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Go to page…</translation>
    </message>
    <message>
        <source>Alt+↓ / Alt+↑: next or previous item · Alt+→ / Alt+←: next or previous paper · Page Down / Page Up: pages · Ctrl+G: go to page</source>
        <translation>Alt+↓ / Alt+↑: next or previous item · Alt+→ / Alt+←: next or previous paper · Page Down / Page Up: pages · Ctrl+G: go to page</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>My annotations (%n)</source>
        <translation>
            <numerusform>My annotations (%n)</numerusform>
            <numerusform>My annotations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotations in this meeting and those shared with you</source>
        <translation>Your annotations in this meeting and those shared with you</translation>
    </message>
</context>
<context>
    <name>RemovalsDialog</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Remove meetings?</source>
        <translation>Remove meetings?</translation>
    </message>
    <message>
        <source>{count} meetings on this computer are no longer shared with you by {url}. Nothing has been removed yet:</source>
        <translation>{count} meetings on this computer are no longer shared with you by {url}. Nothing has been removed yet:</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Remove them from this computer? If you keep them, they stay as they are and syncing with this server waits until you decide; choose Sync now to be asked again.</source>
        <translation>Remove them from this computer? If you keep them, they stay as they are and syncing with this server waits until you decide; choose Sync now to be asked again.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Search everything (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Search the meetings, agenda items, minutes, action items, people and the papers&apos; text</source>
        <translation>Search the meetings, agenda items, minutes, action items, people and the papers&apos; text</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>The search failed: {message}</translation>
    </message>
    <message>
        <source>Type what to look for: words of a meeting, an agenda item, the minutes, a person or the text of a paper, in Thai or English. &quot;Quotes&quot; find the words as written together.</source>
        <translation>Type what to look for: words of a meeting, an agenda item, the minutes, a person or the text of a paper, in Thai or English. &quot;Quotes&quot; find the words as written together.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try other words, or fewer filters.</source>
        <translation>Nothing found for “{text}”. Try other words, or fewer filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n meeting(s)</source>
        <translation>
            <numerusform>in %n meeting</numerusform>
            <numerusform>in %n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more: narrow the search (a committee, dates or a kind).</source>
        <translation>There are more: narrow the search (a committee, dates or a kind).</translation>
    </message>
    <message>
        <source>Papers without text to search</source>
        <translation>Papers without text to search</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Meeting documents</translation>
    </message>
    <message>
        <source>Confidential: its text is not kept on this computer</source>
        <translation>Confidential: its text is not kept on this computer</translation>
    </message>
    <message>
        <source>No text to search (a scanned image)</source>
        <translation>No text to search (a scanned image)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Minutes, draft</source>
        <translation>Minutes, draft</translation>
    </message>
    <message>
        <source>Minutes, as certified</source>
        <translation>Minutes, as certified</translation>
    </message>
    <message>
        <source>Minutes, amendment {number}</source>
        <translation>Minutes, amendment {number}</translation>
    </message>
    <message>
        <source>Paper, page {page}</source>
        <translation>Paper, page {page}</translation>
    </message>
    <message numerus="yes">
        <source>(found on %n pages)</source>
        <translation>
            <numerusform>(found on %n page)</numerusform>
            <numerusform>(found on %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>All committees</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Only meetings on or after this day</source>
        <translation>Only meetings on or after this day</translation>
    </message>
    <message>
        <source>Only meetings on or before this day</source>
        <translation>Only meetings on or before this day</translation>
    </message>
    <message>
        <source>Only this committee&apos;s meetings</source>
        <translation>Only this committee&apos;s meetings</translation>
    </message>
    <message>
        <source>Only this kind of record</source>
        <translation>Only this kind of record</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Esc close</source>
        <translation>↑ ↓ choose · Enter open · Esc close</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>already sent</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>not invited</translation>
    </message>
    <message>
        <source>has answered</source>
        <translation>has answered</translation>
    </message>
    <message>
        <source>the meeting is cancelled</source>
        <translation>the meeting is cancelled</translation>
    </message>
    <message>
        <source>has not answered</source>
        <translation>has not answered</translation>
    </message>
    <message>
        <source>not attending</source>
        <translation>not attending</translation>
    </message>
    <message>
        <source>the meeting has begun or is over</source>
        <translation>the meeting has begun or is over</translation>
    </message>
    <message>
        <source>E-mail is not set up on this computer yet: open the e-mail settings first.</source>
        <translation>E-mail is not set up on this computer yet: open the e-mail settings first.</translation>
    </message>
    <message>
        <source>This meeting has begun or is over: there are no invitations to send.</source>
        <translation>This meeting has begun or is over: there are no invitations to send.</translation>
    </message>
    <message>
        <source>There is nothing to send: everyone has been sent what is current.</source>
        <translation>There is nothing to send: everyone has been sent what is current.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>%n message to send.</numerusform>
            <numerusform>%n messages to send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent now…</source>
        <translation>Stopping after the message being sent now…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {name}</source>
        <translation>Sending {done} of {total}: {name}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>failed: {reason}</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>the rest cancelled</source>
        <translation>the rest cancelled</translation>
    </message>
    <message>
        <source>the notice date is set</source>
        <translation>the notice date is set</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Send reminders</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Remind those who have not answered</source>
        <translation>Remind those who have not answered</translation>
    </message>
    <message>
        <source>A reminder goes by e-mail to each invitee who has not answered the invitation yet.</source>
        <translation>A reminder goes by e-mail to each invitee who has not answered the invitation yet.</translation>
    </message>
    <message>
        <source>Send invitations by e-mail</source>
        <translation>Send invitations by e-mail</translation>
    </message>
    <message>
        <source>Each invitee gets a message with the invitation letter, the agenda and a calendar invitation (in English to those whose names are written in Latin letters, otherwise in Thai); those sent the meeting before get an update when its date or place changed, or the cancellation.</source>
        <translation>Each invitee gets a message with the invitation letter, the agenda and a calendar invitation (in English to those whose names are written in Latin letters, otherwise in Thai); those sent the meeting before get an update when its date or place changed, or the cancellation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Attach the board book (each reader&apos;s own, with their watermark)</source>
        <translation>Attach the board book (each reader&apos;s own, with their watermark)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Send again to those that failed</source>
        <translation>Send again to those that failed</translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation>E-mail settings…</translation>
    </message>
</context>
<context>
    <name>ServerReplacedDialog</name>
    <message>
        <source>Publish again to this server</source>
        <translation>Publish again to this server</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start over from this server…</source>
        <translation>Start over from this server…</translation>
    </message>
    <message>
        <source>The server was replaced</source>
        <translation>The server was replaced</translation>
    </message>
    <message>
        <source>The server at {url} is not the one this computer synced with: its data was made anew or restored from elsewhere. Nothing on this computer was removed.</source>
        <translation>The server at {url} is not the one this computer synced with: its data was made anew or restored from elsewhere. Nothing on this computer was removed.</translation>
    </message>
    <message>
        <source>Publish again: your own meetings and records stay on this computer and are sent to this server as new, the meetings you published to it included. Records that came from the old server and are not your own (such as other people&apos;s answers) are removed from this computer.</source>
        <translation>Publish again: your own meetings and records stay on this computer and are sent to this server as new, the meetings you published to it included. Records that came from the old server and are not your own (such as other people&apos;s answers) are removed from this computer.</translation>
    </message>
    <message>
        <source>Start over from {url}? Meetings, documents and other records from the old server that this server does not share with you are removed from this computer. This cannot be undone.</source>
        <translation>Start over from {url}? Meetings, documents and other records from the old server that this server does not share with you are removed from this computer. This cannot be undone.</translation>
    </message>
    <message>
        <source>To sync with it again, start over from this server. Until then this computer keeps what it has and does not sync with it.</source>
        <translation>To sync with it again, start over from this server. Until then this computer keeps what it has and does not sync with it.</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>No meeting selected</source>
        <translation>No meeting selected</translation>
    </message>
    <message>
        <source>Quorum reached: {present} present, {required} needed of {members} members</source>
        <translation>Quorum reached: {present} present, {required} needed of {members} members</translation>
    </message>
    <message>
        <source>NO QUORUM: {present} present, {required} needed of {members} members</source>
        <translation>NO QUORUM: {present} present, {required} needed of {members} members</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>Opened {time}</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>Closed {time}</translation>
    </message>
    <message>
        <source>The meeting has been held: this is its record. Its minutes are made from it in the Minutes tab.</source>
        <translation>The meeting has been held: this is its record. Its minutes are made from it in the Minutes tab.</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <source>Mark those who arrive, then open the meeting: the quorum and each item&apos;s time count from the opening.</source>
        <translation>Mark those who arrive, then open the meeting: the quorum and each item&apos;s time count from the opening.</translation>
    </message>
    <message>
        <source>{present} present so far; {required} of {members} members make a quorum</source>
        <translation>{present} present so far; {required} of {members} members make a quorum</translation>
    </message>
    <message>
        <source>The members&apos; laptops did not get the chair&apos;s place: {reason}</source>
        <translation>The members&apos; laptops did not get the chair&apos;s place: {reason}</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Show the current item and the paper presented on a big screen</source>
        <translation>Show the current item and the paper presented on a big screen</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Voting member</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>No vote</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>in {time}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>out {time}</translation>
    </message>
    <message>
        <source>{question}: for {for_}, against {against}, abstain {abstain} — {result}</source>
        <translation>{question}: for {for_}, against {against}, abstain {abstain} — {result}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{elapsed} of {planned} min planned</source>
        <translation>{elapsed} of {planned} min planned</translation>
    </message>
    <message>
        <source>{elapsed} (no time planned)</source>
        <translation>{elapsed} (no time planned)</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <source>Check out {name}</source>
        <translation>Check out {name}</translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation>Mark {name} absent</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Mark the meeting as reconvened</source>
        <translation>Mark the meeting as reconvened</translation>
    </message>
    <message>
        <source>Mark the meeting as not reconvened</source>
        <translation>Mark the meeting as not reconvened</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Edit the notes</translation>
    </message>
    <message>
        <source>Edit the resolution</source>
        <translation>Edit the resolution</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <source>Substitute for {name}</source>
        <translation>Substitute for {name}</translation>
    </message>
    <message>
        <source>Record the vote {question}</source>
        <translation>Record the vote {question}</translation>
    </message>
    <message>
        <source>Vote on laptops</source>
        <translation>Vote on laptops</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Record a dissent</source>
        <translation>Record a dissent</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record a recusal</source>
        <translation>Record a recusal</translation>
    </message>
    <message>
        <source>Add the action {title}</source>
        <translation>Add the action {title}</translation>
    </message>
    <message>
        <source>Reconvened (lower quorum)</source>
        <translation>Reconvened (lower quorum)</translation>
    </message>
    <message>
        <source>Called again within 14 days after lacking quorum, as its notice says: one third suffices</source>
        <translation>Called again within 14 days after lacking quorum, as its notice says: one third suffices</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Late at time</source>
        <translation>Late at time</translation>
    </message>
    <message>
        <source>Left at time</source>
        <translation>Left at time</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>{name} for {member}</source>
        <translation>{name} for {member}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Reason for absence (ลาป่วย, ติดราชการ …)</source>
        <translation>Reason for absence (ลาป่วย, ติดราชการ …)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Present paper</source>
        <translation>Present paper</translation>
    </message>
    <message>
        <source>Show a paper of this item on the projector and on the members&apos; laptops, page by page</source>
        <translation>Show a paper of this item on the projector and on the members&apos; laptops, page by page</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>Vote…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Majority of votes cast</source>
        <translation>Majority of votes cast</translation>
    </message>
    <message>
        <source>Majority of members present</source>
        <translation>Majority of members present</translation>
    </message>
    <message>
        <source>Two thirds of members present</source>
        <translation>Two thirds of members present</translation>
    </message>
    <message>
        <source>Custom share of members present</source>
        <translation>Custom share of members present</translation>
    </message>
    <message>
        <source>Open (named)</source>
        <translation>Open (named)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Tied: needs the chair&apos;s casting vote</source>
        <translation>Tied: needs the chair&apos;s casting vote</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>SessionSubstituteDialog</name>
    <message>
        <source>Substitute for {name}</source>
        <translation>Substitute for {name}</translation>
    </message>
</context>
<context>
    <name>StickyDialog</name>
    <message>
        <source>Note on page {page}</source>
        <translation>Note on page {page}</translation>
    </message>
    <message>
        <source>Edit the note on page {page}</source>
        <translation>Edit the note on page {page}</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>Write your note</translation>
    </message>
    <message>
        <source>Who sees it:</source>
        <translation>Who sees it:</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>Private (only me)</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Secretary only</source>
        <translation>Secretary only</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Who attends in place of {name}?</source>
        <translation>Who attends in place of {name}?</translation>
    </message>
    <message>
        <source>Send a substitute</source>
        <translation>Send a substitute</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Annotation summary</source>
        <translation>Annotation summary</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Publish this meeting</source>
        <translation>&amp;Publish this meeting</translation>
    </message>
    <message>
        <source>Send the selected meeting to the server at the next sync</source>
        <translation>Send the selected meeting to the server at the next sync</translation>
    </message>
    <message>
        <source>My &amp;answer to this meeting…</source>
        <translation>My &amp;answer to this meeting…</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>Sync con&amp;flicts…</translation>
    </message>
    <message>
        <source>Calendar &amp;feed…</source>
        <translation>Calendar &amp;feed…</translation>
    </message>
    <message>
        <source>The private address that shows your meetings in your own calendar</source>
        <translation>The private address that shows your meetings in your own calendar</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>{number} {title} ({date})</source>
        <translation>{number} {title} ({date})</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Downloading documents {done} of {total}…</source>
        <translation>Downloading documents {done} of {total}…</translation>
    </message>
    <message>
        <source>Uploading documents {done} of {total}…</source>
        <translation>Uploading documents {done} of {total}…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online · synced at {time}</source>
        <translation>Online · synced at {time}</translation>
    </message>
    <message>
        <source>Offline · trying again in {seconds} s</source>
        <translation>Offline · trying again in {seconds} s</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>Sync failed: {message}</translation>
    </message>
    <message>
        <source>Sync stopped: the server was replaced; nothing here was removed</source>
        <translation>Sync stopped: the server was replaced; nothing here was removed</translation>
    </message>
    <message>
        <source>Sync on hold: {count} meetings the server no longer shares are kept here</source>
        <translation>Sync on hold: {count} meetings the server no longer shares are kept here</translation>
    </message>
    <message>
        <source> · login for this session only</source>
        <translation> · login for this session only</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please tell your IT support what you were doing.</source>
        <translation>Something went wrong. Please tell your IT support what you were doing.</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file {path}; please tell your IT support.</source>
        <translation>Something went wrong. The details were written to the log file {path}; please tell your IT support.</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>TitleCombo</name>
    <message>
        <source>Choose a title or rank, or type another</source>
        <translation>Choose a title or rank, or type another</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo: {action}</source>
        <translation>Undo: {action}</translation>
    </message>
</context>
<context>
    <name>VoteCard</name>
    <message>
        <source>Secret ballot: your choice is counted without your name.</source>
        <translation>Secret ballot: your choice is counted without your name.</translation>
    </message>
    <message>
        <source>Open vote: the minutes may record how each member voted.</source>
        <translation>Open vote: the minutes may record how each member voted.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>The vote is closed.</translation>
    </message>
    <message>
        <source>Your vote was recorded without your name.</source>
        <translation>Your vote was recorded without your name.</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Your vote was recorded.</translation>
    </message>
    <message>
        <source>Connect to the meeting&apos;s server to vote.</source>
        <translation>Connect to the meeting&apos;s server to vote.</translation>
    </message>
    <message>
        <source>Vote now open</source>
        <translation>Vote now open</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Did not vote</translation>
    </message>
    <message>
        <source>Everyone for</source>
        <translation>Everyone for</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Custom share</source>
        <translation>Custom share</translation>
    </message>
    <message>
        <source>For (secret)</source>
        <translation>For (secret)</translation>
    </message>
    <message>
        <source>Against (secret)</source>
        <translation>Against (secret)</translation>
    </message>
    <message>
        <source>Abstain (secret)</source>
        <translation>Abstain (secret)</translation>
    </message>
    <message>
        <source>Chair&apos;s casting vote</source>
        <translation>Chair&apos;s casting vote</translation>
    </message>
    <message>
        <source>For {for_}, against {against}, abstain {abstain}: {result}</source>
        <translation>For {for_}, against {against}, abstain {abstain}: {result}</translation>
    </message>
</context>
<context>
    <name>Watermarks</name>
    <message>
        <source>Copy for {reader} · {date}</source>
        <translation>Copy for {reader} · {date}</translation>
    </message>
</context>
</TS>
