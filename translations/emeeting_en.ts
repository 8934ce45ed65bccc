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
    <name>Errors</name>
    <message>
        <source>meeting {reference} has no agenda item {item}</source>
        <translation>meeting {reference} has no agenda item {item}</translation>
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
        <source>an agenda item can only be nested under an item of the same meeting</source>
        <translation>an agenda item can only be nested under an item of the same meeting</translation>
    </message>
    <message>
        <source>demo document rejected: {result}</source>
        <translation>demo document rejected: {result}</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting</source>
        <translation>that agenda item belongs to another meeting</translation>
    </message>
    <message>
        <source>{name}: the file changed or vanished while reading</source>
        <translation>{name}: the file changed or vanished while reading</translation>
    </message>
    <message>
        <source>the new order must list exactly the documents of that agenda item</source>
        <translation>the new order must list exactly the documents of that agenda item</translation>
    </message>
    <message>
        <source>cannot write {dest}: {reason}</source>
        <translation>cannot write {dest}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>cannot read {source}: {reason}</translation>
    </message>
    <message>
        <source>meeting {label} from {source} is already here</source>
        <translation>meeting {label} from {source} is already here</translation>
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
        <source>no agenda template {template}; choose one of {templates}</source>
        <translation>no agenda template {template}; choose one of {templates}</translation>
    </message>
    <message>
        <source>this person appears in meeting records and cannot be deleted; end their memberships instead</source>
        <translation>this person appears in meeting records and cannot be deleted; end their memberships instead</translation>
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
        <source>{db_path} is not an emeeting database or is damaged: {reason}</source>
        <translation>{db_path} is not an emeeting database or is damaged: {reason}</translation>
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
        <source>a number or a date is too large to be stored</source>
        <translation>a number or a date is too large to be stored</translation>
    </message>
    <message>
        <source>a text holds characters that are not valid Unicode (lone surrogates)</source>
        <translation>a text holds characters that are not valid Unicode (lone surrogates)</translation>
    </message>
    <message>
        <source>the database could not be read: {reason}</source>
        <translation>the database could not be read: {reason}</translation>
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
