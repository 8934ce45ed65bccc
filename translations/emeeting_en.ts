<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>emeeting cannot start</source>
        <translation>emeeting cannot start</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close emeeting</source>
        <translation>Close emeeting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
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
        <source>&amp;About emeeting</source>
        <translation>&amp;About emeeting</translation>
    </message>
</context>
<context>
    <name>MeetingNavigator</name>
    <message>
        <source>{number} · {title}</source>
        <translation>{number} · {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{committee}&lt;br&gt;{number} · {date}&lt;br&gt;{status}: {description}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{committee}&lt;br&gt;{number} · {date}&lt;br&gt;{status}: {description}</translation>
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
    <name>MeetingPane</name>
    <message>
        <source>Select a meeting on the left to see its agenda and documents.</source>
        <translation>Select a meeting on the left to see its agenda and documents.</translation>
    </message>
    <message>
        <source>{mode} · {link}</source>
        <translation>{mode} · {link}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Meeting documents</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>{items} · {documents} · {pages}</source>
        <translation>{items} · {documents} · {pages}</translation>
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
        <source>%n page(s) in total</source>
        <translation>
            <numerusform>%n page in total</numerusform>
            <numerusform>%n pages in total</numerusform>
        </translation>
    </message>
    <message>
        <source>File: {file} ({size})</source>
        <translation>File: {file} ({size})</translation>
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
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date and time:</translation>
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
        <source>Agenda</source>
        <translation>Agenda</translation>
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
</TS>
