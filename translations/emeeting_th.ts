<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>App</name>
    <message>
        <source>emeeting cannot start</source>
        <translation>ไม่สามารถเปิดโปรแกรม emeeting ได้</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>เชิญแล้ว</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ร่างรายงาน</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>เลื่อน</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>meeting {reference} has no agenda item {item}</source>
        <translation>การประชุม {reference} ไม่มีระเบียบวาระที่ {item}</translation>
    </message>
    <message>
        <source>No agenda item {item_id}.</source>
        <translation>ไม่พบระเบียบวาระ {item_id}</translation>
    </message>
    <message>
        <source>No agenda item {new_parent_id} to move into.</source>
        <translation>ไม่พบระเบียบวาระ {new_parent_id} ที่จะย้ายเข้าไป</translation>
    </message>
    <message>
        <source>An agenda item cannot be moved under itself or one of its sub-items.</source>
        <translation>ไม่สามารถย้ายระเบียบวาระไปไว้ใต้ตัวเองหรือใต้วาระย่อยของตัวเองได้</translation>
    </message>
    <message>
        <source>The number of voting members cannot be negative.</source>
        <translation>จำนวนกรรมการผู้มีสิทธิออกเสียงต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>A quorum fraction must be above 0 and at most 1, not {fraction}.</source>
        <translation>สัดส่วนองค์ประชุมต้องมากกว่า 0 และไม่เกิน 1 (ระบุไว้ {fraction})</translation>
    </message>
    <message>
        <source>No agenda template has a section {section}.</source>
        <translation>ไม่มีแม่แบบระเบียบวาระใดที่มีหมวด {section}</translation>
    </message>
    <message>
        <source>No agenda template {key}.</source>
        <translation>ไม่พบแม่แบบระเบียบวาระ {key}</translation>
    </message>
    <message>
        <source>{kind} {field}: the year {year} is not between {first} and {last}</source>
        <translation>{kind} {field}: ปี ค.ศ. {year} ไม่อยู่ระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
        <source>a committee needs a name</source>
        <translation>กรุณาระบุชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>a committee needs a short name</source>
        <translation>กรุณาระบุชื่อย่อของคณะกรรมการ</translation>
    </message>
    <message>
        <source>a committee&apos;s short name cannot contain &apos;:&apos;</source>
        <translation>ชื่อย่อของคณะกรรมการต้องไม่มีเครื่องหมาย &apos;:&apos;</translation>
    </message>
    <message>
        <source>the quorum must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>องค์ประชุมต้องเป็นสัดส่วนระหว่าง 0 ถึง 1 (ระบุไว้ {num}/{den})</translation>
    </message>
    <message>
        <source>the reconvened quorum must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>องค์ประชุมสำหรับการนัดประชุมใหม่ต้องเป็นสัดส่วนระหว่าง 0 ถึง 1 (ระบุไว้ {num}/{den})</translation>
    </message>
    <message>
        <source>a committee&apos;s language is th or en</source>
        <translation>ภาษาของคณะกรรมการต้องเป็น th หรือ en</translation>
    </message>
    <message>
        <source>a person needs a first name</source>
        <translation>กรุณาระบุชื่อของบุคคล</translation>
    </message>
    <message>
        <source>a membership&apos;s term cannot end before it starts</source>
        <translation>วาระการดำรงตำแหน่งต้องไม่สิ้นสุดก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>a meeting number starts at 1</source>
        <translation>ครั้งที่ของการประชุมต้องเริ่มที่ 1</translation>
    </message>
    <message>
        <source>{year} is not a Buddhist Era year</source>
        <translation>{year} ไม่ใช่ปีพุทธศักราช</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>กรุณาระบุชื่อการประชุม</translation>
    </message>
    <message>
        <source>a meeting&apos;s start needs a time zone</source>
        <translation>เวลาเริ่มประชุมต้องระบุเขตเวลา</translation>
    </message>
    <message>
        <source>a meeting cannot end before it starts</source>
        <translation>เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>กรุณาระบุชื่อเรื่องของระเบียบวาระ</translation>
    </message>
    <message>
        <source>an agenda item&apos;s duration cannot be negative</source>
        <translation>ระยะเวลาของระเบียบวาระต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>an agenda item cannot contain itself</source>
        <translation>ระเบียบวาระไม่สามารถเป็นวาระย่อยของตัวเองได้</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>กรุณาระบุชื่อเอกสาร</translation>
    </message>
    <message>
        <source>a document&apos;s size cannot be negative</source>
        <translation>ขนาดของเอกสารต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>a person cannot substitute for themselves</source>
        <translation>บุคคลไม่สามารถมาประชุมแทนตนเองได้</translation>
    </message>
    <message>
        <source>a person cannot leave before arriving</source>
        <translation>เวลาออกจากที่ประชุมต้องไม่ก่อนเวลาเข้าประชุม</translation>
    </message>
    <message>
        <source>a vote needs a question</source>
        <translation>กรุณาระบุประเด็นที่จะลงมติ</translation>
    </message>
    <message>
        <source>vote counts start at 0</source>
        <translation>จำนวนคะแนนเสียงต้องไม่น้อยกว่า 0</translation>
    </message>
    <message>
        <source>the vote&apos;s threshold must be a fraction between 0 and 1 (got {num}/{den})</source>
        <translation>เกณฑ์คะแนนเสียงของการลงมติต้องเป็นสัดส่วนระหว่าง 0 ถึง 1 (ระบุไว้ {num}/{den})</translation>
    </message>
    <message>
        <source>a dissent needs its reasons</source>
        <translation>กรุณาระบุเหตุผลของการสงวนความเห็น</translation>
    </message>
    <message>
        <source>an action item needs a title</source>
        <translation>กรุณาระบุชื่อเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>จำนวนคะแนนเสียงต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>This member is recused from the item (conflict of interest) and cannot vote.</source>
        <translation>กรรมการผู้นี้ถอนตัวจากวาระนี้ (มีส่วนได้เสีย) จึงไม่มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>Only voting members present may vote.</source>
        <translation>ผู้ลงคะแนนได้ต้องเป็นกรรมการผู้มีสิทธิออกเสียงที่อยู่ในที่ประชุมเท่านั้น</translation>
    </message>
    <message>
        <source>A member has more than one ballot in this vote.</source>
        <translation>มีกรรมการลงคะแนนมากกว่าหนึ่งครั้งในการลงมตินี้</translation>
    </message>
    <message>
        <source>Ballots of different votes cannot be counted together.</source>
        <translation>ไม่สามารถนับคะแนนจากการลงมติต่างครั้งรวมกันได้</translation>
    </message>
    <message>
        <source>A custom vote rule needs a fraction above 0 and at most 1.</source>
        <translation>เกณฑ์การลงมติที่กำหนดเองต้องเป็นสัดส่วนที่มากกว่า 0 และไม่เกิน 1</translation>
    </message>
    <message>
        <source>{total} votes counted, only {present} voting members present.</source>
        <translation>นับคะแนนได้ {total} เสียง แต่มีกรรมการผู้มีสิทธิออกเสียงอยู่ในที่ประชุมเพียง {present} คน</translation>
    </message>
    <message>
        <source>The chair&apos;s casting vote must be for or against.</source>
        <translation>การออกเสียงชี้ขาดของประธานต้องเป็นเห็นด้วยหรือไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>{name}: encrypted PDF (remove the password protection and attach it again)</source>
        <extracomment>Files larger than this are refused before anything reads them. Extracted (or, for text files, decoded) text is cut at this many characters.</extracomment>
        <translation>{name}: เป็น PDF ที่เข้ารหัสไว้ (กรุณายกเลิกรหัสผ่านแล้วแนบไฟล์อีกครั้ง)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (damaged beyond repair)</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้ (ไฟล์เสียหายจนซ่อมแซมไม่ได้)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (memory limit)</source>
        <translation>{name}: ไฟล์ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (เกินขีดจำกัดหน่วยความจำ)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (a compressed stream expands too far)</source>
        <translation>{name}: ไฟล์ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (ข้อมูลที่บีบอัดไว้ขยายออกมีขนาดใหญ่เกินไป)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (nested too deeply)</source>
        <translation>{name}: ไฟล์ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (โครงสร้างซ้อนกันหลายชั้นเกินไป)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (its page tree loops back on itself)</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้ (โครงสร้างหน้าวนกลับมาที่เดิม)</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (it has no pages)</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้ (ไม่มีหน้าเอกสาร)</translation>
    </message>
    <message>
        <source>{name}: too large or complex to read safely (more than {limit} pages)</source>
        <translation>{name}: ไฟล์ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (มากกว่า {limit} หน้า)</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: ไม่สามารถอ่านไฟล์ได้ ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({error})</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้ ({error})</translation>
    </message>
    <message>
        <source>{name}: took too long to read (possibly a looping or hostile PDF)</source>
        <translation>{name}: ใช้เวลาอ่านนานเกินไป (อาจเป็น PDF ที่วนซ้ำไม่รู้จบหรือเป็นอันตราย)</translation>
    </message>
    <message>
        <source>{name}: could not be checked (the PDF reader could not start: {reason})</source>
        <translation>{name}: ไม่สามารถตรวจสอบไฟล์ได้ (ไม่สามารถเริ่มโปรแกรมอ่าน PDF ได้: {reason})</translation>
    </message>
    <message>
        <source>{name}: could not be checked (the PDF reader failed to start: {reason})</source>
        <translation>{name}: ไม่สามารถตรวจสอบไฟล์ได้ (โปรแกรมอ่าน PDF เริ่มทำงานไม่สำเร็จ: {reason})</translation>
    </message>
    <message>
        <source>{name}: could not be checked</source>
        <translation>{name}: ไม่สามารถตรวจสอบไฟล์ได้</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}: เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>{name}: cannot be read (permission denied)</source>
        <translation>{name}: ไม่สามารถอ่านไฟล์ได้ (ไม่มีสิทธิ์เข้าถึง)</translation>
    </message>
    <message>
        <source>{name}: is not a regular file</source>
        <translation>{name}: ไม่ใช่ไฟล์ข้อมูลทั่วไป</translation>
    </message>
    <message>
        <source>{name}: is empty (0 bytes)</source>
        <translation>{name}: เป็นไฟล์ว่าง (0 ไบต์)</translation>
    </message>
    <message>
        <source>{name}: is too large ({size}; the limit is {limit})</source>
        <translation>{name}: มีขนาดใหญ่เกินไป ({size} ขนาดสูงสุดที่รับได้คือ {limit})</translation>
    </message>
    <message>
        <source>{name}: is too large (the limit is {limit})</source>
        <translation>{name}: มีขนาดใหญ่เกินไป (ขนาดสูงสุดที่รับได้คือ {limit})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF (the content is not a PDF)</source>
        <translation>{name}: ไม่สามารถอ่านเป็น PDF ได้ (เนื้อหาในไฟล์ไม่ใช่ PDF)</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: a text contains a character that is not valid Unicode ({reason})</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: มีข้อความที่มีอักขระซึ่งไม่ใช่ Unicode ที่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: meeting.json would be {size} bytes, more than the limit of {limit}</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: meeting.json จะมีขนาด {size} ไบต์ เกินขีดจำกัด {limit} ไบต์</translation>
    </message>
    <message>
        <source>cannot export document {name}: its stored content does not match its size and sha256</source>
        <translation>ไม่สามารถส่งออกเอกสาร {name} ได้: เนื้อหาที่จัดเก็บไว้ไม่ตรงกับขนาดและค่า sha256 ของเอกสาร</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: {problem}</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: {problem}</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: {difference} would not survive the export (does it belong to another meeting?)</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: {difference} จะไม่ถูกส่งออกไปครบถ้วน (ข้อมูลนี้เป็นของการประชุมอื่นหรือไม่)</translation>
    </message>
    <message>
        <source>{where}: expected a string, got {kind}</source>
        <translation>{where}: ต้องเป็นข้อความ แต่พบ {kind}</translation>
    </message>
    <message>
        <source>{where}: not valid Unicode (a lone surrogate at character {position})</source>
        <translation>{where}: ไม่ใช่ Unicode ที่ถูกต้อง (พบ surrogate เดี่ยวที่อักขระตำแหน่ง {position})</translation>
    </message>
    <message>
        <source>{where}: expected an integer, got {kind} {value}</source>
        <translation>{where}: ต้องเป็นจำนวนเต็ม แต่พบ {kind} {value}</translation>
    </message>
    <message>
        <source>{where}: must be at least {minimum}, got {value}</source>
        <translation>{where}: ต้องมีค่าอย่างน้อย {minimum} แต่พบ {value}</translation>
    </message>
    <message>
        <source>{where}: must be at most {limit}, got a number of {digits} digits</source>
        <translation>{where}: ต้องมีค่าไม่เกิน {limit} แต่พบตัวเลขยาว {digits} หลัก</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {kind} {value}</source>
        <translation>{where}: ต้องเป็น true หรือ false แต่พบ {kind} {value}</translation>
    </message>
    <message>
        <source>{where}: expected an id of the form urn:uuid:&lt;uuid&gt;, got {value}</source>
        <translation>{where}: รหัสต้องอยู่ในรูปแบบ urn:uuid:&lt;uuid&gt; แต่พบ {value}</translation>
    </message>
    <message>
        <source>{where}: invalid UUID {value}</source>
        <translation>{where}: UUID {value} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{where}: UUID {value} is not in canonical lowercase form</source>
        <translation>{where}: UUID {value} ไม่อยู่ในรูปแบบมาตรฐานตัวพิมพ์เล็ก</translation>
    </message>
    <message>
        <source>{where}: expected a SHA-256 as 64 lowercase hex digits, got {value}</source>
        <translation>{where}: ต้องเป็นค่า SHA-256 เลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก แต่พบ {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of: {allowed}</source>
        <translation>{where}: {value} ไม่ใช่ค่าใดค่าหนึ่งต่อไปนี้: {allowed}</translation>
    </message>
    <message>
        <source>{where}: {value} is not between the years {first} and {last}</source>
        <translation>{where}: {value} ไม่อยู่ระหว่างปี ค.ศ. {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{where}: invalid ISO date {value}</source>
        <translation>{where}: วันที่ตามรูปแบบ ISO {value} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{where}: invalid ISO datetime {value}</source>
        <translation>{where}: วันและเวลาตามรูปแบบ ISO {value} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{where}: datetime {value} has no UTC offset</source>
        <translation>{where}: วันและเวลา {value} ไม่ได้ระบุค่าต่างจากเวลา UTC</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {kind}</source>
        <translation>{where}: ต้องเป็นรายการ (list) แต่พบ {kind}</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {kind}</source>
        <translation>{where}: ต้องเป็นออบเจกต์ (object) แต่พบ {kind}</translation>
    </message>
    <message>
        <source>{where}: missing key {key}</source>
        <translation>{where}: ไม่มีคีย์ {key}</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, got {value}</source>
        <translation>{where}: ต้องเป็น {expected} แต่พบ {value}</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}: ไม่รู้จักคีย์ {key}</translation>
    </message>
    <message>
        <source>{where}: not an emeeting OParl package (expected {expected}, got {value})</source>
        <translation>{where}: ไม่ใช่แพ็กเกจ OParl ของ emeeting (ต้องเป็น {expected} แต่พบ {value})</translation>
    </message>
    <message>
        <source>{where}: unsupported version {value} (this emeeting reads {supported})</source>
        <translation>{where}: ไม่รองรับรุ่น {value} (emeeting รุ่นนี้อ่านได้เฉพาะรุ่น {supported})</translation>
    </message>
    <message>
        <source>{where}: expected exactly one organization, got {count}</source>
        <translation>{where}: ต้องมีหน่วยงาน (organization) เพียงหนึ่งรายการ แต่พบ {count} รายการ</translation>
    </message>
    <message>
        <source>{where}: disagrees with meetingState {state}</source>
        <translation>{where}: ไม่สอดคล้องกับ meetingState {state}</translation>
    </message>
    <message>
        <source>{where}: does not refer to the enclosing meeting</source>
        <translation>{where}: ไม่ได้อ้างถึงการประชุมที่บรรจุรายการนี้อยู่</translation>
    </message>
    <message>
        <source>{where}: expected at most one agenda item, got {count}</source>
        <translation>{where}: ต้องมีระเบียบวาระไม่เกินหนึ่งรายการ แต่พบ {count} รายการ</translation>
    </message>
    <message>
        <source>{where}: does not list exactly the files attached to this agenda item</source>
        <translation>{where}: รายการไฟล์ไม่ตรงกับไฟล์ที่แนบไว้ในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>{where}: expected at most one value, got {count}</source>
        <translation>{where}: ต้องมีค่าไม่เกินหนึ่งค่า แต่พบ {count} ค่า</translation>
    </message>
    <message>
        <source>meeting.json: two {kind} records have the id urn:uuid:{id}</source>
        <translation>meeting.json: มีระเบียน {kind} สองรายการที่ใช้รหัส urn:uuid:{id} ซ้ำกัน</translation>
    </message>
    <message>
        <source>meeting.json: {kind} urn:uuid:{entity_id} refers to unknown {what} urn:uuid:{target}</source>
        <translation>meeting.json: {kind} urn:uuid:{entity_id} อ้างถึง {what} urn:uuid:{target} ซึ่งไม่มีอยู่</translation>
    </message>
    <message>
        <source>meeting.json: agendaItem urn:uuid:{id} is its own ancestor (the parents form a cycle)</source>
        <translation>meeting.json: agendaItem urn:uuid:{id} เป็นวาระแม่ของตัวเอง (ลำดับวาระแม่วนเป็นวงกลม)</translation>
    </message>
    <message>
        <source>meeting.json: files with sha256 {sha256} disagree on their size</source>
        <translation>meeting.json: ไฟล์ที่มีค่า sha256 {sha256} ระบุขนาดไม่ตรงกัน</translation>
    </message>
    <message>
        <source>meeting.json: emeeting:ballot urn:uuid:{id} names a voter in a secret vote</source>
        <translation>meeting.json: emeeting:ballot urn:uuid:{id} ระบุตัวผู้ลงคะแนนในการลงคะแนนลับ</translation>
    </message>
    <message>
        <source>meeting.json: duplicate key {key}</source>
        <translation>meeting.json: มีคีย์ {key} ซ้ำกัน</translation>
    </message>
    <message>
        <source>meeting.json: {name} is not valid JSON</source>
        <translation>meeting.json: {name} ไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>{name}: not a readable zip file ({reason})</source>
        <translation>{name}: ไม่สามารถอ่านเป็นไฟล์ zip ได้ ({reason})</translation>
    </message>
    <message>
        <source>{label}: the zip holds {member} twice</source>
        <translation>{label}: ในไฟล์ zip มี {member} ซ้ำสองรายการ</translation>
    </message>
    <message>
        <source>{label}: {member} is encrypted</source>
        <translation>{label}: {member} ถูกเข้ารหัสไว้</translation>
    </message>
    <message>
        <source>{label}: not an emeeting package (meeting.json is missing)</source>
        <translation>{label}: ไม่ใช่แพ็กเกจของ emeeting (ไม่มีไฟล์ meeting.json)</translation>
    </message>
    <message>
        <source>{label}: meeting.json is {size} bytes, over the limit of {limit}</source>
        <translation>{label}: meeting.json มีขนาด {size} ไบต์ เกินขีดจำกัด {limit} ไบต์</translation>
    </message>
    <message>
        <source>{label}: meeting.json is damaged ({reason})</source>
        <translation>{label}: meeting.json เสียหาย ({reason})</translation>
    </message>
    <message>
        <source>{label}: meeting.json is larger than the limit of {limit}</source>
        <translation>{label}: meeting.json มีขนาดเกินขีดจำกัด {limit} ไบต์</translation>
    </message>
    <message>
        <source>meeting.json: not valid UTF-8 at byte {position}</source>
        <translation>meeting.json: ไม่ใช่ UTF-8 ที่ถูกต้อง ณ ไบต์ที่ {position}</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: {problem} (line {line} column {column})</source>
        <translation>meeting.json: JSON ไม่ถูกต้อง: {problem} (บรรทัดที่ {line} คอลัมน์ที่ {column})</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: nested too deeply</source>
        <translation>meeting.json: JSON ไม่ถูกต้อง: โครงสร้างซ้อนกันหลายชั้นเกินไป</translation>
    </message>
    <message>
        <source>meeting.json: invalid JSON: a number has too many digits</source>
        <translation>meeting.json: JSON ไม่ถูกต้อง: มีตัวเลขที่มีจำนวนหลักมากเกินไป</translation>
    </message>
    <message>
        <source>{label}: the documents add up to {total} bytes, more than the limit of {limit}</source>
        <translation>{label}: เอกสารมีขนาดรวม {total} ไบต์ เกินขีดจำกัด {limit} ไบต์</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} (document {document}) is missing</source>
        <translation>{label}: ไม่พบ files/{sha256} (เอกสาร {document})</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} declares {declared} bytes but document {document} has {size}</source>
        <translation>{label}: files/{sha256} ระบุขนาด {declared} ไบต์ แต่เอกสาร {document} มีขนาด {size} ไบต์</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} is damaged ({reason})</source>
        <translation>{label}: files/{sha256} เสียหาย ({reason})</translation>
    </message>
    <message>
        <source>{label}: no document content with sha256 {sha256}</source>
        <translation>{label}: ไม่มีเนื้อหาเอกสารที่มีค่า sha256 {sha256}</translation>
    </message>
    <message>
        <source>{label}: files/{sha256} does not match its sha256 (the content was altered)</source>
        <translation>{label}: files/{sha256} ไม่ตรงกับค่า sha256 ของไฟล์ (เนื้อหาถูกแก้ไข)</translation>
    </message>
    <message>
        <source>the Thai font {path} is missing; reinstall emeeting</source>
        <translation>ไม่พบแบบอักษรภาษาไทย {path} กรุณาติดตั้งโปรแกรม emeeting ใหม่</translation>
    </message>
    <message>
        <source>an agenda item can only be nested under an item of the same meeting</source>
        <translation>ระเบียบวาระย่อยต้องอยู่ภายใต้ระเบียบวาระของการประชุมเดียวกันเท่านั้น</translation>
    </message>
    <message>
        <source>demo document rejected: {result}</source>
        <translation>เอกสารตัวอย่างไม่ผ่านการตรวจสอบ: {result}</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting</source>
        <translation>ระเบียบวาระนั้นเป็นของการประชุมอื่น</translation>
    </message>
    <message>
        <source>{name}: the file changed or vanished while reading</source>
        <translation>{name}: ไฟล์ถูกเปลี่ยนแปลงหรือหายไประหว่างการอ่าน</translation>
    </message>
    <message>
        <source>the new order must list exactly the documents of that agenda item</source>
        <translation>ลำดับใหม่ต้องประกอบด้วยเอกสารของระเบียบวาระนั้นครบทุกฉบับและไม่มีเอกสารอื่น</translation>
    </message>
    <message>
        <source>cannot write {dest}: {reason}</source>
        <translation>ไม่สามารถบันทึกไฟล์ {dest} ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>ไม่สามารถอ่านไฟล์ {source} ได้: {reason}</translation>
    </message>
    <message>
        <source>meeting {label} from {source} is already here</source>
        <translation>การประชุมครั้งที่ {label} จาก {source} มีอยู่ในระบบแล้ว</translation>
    </message>
    <message>
        <source>meeting {label} already exists in this committee</source>
        <translation>การประชุมครั้งที่ {label} มีอยู่แล้วในคณะกรรมการนี้</translation>
    </message>
    <message>
        <source>no meeting {reference}: give its id or SHORT:n/year, e.g. ICT:3/2569</source>
        <translation>ไม่พบการประชุม {reference} กรุณาระบุรหัสการประชุม หรือ ชื่อย่อ:ครั้งที่/ปี เช่น ICT:3/2569</translation>
    </message>
    <message>
        <source>no meeting {reference}</source>
        <translation>ไม่พบการประชุม {reference}</translation>
    </message>
    <message>
        <source>{reference} names {count} meetings; give the meeting&apos;s id instead</source>
        <translation>{reference} ตรงกับการประชุม {count} รายการ กรุณาระบุรหัสการประชุมแทน</translation>
    </message>
    <message>
        <source>no agenda template {template}; choose one of {templates}</source>
        <translation>ไม่พบแม่แบบระเบียบวาระ {template} กรุณาเลือกจาก {templates}</translation>
    </message>
    <message>
        <source>this person appears in meeting records and cannot be deleted; end their memberships instead</source>
        <translation>ไม่สามารถลบบุคคลนี้ได้เนื่องจากมีชื่ออยู่ในบันทึกการประชุม กรุณาสิ้นสุดการเป็นกรรมการของบุคคลนี้แทน</translation>
    </message>
    <message>
        <source>not a document hash: {sha256}</source>
        <translation>ไม่ใช่ค่าแฮชของเอกสาร: {sha256}</translation>
    </message>
    <message>
        <source>document content does not match its hash {sha256}…</source>
        <translation>เนื้อหาเอกสารไม่ตรงกับค่าแฮช {sha256}…</translation>
    </message>
    <message>
        <source>document {sha256}… is missing from the store</source>
        <translation>ไม่พบเอกสาร {sha256}… ในคลังข้อมูล</translation>
    </message>
    <message>
        <source>document {sha256}… is damaged (its content no longer matches its hash)</source>
        <translation>เอกสาร {sha256}… เสียหาย (เนื้อหาไม่ตรงกับค่าแฮชแล้ว)</translation>
    </message>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>ไม่พบ {kind} รหัส {id}</translation>
    </message>
    <message>
        <source>no deleted {kind} with id {id}</source>
        <translation>ไม่พบ {kind} ที่ถูกลบซึ่งมีรหัส {id}</translation>
    </message>
    <message>
        <source>this refers to a deleted or missing {what} ({id})</source>
        <translation>ข้อมูลนี้อ้างถึง {what} ที่ถูกลบหรือไม่มีอยู่ ({id})</translation>
    </message>
    <message>
        <source>{db_path} is not an emeeting database or is damaged: {reason}</source>
        <translation>{db_path} ไม่ใช่ฐานข้อมูลของ emeeting หรือฐานข้อมูลเสียหาย: {reason}</translation>
    </message>
    <message>
        <source>{db_path} is not an emeeting database (it holds other tables but no emeeting schema version); choose another data folder</source>
        <translation>{db_path} ไม่ใช่ฐานข้อมูลของ emeeting (มีตารางอื่นอยู่แต่ไม่มีรุ่นโครงสร้างข้อมูลของ emeeting) กรุณาเลือกโฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <source>{db_path} could not be upgraded: {reason}</source>
        <translation>ไม่สามารถปรับรุ่นฐานข้อมูล {db_path} ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot create the data folder {data_dir}: {reason}</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ข้อมูล {data_dir} ได้: {reason}</translation>
    </message>
    <message>
        <source>{db_path} was written by a newer version of emeeting (schema {revision}); install that version to open it</source>
        <translation>{db_path} ถูกบันทึกโดย emeeting รุ่นที่ใหม่กว่า (โครงสร้างข้อมูล {revision}) กรุณาติดตั้งรุ่นนั้นเพื่อเปิดใช้งาน</translation>
    </message>
    <message>
        <source>{db_path} was not upgraded: cannot back it up in {backups}: {reason}</source>
        <translation>ไม่ได้ปรับรุ่นฐานข้อมูล {db_path} เนื่องจากไม่สามารถสำรองข้อมูลไว้ใน {backups} ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot open the data folder {data_dir}: {reason}</source>
        <translation>ไม่สามารถเปิดโฟลเดอร์ข้อมูล {data_dir} ได้: {reason}</translation>
    </message>
    <message>
        <source>the database could not be written: {reason}</source>
        <translation>ไม่สามารถบันทึกข้อมูลลงฐานข้อมูลได้: {reason}</translation>
    </message>
    <message>
        <source>a number or a date is too large to be stored</source>
        <translation>ตัวเลขหรือวันที่มีค่าใหญ่เกินกว่าจะจัดเก็บได้</translation>
    </message>
    <message>
        <source>a text holds characters that are not valid Unicode (lone surrogates)</source>
        <translation>ข้อความมีอักขระที่ไม่ใช่ Unicode ที่ถูกต้อง (surrogate เดี่ยว)</translation>
    </message>
    <message>
        <source>the database could not be read: {reason}</source>
        <translation>ไม่สามารถอ่านข้อมูลจากฐานข้อมูลได้: {reason}</translation>
    </message>
    <message>
        <source>{dest} already holds an emeeting database; choose an empty folder</source>
        <translation>{dest} มีฐานข้อมูลของ emeeting อยู่แล้ว กรุณาเลือกโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>cannot write the backup to {dest}: {reason}</source>
        <translation>ไม่สามารถบันทึกข้อมูลสำรองไว้ที่ {dest} ได้: {reason}</translation>
    </message>
    <message>
        <source>this refers to a record that does not exist</source>
        <translation>ข้อมูลนี้อ้างถึงรายการที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>a meeting with this number and year already exists in this committee</source>
        <translation>คณะกรรมการนี้มีการประชุมครั้งที่และปีนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>another committee already has this short name</source>
        <translation>ชื่อย่อนี้มีคณะกรรมการอื่นใช้อยู่แล้ว</translation>
    </message>
    <message>
        <source>a record with this id already exists</source>
        <translation>มีรายการที่ใช้รหัสนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database: {detail}</source>
        <translation>การเปลี่ยนแปลงนี้ขัดกับกฎของฐานข้อมูล: {detail}</translation>
    </message>
    <message>
        <source>a meeting that is {current} cannot become {new}</source>
        <translation>การประชุมที่อยู่ในสถานะ {current} จะเปลี่ยนเป็น {new} ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>en</source>
        <comment>language code of this translation: th or en</comment>
        <translation>th</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>ส่งหนังสือเชิญแล้ว</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>ร่างรายงานการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Minutes certified</source>
        <translation>รับรองรายงานการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>เลื่อนการประชุม</translation>
    </message>
    <message>
        <source>Being prepared; no notice has been sent yet</source>
        <translation>อยู่ระหว่างเตรียมการ ยังไม่ได้ส่งหนังสือเชิญประชุม</translation>
    </message>
    <message>
        <source>The notice has been sent to the invitees</source>
        <translation>ส่งหนังสือเชิญประชุมถึงผู้ได้รับเชิญแล้ว</translation>
    </message>
    <message>
        <source>The meeting is in progress</source>
        <translation>อยู่ระหว่างการประชุม</translation>
    </message>
    <message>
        <source>The meeting has ended; minutes not yet drafted</source>
        <translation>เสร็จสิ้นการประชุมแล้ว ยังไม่ได้จัดทำรายงานการประชุม</translation>
    </message>
    <message>
        <source>The minutes are drafted and await certification</source>
        <translation>จัดทำร่างรายงานการประชุมแล้ว อยู่ระหว่างรอการรับรอง</translation>
    </message>
    <message>
        <source>The minutes have been certified</source>
        <translation>รายงานการประชุมได้รับการรับรองแล้ว</translation>
    </message>
    <message>
        <source>The meeting was cancelled</source>
        <translation>ยกเลิกการประชุมแล้ว</translation>
    </message>
    <message>
        <source>The meeting was postponed</source>
        <translation>เลื่อนการประชุมออกไป</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>ไม่มีชั้นความลับ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>ลับมาก</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>ลับที่สุด</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>ด่วนมาก</translation>
    </message>
    <message>
        <source>Most urgent</source>
        <translation>ด่วนที่สุด</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>ประชุม ณ สถานที่</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ประชุมผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>ประชุม ณ สถานที่และผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>No. {label}</source>
        <translation>ครั้งที่ {label}</translation>
    </message>
    <message>
        <source>{name} ({short_name})</source>
        <translation>{name} ({short_name})</translation>
    </message>
    <message>
        <source>{ce} (BE {be})</source>
        <translation>พ.ศ. {be}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} เวลา {time}</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ชม. {m} นาที</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ชม.</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} นาที</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} ไบต์</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} กิโลไบต์</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} เมกะไบต์</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About emeeting</source>
        <translation>เกี่ยวกับ emeeting</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emeeting {version}&lt;/h3&gt;&lt;p&gt;Paperless meetings for committees: agendas, documents, attendance and minutes, working offline first.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emeeting {version}&lt;/h3&gt;&lt;p&gt;ระบบการประชุมอิเล็กทรอนิกส์แบบไร้กระดาษสำหรับคณะกรรมการ: ระเบียบวาระการประชุม เอกสารประกอบ การเข้าประชุม และรายงานการประชุม ใช้งานได้แม้ไม่ได้เชื่อมต่อเครือข่าย&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU General Public License รุ่นที่ 3 หรือรุ่นที่ใหม่กว่า&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>กำลังโหลดรายการประชุม…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded: {message}</source>
        <translation>ไม่สามารถโหลดรายการประชุมได้: {message}</translation>
    </message>
    <message>
        <source>This meeting could not be shown: {message}</source>
        <translation>ไม่สามารถแสดงข้อมูลการประชุมนี้ได้: {message}</translation>
    </message>
    <message>
        <source>emeeting</source>
        <translation>emeeting</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>การประชุม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>emeeting — electronic meetings</source>
        <translation>emeeting — ระบบการประชุมอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>Close emeeting</source>
        <translation>ปิดโปรแกรม emeeting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
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
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About emeeting</source>
        <translation>เกี่ยวกับ emeeting (&amp;A)</translation>
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
        <translation>ค้นหาคณะกรรมการ การประชุม หรือสถานะ…</translation>
    </message>
    <message>
        <source>Type part of a committee name, meeting title, number or status</source>
        <translation>พิมพ์บางส่วนของชื่อคณะกรรมการ ชื่อการประชุม ครั้งที่ หรือสถานะ</translation>
    </message>
</context>
<context>
    <name>MeetingPane</name>
    <message>
        <source>Select a meeting on the left to see its agenda and documents.</source>
        <translation>เลือกการประชุมทางด้านซ้ายเพื่อดูระเบียบวาระและเอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>{mode} · {link}</source>
        <translation>{mode} · {link}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>เอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>ยังไม่มีระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>{items} · {documents} · {pages}</source>
        <translation>{items} · {documents} · {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>ระเบียบวาระ %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>เอกสาร %n ฉบับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in total</source>
        <translation>
            <numerusform>รวม %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>File: {file} ({size})</source>
        <translation>ไฟล์: {file} ({size})</translation>
    </message>
    <message>
        <source>Closed item: withheld from guests</source>
        <translation>วาระปิด: ไม่เปิดเผยต่อผู้เข้าร่วมประชุมที่เป็นบุคคลภายนอก</translation>
    </message>
    <message>
        <source>Secrecy: {level}</source>
        <translation>ชั้นความลับ: {level}</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>การประชุม:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>วันและเวลา:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบการประชุม:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>ชั้นความลับ:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>ชั้นความเร็ว:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>วาระที่</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>ผู้นำเสนอ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>จำนวนหน้า</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please tell your IT support what you were doing.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาแจ้งเจ้าหน้าที่ดูแลระบบสารสนเทศ พร้อมระบุว่ากำลังทำรายการใดอยู่</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file {path}; please tell your IT support.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ระบบได้บันทึกรายละเอียดไว้ในไฟล์บันทึกการทำงาน {path} กรุณาแจ้งเจ้าหน้าที่ดูแลระบบสารสนเทศ</translation>
    </message>
</context>
</TS>
