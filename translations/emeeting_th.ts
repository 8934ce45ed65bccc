<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>งานที่มอบหมาย</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>ยังไม่ระบุ</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>New item</source>
        <translation>เรื่องใหม่</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>เพิ่มระเบียบวาระ</translation>
    </message>
    <message>
        <source>Add agenda section</source>
        <translation>เพิ่มหมวดระเบียบวาระ</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>ลบระเบียบวาระ</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>ย้ายระเบียบวาระ</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>แก้ไขระเบียบวาระ</translation>
    </message>
    <message>
        <source>Recuse from agenda item</source>
        <translation>งดร่วมพิจารณาระเบียบวาระ</translation>
    </message>
    <message>
        <source>Remove recusal</source>
        <translation>ยกเลิกการงดร่วมพิจารณา</translation>
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
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>running time {duration}, ends at about {time}</source>
        <translation>ใช้เวลา {duration} เลิกประชุมประมาณ {time}</translation>
    </message>
    <message>
        <source>Closed item: withheld from guests</source>
        <translation>วาระลับ: ไม่เปิดเผยต่อผู้เข้าร่วมประชุมที่ไม่ใช่กรรมการ</translation>
    </message>
    <message>
        <source>Secrecy: {level}</source>
        <translation>ชั้นความลับ: {level}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
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
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มวาระ</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>เพิ่มวาระต่อจากวาระที่เลือก (Insert)</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>เพิ่มวาระย่อย</translation>
    </message>
    <message>
        <source>Add a sub-item (Ctrl+Insert)</source>
        <translation>เพิ่มวาระย่อย (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>เพิ่มหมวด</translation>
    </message>
    <message>
        <source>Add a section of the agenda template</source>
        <translation>เพิ่มหมวดจากแม่แบบระเบียบวาระ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the item with its sub-items (Delete)</source>
        <translation>ลบวาระพร้อมวาระย่อย (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>เลื่อนขึ้น (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>เลื่อนลง (Alt+Down)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>ออกหนึ่งระดับ</translation>
    </message>
    <message>
        <source>Out of its parent item (Alt+Left)</source>
        <translation>ย้ายออกจากวาระหลัก (Alt+Left)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>เข้าหนึ่งระดับ</translation>
    </message>
    <message>
        <source>Under the item above (Alt+Right)</source>
        <translation>ย้ายเป็นวาระย่อยของวาระด้านบน (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Also correct an attendee&apos;s attendance</source>
        <translation>แก้ไขข้อมูลการมาประชุมของผู้เข้าร่วมประชุมด้วย</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>เวลามาประชุม</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>เวลาออกจากที่ประชุม</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>ผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การมาประชุม</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>ข้อความของระเบียบวาระที่เลือก</translation>
    </message>
    <message>
        <source>Corrected: {names}</source>
        <translation>แก้ไขแล้ว: {names}</translation>
    </message>
</context>
<context>
    <name>AnnotationExports</name>
    <message>
        <source>{paper} with my notes</source>
        <translation>{paper} พร้อมบันทึก</translation>
    </message>
    <message>
        <source>annotation summary</source>
        <translation>สรุปบันทึก</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>กำลังบันทึก {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n annotation(s))</source>
        <translation>
            <numerusform>บันทึก {file} แล้ว (%n รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export my annotated copy…</source>
        <translation>ส่งออกสำเนาพร้อมบันทึกของข้าพเจ้า…</translation>
    </message>
    <message>
        <source>The paper open, with your annotations as PDF notes other PDF readers show</source>
        <translation>เอกสารที่เปิดอยู่ พร้อมบันทึกของท่านในรูปแบบหมายเหตุ PDF ที่โปรแกรมอ่าน PDF อื่นแสดงได้</translation>
    </message>
    <message>
        <source>Annotation summary (PDF)…</source>
        <translation>สรุปบันทึก (PDF)…</translation>
    </message>
    <message>
        <source>Every note of yours and those shared with you in this meeting, with their pages</source>
        <translation>บันทึกทั้งหมดของท่านและที่ผู้อื่นแบ่งปันแก่ท่านในการประชุมนี้ พร้อมเลขหน้า</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>Page {page}</source>
        <translation>หน้า {page}</translation>
    </message>
    <message>
        <source>Notes on agenda items</source>
        <translation>บันทึกประกอบระเบียบวาระ</translation>
    </message>
    <message>
        <source>From the earlier version</source>
        <translation>จากฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>These were made on an earlier version of their paper; what they marked was not found in the version the meeting holds now</source>
        <translation>บันทึกเหล่านี้จัดทำไว้บนเอกสารฉบับก่อนหน้า และไม่พบข้อความที่ทำเครื่องหมายไว้ในฉบับที่ใช้ในการประชุมขณะนี้</translation>
    </message>
    <message>
        <source>Paper or item removed</source>
        <translation>เอกสารหรือระเบียบวาระถูกนำออกแล้ว</translation>
    </message>
    <message>
        <source>The paper or agenda item these were on is no longer part of the meeting</source>
        <translation>เอกสารหรือระเบียบวาระที่บันทึกเหล่านี้อ้างถึงไม่อยู่ในการประชุมนี้แล้ว</translation>
    </message>
    <message>
        <source>No annotations yet. Select text on a paper, or add a note on an agenda item.</source>
        <translation>ยังไม่มีบันทึก โปรดเลือกข้อความในเอกสาร หรือเพิ่มบันทึกประกอบระเบียบวาระ</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>หน้า {page}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>โดย {author}</translation>
    </message>
    <message>
        <source>Its paper or agenda item is no longer part of the meeting</source>
        <translation>เอกสารหรือระเบียบวาระของบันทึกนี้ไม่อยู่ในการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>ไปยังบันทึกนี้</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>การแบ่งปัน</translation>
    </message>
    <message>
        <source>Who sees this annotation besides you</source>
        <translation>ผู้ที่เห็นบันทึกนี้นอกจากท่าน</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>แก้ไขบันทึก…</translation>
    </message>
    <message>
        <source>Change the text of a sticky note or a note on an item</source>
        <translation>แก้ไขข้อความของบันทึกย่อหรือบันทึกประกอบวาระ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete this annotation of yours (Undo brings it back)</source>
        <translation>ลบบันทึกของท่าน (เลือก &quot;เลิกทำ&quot; เพื่อนำกลับคืน)</translation>
    </message>
    <message>
        <source>Enter or double-click: go to the annotation</source>
        <translation>Enter หรือดับเบิลคลิก: ไปยังบันทึก</translation>
    </message>
</context>
<context>
    <name>AnnotationWords</name>
    <message>
        <source>Highlight</source>
        <translation>เน้นข้อความ</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>เขียนด้วยมือ</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Note on the item</source>
        <translation>บันทึกประกอบวาระ</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>ส่วนตัว</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>ฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>ส่วนตัว (เฉพาะข้าพเจ้า)</translation>
    </message>
    <message>
        <source>Shared with the committee</source>
        <translation>แบ่งปันแก่คณะกรรมการ</translation>
    </message>
    <message>
        <source>For the secretary only</source>
        <translation>เฉพาะฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(นำออกแล้ว)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>emeeting cannot start</source>
        <translation>ไม่สามารถเปิดโปรแกรม emeeting ได้</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>No vote yet</source>
        <translation>ยังไม่ได้ลงมติ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>My answer to this meeting</source>
        <translation>การตอบรับและการลงมติของฉัน</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>การเข้าร่วม:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>บันทึกส่วนตัว:</translation>
    </message>
    <message>
        <source>Only you see this note, on every computer you sync</source>
        <translation>บันทึกนี้เห็นได้เฉพาะท่าน ในทุกเครื่องที่ท่านประสานข้อมูล</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>The audit trail could not be read: {message}</source>
        <translation>ไม่สามารถอ่านร่องรอยการตรวจสอบได้: {message}</translation>
    </message>
    <message>
        <source>Event {seq} does not match the hash chain</source>
        <translation>รายการที่ {seq} ไม่ตรงกับสายโซ่แฮช</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>The audit trail is intact: its hash chain of {count} event(s) holds (last event {seq}).</source>
        <translation>ร่องรอยการตรวจสอบครบถ้วน สายโซ่แฮชของรายการทั้ง {count} รายการถูกต้อง (รายการล่าสุดลำดับที่ {seq})</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: {problem} ({count} problem(s) in all; `emeeting check` lists them). Entries in red do not match the chain.</source>
        <translation>ร่องรอยการตรวจสอบถูกแก้ไขโดยมิชอบ: {problem} (พบปัญหาทั้งสิ้น {count} รายการ ตรวจดูรายละเอียดได้ด้วยคำสั่ง `emeeting check`) รายการที่แสดงเป็นสีแดงไม่ตรงกับสายโซ่แฮช</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} จาก {total}</translation>
    </message>
    <message>
        <source>event {span} ({when}) was changed after it was recorded</source>
        <translation>รายการที่ {span} ({when}) ถูกแก้ไขภายหลังการบันทึก</translation>
    </message>
    <message>
        <source>event {span} ({when}) does not follow the event before it: that event was replaced</source>
        <translation>รายการที่ {span} ({when}) ไม่ต่อเนื่องกับรายการก่อนหน้า เนื่องจากรายการก่อนหน้าถูกแทนที่</translation>
    </message>
    <message>
        <source>event(s) {span}, before {when}, were deleted</source>
        <translation>รายการที่ {span} ก่อนเวลา {when} ถูกลบ</translation>
    </message>
    <message>
        <source>an event ({when}) was inserted by hand</source>
        <translation>มีการแทรกรายการ ({when}) โดยไม่ผ่านระบบ</translation>
    </message>
    <message>
        <source>event(s) {span} at the end, after {when}, were deleted</source>
        <translation>รายการที่ {span} ท้ายบันทึกหลังเวลา {when} ถูกลบ</translation>
    </message>
    <message>
        <source>event(s) {span} were added after the last recorded event</source>
        <translation>มีการเพิ่มรายการที่ {span} ต่อจากรายการสุดท้ายที่บันทึกไว้</translation>
    </message>
    <message>
        <source>the last event {span} is not the one recorded as the last</source>
        <translation>รายการสุดท้ายลำดับที่ {span} ไม่ใช่รายการที่บันทึกไว้ว่าเป็นรายการสุดท้าย</translation>
    </message>
    <message>
        <source>the record of the last event is missing</source>
        <translation>ไม่พบบันทึกรายการสุดท้าย</translation>
    </message>
    <message>
        <source>event {span}, the last when minutes were certified ({when}), is gone or changed</source>
        <translation>รายการที่ {span} ซึ่งเป็นรายการสุดท้าย ณ เวลารับรองรายงานการประชุม ({when}) สูญหายหรือถูกแก้ไข</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>การเป็นกรรมการ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>การไม่ร่วมพิจารณา</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>การเชิญประชุม</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>การลงมติ</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>การออกเสียง</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>งานที่มอบหมาย</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes text</source>
        <translation>ข้อความรายงานการประชุม</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>บันทึกประจำวาระ</translation>
    </message>
    <message>
        <source>Frozen minutes version</source>
        <translation>รายงานการประชุมฉบับรับรอง</translation>
    </message>
    <message>
        <source>created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>รับรอง</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>แก้ไขรายงานการประชุม</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>start</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>end</source>
        <translation>เวลาเลิก</translation>
    </message>
    <message>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>position</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>under</source>
        <translation>อยู่ภายใต้</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>การตอบรับ</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>การเข้าประชุม</translation>
    </message>
    <message>
        <source>secrecy</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>ชั้นความเร็ว</translation>
    </message>
    <message>
        <source>person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>ผู้นำเสนอ</translation>
    </message>
    <message>
        <source>certified by</source>
        <translation>วิธีรับรอง</translation>
    </message>
    <message>
        <source>certified at</source>
        <translation>เวลาที่รับรอง</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ร่องรอยการตรวจสอบ</translation>
    </message>
    <message>
        <source>Filter by person, item, value…</source>
        <translation>กรองตามบุคคล รายการ หรือค่า…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>ค่าเดิม → ค่าใหม่</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>กำลังอ่านร่องรอยการตรวจสอบ…</translation>
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
    <name>CalendarFeedDialog</name>
    <message>
        <source>Calendar feed</source>
        <translation>ลิงก์ปฏิทินการประชุม</translation>
    </message>
    <message>
        <source>Subscribe to this address in your calendar (Outlook, Google Calendar, Thunderbird, a phone) to see the meetings you are invited to. Keep it to yourself: whoever has it sees your meetings and their agendas.</source>
        <translation>นำลิงก์นี้ไปเพิ่มในแอปปฏิทินของท่าน (Outlook, Google Calendar, Thunderbird หรือโทรศัพท์มือถือ) เพื่อให้การประชุมที่ท่านได้รับเชิญแสดงในปฏิทินโดยอัตโนมัติ โปรดเก็บลิงก์นี้เป็นความลับ ผู้ที่มีลิงก์นี้จะเห็นการประชุมและระเบียบวาระการประชุมของท่าน</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>ลิงก์:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>สร้างลิงก์ใหม่</translation>
    </message>
    <message>
        <source>Stop the feed</source>
        <translation>ยกเลิกลิงก์นี้</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>กำลังสอบถามเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>Connect to a sync server first (Sync ▸ Connect to server…).</source>
        <translation>โปรดเชื่อมต่อเซิร์ฟเวอร์ก่อน (ประสานข้อมูล ▸ เชื่อมต่อเซิร์ฟเวอร์…)</translation>
    </message>
    <message>
        <source>You have no calendar feed. Make an address to subscribe to.</source>
        <translation>ท่านยังไม่มีลิงก์ปฏิทิน โปรดสร้างลิงก์</translation>
    </message>
    <message>
        <source>You have a calendar feed, but its address is not kept on this computer. A new address shows it here; the old one stops working.</source>
        <translation>ท่านมีลิงก์ปฏิทินแล้ว แต่เครื่องนี้ไม่ได้เก็บลิงก์ไว้ หากสร้างลิงก์ใหม่จะแสดงที่นี่ และลิงก์เดิมจะใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>Made {when}.</source>
        <translation>สร้างเมื่อ {when}</translation>
    </message>
    <message>
        <source>The address is kept for this session only: this computer has no password store.</source>
        <translation>ลิงก์นี้จะเก็บไว้เฉพาะการใช้งานครั้งนี้ เนื่องจากเครื่องนี้ไม่มีที่เก็บรหัสผ่าน</translation>
    </message>
    <message>
        <source>The address is copied: paste it into your calendar.</source>
        <translation>คัดลอกลิงก์แล้ว โปรดวางในแอปปฏิทินของท่าน</translation>
    </message>
</context>
<context>
    <name>CertifyDialog</name>
    <message>
        <source>Certify the minutes</source>
        <translation>รับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>Certified minutes are frozen and their SHA-256 is kept; later changes become amendments.</source>
        <translation>รายงานการประชุมที่รับรองแล้วจะถูกตรึงไว้และเก็บค่า SHA-256 การเปลี่ยนแปลงภายหลังจะบันทึกเป็นการแก้ไข</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>รับรอง</translation>
    </message>
</context>
<context>
    <name>CheckInBar</name>
    <message>
        <source>Checking in…</source>
        <translation>กำลังลงทะเบียนเข้าร่วมประชุม…</translation>
    </message>
    <message>
        <source>I am here</source>
        <translation>ข้าพเจ้าอยู่ในห้องประชุม</translation>
    </message>
    <message>
        <source>Check in: you are in the meeting room</source>
        <translation>ลงทะเบียนเข้าร่วมประชุม: ท่านอยู่ในห้องประชุม</translation>
    </message>
    <message>
        <source>I am online</source>
        <translation>ข้าพเจ้าเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Check in: you take part from where you are, online</source>
        <translation>ลงทะเบียนเข้าร่วมประชุม: ท่านเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์จากสถานที่ของท่าน</translation>
    </message>
    <message>
        <source>Could not check in: {reason}</source>
        <translation>ไม่สามารถลงทะเบียนเข้าร่วมประชุมได้: {reason}</translation>
    </message>
    <message>
        <source>Checked in online at {time}</source>
        <translation>ลงทะเบียนเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์แล้ว เวลา {time}</translation>
    </message>
    <message>
        <source>Checked in online</source>
        <translation>ลงทะเบียนเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์แล้ว</translation>
    </message>
    <message>
        <source>Checked in, in the room, at {time}</source>
        <translation>ลงทะเบียนเข้าร่วมในห้องประชุมแล้ว เวลา {time}</translation>
    </message>
    <message>
        <source>Checked in, in the room</source>
        <translation>ลงทะเบียนเข้าร่วมในห้องประชุมแล้ว</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>The quorum of a reconvened meeting cannot be higher than the ordinary quorum.</source>
        <translation>องค์ประชุมของการประชุมที่เรียกประชุมใหม่จะสูงกว่าองค์ประชุมปกติไม่ได้</translation>
    </message>
    <message>
        <source>The short name {short} is already used by {name}.</source>
        <translation>ชื่อย่อ {short} ใช้แล้วโดย {name}</translation>
    </message>
    <message>
        <source>New committee {short}</source>
        <translation>เพิ่มคณะกรรมการ {short}</translation>
    </message>
    <message>
        <source>Edit committee {short}</source>
        <translation>แก้ไขคณะกรรมการ {short}</translation>
    </message>
    <message numerus="yes">
        <source>{short} has %n meeting(s) and cannot be deleted.</source>
        <translation>
            <numerusform>{short} มีการประชุม %n ครั้ง จึงลบไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete committee</source>
        <translation>ลบคณะกรรมการ</translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and its %n membership(s)?</source>
        <translation>
            <numerusform>ลบ{name} และรายชื่อกรรมการ %n รายการหรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete committee {short}</source>
        <translation>ลบคณะกรรมการ {short}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>กรรมการ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>การประชุม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>คณะกรรมการใหม่</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;New committee</source>
        <translation>เพิ่มคณะกรรมการ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>คืนค่าเดิม</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>ชื่อย่อ:</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>องค์ประชุม:</translation>
    </message>
    <message>
        <source>Reconvened quorum:</source>
        <translation>องค์ประชุมเมื่อเรียกประชุมใหม่:</translation>
    </message>
    <message>
        <source>Meeting numbers:</source>
        <translation>การนับครั้งที่ประชุม:</translation>
    </message>
    <message>
        <source>Agenda template:</source>
        <translation>แม่แบบระเบียบวาระ:</translation>
    </message>
    <message>
        <source>Default secrecy:</source>
        <translation>ชั้นความลับเริ่มต้น:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>สมาชิก:</translation>
    </message>
    <message>
        <source>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</source>
        <translation>เช่น คณะกรรมการเทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>e.g. ICT</source>
        <translation>เช่น ICT</translation>
    </message>
    <message>
        <source>Used in meeting references such as ICT:3/2569</source>
        <translation>ใช้อ้างถึงการประชุม เช่น ICT:3/2569</translation>
    </message>
    <message>
        <source>of the voting members</source>
        <translation>ของกรรมการผู้มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>of the voting members, within 14 days</source>
        <translation>ของกรรมการผู้มีสิทธิออกเสียง ภายใน 14 วัน</translation>
    </message>
    <message>
        <source>A meeting called again after one without a quorum (APA s.79: one third)</source>
        <translation>การประชุมที่นัดใหม่เพราะครั้งก่อนไม่ครบองค์ประชุม (พ.ร.บ.วิธีปฏิบัติราชการทางปกครองฯ มาตรา 79: หนึ่งในสาม)</translation>
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
        <translation>ข้อมูลที่ขัดแย้งจากการประสานข้อมูล</translation>
    </message>
    <message>
        <source>These values were changed here and on the server at the same time. The server&apos;s value was kept; yours is shown so that you can copy it back.</source>
        <translation>ค่าเหล่านี้ถูกแก้ไขทั้งในเครื่องนี้และบนเซิร์ฟเวอร์พร้อมกัน ระบบเก็บค่าของเซิร์ฟเวอร์ไว้ และแสดงค่าของท่านเพื่อให้คัดลอกกลับไปใช้ได้</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>ค่าที่เก็บไว้</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>ค่าของท่าน</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>รับทราบ</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>ที่อยู่เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Code (if asked):</source>
        <translation>รหัสยืนยัน (ถ้ามี):</translation>
    </message>
    <message>
        <source>six digits from the authenticator app</source>
        <translation>ตัวเลขหกหลักจากแอปยืนยันตัวตน</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>The documents could not be loaded: {message}</source>
        <translation>โหลดเอกสารไม่ได้: {message}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>เอกสารของการประชุม</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>เอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in this meeting</source>
        <translation>
            <numerusform>รวม %n หน้าในการประชุมนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the board book</source>
        <translation>
            <numerusform>ไม่อยู่ในแฟ้มเอกสารประกอบการประชุม %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the board book (not a PDF)</source>
        <translation>ไม่อยู่ในแฟ้มเอกสารประกอบการประชุม (มิใช่ PDF)</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>เอกสารต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Rename document “{name}”</source>
        <translation>เปลี่ยนชื่อเอกสาร “{name}”</translation>
    </message>
    <message>
        <source>Set secrecy of “{name}”</source>
        <translation>กำหนดชั้นความลับของ “{name}”</translation>
    </message>
    <message>
        <source>Move document “{name}”</source>
        <translation>ย้ายลำดับเอกสาร “{name}”</translation>
    </message>
    <message>
        <source>Remove document “{name}”</source>
        <translation>ลบเอกสาร “{name}”</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation>ยังนำเข้าไฟล์ชุดก่อนอยู่ โปรดรอหรือยกเลิกก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>กำลังตรวจสอบไฟล์ %n ไฟล์…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Import cancelled; no file was attached.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีไฟล์ใดถูกแนบ</translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation>ไม่มีไฟล์ใดถูกแนบ</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n document(s)</source>
        <translation>
            <numerusform>แนบเอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n document(s)…</source>
        <translation>
            <numerusform>กำลังแนบเอกสาร %n รายการ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not checked (cancelled)</source>
        <translation>
            <numerusform>ไม่ได้ตรวจสอบ %n ไฟล์ (ยกเลิกแล้ว)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>แนบเอกสารแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was attached: {message}</source>
        <translation>ไม่มีไฟล์ใดถูกแนบ: {message}</translation>
    </message>
    <message>
        <source>Not in the board book</source>
        <translation>ไม่อยู่ในแฟ้มเอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>{file} is a {kind}; the board book binds only PDF files.</source>
        <translation>{file} เป็น{kind} แฟ้มเอกสารประกอบการประชุมรวมได้เฉพาะแฟ้ม PDF</translation>
    </message>
    <message>
        <source>Converting {file} to PDF with LibreOffice…</source>
        <translation>กำลังแปลง {file} เป็น PDF ด้วย LibreOffice…</translation>
    </message>
    <message>
        <source>Save it as PDF and attach the PDF to put it in the board book.</source>
        <translation>โปรดบันทึกเป็น PDF แล้วแนบแฟ้ม PDF เพื่อรวมไว้ในแฟ้มเอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>LibreOffice, which converts it here, is not installed on this computer: save the file as PDF in the program that made it and attach the PDF, or install LibreOffice (libreoffice.org).</source>
        <translation>เครื่องนี้ไม่ได้ติดตั้ง LibreOffice ซึ่งใช้แปลงแฟ้มในโปรแกรมนี้ โปรดบันทึกแฟ้มเป็น PDF จากโปรแกรมที่ใช้จัดทำแล้วแนบแฟ้ม PDF หรือติดตั้ง LibreOffice (libreoffice.org)</translation>
    </message>
    <message>
        <source>Convert it to PDF to put it in the board book; the original file is kept as its earlier version (Undo brings it back).</source>
        <translation>แปลงเป็น PDF เพื่อรวมไว้ในแฟ้มเอกสารประกอบการประชุม แฟ้มต้นฉบับจะเก็บไว้เป็นฉบับก่อนหน้า (เลิกทำเพื่อนำกลับมาได้)</translation>
    </message>
    <message>
        <source>Convert “{name}” to PDF</source>
        <translation>แปลง “{name}” เป็น PDF</translation>
    </message>
    <message>
        <source>Conversion cancelled; nothing was changed.</source>
        <translation>ยกเลิกการแปลงแล้ว ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>{file} was converted to PDF and is now in the board book; Undo brings back the original.</source>
        <translation>แปลง {file} เป็น PDF แล้ว และรวมอยู่ในแฟ้มเอกสารประกอบการประชุม เลิกทำเพื่อนำต้นฉบับกลับมาได้</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>ไม่ได้แปลง</translation>
    </message>
    <message>
        <source>Nothing was changed: {message}</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด: {message}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>จำนวนหน้า</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Convert to PDF</source>
        <translation>แปลงเป็น PDF</translation>
    </message>
    <message>
        <source>Make a PDF of this file with LibreOffice, for the board book</source>
        <translation>จัดทำ PDF ของแฟ้มนี้ด้วย LibreOffice สำหรับแฟ้มเอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Attach files to the selected agenda item; you can also drop files on the list</source>
        <translation>แนบไฟล์กับระเบียบวาระที่เลือก หรือลากไฟล์มาวางบนรายการก็ได้</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Secrecy of the selected document</source>
        <translation>ชั้นความลับของเอกสารที่เลือก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>เอกสาร Word</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>แฟ้มงาน Excel</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>ตาราง CSV</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>งานนำเสนอ PowerPoint</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>แฟ้มข้อความ</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>แฟ้มบีบอัด ZIP</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>file of an unknown kind</source>
        <translation>แฟ้มที่ไม่ทราบประเภท</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>แฟ้ม: {file}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>meeting {reference} has no agenda item {item}</source>
        <translation>การประชุม {reference} ไม่มีระเบียบวาระที่ {item}</translation>
    </message>
    <message>
        <source>--since {since} is after --until {until}</source>
        <translation>วันที่ --since {since} อยู่หลังวันที่ --until {until}</translation>
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
        <source>the reason given with a reply has at most {limit} characters</source>
        <translation>เหตุผลประกอบการตอบรับมีได้ไม่เกิน {limit} ตัวอักษร</translation>
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
        <source>an annotation needs its owner</source>
        <translation>หมายเหตุประกอบต้องระบุเจ้าของ</translation>
    </message>
    <message>
        <source>an annotation&apos;s page is between 0 and {limit}</source>
        <translation>หน้าของหมายเหตุประกอบต้องอยู่ระหว่าง 0 ถึง {limit}</translation>
    </message>
    <message>
        <source>an annotation&apos;s colour is written #rrggbb, not {color}</source>
        <translation>สีของหมายเหตุประกอบต้องเขียนในรูปแบบ #rrggbb มิใช่ {color}</translation>
    </message>
    <message>
        <source>an annotation&apos;s note has at most {text} characters and its quote at most {quote}</source>
        <translation>ข้อความของหมายเหตุประกอบมีได้ไม่เกิน {text} อักขระ และข้อความที่อ้างอิงมีได้ไม่เกิน {quote} อักขระ</translation>
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
        <source>{where}: {size} characters, more than an audit event holds ({limit})</source>
        <translation>{where}: มีความยาว {size} อักขระ เกินกว่าที่รายการในร่องรอยการตรวจสอบบันทึกได้ ({limit})</translation>
    </message>
    <message>
        <source>{where}: refers to unknown agendaItem urn:uuid:{target}</source>
        <translation>{where}: อ้างถึงระเบียบวาระ urn:uuid:{target} ซึ่งไม่มีอยู่</translation>
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
        <source>meeting.json: {key} holds frozen versions of minutes that are not certified</source>
        <translation>meeting.json: {key} มีฉบับที่ตรึงไว้ของรายงานการประชุมซึ่งยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <source>meeting.json: the minutes are certified but the package holds no frozen version of their text (it may come from an older emeeting, which did not export them)</source>
        <translation>meeting.json: รายงานการประชุมรับรองแล้ว แต่แพ็กเกจไม่มีข้อความฉบับที่ตรึงไว้ (แพ็กเกจอาจส่งออกจาก emeeting รุ่นก่อนซึ่งไม่ได้ส่งออกข้อความดังกล่าว)</translation>
    </message>
    <message>
        <source>{where}: refers to unknown minutes urn:uuid:{target}</source>
        <translation>{where}: อ้างถึงรายงานการประชุม urn:uuid:{target} ซึ่งไม่มีอยู่</translation>
    </message>
    <message>
        <source>{where}: expected version number {expected}, got {number}</source>
        <translation>{where}: ต้องเป็นฉบับที่ {expected} แต่พบฉบับที่ {number}</translation>
    </message>
    <message>
        <source>{where}: the sha256 of version 0 is not the certified_sha256 of the minutes</source>
        <translation>{where}: ค่า sha256 ของฉบับที่ 0 ไม่ตรงกับค่า certified_sha256 ของรายงานการประชุม</translation>
    </message>
    <message>
        <source>meeting.json: the minutes are certified but the meeting&apos;s status is {status}; only a meeting that was held has its minutes certified, and their certification makes it minutes certified</source>
        <translation>meeting.json: รายงานการประชุมได้รับการรับรองแล้ว แต่สถานะของการประชุมคือ {status} เฉพาะการประชุมที่จัดขึ้นแล้วเท่านั้นที่รับรองรายงานการประชุมได้ และการรับรองจะทำให้การประชุมมีสถานะรับรองรายงานการประชุมแล้ว</translation>
    </message>
    <message>
        <source>meeting.json: the meeting&apos;s status is minutes certified but its minutes are {state}</source>
        <translation>meeting.json: การประชุมมีสถานะรับรองรายงานการประชุมแล้ว แต่รายงานการประชุมอยู่ในสถานะ {state}</translation>
    </message>
    <message>
        <source>meeting.json: {key} holds {count} events, more than {limit} for a meeting of {records} records</source>
        <translation>meeting.json: {key} มีรายการ {count} รายการ เกินกว่า {limit} รายการสำหรับการประชุมที่มีข้อมูล {records} รายการ</translation>
    </message>
    <message>
        <source>{where}: names urn:uuid:{id}, which is not in the package and whose deletion its audit trail does not record</source>
        <translation>{where}: อ้างถึง urn:uuid:{id} ซึ่งไม่อยู่ในแพ็กเกจ และร่องรอยการตรวจสอบไม่ได้บันทึกการลบไว้</translation>
    </message>
    <message>
        <source>{where}: entity_kind {kind} disagrees with the package, where urn:uuid:{id} is {actual}</source>
        <translation>{where}: entity_kind {kind} ไม่ตรงกับข้อมูลในแพ็กเกจ ซึ่ง urn:uuid:{id} เป็น {actual}</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records the certified minutes&apos; sha256 as {recorded}, not the sha256 of version 0 (the certified text was replaced)</source>
        <translation>meeting.json: ร่องรอยการตรวจสอบบันทึกค่า sha256 ของรายงานการประชุมที่รับรองไว้เป็น {recorded} ซึ่งไม่ใช่ค่า sha256 ของฉบับที่ 0 (ข้อความที่รับรองถูกแทนที่)</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records the sha256 of minutes version {number} as {recorded}, not the one the package gives (the text was replaced)</source>
        <translation>meeting.json: ร่องรอยการตรวจสอบบันทึกค่า sha256 ของรายงานการประชุมฉบับที่ {number} ไว้เป็น {recorded} ซึ่งไม่ตรงกับค่าในแพ็กเกจ (ข้อความถูกแทนที่)</translation>
    </message>
    <message>
        <source>meeting.json: its audit trail records minutes version {number}, which the package lacks (an amendment was left out)</source>
        <translation>meeting.json: ร่องรอยการตรวจสอบบันทึกรายงานการประชุมฉบับที่ {number} ไว้ แต่แพ็กเกจไม่มีฉบับนั้น (การแก้ไขรายงานถูกตัดออก)</translation>
    </message>
    <message>
        <source>meeting.json: minutes version {number} has no event in the package&apos;s audit trail (an amendment that was never recorded)</source>
        <translation>meeting.json: รายงานการประชุมฉบับที่ {number} ไม่มีรายการในร่องรอยการตรวจสอบของแพ็กเกจ (การแก้ไขรายงานที่ไม่เคยได้รับการบันทึก)</translation>
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
        <source>{label}: document {document} is {size} bytes, more than the limit of {limit} for one document</source>
        <translation>{label}: เอกสาร {document} มีขนาด {size} ไบต์ เกินขีดจำกัด {limit} ไบต์ต่อเอกสาร</translation>
    </message>
    <message>
        <source>{label}: document {document} unpacks from {packed} to {size} bytes, more than {ratio} times its size in the zip, which no real document does; the package is refused</source>
        <translation>{label}: เอกสาร {document} ขยายจาก {packed} เป็น {size} ไบต์ เกิน {ratio} เท่าของขนาดในไฟล์ zip ซึ่งเอกสารจริงไม่เป็นเช่นนี้ จึงไม่รับแพ็กเกจนี้</translation>
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
        <source>the agenda template {template} has no section {section}</source>
        <translation>แม่แบบระเบียบวาระ {template} ไม่มีหมวด {section}</translation>
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
        <source>no annotation with id {id}</source>
        <translation>ไม่พบหมายเหตุประกอบรหัส {id}</translation>
    </message>
    <message>
        <source>only its owner may change an annotation</source>
        <translation>เฉพาะเจ้าของเท่านั้นที่แก้ไขหมายเหตุประกอบได้</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting</source>
        <extracomment>Files per intake child: a child costs a fraction of a second to start, and cancelling and progress take effect between batches.</extracomment>
        <translation>ระเบียบวาระนั้นเป็นของการประชุมอื่น</translation>
    </message>
    <message>
        <source>that paper belongs to another meeting</source>
        <translation>เอกสารนี้เป็นของการประชุมอื่น</translation>
    </message>
    <message>
        <source>the annotation is made on another version of the paper than it holds now</source>
        <translation>หมายเหตุประกอบนี้ทำไว้บนเอกสารฉบับอื่น มิใช่ฉบับที่มีอยู่ในขณะนี้</translation>
    </message>
    <message>
        <source>an annotation keeps its paper, item, kind and sharing here; make a new one, or change its sharing on its own</source>
        <translation>การแก้ไขนี้ต้องคงเอกสาร ระเบียบวาระ ประเภท และการแบ่งปันของหมายเหตุประกอบไว้ตามเดิม หากต้องการเปลี่ยน โปรดสร้างหมายเหตุประกอบใหม่ หรือเปลี่ยนการแบ่งปันแยกต่างหาก</translation>
    </message>
    <message>
        <source>“{name}” is a confidential paper kept encrypted on this computer: it is read and annotated in the app only, and no copy of it is written to a file</source>
        <translation>“{name}” เป็นเอกสารลับที่จัดเก็บแบบเข้ารหัสในเครื่องนี้ เปิดอ่านและบันทึกได้ในโปรแกรมเท่านั้น และไม่สามารถบันทึกสำเนาออกเป็นไฟล์ได้</translation>
    </message>
    <message>
        <source>{name}: the file vanished while it was being read</source>
        <translation>{name}: ไฟล์หายไประหว่างการอ่าน</translation>
    </message>
    <message>
        <source>{name}: cannot read the file: permission denied</source>
        <translation>{name}: ไม่สามารถอ่านไฟล์ได้: ไม่ได้รับอนุญาต</translation>
    </message>
    <message>
        <source>{name}: the file could not be read: {reason}</source>
        <translation>{name}: ไม่สามารถอ่านไฟล์ได้: {reason}</translation>
    </message>
    <message>
        <source>{name}: the file changed or vanished while reading</source>
        <translation>{name}: ไฟล์ถูกเปลี่ยนแปลงหรือหายไประหว่างการอ่าน</translation>
    </message>
    <message>
        <source>a new version of a paper is one file</source>
        <translation>เอกสารฉบับใหม่ต้องเป็นไฟล์เดียว</translation>
    </message>
    <message>
        <source>{name}: is already a PDF</source>
        <translation>{name}: เป็นแฟ้ม PDF อยู่แล้ว</translation>
    </message>
    <message>
        <source>{name}: a confidential paper kept encrypted on this computer is not converted here</source>
        <translation>{name}: เอกสารลับที่เก็บแบบเข้ารหัสไว้ในเครื่องนี้ไม่สามารถแปลงได้</translation>
    </message>
    <message>
        <source>{name}: LibreOffice is not installed on this computer; install it, or save the file as PDF in the program that made it and attach the PDF</source>
        <translation>{name}: เครื่องนี้ไม่ได้ติดตั้ง LibreOffice โปรดติดตั้ง หรือบันทึกแฟ้มเป็น PDF จากโปรแกรมที่ใช้จัดทำแล้วแนบแฟ้ม PDF</translation>
    </message>
    <message>
        <source>the new order must list exactly the documents of that agenda item</source>
        <translation>ลำดับใหม่ต้องประกอบด้วยเอกสารของระเบียบวาระนั้นครบทุกฉบับและไม่มีเอกสารอื่น</translation>
    </message>
    <message>
        <source>{reader} names {count} invitees of {reference}; give the id</source>
        <translation>{reader} ตรงกับผู้ได้รับเชิญ {count} คนของการประชุม {reference} กรุณาระบุรหัส (id)</translation>
    </message>
    <message>
        <source>{reader} is not invited to {reference}</source>
        <translation>{reader} ไม่ได้รับเชิญเข้าร่วมการประชุม {reference}</translation>
    </message>
    <message>
        <source>cannot write {dest}: {reason}</source>
        <translation>ไม่สามารถบันทึกไฟล์ {dest} ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: its minutes are certified but this store holds no frozen text of them, so the certification cannot be verified</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: รายงานการประชุมรับรองแล้ว แต่คลังข้อมูลนี้ไม่มีข้อความฉบับที่ตรึงไว้ จึงตรวจสอบการรับรองไม่ได้</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: the stored text of minutes version {number} does not match its sha256 (it was altered after it was frozen)</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: ข้อความรายงานการประชุมฉบับที่ {number} ที่จัดเก็บไว้ไม่ตรงกับค่า sha256 (ถูกแก้ไขภายหลังการตรึง)</translation>
    </message>
    <message>
        <source>cannot export meeting {label}: in this store its certified minutes disagree with their hashes or with the hashes the audit trail recorded (the store was altered after certification); `emeeting check` says where</source>
        <translation>ไม่สามารถส่งออกการประชุมครั้งที่ {label} ได้: รายงานการประชุมที่รับรองแล้วในคลังข้อมูลนี้ไม่ตรงกับค่าแฮชของตน หรือกับค่าแฮชที่บันทึกไว้ในร่องรอยการตรวจสอบ (คลังข้อมูลถูกแก้ไขภายหลังการรับรอง) คำสั่ง `emeeting check` จะระบุตำแหน่ง</translation>
    </message>
    <message>
        <source>the minutes kept changing while they were read; try again</source>
        <translation>รายงานการประชุมมีการเปลี่ยนแปลงระหว่างการอ่านข้อมูล โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>ไม่สามารถอ่านไฟล์ {source} ได้: {reason}</translation>
    </message>
    <message>
        <source>{source}: the text of minutes version {number} does not match its sha256 (the certified text was altered); nothing was imported</source>
        <translation>{source}: ข้อความรายงานการประชุมฉบับที่ {number} ไม่ตรงกับค่า sha256 (ข้อความที่รับรองแล้วถูกแก้ไข) จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>{source}: the record in the package does not match its certified minutes (minutes version {number}, line {line}: the minutes say “{minutes}”, the record says “{record}”); nothing was imported</source>
        <translation>{source}: ข้อมูลการประชุมในแพ็กเกจไม่ตรงกับรายงานการประชุมที่รับรองแล้ว (รายงานการประชุมฉบับที่ {number} บรรทัดที่ {line}: รายงานการประชุมระบุว่า “{minutes}” แต่ข้อมูลการประชุมระบุว่า “{record}”) จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>{source}: its documents need {needed} MB but the disk of the data folder has {free} MB free; nothing was imported</source>
        <translation>{source}: เอกสารต้องใช้พื้นที่ {needed} MB แต่ดิสก์ของโฟลเดอร์ข้อมูลมีพื้นที่ว่าง {free} MB จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>meeting {label} from {source} is already here</source>
        <translation>การประชุมครั้งที่ {label} จาก {source} มีอยู่ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{source}: its audit trail names {kind} {id}, which is here but not part of meeting {label}; nothing was imported</source>
        <translation>{source}: ประวัติการดำเนินการในแพ็กเกจอ้างถึง {kind} {id} ซึ่งมีอยู่ในคลังข้อมูลนี้แต่ไม่ได้เป็นส่วนหนึ่งของการประชุมครั้งที่ {label} จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>{source}: its audit trail has an event dated {at}, which has not happened yet; nothing was imported</source>
        <translation>{source}: ร่องรอยการตรวจสอบมีรายการลงวันที่ {at} ซึ่งยังมาไม่ถึง จึงไม่ได้นำเข้าข้อมูลใด</translation>
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
        <source>no committee {reference}: give its short name ({known}) or id</source>
        <translation>ไม่พบคณะกรรมการ {reference} โปรดระบุชื่อย่อ ({known}) หรือรหัสของคณะกรรมการ</translation>
    </message>
    <message>
        <source>{reference} names {count} committees ({names}); give the short name as written</source>
        <translation>{reference} ตรงกับคณะกรรมการ {count} คณะ ({names}) โปรดระบุชื่อย่อให้ตรงตามที่เขียนไว้</translation>
    </message>
    <message>
        <source>no agenda template {template}; choose one of {templates}</source>
        <translation>ไม่พบแม่แบบระเบียบวาระ {template} กรุณาเลือกจาก {templates}</translation>
    </message>
    <message>
        <source>the minutes are certified and frozen; this cannot be undone</source>
        <translation>รายงานการประชุมรับรองแล้วและแก้ไขไม่ได้ จึงเลิกทำรายการนี้ไม่ได้</translation>
    </message>
    <message>
        <source>this person appears in meeting records and cannot be deleted; end their memberships instead</source>
        <translation>ไม่สามารถลบบุคคลนี้ได้เนื่องจากมีชื่ออยู่ในบันทึกการประชุม กรุณาสิ้นสุดการเป็นกรรมการของบุคคลนี้แทน</translation>
    </message>
    <message>
        <source>no space left on the disk holding {folder}: free space and try again; nothing was changed</source>
        <translation>ดิสก์ที่เก็บ {folder} ไม่มีพื้นที่ว่างเหลือ: โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>cannot write documents in {folder}: permission denied (or a read-only disk); nothing was changed: ask for permission to write there</source>
        <translation>ไม่สามารถบันทึกเอกสารใน {folder} ได้: ไม่ได้รับอนุญาต (หรือดิสก์เป็นแบบอ่านอย่างเดียว) ไม่มีการเปลี่ยนแปลงใด: โปรดขอสิทธิ์บันทึกในโฟลเดอร์นั้น</translation>
    </message>
    <message>
        <source>cannot write documents in {folder}: {reason}; nothing was changed</source>
        <translation>ไม่สามารถบันทึกเอกสารใน {folder} ได้: {reason} ไม่มีการเปลี่ยนแปลงใด</translation>
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
        <source>this meeting was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>การประชุมนี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>this agenda item was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>ระเบียบวาระนี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>this document was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>เอกสารนี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>this person was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>ข้อมูลบุคคลนี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>the notes on this agenda item were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</source>
        <translation>บันทึกสาระการประชุมในระเบียบวาระนี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>the minutes were changed by {who} at {when}, after you opened them; they have been reloaded — make your change again</source>
        <translation>รายงานการประชุมถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>this {kind} was changed by {who} at {when}, after you opened it; it has been reloaded — make your change again</source>
        <translation>รายการ {kind} นี้ถูกแก้ไขโดย {who} เมื่อ {when} หลังจากที่ท่านเปิดขึ้นมา ระบบได้โหลดข้อมูลล่าสุดแล้ว กรุณาดำเนินการแก้ไขอีกครั้ง</translation>
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
        <source>this step cannot be undone or redone: the {kind} it changed has been removed since</source>
        <translation>ไม่สามารถเลิกทำหรือทำซ้ำขั้นตอนนี้ได้ เนื่องจากรายการ {kind} ที่ขั้นตอนนี้แก้ไขได้ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>this step cannot be undone or redone: the {kind} it changed was changed again by {who} at {when}; the screens show it as it is now</source>
        <translation>ไม่สามารถเลิกทำหรือทำซ้ำขั้นตอนนี้ได้ เนื่องจากรายการ {kind} ที่ขั้นตอนนี้แก้ไขได้ถูกแก้ไขอีกครั้งโดย {who} เมื่อ {when} หน้าจอแสดงข้อมูลล่าสุดแล้ว</translation>
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
        <source>the database could not be read: {reason}</source>
        <translation>อ่านฐานข้อมูลไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{wal}, which holds the latest changes to {db_path}, was removed or cut short while emeeting had it open: close every emeeting window and command using {data_dir} and try again; if it still fails, run `emeeting --data-dir {quoted_dir} check`</source>
        <translation>{wal} ซึ่งเก็บการเปลี่ยนแปลงล่าสุดของ {db_path} ถูกลบหรือถูกตัดทอนขณะที่ emeeting เปิดใช้งานอยู่: โปรดปิดหน้าต่างและคำสั่ง emeeting ทั้งหมดที่ใช้ {data_dir} แล้วลองอีกครั้ง หากยังไม่สำเร็จ โปรดสั่ง `emeeting --data-dir {quoted_dir} check`</translation>
    </message>
    <message>
        <source>{db_path} cannot be read in the read-only folder {data_dir}: its latest changes are still in {wal}, which SQLite can read only beside an index file ({shm}) it cannot create here; open the folder once where it may be written (emeeting then folds the changes into the database), or ask for permission to write there</source>
        <translation>ไม่สามารถอ่าน {db_path} ในโฟลเดอร์แบบอ่านอย่างเดียว {data_dir} ได้: การเปลี่ยนแปลงล่าสุดยังอยู่ใน {wal} ซึ่ง SQLite อ่านได้เฉพาะเมื่อมีไฟล์ดัชนี ({shm}) อยู่คู่กัน และไม่สามารถสร้างไฟล์ดังกล่าวในโฟลเดอร์นี้ได้ โปรดเปิดโฟลเดอร์นี้หนึ่งครั้งในที่ที่มีสิทธิ์บันทึก (emeeting จะรวมการเปลี่ยนแปลงเข้าในฐานข้อมูล) หรือขอสิทธิ์บันทึกในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>{db_path} cannot be read: {reason}</source>
        <translation>ไม่สามารถอ่าน {db_path} ได้: {reason}</translation>
    </message>
    <message>
        <source>the database in {data_dir} was replaced (restored from a backup) while this change waited to be written; nothing was changed: look at the records again and repeat the change</source>
        <translation>ฐานข้อมูลใน {data_dir} ถูกแทนที่ (กู้คืนจากข้อมูลสำรอง) ระหว่างที่การเปลี่ยนแปลงนี้รอการบันทึก จึงไม่มีการเปลี่ยนแปลงใด: โปรดตรวจสอบข้อมูลอีกครั้งแล้วดำเนินการเปลี่ยนแปลงใหม่</translation>
    </message>
    <message>
        <source>{db_path} is damaged or is not an emeeting database, and {backups} holds no backup of it; to restore a folder written by `emeeting backup`, run: emeeting --data-dir {data_dir} restore FOLDER</source>
        <translation>{db_path} เสียหายหรือไม่ใช่ฐานข้อมูลของ emeeting และไม่มีข้อมูลสำรองใน {backups} หากต้องการกู้คืนจากโฟลเดอร์ที่สร้างด้วยคำสั่ง `emeeting backup` ให้สั่ง: emeeting --data-dir {data_dir} restore FOLDER</translation>
    </message>
    <message>
        <source>{db_path} is damaged or is not an emeeting database; the newest backup is {backup}. To restore it (the damaged file is kept), run: emeeting --data-dir {data_dir} restore {backup}</source>
        <translation>{db_path} เสียหายหรือไม่ใช่ฐานข้อมูลของ emeeting ข้อมูลสำรองล่าสุดคือ {backup} หากต้องการกู้คืน (ระบบจะเก็บไฟล์ที่เสียหายไว้) ให้สั่ง: emeeting --data-dir {data_dir} restore {backup}</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only: nothing can be changed; ask for permission to write there, or copy the folder to one you may write to</source>
        <translation>โฟลเดอร์ข้อมูล {data_dir} เป็นแบบอ่านอย่างเดียว จึงไม่สามารถแก้ไขข้อมูลใดได้ กรุณาขอสิทธิ์บันทึกในโฟลเดอร์ดังกล่าว หรือคัดลอกโฟลเดอร์ไปยังตำแหน่งที่ท่านมีสิทธิ์บันทึก</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only and holds no emeeting database; choose a folder you may write to</source>
        <translation>โฟลเดอร์ข้อมูล {data_dir} เป็นแบบอ่านอย่างเดียวและไม่มีฐานข้อมูล emeeting กรุณาเลือกโฟลเดอร์ที่ท่านมีสิทธิ์บันทึก</translation>
    </message>
    <message>
        <source>the data folder {data_dir} is read-only and its database must first be upgraded (schema {revision}); open it once where it may be written</source>
        <translation>โฟลเดอร์ข้อมูล {data_dir} เป็นแบบอ่านอย่างเดียว และฐานข้อมูลต้องได้รับการปรับรุ่นก่อน (schema {revision}) กรุณาเปิดหนึ่งครั้งในตำแหน่งที่สามารถบันทึกได้</translation>
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
        <source>{dest} already holds an emeeting database; choose an empty folder</source>
        <translation>{dest} มีฐานข้อมูลของ emeeting อยู่แล้ว กรุณาเลือกโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>cannot write the backup to {dest}: {reason}</source>
        <translation>ไม่สามารถบันทึกข้อมูลสำรองไว้ที่ {dest} ได้: {reason}</translation>
    </message>
    <message>
        <source>no backup was written to {dest}: SQLite&apos;s check found {count} problems in the database. {damage}</source>
        <translation>ไม่ได้บันทึกข้อมูลสำรองลงใน {dest}: การตรวจสอบของ SQLite พบปัญหา {count} รายการในฐานข้อมูล {damage}</translation>
    </message>
    <message>
        <source>there is no backup at {backup}: give a .db file from {backups} or a folder written by `emeeting backup`</source>
        <translation>ไม่พบข้อมูลสำรองที่ {backup} กรุณาระบุไฟล์ .db จาก {backups} หรือโฟลเดอร์ที่สร้างด้วยคำสั่ง `emeeting backup`</translation>
    </message>
    <message>
        <source>the backup {backup} is damaged or is not an emeeting backup: choose another</source>
        <translation>ข้อมูลสำรอง {backup} เสียหายหรือไม่ใช่ข้อมูลสำรองของ emeeting กรุณาเลือกชุดอื่น</translation>
    </message>
    <message>
        <source>the backup {backup} was written by a newer version of emeeting (schema {revision}); install that version to restore it</source>
        <translation>ข้อมูลสำรอง {backup} สร้างโดย emeeting รุ่นที่ใหม่กว่า (schema {revision}) กรุณาติดตั้งรุ่นดังกล่าวเพื่อกู้คืน</translation>
    </message>
    <message>
        <source>cannot restore {backup} into {data_dir}: {reason}</source>
        <translation>ไม่สามารถกู้คืน {backup} ลงใน {data_dir} ได้: {reason}</translation>
    </message>
    <message>
        <source>the backup {backup} is damaged: its document {sha256}… no longer matches its hash; nothing was restored: choose another backup, or copy {document} away from the backup and restore again (that document then stays missing)</source>
        <translation>ข้อมูลสำรอง {backup} เสียหาย: เอกสาร {sha256}… ไม่ตรงกับค่าแฮชของเอกสาร จึงไม่มีการกู้คืนใด: โปรดเลือกข้อมูลสำรองอื่น หรือย้าย {document} ออกจากข้อมูลสำรองแล้วกู้คืนอีกครั้ง (เอกสารนั้นจะยังคงขาดหายไป)</translation>
    </message>
    <message>
        <source>another emeeting has been writing to {db_path} for {seconds} seconds; nothing was restored: try again when it is done</source>
        <translation>emeeting อีกโปรแกรมหนึ่งกำลังบันทึก {db_path} อยู่เป็นเวลา {seconds} วินาที จึงไม่มีการกู้คืนใด: โปรดลองอีกครั้งเมื่อการบันทึกนั้นเสร็จสิ้น</translation>
    </message>
    <message>
        <source>an emeeting window has {data_dir} open: nothing was restored; close emeeting windows on this folder first (if none is open, delete {lock} and try again)</source>
        <translation>หน้าต่าง emeeting เปิด {data_dir} อยู่ จึงไม่มีการกู้คืนใด: โปรดปิดหน้าต่าง emeeting ที่เปิดโฟลเดอร์นี้ก่อน (หากไม่มีหน้าต่างใดเปิดอยู่ โปรดลบ {lock} แล้วลองอีกครั้ง)</translation>
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
    <message>
        <source>a meeting becomes “minutes certified” only by certifying its minutes (Minutes tab, “Certify…”), which freezes them</source>
        <translation>การประชุมจะมีสถานะ “รับรองรายงานการประชุมแล้ว” ได้โดยการรับรองรายงานการประชุมเท่านั้น (แท็บรายงานการประชุม “รับรอง…”) ซึ่งจะทำให้รายงานการประชุมไม่อาจเปลี่ยนแปลงได้อีก</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB</source>
        <translation>{name} มีขนาดเกิน {limit} MB</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>อ่านไฟล์ {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls); save it as .xlsx or CSV</source>
        <translation>{name} เป็นไฟล์ Excel รุ่นเก่า (.xls) โปรดบันทึกเป็น .xlsx หรือ CSV</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSX file</source>
        <translation>{name} ไม่ใช่ไฟล์ XLSX ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Thai (TIS-620) text</source>
        <translation>{name} ไม่ใช่ข้อความ UTF-8 หรือภาษาไทย (TIS-620)</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or an XLSX file</source>
        <translation>{name} ไม่ใช่ไฟล์ข้อความ (CSV) หรือไฟล์ XLSX</translation>
    </message>
    <message>
        <source>{name} line {line} cannot be read as CSV: {reason}</source>
        <translation>{name} บรรทัดที่ {line} อ่านเป็น CSV ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB</source>
        <translation>{name} เมื่อแตกไฟล์มีขนาดเกิน {limit} MB</translation>
    </message>
    <message>
        <source>{name} has no sheet</source>
        <translation>{name} ไม่มีแผ่นงาน</translation>
    </message>
    <message>
        <source>{name} row {row} has more than {limit} columns</source>
        <translation>{name} แถวที่ {row} มีเกิน {limit} คอลัมน์</translation>
    </message>
    <message>
        <source>{name} row {row} has a cell longer than {limit} characters</source>
        <translation>{name} แถวที่ {row} มีช่องที่ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it into smaller files</source>
        <translation>{name} มีเกิน {limit} แถว โปรดแบ่งเป็นไฟล์ย่อย</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>no document language {lang}; use th or en</source>
        <translation>ไม่มีภาษาเอกสาร {lang} กรุณาใช้ th หรือ en</translation>
    </message>
    <message>
        <source>the board book was cancelled</source>
        <translation>ยกเลิกการจัดทำเอกสารประกอบการประชุมแล้ว</translation>
    </message>
    <message>
        <source>the board book could not be assembled: {reason}</source>
        <translation>จัดทำเอกสารประกอบการประชุมไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>ผู้ใช้ต้องมีชื่อ</translation>
    </message>
    <message>
        <source>no role {role}</source>
        <translation>ไม่มีบทบาท {role}</translation>
    </message>
    <message>
        <source>only secretaries and admins keep committees</source>
        <translation>เฉพาะเลขานุการและผู้ดูแลระบบเท่านั้นที่ดูแลคณะกรรมการได้</translation>
    </message>
    <message>
        <source>a second factor is for admins and secretaries</source>
        <translation>การยืนยันตัวตนขั้นที่สองใช้กับผู้ดูแลระบบและเลขานุการ</translation>
    </message>
    <message>
        <source>user {name} already exists</source>
        <translation>มีผู้ใช้ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>no device {device}</source>
        <translation>ไม่มีอุปกรณ์ {device}</translation>
    </message>
    <message>
        <source>a password needs at least {count} characters</source>
        <translation>รหัสผ่านต้องมีความยาวอย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>this password is one of the most common ones: choose another</source>
        <translation>รหัสผ่านนี้เป็นรหัสผ่านที่มีผู้ใช้กันแพร่หลาย กรุณากำหนดรหัสผ่านอื่น</translation>
    </message>
    <message>
        <source>no user {name}</source>
        <translation>ไม่มีผู้ใช้ {name}</translation>
    </message>
    <message>
        <source>TLS needs both --ssl-certfile and --ssl-keyfile</source>
        <translation>TLS ต้องระบุทั้ง --ssl-certfile และ --ssl-keyfile</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน</translation>
    </message>
    <message>
        <source>the server database could not be upgraded: {reason}</source>
        <translation>ไม่สามารถปรับรุ่นฐานข้อมูลของเซิร์ฟเวอร์ได้: {reason}</translation>
    </message>
    <message>
        <source>the minutes are certified; a change to them must be recorded as an amendment</source>
        <translation>รายงานการประชุมรับรองแล้ว การเปลี่ยนแปลงต้องบันทึกเป็นการแก้ไข</translation>
    </message>
    <message>
        <source>generate the draft minutes before editing them</source>
        <translation>สร้างร่างรายงานการประชุมก่อนแก้ไข</translation>
    </message>
    <message>
        <source>a time on the meeting day needs a time zone</source>
        <translation>เวลาในวันประชุมต้องระบุเขตเวลา</translation>
    </message>
    <message>
        <source>a vote on this item is open: close it before opening another</source>
        <translation>มีการลงมติในระเบียบวาระนี้เปิดอยู่ กรุณาปิดการลงมติก่อนเปิดการลงมติใหม่</translation>
    </message>
    <message>
        <source>this vote is not open: {question}</source>
        <translation>การลงมตินี้มิได้เปิดอยู่: {question}</translation>
    </message>
    <message>
        <source>this member has already voted in this vote</source>
        <translation>กรรมการผู้นี้ได้ลงมติในเรื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>this vote was taken by hand; record it on the meeting day</source>
        <translation>การลงมตินี้ใช้วิธียกมือ กรุณาบันทึกผลในหน้าวันประชุม</translation>
    </message>
    <message>
        <source>generate the draft minutes before certifying them</source>
        <translation>สร้างร่างรายงานการประชุมก่อนรับรอง</translation>
    </message>
    <message>
        <source>the minutes are already certified</source>
        <translation>รายงานการประชุมรับรองแล้ว</translation>
    </message>
    <message>
        <source>end the meeting before certifying its minutes</source>
        <translation>ปิดประชุมก่อนรับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>an amendment needs its reason</source>
        <translation>การแก้ไขต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>only certified minutes are amended; edit the draft instead</source>
        <translation>บันทึกการแก้ไขได้เฉพาะรายงานที่รับรองแล้ว สำหรับร่างให้แก้ไขโดยตรง</translation>
    </message>
    <message>
        <source>an amendment can only change items of this meeting</source>
        <translation>การแก้ไขเปลี่ยนได้เฉพาะวาระของการประชุมนี้</translation>
    </message>
    <message>
        <source>an amendment corrects the record; the minutes&apos; own texts are its entries</source>
        <translation>การแก้ไขเพิ่มเติมใช้แก้ไขข้อมูลการประชุม ส่วนข้อความของรายงานการประชุมให้แก้ไขในรายการของแต่ละระเบียบวาระ</translation>
    </message>
    <message>
        <source>an amendment can only correct the record of its own meeting</source>
        <translation>การแก้ไขเพิ่มเติมแก้ไขได้เฉพาะข้อมูลของการประชุมครั้งนั้นเท่านั้น</translation>
    </message>
    <message>
        <source>nothing differs from the last certified version</source>
        <translation>ไม่มีสิ่งใดต่างจากฉบับที่รับรองล่าสุด</translation>
    </message>
    <message>
        <source>meeting {label} was cancelled; a meeting that was not held has no minutes</source>
        <translation>การประชุมครั้งที่ {label} ถูกยกเลิก การประชุมที่มิได้จัดขึ้นจึงไม่มีรายงานการประชุม</translation>
    </message>
    <message>
        <source>meeting {label} has not been held yet; its minutes can be printed once it has met</source>
        <translation>การประชุมครั้งที่ {label} ยังไม่ได้จัดขึ้น จะพิมพ์รายงานการประชุมได้เมื่อได้ประชุมแล้ว</translation>
    </message>
    <message>
        <source>meeting {label} was cancelled; a meeting that was not held has no minutes to certify</source>
        <translation>การประชุมครั้งที่ {label} ถูกยกเลิกแล้ว การประชุมที่มิได้จัดขึ้นย่อมไม่มีรายงานการประชุมให้รับรอง</translation>
    </message>
    <message>
        <source>meeting {label} has not been held yet; its minutes can be certified once it has met (open and close it on the meeting day, or set its status to closed if it was held)</source>
        <translation>การประชุมครั้งที่ {label} ยังไม่ได้จัดขึ้น จะรับรองรายงานการประชุมได้เมื่อได้ประชุมแล้ว (เปิดและปิดการประชุมในวันประชุม หรือกำหนดสถานะเป็นปิดการประชุมแล้วหากได้ประชุมไปแล้ว)</translation>
    </message>
    <message>
        <source>the certified text of the minutes of meeting {label} does not match its SHA-256: the store has been altered; restore it from a backup</source>
        <translation>ข้อความรายงานการประชุมครั้งที่ {label} ที่ได้รับรองแล้วไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ แสดงว่าฐานข้อมูลถูกแก้ไข โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>a note on an agenda item names the item and no paper</source>
        <translation>บันทึกประกอบระเบียบวาระต้องระบุระเบียบวาระ และต้องไม่ระบุเอกสาร</translation>
    </message>
    <message>
        <source>a note on an agenda item needs its text</source>
        <translation>บันทึกประกอบระเบียบวาระต้องมีข้อความ</translation>
    </message>
    <message>
        <source>a mark on a paper names the document and the version it was made on</source>
        <translation>เครื่องหมายบนเอกสารต้องระบุเอกสารและฉบับของเอกสารที่ทำเครื่องหมายไว้</translation>
    </message>
    <message>
        <source>the position of the annotation on its page is not well-formed, or has too many points</source>
        <translation>ตำแหน่งของหมายเหตุประกอบบนหน้าเอกสารไม่ถูกต้องตามรูปแบบ หรือมีจำนวนจุดมากเกินกำหนด</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>{role} is not a known role (chair, vice chair, member, secretary …)</source>
        <translation>ไม่รู้จักตำแหน่ง {role} (ประธาน รองประธาน กรรมการ เลขานุการ …)</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ไม่ใช่ &quot;มี&quot; หรือ &quot;ไม่มี&quot;</translation>
    </message>
    <message>
        <source>{value} is not a date (write 31/01/2569 or 2026-01-31)</source>
        <translation>{value} ไม่ใช่วันที่ (เขียนเป็น 31/01/2569 หรือ 2026-01-31)</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} ไม่ใช่วันที่ที่มีจริง</translation>
    </message>
    <message>
        <source>a person needs a last name</source>
        <translation>ต้องระบุนามสกุล</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>already in the list of people as {name}: only made a member</source>
        <translation>มีอยู่แล้วในรายชื่อบุคคล: {name} จึงเพิ่มเป็นกรรมการเท่านั้น</translation>
    </message>
    <message>
        <source>already in the list of people as {name}</source>
        <translation>มีอยู่แล้วในรายชื่อบุคคล: {name}</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>เป็นบุคคลเดียวกับแถวที่ {row}</translation>
    </message>
    <message>
        <source>{name} has {count} meeting(s) and cannot be deleted; delete them first</source>
        <translation>{name} มีการประชุม {count} ครั้ง จึงลบไม่ได้ โปรดลบการประชุมก่อน</translation>
    </message>
    <message>
        <source>the {kind} cannot be written as {fmt}</source>
        <translation>ไม่สามารถเขียน {kind} เป็นไฟล์ {fmt} ได้</translation>
    </message>
    <message>
        <source>cannot tell the format of {dest}: name it .pdf or .docx</source>
        <translation>ไม่ทราบรูปแบบของไฟล์ {dest} กรุณาตั้งชื่อลงท้ายด้วย .pdf หรือ .docx</translation>
    </message>
    <message>
        <source>the meeting has no quorum ({present} of {required} present); no vote can be taken</source>
        <translation>ไม่ครบองค์ประชุม (มาประชุม {present} จาก {required} คนที่ต้องมี) จึงลงมติไม่ได้</translation>
    </message>
    <message>
        <source>checking in records present, online or late, not {attendance}</source>
        <translation>การลงชื่อเข้าประชุมบันทึกได้เฉพาะมาประชุม ออนไลน์ หรือมาสาย ไม่ใช่ {attendance}</translation>
    </message>
    <message>
        <source>only someone who is in the meeting can leave it</source>
        <translation>บันทึกการออกได้เฉพาะผู้ที่อยู่ในที่ประชุม</translation>
    </message>
    <message>
        <source>only an invited member can send a substitute</source>
        <translation>เฉพาะกรรมการที่ได้รับเชิญเท่านั้นที่ส่งผู้มาประชุมแทนได้</translation>
    </message>
    <message>
        <source>the member is in the meeting and needs no substitute</source>
        <translation>กรรมการอยู่ในที่ประชุมแล้ว ไม่ต้องมีผู้มาประชุมแทน</translation>
    </message>
    <message>
        <source>someone already attends in place of this member</source>
        <translation>มีผู้มาประชุมแทนกรรมการท่านนี้แล้ว</translation>
    </message>
    <message>
        <source>the substitute is already invited to this meeting</source>
        <translation>ผู้มาประชุมแทนได้รับเชิญในการประชุมนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>the minutes are certified; the meeting cannot be reopened</source>
        <translation>รายงานการประชุมรับรองแล้ว จึงเปิดประชุมอีกไม่ได้</translation>
    </message>
    <message>
        <source>the meeting has not been started</source>
        <translation>ยังไม่ได้เปิดประชุม</translation>
    </message>
    <message>
        <source>only someone invited to the meeting can dissent</source>
        <translation>เฉพาะผู้ได้รับเชิญเข้าประชุมเท่านั้นที่มีความเห็นแย้งได้</translation>
    </message>
    <message>
        <source>this member is already recused</source>
        <translation>กรรมการท่านนี้ถูกบันทึกว่ามีส่วนได้เสียแล้ว</translation>
    </message>
    <message>
        <source>this member has voted on the item; change that vote before the recusal</source>
        <translation>กรรมการท่านนี้ลงคะแนนในวาระนี้แล้ว ให้แก้ไขการลงมตินั้นก่อนบันทึกส่วนได้เสีย</translation>
    </message>
    <message>
        <source>a vote belongs to the meeting of its agenda item</source>
        <translation>การลงมติต้องอยู่ในการประชุมเดียวกับวาระ</translation>
    </message>
    <message>
        <source>a secret vote keeps only the counts, not who voted how</source>
        <translation>การลงคะแนนลับเก็บเฉพาะจำนวนเสียง ไม่เก็บว่าใครลงคะแนนอย่างไร</translation>
    </message>
    <message>
        <source>a server address starts with https:// or http://: {url}</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ต้องขึ้นต้นด้วย https:// หรือ http://: {url}</translation>
    </message>
    <message>
        <source>a server on another computer is reached over https:// only (http:// is for a server on this computer): {url}</source>
        <translation>เซิร์ฟเวอร์ที่อยู่บนเครื่องอื่นต้องเชื่อมต่อผ่าน https:// เท่านั้น (http:// ใช้ได้เฉพาะเซิร์ฟเวอร์บนเครื่องนี้): {url}</translation>
    </message>
    <message>
        <source>not a server address (such as https://emeeting.example.go.th, without spaces, user name or password): {url}</source>
        <translation>ไม่ใช่ที่อยู่เซิร์ฟเวอร์ที่ถูกต้อง (เช่น https://emeeting.example.go.th โดยไม่มีช่องว่าง ชื่อผู้ใช้ หรือรหัสผ่าน): {url}</translation>
    </message>
    <message>
        <source>enter your user name on the server</source>
        <translation>กรอกชื่อผู้ใช้ของท่านบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>log in to {server} first</source>
        <translation>เข้าสู่ระบบ {server} ก่อน</translation>
    </message>
    <message>
        <source>a top secret meeting stays on this computer unless the committee&apos;s policy allows it</source>
        <translation>การประชุมชั้นลับที่สุดต้องอยู่ในเครื่องนี้เท่านั้น เว้นแต่นโยบายของคณะกรรมการอนุญาต</translation>
    </message>
    <message>
        <source>this vote is closed: {question}</source>
        <translation>การลงมตินี้ปิดแล้ว: {question}</translation>
    </message>
    <message>
        <source>this login does not name a member</source>
        <translation>บัญชีผู้ใช้นี้มิได้ระบุตัวกรรมการ</translation>
    </message>
    <message>
        <source>you have already voted in this vote</source>
        <translation>ท่านได้ลงมติในเรื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>the vote is not open</source>
        <translation>การลงมติมิได้เปิดอยู่</translation>
    </message>
    <message>
        <source>you cannot vote in this vote now: it is not open, or you are not a voting member in the meeting (check in first), or you are recused from the item</source>
        <translation>ท่านไม่สามารถลงมติได้ในขณะนี้ เนื่องจากการลงมติมิได้เปิดอยู่ หรือท่านมิใช่กรรมการผู้มีสิทธิออกเสียงที่อยู่ในที่ประชุม (กรุณาลงทะเบียนเข้าประชุมก่อน) หรือท่านมีส่วนได้เสียในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>no private note with id {id}</source>
        <translation>ไม่พบบันทึกส่วนตัวรหัส {id}</translation>
    </message>
    <message>
        <source>no conflict copy with id {id}</source>
        <translation>ไม่พบสำเนาข้อมูลที่ขัดแย้งรหัส {id}</translation>
    </message>
    <message>
        <source>the server refused the user name, password or code</source>
        <translation>เซิร์ฟเวอร์ไม่รับชื่อผู้ใช้ รหัสผ่าน หรือรหัสยืนยัน</translation>
    </message>
    <message>
        <source>this account needs the six-digit code of its authenticator</source>
        <translation>บัญชีนี้ต้องใช้รหัสหกหลักจากแอปยืนยันตัวตน</translation>
    </message>
    <message>
        <source>the login is no longer valid: log in again</source>
        <translation>การเข้าสู่ระบบใช้ไม่ได้แล้ว: โปรดเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>the login has expired: log in again</source>
        <translation>การเข้าสู่ระบบหมดอายุแล้ว: โปรดเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>this computer&apos;s access to {server} was revoked; its confidential documents were removed</source>
        <translation>สิทธิ์เข้าถึง {server} ของเครื่องนี้ถูกเพิกถอนแล้ว และได้ลบเอกสารลับออกจากเครื่องแล้ว</translation>
    </message>
    <message>
        <source>the account on {server} is disabled; its confidential documents were removed</source>
        <translation>บัญชีบน {server} ถูกระงับแล้ว และได้ลบเอกสารลับออกจากเครื่องแล้ว</translation>
    </message>
    <message>
        <source>cannot reach the server {server}: {reason}</source>
        <translation>ติดต่อเซิร์ฟเวอร์ {server} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the server asks for a full resync</source>
        <translation>เซิร์ฟเวอร์ขอให้ประสานข้อมูลใหม่ทั้งหมด</translation>
    </message>
    <message>
        <source>too many failed logins: try again in {seconds} seconds</source>
        <translation>เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป: โปรดลองใหม่ในอีก {seconds} วินาที</translation>
    </message>
    <message>
        <source>the server has newer copies</source>
        <translation>เซิร์ฟเวอร์มีข้อมูลฉบับที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>the server refused changes to records of others: {records}</source>
        <translation>เซิร์ฟเวอร์ไม่รับการแก้ไขข้อมูลของผู้อื่น: {records}</translation>
    </message>
    <message>
        <source>the server {server} refused: {status} {message}</source>
        <translation>เซิร์ฟเวอร์ {server} ปฏิเสธ: {status} {message}</translation>
    </message>
    <message>
        <source>the server {server} gave an answer that is not JSON</source>
        <translation>เซิร์ฟเวอร์ {server} ตอบกลับด้วยข้อมูลที่ไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>the server {server} gave an answer emeeting cannot read: is this the address of an emeeting server?</source>
        <translation>เซิร์ฟเวอร์ {server} ตอบกลับในรูปแบบที่ emeeting อ่านไม่ได้ โปรดตรวจสอบว่าที่อยู่นี้เป็นเซิร์ฟเวอร์ของ emeeting หรือไม่</translation>
    </message>
    <message>
        <source>the user name, password or code is too long or holds characters no server takes</source>
        <translation>ชื่อผู้ใช้ รหัสผ่าน หรือรหัสยืนยันยาวเกินไป หรือมีอักขระที่เซิร์ฟเวอร์ไม่รับ</translation>
    </message>
    <message>
        <source>the local document {sha256}… is damaged</source>
        <translation>เอกสาร {sha256}… ในเครื่องนี้เสียหาย</translation>
    </message>
    <message>
        <source>the document {sha256}… arrived damaged several times</source>
        <translation>เอกสาร {sha256}… ที่ได้รับเสียหายหลายครั้ง</translation>
    </message>
    <message>
        <source>the document {sha256}… is larger than the server said ({size} bytes): it was not kept</source>
        <translation>เอกสาร {sha256}… มีขนาดใหญ่กว่าที่เซิร์ฟเวอร์แจ้งไว้ ({size} ไบต์) จึงมิได้จัดเก็บไว้</translation>
    </message>
    <message>
        <source>no password for {user}: set EMEETING_PASSWORD or run the command in a terminal</source>
        <translation>ไม่มีรหัสผ่านของ {user}: กำหนด EMEETING_PASSWORD หรือเรียกคำสั่งในเทอร์มินัล</translation>
    </message>
    <message>
        <source>give your user name on the server with --user</source>
        <translation>ระบุชื่อผู้ใช้บนเซิร์ฟเวอร์ด้วย --user</translation>
    </message>
    <message>
        <source>name the sync server with --server</source>
        <translation>ระบุเซิร์ฟเวอร์ด้วย --server</translation>
    </message>
    <message>
        <source>no password store (keyring backend) is usable on this computer: server passwords are kept for this session only, and asked for again after a restart ({reason})</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring) ที่ใช้ได้: การเข้าสู่ระบบเซิร์ฟเวอร์จะใช้ได้เฉพาะครั้งนี้ และจะถามรหัสผ่านอีกเมื่อเปิดโปรแกรมใหม่ ({reason})</translation>
    </message>
    <message>
        <source>not logged in to {server}</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ {server}</translation>
    </message>
    <message>
        <source>the server at {server} was replaced (its data is not the one this computer synced with); nothing was removed here. To sync with it, start over with `emeeting sync --start-over`: your own meetings stay and are published again, what came from the old server is dropped</source>
        <translation>เซิร์ฟเวอร์ที่ {server} ถูกแทนที่แล้ว (ข้อมูลในเซิร์ฟเวอร์มิใช่ชุดเดียวกับที่เครื่องนี้เคยประสานข้อมูลไว้) ไม่มีข้อมูลใดในเครื่องนี้ถูกลบ หากต้องการประสานข้อมูลกับเซิร์ฟเวอร์นี้ ให้เริ่มต้นใหม่ด้วยคำสั่ง `emeeting sync --start-over` โดยการประชุมของท่านเองยังคงอยู่และจะเผยแพร่อีกครั้ง ส่วนข้อมูลที่ได้รับจากเซิร์ฟเวอร์เดิมจะถูกลบออก</translation>
    </message>
    <message>
        <source>{count} meetings are no longer shared with you by {server}; nothing was removed: to remove them from this computer, sync again with `emeeting sync --allow-removals`</source>
        <translation>การประชุมจำนวน {count} รายการไม่ได้เปิดให้ท่านเข้าถึงจาก {server} อีกต่อไป ยังไม่มีข้อมูลใดถูกลบ: หากประสงค์จะลบออกจากเครื่องนี้ โปรดประสานข้อมูลอีกครั้งด้วยคำสั่ง `emeeting sync --allow-removals`</translation>
    </message>
    <message>
        <source>annotations on confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</source>
        <translation>ไม่ดาวน์โหลดหมายเหตุประกอบบนเอกสารชั้นความลับ (ลับขึ้นไป) เนื่องจากเครื่องนี้ไม่มีที่เก็บรหัสผ่านสำหรับเก็บกุญแจที่ใช้เข้ารหัส</translation>
    </message>
    <message>
        <source>the changes could not be sent: they kept meeting newer ones</source>
        <translation>ส่งการแก้ไขไม่ได้: พบข้อมูลที่ใหม่กว่าซ้ำหลายครั้ง</translation>
    </message>
    <message>
        <source>you are not the secretary of committee {committee} on this server</source>
        <translation>ท่านมิได้เป็นเลขานุการของ {committee} บนเซิร์ฟเวอร์นี้</translation>
    </message>
    <message>
        <source>the server refused it: {message}</source>
        <translation>เซิร์ฟเวอร์ไม่รับ: {message}</translation>
    </message>
    <message>
        <source>meeting {meeting} “{title}” was not published to {server}: {reason}; it stays on this computer as it is (publish it again once the server allows it)</source>
        <translation>การประชุม {meeting} “{title}” มิได้เผยแพร่ไปยัง {server}: {reason} การประชุมดังกล่าวยังคงอยู่ในเครื่องนี้ตามเดิม (โปรดเผยแพร่อีกครั้งเมื่อเซิร์ฟเวอร์อนุญาต)</translation>
    </message>
    <message>
        <source>confidential papers (ลับ and above) are not downloaded: no password store keeps the key they are encrypted with on this computer</source>
        <translation>ไม่ดาวน์โหลดเอกสารชั้นความลับ (ลับขึ้นไป) เนื่องจากเครื่องนี้ไม่มีที่เก็บรหัสผ่านสำหรับเก็บกุญแจที่ใช้เข้ารหัสเอกสาร</translation>
    </message>
    <message>
        <source>the minutes of meeting {label} are certified, so its record cannot change; changes go through an amendment to the minutes</source>
        <translation>รายงานการประชุมครั้งที่ {label} ได้รับรองแล้ว จึงแก้ไขข้อมูลของการประชุมครั้งนี้ไม่ได้ การเปลี่ยนแปลงใด ๆ ให้ดำเนินการโดยการแก้ไขเพิ่มเติมรายงานการประชุม</translation>
    </message>
    <message>
        <source>a record of meeting {label} cannot refer to an agenda item, vote or minutes of another meeting ({other})</source>
        <translation>รายการของการประชุม {label} ไม่อาจอ้างถึงระเบียบวาระ การลงมติ หรือรายงานการประชุมของการประชุมอื่น ({other}) ได้</translation>
    </message>
    <message>
        <source>the paper could not be read as a PDF: {reason}</source>
        <translation>ไม่สามารถอ่านเอกสารเป็นไฟล์ PDF ได้: {reason}</translation>
    </message>
    <message>
        <source>confidential document {sha256}… cannot be opened: its key is not in this computer&apos;s password store (access ended, or the password store is unavailable); sync again to receive it anew if you may still read it</source>
        <translation>ไม่สามารถเปิดเอกสารลับ {sha256}… ได้ เนื่องจากไม่พบกุญแจของเอกสารในที่เก็บรหัสผ่านของเครื่องนี้ (สิทธิ์การเข้าถึงสิ้นสุดแล้ว หรือที่เก็บรหัสผ่านใช้งานไม่ได้) หากท่านยังมีสิทธิ์อ่านเอกสารนี้ โปรดซิงค์อีกครั้งเพื่อรับเอกสารใหม่</translation>
    </message>
    <message>
        <source>confidential document {sha256}… is damaged or was altered: it cannot be opened</source>
        <translation>เอกสารลับ {sha256}… เสียหายหรือถูกแก้ไข จึงไม่สามารถเปิดได้</translation>
    </message>
    <message>
        <source>no password store (keyring backend) is usable on this computer, so confidential papers (ลับ and above) are not downloaded: they are kept on a laptop only encrypted, with the key in the password store ({reason})</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring backend) ที่ใช้งานได้ จึงไม่ดาวน์โหลดเอกสารชั้นความลับ (ลับขึ้นไป) เนื่องจากเอกสารดังกล่าวจัดเก็บในเครื่องคอมพิวเตอร์พกพาได้เฉพาะในรูปที่เข้ารหัส โดยเก็บกุญแจไว้ในที่เก็บรหัสผ่านเท่านั้น ({reason})</translation>
    </message>
    <message>
        <source>this annotation cannot be stored: annotations on confidential papers (ลับ and above) are kept on this computer only encrypted, with their key in a password store, and no password store is usable here</source>
        <translation>ไม่สามารถจัดเก็บบันทึกนี้ได้ เนื่องจากบันทึกบนเอกสารลับ (ชั้นลับขึ้นไป) จะจัดเก็บในเครื่องคอมพิวเตอร์นี้เฉพาะในรูปแบบที่เข้ารหัสไว้ โดยเก็บกุญแจไว้ในที่เก็บรหัสผ่าน และเครื่องนี้ไม่มีที่เก็บรหัสผ่านที่ใช้งานได้</translation>
    </message>
    <message>
        <source>an annotation on confidential document {sha256}… cannot be stored: the document&apos;s key is not in this computer&apos;s password store; sync again to receive it anew if you may still read it</source>
        <translation>ไม่สามารถบันทึกหมายเหตุประกอบบนเอกสารลับ {sha256}… ได้ เนื่องจากไม่พบกุญแจของเอกสารในที่เก็บรหัสผ่านของเครื่องนี้ หากท่านยังมีสิทธิ์อ่านเอกสารนี้ โปรดซิงค์อีกครั้งเพื่อรับเอกสารใหม่</translation>
    </message>
    <message>
        <source>the server {server} was replaced while being read; try again</source>
        <translation>เซิร์ฟเวอร์ {server} ถูกแทนที่ระหว่างการอ่านข้อมูล กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{name}: LibreOffice cannot convert this kind of file to PDF</source>
        <extracomment>What LibreOffice turns into a PDF: office documents, spreadsheets, slides and plain text. A fresh profile makes the first start slower (a few seconds); a large file takes longer still.</extracomment>
        <translation>{name}: LibreOffice ไม่สามารถแปลงแฟ้มประเภทนี้เป็น PDF ได้</translation>
    </message>
    <message>
        <source>{name}: LibreOffice could not convert the file to PDF ({reason})</source>
        <translation>{name}: LibreOffice ไม่สามารถแปลงแฟ้มเป็น PDF ได้ ({reason})</translation>
    </message>
    <message>
        <source>{name}: LibreOffice could not be started ({reason})</source>
        <translation>{name}: ไม่สามารถเริ่ม LibreOffice ได้ ({reason})</translation>
    </message>
    <message>
        <source>{name}: LibreOffice did not finish converting the file within {seconds} seconds</source>
        <translation>{name}: LibreOffice แปลงแฟ้มไม่เสร็จภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>{name}: the conversion to PDF was cancelled</source>
        <translation>{name}: ยกเลิกการแปลงเป็น PDF แล้ว</translation>
    </message>
    <message>
        <source>the calendar file cannot be read: {reason}</source>
        <translation>อ่านไฟล์ปฏิทินไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the mail setting {field} cannot be {value}</source>
        <translation>การตั้งค่าอีเมล {field} เป็น {value} ไม่ได้</translation>
    </message>
    <message>
        <source>a password needs a user: give --user too</source>
        <translation>การกำหนดรหัสผ่านต้องมีชื่อผู้ใช้: โปรดระบุ --user ด้วย</translation>
    </message>
    <message>
        <source>no committee {reference}</source>
        <translation>ไม่พบคณะกรรมการ {reference}</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address ({reason})</source>
        <translation>{address} ไม่ใช่ที่อยู่อีเมล ({reason})</translation>
    </message>
    <message>
        <source>the address {address} cannot be used for e-mail</source>
        <translation>ไม่สามารถใช้ที่อยู่ {address} ในการส่งอีเมลได้</translation>
    </message>
    <message>
        <source>e-mail is not set up: give the mail server and the sender&apos;s address</source>
        <translation>ยังไม่ได้ตั้งค่าอีเมล: โปรดระบุเซิร์ฟเวอร์อีเมลและที่อยู่อีเมลผู้ส่ง</translation>
    </message>
    <message>
        <source>the mail server {server} needs a login and no password is kept for {user}: set it again</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ต้องเข้าสู่ระบบ แต่ไม่มีรหัสผ่านของ {user} ที่บันทึกไว้: โปรดตั้งรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>the mail server {host} is not known: check its name</source>
        <translation>ไม่พบเซิร์ฟเวอร์อีเมล {host}: โปรดตรวจสอบชื่อ</translation>
    </message>
    <message>
        <source>{who} accepts the invitation to {meeting}</source>
        <translation>{who} ตอบรับเข้าร่วมการประชุม {meeting}</translation>
    </message>
    <message>
        <source>{who} declines the invitation to {meeting}</source>
        <translation>{who} แจ้งไม่เข้าร่วมการประชุม {meeting}</translation>
    </message>
    <message>
        <source>{who} may attend {meeting} (tentative): the answer stays pending</source>
        <translation>{who} อาจเข้าร่วมการประชุม {meeting} (ยังไม่แน่นอน) จึงยังคงสถานะรอตอบรับ</translation>
    </message>
    <message>
        <source>{who} gives the answer already recorded for {meeting}</source>
        <translation>{who} ตอบกลับเหมือนที่บันทึกไว้แล้วสำหรับการประชุม {meeting}</translation>
    </message>
    <message>
        <source>the reply of {who} to {meeting} gives no answer</source>
        <translation>การตอบกลับของ {who} สำหรับการประชุม {meeting} ไม่ได้ระบุว่าจะเข้าร่วมหรือไม่</translation>
    </message>
    <message>
        <source>{who} sends a substitute to {meeting}: the calendar reply does not change that</source>
        <translation>{who} มอบหมายผู้แทนเข้าร่วมการประชุม {meeting} การตอบกลับจากปฏิทินจึงไม่เปลี่ยนแปลงข้อมูลนี้</translation>
    </message>
    <message>
        <source>the reply of {who} answers an older version of the invitation to {meeting}: ignored</source>
        <translation>การตอบกลับของ {who} เป็นการตอบหนังสือเชิญประชุม {meeting} ฉบับก่อนหน้า จึงไม่นำมาบันทึก</translation>
    </message>
    <message>
        <source>the reply from {sender} is for an event that is no meeting in this data folder</source>
        <translation>การตอบกลับจาก {sender} เป็นของนัดหมายที่ไม่ใช่การประชุมในโฟลเดอร์ข้อมูลนี้</translation>
    </message>
    <message>
        <source>the reply of {who} is for {meeting}, which is cancelled: nothing recorded</source>
        <translation>การตอบกลับของ {who} เป็นของการประชุม {meeting} ซึ่งยกเลิกแล้ว จึงไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>the reply of {who} is for {meeting}, whose minutes are certified: nothing recorded</source>
        <translation>การตอบกลับของ {who} เป็นของการประชุม {meeting} ซึ่งรับรองรายงานการประชุมแล้ว จึงไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>the reply from {sender} answers for {address}, who is not invited to {meeting}</source>
        <translation>การตอบกลับจาก {sender} ตอบในนามของ {address} ซึ่งไม่ได้รับเชิญเข้าร่วมการประชุม {meeting}</translation>
    </message>
    <message>
        <source>the reply from {sender} answers for {address}: only their own address may answer</source>
        <translation>การตอบกลับจาก {sender} ตอบในนามของ {address} ผู้ได้รับเชิญต้องตอบจากที่อยู่อีเมลของตนเองเท่านั้น</translation>
    </message>
    <message>
        <source>the message from {sender} carries a calendar object that is no reply</source>
        <translation>ข้อความจาก {sender} มีข้อมูลปฏิทินที่ไม่ใช่การตอบกลับ</translation>
    </message>
    <message>
        <source>the message from {sender} is broken: {reason}</source>
        <translation>ข้อความจาก {sender} เสียหาย: {reason}</translation>
    </message>
    <message>
        <source>the message from {sender} is larger than a reply can be ({size} bytes): not read</source>
        <translation>ข้อความจาก {sender} มีขนาดใหญ่เกินกว่าจะเป็นการตอบกลับ ({size} ไบต์) จึงไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>the reply of {who} to {meeting} could not be recorded now: {reason}</source>
        <translation>ยังไม่สามารถบันทึกการตอบกลับของ {who} สำหรับการประชุม {meeting} ได้ในขณะนี้: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} refused the connection: check the port</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ปฏิเสธการเชื่อมต่อ: โปรดตรวจสอบพอร์ต</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} seconds</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ไม่ตอบสนองภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>the mail server {server}&apos;s certificate is not trusted ({reason}): name the office&apos;s certificate in the mail settings, or ask IT</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์อีเมล {server} ไม่เป็นที่เชื่อถือ ({reason}): โปรดระบุใบรับรองของหน่วยงานในการตั้งค่าอีเมล หรือติดต่อเจ้าหน้าที่เทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>a secure connection to the mail server {server} failed ({reason}): check the security</source>
        <translation>การเชื่อมต่อแบบปลอดภัยกับเซิร์ฟเวอร์อีเมล {server} ไม่สำเร็จ ({reason}): โปรดตรวจสอบการตั้งค่าความปลอดภัย</translation>
    </message>
    <message>
        <source>the connection to the mail server {server} was lost: {reason}</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์อีเมล {server} ขาดหาย: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} answered with an error: {reason}</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ตอบกลับด้วยข้อผิดพลาด: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS: choose TLS or another port</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ไม่รองรับ STARTTLS: โปรดเลือก TLS หรือพอร์ตอื่น</translation>
    </message>
    <message>
        <source>the mailbox has no folder {folder}</source>
        <translation>ไม่พบโฟลเดอร์ {folder} ในกล่องจดหมาย</translation>
    </message>
    <message>
        <source>the mail server {server} offers no login: leave the user empty</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ไม่มีการเข้าสู่ระบบ: โปรดเว้นชื่อผู้ใช้ว่างไว้</translation>
    </message>
    <message>
        <source>the mail server {server} refused the login of {user}: {reason}</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ปฏิเสธการเข้าสู่ระบบของ {user}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ปิดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>cannot reach the mail server {server}: {reason}</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์อีเมล {server}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the mail server&apos;s certificate file {path}: {reason}</source>
        <translation>ไม่สามารถอ่านไฟล์ใบรับรองของเซิร์ฟเวอร์อีเมล {path}: {reason}</translation>
    </message>
    <message>
        <source>the mail server refused the address {address}: {reason}</source>
        <translation>เซิร์ฟเวอร์อีเมลปฏิเสธที่อยู่ {address}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} takes mail only after a login: give the user</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} รับอีเมลเฉพาะเมื่อเข้าสู่ระบบแล้ว: โปรดระบุชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>the mail server refused the sender {address}: {reason}</source>
        <translation>เซิร์ฟเวอร์อีเมลปฏิเสธผู้ส่ง {address}: {reason}</translation>
    </message>
    <message>
        <source>the mail server {server} went away while sending: {reason}</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์อีเมล {server} ขาดหายระหว่างการส่ง: {reason}</translation>
    </message>
    <message>
        <source>the mail server refused the message: {reason}</source>
        <translation>เซิร์ฟเวอร์อีเมลปฏิเสธข้อความ: {reason}</translation>
    </message>
    <message>
        <source>the search index is damaged; rebuild it with `emeeting check --reindex` (the records themselves are not affected)</source>
        <translation>ดัชนีการค้นหาเสียหาย โปรดสร้างใหม่ด้วยคำสั่ง `emeeting check --reindex` (ข้อมูลที่บันทึกไว้ไม่ได้รับผลกระทบ)</translation>
    </message>
</context>
<context>
    <name>EvidenceButton</name>
    <message>
        <source>evidence</source>
        <translation>หลักฐานการประชุม</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>ชุดหลักฐานการประชุม</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>บันทึกไฟล์ {file} แล้ว</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ไฟล์บีบอัด zip (*.zip)</translation>
    </message>
    <message>
        <source>Evidence pack…</source>
        <translation>ชุดหลักฐานการประชุม…</translation>
    </message>
    <message>
        <source>Save the evidence of the electronic meeting (who joined and checked in, attendance, votes, the live channel&apos;s log, the recording link and the certified minutes&apos; hash) as a zip with a PDF and its JSON</source>
        <translation>บันทึกหลักฐานการประชุมผ่านสื่ออิเล็กทรอนิกส์ (การเข้าร่วมและการแสดงตน การเข้าประชุม การลงมติ บันทึกเหตุการณ์ของช่องทางการประชุม ลิงก์บันทึกการประชุม และค่าแฮชของรายงานการประชุมที่รับรองแล้ว) เป็นไฟล์ zip ซึ่งมีไฟล์ PDF และ JSON</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>หนังสือเชิญประชุม</translation>
    </message>
    <message>
        <source>board-book</source>
        <translation>เอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>กำลังเขียน {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>บันทึกไฟล์ {file} แล้ว</translation>
    </message>
    <message>
        <source>not a PDF: convert it to PDF in the Documents tab</source>
        <translation>มิใช่ PDF: แปลงเป็น PDF ได้ที่แท็บเอกสาร</translation>
    </message>
    <message>
        <source>a PDF locked with a password</source>
        <translation>PDF ที่ตั้งรหัสผ่านไว้</translation>
    </message>
    <message>
        <source>a PDF that cannot be read</source>
        <translation>PDF ที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>missing or damaged on this computer</source>
        <translation>ไม่พบหรือเสียหายในเครื่องนี้</translation>
    </message>
    <message>
        <source>not for this reader</source>
        <translation>มิใช่สำหรับผู้รับรายนี้</translation>
    </message>
    <message>
        <source>classed ลับที่สุด and not released by policy</source>
        <translation>ชั้นความลับ ลับที่สุด และไม่เปิดเผยตามนโยบาย</translation>
    </message>
    <message>
        <source>kept encrypted on this computer; read it in the app</source>
        <translation>เก็บแบบเข้ารหัสในเครื่องนี้ โปรดอ่านในโปรแกรม</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) were left out of {file}:</source>
        <translation>
            <numerusform>เอกสาร %n รายการไม่ได้รวมไว้ใน {file}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Board book</source>
        <translation>แฟ้มเอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)…</source>
        <translation>รายงานการประชุม (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (&amp;Word)…</source>
        <translation>รายงานการประชุม (Word)…</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>ระเบียบวาระการประชุม (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Invitation letter (PDF)…</source>
        <translation>หนังสือเชิญประชุม (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Board book (PDF)…</source>
        <translation>เอกสารประกอบการประชุม (PDF)…</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Board book</source>
        <translation>เอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Copy for:</source>
        <translation>สำเนาสำหรับ:</translation>
    </message>
    <message>
        <source>Numbers in Thai digits</source>
        <translation>ใช้เลขไทย</translation>
    </message>
    <message>
        <source>Secretariat copy (no reader)</source>
        <translation>สำเนาฝ่ายเลขานุการ (ไม่ระบุผู้รับ)</translation>
    </message>
    <message>
        <source>Include papers classed ลับที่สุด (only where policy allows)</source>
        <translation>รวมเอกสารชั้นลับที่สุด (เฉพาะเมื่อระเบียบอนุญาต)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>The short name {short} is already used by {name}.</source>
        <translation>ชื่อย่อ {short} ใช้แล้วโดย {name}</translation>
    </message>
    <message>
        <source>New committee {short}</source>
        <translation>เพิ่มคณะกรรมการ {short}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation>
            <numerusform>นำเข้ารายชื่อกรรมการแล้ว %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is left to invite: the committee has no members yet, or all of them are invited. Import the members from a list, then invite them.</source>
        <translation>ไม่มีผู้ที่ต้องเชิญเพิ่ม เนื่องจากคณะกรรมการยังไม่มีกรรมการ หรือได้เชิญครบทุกคนแล้ว โปรดนำเข้ารายชื่อกรรมการจากไฟล์ แล้วจึงเชิญ</translation>
    </message>
    <message>
        <source>Example meetings</source>
        <translation>การประชุมตัวอย่าง</translation>
    </message>
    <message numerus="yes">
        <source>Add %n made-up meeting(s) with their committees, people and papers to this data folder, to look around? They stay until deleted; to keep them apart from real work, start emeeting with another data folder (emeeting --data-dir FOLDER).</source>
        <translation>
            <numerusform>ต้องการเพิ่มการประชุมตัวอย่าง %n รายการ พร้อมคณะกรรมการ บุคคล และเอกสารประกอบ ลงในโฟลเดอร์ข้อมูลนี้เพื่อทดลองใช้งานหรือไม่ ข้อมูลตัวอย่างจะคงอยู่จนกว่าจะลบ หากต้องการแยกจากงานจริง โปรดเปิด emeeting ด้วยโฟลเดอร์ข้อมูลอื่น (emeeting --data-dir โฟลเดอร์)</numerusform>
        </translation>
    </message>
    <message>
        <source>Example meetings are only added to a data folder without meetings.</source>
        <translation>เพิ่มการประชุมตัวอย่างได้เฉพาะในโฟลเดอร์ข้อมูลที่ยังไม่มีการประชุม</translation>
    </message>
    <message>
        <source>1 Committee</source>
        <translation>1 คณะกรรมการ</translation>
    </message>
    <message>
        <source>2 Meeting</source>
        <translation>2 การประชุม</translation>
    </message>
    <message>
        <source>3 Invitees</source>
        <translation>3 ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>ขั้นตอนปัจจุบัน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Already set up: {committees}. Skip this step to use them.</source>
        <translation>มีคณะกรรมการอยู่แล้ว ได้แก่ {committees} ข้ามขั้นตอนนี้เพื่อใช้คณะกรรมการดังกล่าว</translation>
    </message>
    <message>
        <source>For: {committee}</source>
        <translation>สำหรับ: {committee}</translation>
    </message>
    <message>
        <source>A meeting belongs to a committee: go back one step to set one up.</source>
        <translation>การประชุมต้องสังกัดคณะกรรมการ โปรดย้อนกลับหนึ่งขั้นตอนเพื่อจัดตั้งคณะกรรมการ</translation>
    </message>
    <message>
        <source>There is no meeting to invite to yet: go back one step to make one.</source>
        <translation>ยังไม่มีการประชุมที่จะเชิญ โปรดย้อนกลับหนึ่งขั้นตอนเพื่อสร้างการประชุม</translation>
    </message>
    <message numerus="yes">
        <source>{committee} has %n member(s).</source>
        <translation>
            <numerusform>{committee} มีกรรมการ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <source>Welcome to emeeting</source>
        <translation>ยินดีต้อนรับสู่ emeeting</translation>
    </message>
    <message>
        <source>Three steps take you from an empty data folder to a meeting with its agenda and invitees. Each step can be skipped, and each leaves you where the work continues.</source>
        <translation>สามขั้นตอนนี้จะนำท่านจากโฟลเดอร์ข้อมูลที่ว่างเปล่าไปสู่การประชุมที่มีระเบียบวาระและผู้เข้าประชุม แต่ละขั้นตอนข้ามได้ และเมื่อเสร็จแล้วจะพาท่านไปยังหน้าจอที่ทำงานต่อ</translation>
    </message>
    <message>
        <source>Step 1 of 3: the committee</source>
        <translation>ขั้นตอนที่ 1 จาก 3: คณะกรรมการ</translation>
    </message>
    <message>
        <source>Meetings belong to a committee. Name the committee whose meetings you prepare; its members can be imported from a CSV or Excel (.xlsx) list right away. Quorum and other settings can be changed later in File ▸ Committees.</source>
        <translation>การประชุมสังกัดคณะกรรมการ โปรดระบุชื่อคณะกรรมการที่ท่านจัดการประชุมให้ และนำเข้ารายชื่อกรรมการจากไฟล์ CSV หรือ Excel (.xlsx) ได้ทันที องค์ประชุมและการตั้งค่าอื่นแก้ไขภายหลังได้ที่ ไฟล์ ▸ คณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee name:</source>
        <translation>ชื่อคณะกรรมการ:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>ชื่อย่อ:</translation>
    </message>
    <message>
        <source>e.g. คณะกรรมการเทคโนโลยีสารสนเทศ</source>
        <translation>เช่น คณะกรรมการเทคโนโลยีสารสนเทศ</translation>
    </message>
    <message>
        <source>e.g. ICT</source>
        <translation>เช่น ICT</translation>
    </message>
    <message>
        <source>Used in meeting references such as ICT:1/2569</source>
        <translation>ใช้อ้างถึงการประชุม เช่น ICT:1/2569</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>ชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Create committee</source>
        <translation>สร้างคณะกรรมการ</translation>
    </message>
    <message>
        <source>Create and import members…</source>
        <translation>สร้างและนำเข้ารายชื่อกรรมการ…</translation>
    </message>
    <message>
        <source>Create the committee, then choose the list of its members (CSV or Excel .xlsx)</source>
        <translation>สร้างคณะกรรมการ แล้วเลือกไฟล์รายชื่อกรรมการ (CSV หรือ Excel .xlsx)</translation>
    </message>
    <message>
        <source>Step 2 of 3: the first meeting</source>
        <translation>ขั้นตอนที่ 2 จาก 3: การประชุมครั้งแรก</translation>
    </message>
    <message>
        <source>The meeting starts from the Thai template: the five customary sections of an agenda, numbered as the committee numbers its meetings (1/2569, 2/2569 …). Choose its day, time and place; everything can be changed later on the Details tab.</source>
        <translation>การประชุมเริ่มจากแม่แบบภาษาไทย คือระเบียบวาระห้าระเบียบวาระตามธรรมเนียม และกำหนดครั้งที่ตามแบบที่คณะกรรมการใช้ (1/2569, 2/2569 …) โปรดเลือกวัน เวลา และสถานที่ ทั้งนี้แก้ไขภายหลังได้ที่แท็บรายละเอียด</translation>
    </message>
    <message>
        <source>Create the meeting…</source>
        <translation>สร้างการประชุม…</translation>
    </message>
    <message>
        <source>Step 3 of 3: the invitees</source>
        <translation>ขั้นตอนที่ 3 จาก 3: ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Invite every member of the committee in one step. Guests and presenters of single items are added on the Invitees tab, where the replies are kept too.</source>
        <translation>เชิญกรรมการทุกคนได้ในขั้นตอนเดียว ผู้เข้าร่วมประชุมและผู้นำเสนอเฉพาะเรื่องเพิ่มได้ที่แท็บผู้เข้าประชุม ซึ่งบันทึกการตอบรับไว้ด้วย</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>นำเข้ารายชื่อกรรมการ…</translation>
    </message>
    <message>
        <source>Invite the whole committee</source>
        <translation>เชิญกรรมการทั้งคณะ</translation>
    </message>
    <message>
        <source>Ready: where the work continues</source>
        <translation>พร้อมแล้ว: ขั้นตอนต่อไป</translation>
    </message>
    <message>
        <source>The meeting is set up with the Thai agenda and its invitees. What usually comes next:</source>
        <translation>การประชุมพร้อมด้วยระเบียบวาระแบบไทยและผู้เข้าประชุมแล้ว ขั้นตอนที่มักทำต่อไป ได้แก่</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>เรื่องในระเบียบวาระ</translation>
    </message>
    <message>
        <source>Add the matters for decision under section 4.</source>
        <translation>เพิ่มเรื่องเพื่อพิจารณาภายใต้ระเบียบวาระที่ 4</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>เอกสารประกอบ</translation>
    </message>
    <message>
        <source>Attach each item&apos;s papers (PDF) on the Documents tab.</source>
        <translation>แนบเอกสารประกอบ (PDF) ของแต่ละเรื่องที่แท็บเอกสาร</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>หนังสือเชิญประชุม…</translation>
    </message>
    <message>
        <source>Write the invitation letter as a PDF, ready to sign and send.</source>
        <translation>จัดทำหนังสือเชิญประชุมเป็นไฟล์ PDF พร้อมลงนามและส่ง</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>ข้ามขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The guide opens again from Help ▸ First steps</source>
        <translation>เปิดคำแนะนำนี้อีกครั้งได้ที่ ช่วยเหลือ ▸ เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <source>Just looking? Example meetings show every screen filled in.</source>
        <translation>ต้องการทดลองดูก่อนหรือไม่ การประชุมตัวอย่างแสดงทุกหน้าจอพร้อมข้อมูล</translation>
    </message>
    <message>
        <source>Load example meetings…</source>
        <translation>เพิ่มการประชุมตัวอย่าง…</translation>
    </message>
    <message>
        <source>A committee member? Your meetings come from your organisation&apos;s server.</source>
        <translation>ท่านเป็นกรรมการใช่หรือไม่ การประชุมของท่านจะได้รับจากเซิร์ฟเวอร์ของหน่วยงาน</translation>
    </message>
    <message>
        <source>Connect to the server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์…</translation>
    </message>
</context>
<context>
    <name>FollowBar</name>
    <message>
        <source>Following the chair</source>
        <translation>กำลังติดตามประธานในที่ประชุม</translation>
    </message>
    <message>
        <source>Reading on your own</source>
        <translation>กำลังอ่านด้วยตนเอง</translation>
    </message>
    <message>
        <source>{state} · the chair is at {item}</source>
        <translation>{state} · ประธานอยู่ที่วาระ {item}</translation>
    </message>
    <message>
        <source>Back to the chair</source>
        <translation>กลับไปติดตามประธาน</translation>
    </message>
    <message>
        <source>Go where the chair is now and follow again</source>
        <translation>ไปยังวาระและหน้าที่ประธานกำลังพิจารณา และติดตามต่อ</translation>
    </message>
</context>
<context>
    <name>FoundOpener</name>
    <message>
        <source>That meeting is not among the meetings you read here.</source>
        <translation>การประชุมนี้ไม่อยู่ในรายการการประชุมของท่านในเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Whole meeting</source>
        <translation>ทุกวาระ</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <source>Invited as:</source>
        <translation>เชิญในฐานะ:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>สำหรับ:</translation>
    </message>
    <message>
        <source>Add guest or presenter</source>
        <translation>เพิ่มผู้เข้าร่วมประชุมหรือผู้นำเสนอ</translation>
    </message>
</context>
<context>
    <name>IndexBuild</name>
    <message>
        <source>Preparing search</source>
        <translation>กำลังเตรียมการค้นหา</translation>
    </message>
    <message>
        <source>Preparing to search the archive…</source>
        <translation>กำลังเตรียมการค้นหาในคลังเอกสาร…</translation>
    </message>
    <message>
        <source>Preparing to search the archive: {done:,} of {total:,} records (once, after an upgrade)</source>
        <translation>กำลังเตรียมการค้นหาในคลังเอกสาร: {done:,} จาก {total:,} รายการ (ครั้งเดียวหลังการปรับรุ่นโปรแกรม)</translation>
    </message>
</context>
<context>
    <name>InviteesPane</name>
    <message numerus="yes">
        <source>This meeting is cancelled: %n invitee(s) were sent its invitation.</source>
        <translation>
            <numerusform>การประชุมนี้ยกเลิกแล้ว ผู้ได้รับเชิญ %n ท่านได้รับหนังสือเชิญไปแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the cancellation…</source>
        <translation>ส่งแจ้งยกเลิกการประชุม…</translation>
    </message>
    <message numerus="yes">
        <source>The date or place changed since the invitations were sent: %n invitee(s) should get an update.</source>
        <translation>
            <numerusform>วันหรือสถานที่ประชุมเปลี่ยนไปหลังส่งหนังสือเชิญ ผู้ได้รับเชิญ %n ท่านควรได้รับแจ้งการเปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the update…</source>
        <translation>ส่งแจ้งการเปลี่ยนแปลง…</translation>
    </message>
    <message>
        <source>Every member of the committee is invited already.</source>
        <translation>กรรมการทุกคนได้รับเชิญแล้ว</translation>
    </message>
    <message>
        <source>Invite the committee</source>
        <translation>เชิญกรรมการทั้งคณะ</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>เชิญผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Invite a presenter</source>
        <translation>เชิญผู้นำเสนอ</translation>
    </message>
    <message>
        <source>Change reply</source>
        <translation>เปลี่ยนการตอบรับ</translation>
    </message>
    <message>
        <source>Send a substitute</source>
        <translation>มอบหมายผู้แทน</translation>
    </message>
    <message>
        <source>Invite {name}</source>
        <translation>เชิญ {name}</translation>
    </message>
    <message>
        <source>Remove invitee</source>
        <translation>ลบผู้ได้รับเชิญ</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>ทุกวาระ</translation>
    </message>
    <message>
        <source>{invited} · {accepted} · {declined} · {pending}</source>
        <translation>{invited} · {accepted} · {declined} · {pending}</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>เชิญ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>เข้าร่วมประชุม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>ไม่เข้าร่วมประชุม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>ยังไม่ได้ตอบกลับ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending a substitute</source>
        <translation>
            <numerusform>มอบหมายผู้แทน %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>in place of {name}</source>
        <translation>แทน {name}</translation>
    </message>
    <message>
        <source>sends {name}</source>
        <translation>ส่ง {name} มาแทน</translation>
    </message>
    <message>
        <source>Invite the whole committee</source>
        <translation>เชิญกรรมการทั้งคณะ</translation>
    </message>
    <message>
        <source>Invite every current member who is not invited yet</source>
        <translation>เชิญกรรมการทุกคนที่ยังดำรงตำแหน่งและยังไม่ได้รับเชิญ</translation>
    </message>
    <message>
        <source>Add guest or presenter…</source>
        <translation>เพิ่มผู้เข้าร่วมประชุมหรือผู้นำเสนอ…</translation>
    </message>
    <message>
        <source>Send a substitute…</source>
        <translation>มอบหมายผู้แทน…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Send invitations…</source>
        <translation>ส่งหนังสือเชิญประชุมทางอีเมล…</translation>
    </message>
    <message>
        <source>Send the invitation, or what changed since, to every invitee by e-mail</source>
        <translation>ส่งหนังสือเชิญ หรือการเปลี่ยนแปลงหลังส่ง ถึงผู้ได้รับเชิญทุกท่านทางอีเมล</translation>
    </message>
    <message>
        <source>Remind those who have not answered…</source>
        <translation>แจ้งเตือนผู้ที่ยังไม่ได้ตอบกลับ…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>การตอบรับ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>ผู้นำเสนอ</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>(no presenter)</source>
        <translation>(ไม่ระบุผู้นำเสนอ)</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Select an agenda item to edit it.</source>
        <translation>เลือกระเบียบวาระเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>ระเบียบวาระที่ {number}</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>เรื่อง:</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>ผู้นำเสนอ:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>เวลาที่ใช้:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>ชั้นความลับ:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Closed item (withheld from guests)</source>
        <translation>วาระลับ (ไม่เปิดเผยต่อผู้เข้าร่วมประชุมที่ไม่ใช่กรรมการ)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>ความเป็นมา</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>ข้อเท็จจริง</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>Recused for a conflict of interest:</source>
        <translation>ผู้มีส่วนได้เสีย (งดร่วมพิจารณา):</translation>
    </message>
    <message>
        <source>Recuse</source>
        <translation>งดร่วมพิจารณา</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>บันทึกวาระ</translation>
    </message>
    <message>
        <source>Save this agenda item (Ctrl+S)</source>
        <translation>บันทึกระเบียบวาระนี้ (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ItemNotes</name>
    <message>
        <source>Notes on this item</source>
        <translation>บันทึกประกอบวาระนี้</translation>
    </message>
    <message>
        <source>Add a note on this item…</source>
        <translation>เพิ่มบันทึกประกอบวาระนี้…</translation>
    </message>
    <message>
        <source>A note of yours on this agenda item; private unless you share it</source>
        <translation>บันทึกของท่านประกอบระเบียบวาระนี้ เป็นบันทึกส่วนตัว เว้นแต่ท่านจะแบ่งปัน</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
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
        <source>Not answered</source>
        <translation>ยังไม่ได้ตอบกลับ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ไม่เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Sends a substitute</source>
        <translation>มอบหมายผู้แทน</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>ยังไม่ได้ตอบกลับ</translation>
    </message>
    <message>
        <source>I will attend</source>
        <translation>เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>I cannot attend</source>
        <translation>ไม่เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Someone attends in my place</source>
        <translation>มอบหมายผู้แทนเข้าร่วมประชุม</translation>
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
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>รองประธาน</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>เลขานุการ</translation>
    </message>
    <message>
        <source>Assistant secretary</source>
        <translation>ผู้ช่วยเลขานุการ</translation>
    </message>
    <message>
        <source>Per year (1/2569, 2/2569 …)</source>
        <translation>นับใหม่ทุกปี (1/2569, 2/2569 …)</translation>
    </message>
    <message>
        <source>Continuous (one running number)</source>
        <translation>นับต่อเนื่อง (เลขเดียวตลอด)</translation>
    </message>
    <message>
        <source>Thai: the five customary sections</source>
        <translation>ภาษาไทย: ระเบียบวาระ 5 วาระตามแบบที่ใช้กันทั่วไป</translation>
    </message>
    <message>
        <source>English: the five customary sections</source>
        <translation>ภาษาอังกฤษ: ระเบียบวาระ 5 วาระตามแบบที่ใช้กันทั่วไป</translation>
    </message>
</context>
<context>
    <name>LiveVotePanel</name>
    <message>
        <source>No vote on laptops on this item.</source>
        <translation>ระเบียบวาระนี้ยังไม่มีการลงมติผ่านเครื่องคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Open: {question} ({kind})</source>
        <translation>เปิดลงมติ: {question} ({kind})</translation>
    </message>
    <message>
        <source>Closed: {question} ({kind})</source>
        <translation>ปิดการลงมติแล้ว: {question} ({kind})</translation>
    </message>
    <message>
        <source>Voted: {count}</source>
        <translation>ลงมติแล้ว {count} ท่าน</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>เปิดลงมติ {time}</translation>
    </message>
    <message>
        <source>closed {time}</source>
        <translation>ปิดลงมติ {time}</translation>
    </message>
    <message>
        <source>Have voted: {names}</source>
        <translation>ผู้ที่ลงมติแล้ว: {names}</translation>
    </message>
    <message>
        <source>The choices are counted when the vote is closed.</source>
        <translation>จะนับคะแนนเมื่อปิดการลงมติ</translation>
    </message>
    <message>
        <source>{for_label} {for_}, {against_label} {against}, {abstain_label} {abstain}</source>
        <translation>{for_label} {for_} เสียง {against_label} {against} เสียง {abstain_label} {abstain} เสียง</translation>
    </message>
    <message>
        <source>Log in to the sync server first: members vote through it.</source>
        <translation>กรุณาเข้าสู่ระบบเครื่องแม่ข่ายก่อน เนื่องจากกรรมการลงมติผ่านเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>Open a vote on laptops…</source>
        <translation>เปิดการลงมติผ่านเครื่องคอมพิวเตอร์…</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>ปิดการลงมติ</translation>
    </message>
    <message>
        <source>Show of hands:</source>
        <translation>ลงคะแนนโดยการยกมือ:</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (เข้ารหัสหลังเชื่อมต่อ)</translation>
    </message>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (เข้ารหัสตั้งแต่เริ่มต้น)</translation>
    </message>
    <message>
        <source>None (only inside the office network)</source>
        <translation>ไม่เข้ารหัส (ใช้ภายในเครือข่ายของหน่วยงานเท่านั้น)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>การเข้ารหัส:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>เว้นว่างหากเซิร์ฟเวอร์ไม่ต้องเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>บันทึกไว้แล้ว พิมพ์รหัสผ่านใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>kept in the computer&apos;s password store</source>
        <translation>เก็บไว้ในที่เก็บรหัสผ่านของเครื่อง</translation>
    </message>
    <message>
        <source>The e-mail settings are saved.</source>
        <translation>บันทึกการตั้งค่าอีเมลแล้ว</translation>
    </message>
    <message>
        <source>The e-mail settings are saved. The password is kept for this session only: {why}</source>
        <translation>บันทึกการตั้งค่าอีเมลแล้ว รหัสผ่านจะใช้ได้เฉพาะการใช้งานครั้งนี้: {why}</translation>
    </message>
    <message>
        <source>Type the address the test message goes to.</source>
        <translation>โปรดระบุอีเมลที่จะส่งข้อความทดสอบ</translation>
    </message>
    <message>
        <source>Sending a test message to {address}…</source>
        <translation>กำลังส่งข้อความทดสอบถึง {address}…</translation>
    </message>
    <message>
        <source>A test message was sent to {address}.</source>
        <translation>ส่งข้อความทดสอบถึง {address} แล้ว</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>กำลังอ่านการตอบรับ…</translation>
    </message>
    <message numerus="yes">
        <source>Replies read: %n answer(s) recorded.</source>
        <translation>
            <numerusform>อ่านการตอบรับแล้ว บันทึกคำตอบ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be recorded now and are read again next time.</source>
        <translation>
            <numerusform>%n รายการยังบันทึกไม่ได้ และจะอ่านอีกครั้งในรอบถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>จำนวนวันล่วงหน้า</translation>
    </message>
    <message>
        <source>E-mail settings</source>
        <translation>ตั้งค่าอีเมล</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>การส่ง</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>การตอบรับ</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>อีเมลผู้ส่ง:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>ชื่อผู้ส่ง:</translation>
    </message>
    <message>
        <source>e.g. the committee&apos;s secretariat</source>
        <translation>เช่น ฝ่ายเลขานุการคณะกรรมการ</translation>
    </message>
    <message>
        <source>Wait for the server (seconds):</source>
        <translation>เวลารอเซิร์ฟเวอร์ (วินาที):</translation>
    </message>
    <message>
        <source>Test message to:</source>
        <translation>ส่งข้อความทดสอบถึง:</translation>
    </message>
    <message>
        <source>the sender address when empty</source>
        <translation>หากเว้นว่างจะส่งถึงอีเมลผู้ส่ง</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>ส่งข้อความทดสอบ</translation>
    </message>
    <message>
        <source>When a member answers the invitation in their calendar, the answer comes back by e-mail. emeeting can read those answers from a mailbox folder and record them as the members&apos; replies.</source>
        <translation>เมื่อผู้ได้รับเชิญตอบกลับนัดหมายในปฏิทินของตน คำตอบจะส่งกลับมาทางอีเมล emeeting สามารถอ่านคำตอบจากโฟลเดอร์ในกล่องจดหมายและบันทึกเป็นการตอบกลับของผู้ได้รับเชิญได้</translation>
    </message>
    <message>
        <source>Read calendar replies from this mailbox</source>
        <translation>อ่านการตอบรับจากปฏิทินในกล่องจดหมายนี้</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Read replies now</source>
        <translation>อ่านการตอบรับทันที</translation>
    </message>
    <message>
        <source>A reminder goes by e-mail to the invitees the given number of days before each meeting of the committee (0: no reminder), while emeeting is open on this computer or when the scheduled task runs.</source>
        <translation>ระบบจะส่งอีเมลแจ้งเตือนถึงผู้ได้รับเชิญล่วงหน้าตามจำนวนวันที่กำหนดของแต่ละคณะกรรมการ (0 = ไม่ส่ง) โดยจะส่งเมื่อเปิดโปรแกรม emeeting บนเครื่องนี้ หรือเมื่องานที่ตั้งเวลาไว้ (Scheduled Task) ทำงาน</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Also remind those who have not answered yet</source>
        <translation>แจ้งเตือนผู้ที่ยังไม่ได้ตอบกลับด้วย</translation>
    </message>
</context>
<context>
    <name>MailStatus</name>
    <message>
        <source>Invitation</source>
        <translation>หนังสือเชิญประชุม</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>แจ้งการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>แจ้งยกเลิกการประชุม</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>แจ้งเตือน</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>ข้อความทดสอบ</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>ส่งไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>{what} to {address} failed {when}: {reason}</source>
        <translation>ส่ง{what}ถึง {address} ไม่สำเร็จ เมื่อ {when}: {reason}</translation>
    </message>
    <message>
        <source>{what} sent to {address} {when}</source>
        <translation>ส่ง{what}ถึง {address} แล้ว เมื่อ {when}</translation>
    </message>
    <message>
        <source>cancellation to send</source>
        <translation>ต้องส่งแจ้งยกเลิก</translation>
    </message>
    <message>
        <source>update to send</source>
        <translation>ต้องส่งแจ้งการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>cancellation sent {when}</source>
        <translation>ส่งแจ้งยกเลิกแล้ว {when}</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>ส่งแล้ว {when}</translation>
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
    <message>
        <source>&amp;Undo {action}</source>
        <translation>เลิกทำ {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>ทำซ้ำ {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent by e-mail</source>
        <translation>
            <numerusform>ส่งการแจ้งเตือนทางอีเมลแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders not sent: {reason}</source>
        <translation>ไม่สามารถส่งการแจ้งเตือนได้: {reason}</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>ไม่มีสิ่งที่ต้องบันทึก</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Copy as next meeting</source>
        <translation>คัดลอกเป็นการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>ลบการประชุม</translation>
    </message>
    <message>
        <source>Delete meeting {number} “{title}” with its agenda, documents and invitations?</source>
        <translation>ลบการประชุมครั้งที่ {number} “{title}” พร้อมระเบียบวาระ เอกสาร และรายชื่อผู้ได้รับเชิญหรือไม่</translation>
    </message>
    <message>
        <source>Delete meeting {label}</source>
        <translation>ลบการประชุมครั้งที่ {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>นำเข้าแล้ว %n แถว</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>เรียบร้อย: {action}</translation>
    </message>
    <message>
        <source>Not done: {message}</source>
        <translation>ไม่สำเร็จ: {message}</translation>
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
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>การประชุมใหม่…</translation>
    </message>
    <message>
        <source>Create a meeting from an agenda template</source>
        <translation>สร้างการประชุมจากแม่แบบระเบียบวาระ</translation>
    </message>
    <message>
        <source>&amp;Copy as next meeting…</source>
        <translation>คัดลอกเป็นการประชุมครั้งถัดไป…</translation>
    </message>
    <message>
        <source>The next meeting of this series, numbered one higher</source>
        <translation>การประชุมครั้งถัดไปของชุดนี้ โดยเพิ่มเลขครั้งที่ขึ้นหนึ่ง</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>ลบการประชุม…</translation>
    </message>
    <message>
        <source>&amp;Committees…</source>
        <translation>คณะกรรมการ…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>บุคคล…</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>นำเข้ารายชื่อบุคคล…</translation>
    </message>
    <message>
        <source>Add people from a CSV or Excel (.xlsx) list</source>
        <translation>เพิ่มบุคคลจากรายชื่อในไฟล์ CSV หรือ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>E-&amp;mail settings…</source>
        <translation>ตั้งค่าอีเมล…</translation>
    </message>
    <message>
        <source>The mail server invitations are sent through, replies and reminders</source>
        <translation>เซิร์ฟเวอร์อีเมลสำหรับส่งหนังสือเชิญประชุม การรับคำตอบ และการแจ้งเตือน</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Close emeeting</source>
        <translation>ปิดโปรแกรม emeeting</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Store the edits of the form on screen</source>
        <translation>บันทึกสิ่งที่แก้ไขในแบบฟอร์มที่แสดงอยู่</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>กรองรายการการประชุม</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>เพิ่มวาระ</translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation>เพิ่มวาระย่อย</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>ลบวาระ</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>ย้ายออกหนึ่งระดับ</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>ย้ายเข้าหนึ่งระดับ</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>วาระก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>วาระถัดไป</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Invitees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Meeting da&amp;y</source>
        <translation>วันประชุม</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ค้นหา…</translation>
    </message>
    <message>
        <source>Search every meeting, agenda item, minutes, person and the papers&apos; text</source>
        <translation>ค้นหาในทุกการประชุม ระเบียบวาระ รายงานการประชุม รายชื่อบุคคล และข้อความในเอกสาร</translation>
    </message>
    <message>
        <source>R&amp;eader view</source>
        <translation>มุมมองผู้อ่าน</translation>
    </message>
    <message>
        <source>Read the meetings as a member sees them</source>
        <translation>อ่านข้อมูลการประชุมในแบบที่กรรมการเห็น</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>ร่องรอยการตรวจสอบ…</translation>
    </message>
    <message>
        <source>Who changed what in this meeting, and when</source>
        <translation>ผู้ใดแก้ไขสิ่งใดในการประชุมนี้ และเมื่อใด</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>จอภาพนำเสนอ</translation>
    </message>
    <message>
        <source>Show the meeting day&apos;s current item and the paper presented on a big screen</source>
        <translation>แสดงวาระที่กำลังพิจารณาในวันประชุมและเอกสารที่นำเสนอบนจอภาพขนาดใหญ่</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา</translation>
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
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>เริ่มต้นใช้งาน…</translation>
    </message>
    <message>
        <source>A guide from the first committee to a meeting with its invitees</source>
        <translation>คำแนะนำตั้งแต่จัดตั้งคณะกรรมการแรกจนถึงการประชุมพร้อมผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>&amp;About emeeting</source>
        <translation>เกี่ยวกับ emeeting</translation>
    </message>
    <message>
        <source>emeeting is already open on this data folder in another window. Both can make changes; a change made on a screen that the other window has changed since is refused, and the screen is reloaded.</source>
        <translation>emeeting เปิดโฟลเดอร์ข้อมูลนี้อยู่แล้วในอีกหน้าต่างหนึ่ง ทั้งสองหน้าต่างแก้ไขข้อมูลได้ แต่หากข้อมูลบนหน้าจอนี้ถูกแก้ไขจากอีกหน้าต่างไปก่อนแล้ว ระบบจะไม่บันทึกการแก้ไขนั้นและจะโหลดหน้าจอใหม่</translation>
    </message>
    <message>
        <source>Read-only: the data folder {folder} may not be written by you, so it is shown as it is and changes are refused.</source>
        <translation>อ่านอย่างเดียว: ท่านไม่มีสิทธิ์บันทึกในโฟลเดอร์ข้อมูล {folder} จึงแสดงข้อมูลตามที่มีอยู่ และจะไม่รับการแก้ไขใด ๆ</translation>
    </message>
</context>
<context>
    <name>MarkTools</name>
    <message>
        <source>Read</source>
        <translation>อ่าน</translation>
    </message>
    <message>
        <source>Read the paper and open the menu of a mark (Esc)</source>
        <translation>อ่านเอกสารและเปิดเมนูของเครื่องหมาย (Esc)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>เน้นข้อความ</translation>
    </message>
    <message>
        <source>Highlight text: drag over it</source>
        <translation>เน้นข้อความ: ลากผ่านข้อความที่ต้องการ</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Underline text: drag over it</source>
        <translation>ขีดเส้นใต้ข้อความ: ลากผ่านข้อความที่ต้องการ</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>เขียนด้วยมือ</translation>
    </message>
    <message>
        <source>Draw by hand with the mouse or a pen</source>
        <translation>เขียนหรือวาดด้วยเมาส์หรือปากกา</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Pin a note: click where it belongs</source>
        <translation>ติดบันทึกย่อ: คลิก ณ ตำแหน่งที่ต้องการ</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>สีเหลือง</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>สีเขียว</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>สีฟ้า</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>สีแดง</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Edit meeting {label}</source>
        <translation>แก้ไขการประชุมครั้งที่ {label}</translation>
    </message>
    <message>
        <source>⚠ The notice is late: members must be notified at least 3 days before the meeting (by {deadline}) unless it is urgent.</source>
        <translation>⚠ แจ้งนัดประชุมล่าช้า: ต้องแจ้งกรรมการล่วงหน้าอย่างน้อย 3 วันก่อนวันประชุม (ภายใน {deadline}) เว้นแต่เป็นเรื่องด่วน</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>เรื่อง:</translation>
    </message>
    <message>
        <source>Meeting No.:</source>
        <translation>ครั้งที่:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>ลิงก์ประชุมออนไลน์:</translation>
    </message>
    <message>
        <source>Recording link:</source>
        <translation>ลิงก์บันทึกการประชุม:</translation>
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
        <source>Notice sent:</source>
        <translation>ส่งหนังสือเชิญประชุม:</translation>
    </message>
    <message>
        <source>/ BE year</source>
        <translation>/ พ.ศ.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Reconvened after a meeting without quorum (the lower quorum applies)</source>
        <translation>นัดประชุมใหม่เพราะครั้งก่อนไม่ครบองค์ประชุม (ใช้องค์ประชุมที่ลดลง)</translation>
    </message>
    <message>
        <source>e.g. Meeting room 1, 9th floor</source>
        <translation>เช่น ห้องประชุม 1 ชั้น 9</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the meeting&apos;s recording is kept</source>
        <translation>ที่จัดเก็บไฟล์บันทึกภาพและเสียงการประชุม</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s details (Ctrl+S)</source>
        <translation>บันทึกรายละเอียดการประชุม (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
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
        <translation>ยังไม่มีการประชุม</translation>
    </message>
    <message>
        <source>The guide sets up the first committee, its members and the first meeting with its invitees in three steps; or it loads example meetings to look around.</source>
        <translation>คำแนะนำจะช่วยจัดตั้งคณะกรรมการแรก รายชื่อกรรมการ และการประชุมครั้งแรกพร้อมผู้เข้าประชุมในสามขั้นตอน หรือเพิ่มการประชุมตัวอย่างเพื่อทดลองใช้งาน</translation>
    </message>
    <message>
        <source>Start with the guide</source>
        <translation>เริ่มด้วยคำแนะนำ</translation>
    </message>
    <message>
        <source>Filter by committee, title, number or status…</source>
        <translation>กรองตามคณะกรรมการ ชื่อการประชุม ครั้งที่ หรือสถานะ…</translation>
    </message>
    <message>
        <source>Type part of a committee name, meeting title, number or status</source>
        <translation>พิมพ์บางส่วนของชื่อคณะกรรมการ ชื่อการประชุม ครั้งที่ หรือสถานะ</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Tell the invitees</source>
        <translation>แจ้งผู้ได้รับเชิญ</translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) were sent this meeting by e-mail and their calendars show it as it was. Send them the change now?</source>
        <translation>
            <numerusform>ผู้ได้รับเชิญ %n ท่านได้รับหนังสือเชิญประชุมทางอีเมลแล้ว และปฏิทินของท่านยังแสดงกำหนดการเดิม ต้องการส่งแจ้งการเปลี่ยนแปลงทางอีเมลตอนนี้หรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting on the left, or create one with File ▸ New meeting (Ctrl+N).</source>
        <translation>เลือกการประชุมทางซ้าย หรือสร้างการประชุมใหม่ที่ ไฟล์ ▸ การประชุมใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>&amp;Invitees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Meeting da&amp;y</source>
        <translation>วันประชุม</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Certified minutes: this meeting is read-only. Changes are made as an amendment (Minutes tab).</source>
        <translation>รายงานการประชุมได้รับรองแล้ว การประชุมนี้แก้ไขไม่ได้ หากต้องการเปลี่ยนแปลงให้บันทึกเป็นการแก้ไขเพิ่มเติมรายงานการประชุม (แท็บรายงานการประชุม)</translation>
    </message>
    <message>
        <source>The minutes of this meeting have been certified, so its details, agenda, invitees, the agenda items&apos; documents and the meeting-day record can no longer be changed. Changes are made as an amendment to the minutes (Minutes tab, Record an amendment…).</source>
        <translation>รายงานการประชุมครั้งนี้ได้รับรองแล้ว จึงแก้ไขรายละเอียดการประชุม ระเบียบวาระ ผู้เข้าประชุม เอกสารประกอบระเบียบวาระ และบันทึกวันประชุมไม่ได้อีก การเปลี่ยนแปลงใด ๆ ให้ทำโดยการแก้ไขเพิ่มเติมรายงานการประชุม (แท็บรายงานการประชุม ปุ่ม “บันทึกการแก้ไข…”)</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Membership</source>
        <translation>การเป็นกรรมการ</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>คณะกรรมการ:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ตำแหน่งในคณะ:</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>เริ่มวาระ:</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>สิ้นสุดวาระ:</translation>
    </message>
    <message>
        <source>Has a voting right</source>
        <translation>มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Verbatim</source>
        <translation>แบบละเอียด</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>แบบย่อ</translation>
    </message>
    <message>
        <source>Resolutions only</source>
        <translation>เฉพาะมติ</translation>
    </message>
    <message>
        <source>At this meeting</source>
        <translation>ในการประชุมครั้งนี้</translation>
    </message>
    <message>
        <source>At the next meeting (agenda section 2)</source>
        <translation>ในการประชุมครั้งต่อไป (ระเบียบวาระที่ 2)</translation>
    </message>
    <message>
        <source>By circulation (แจ้งเวียน)</source>
        <translation>โดยการแจ้งเวียน</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>ยังไม่มีรายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes are made from what the Meeting day recorded: who attended, and each item&apos;s notes, resolution and votes. Make the draft from that record, edit each item&apos;s text, then certify the minutes.</source>
        <translation>รายงานการประชุมจัดทำจากสิ่งที่บันทึกไว้ในวันประชุม ได้แก่ ผู้มาประชุม บันทึก มติ และผลการลงมติของแต่ละวาระ ให้สร้างร่างจากบันทึกดังกล่าว แก้ไขข้อความของแต่ละวาระ แล้วจึงรับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>Make the draft minutes</source>
        <translation>จัดทำร่างรายงานการประชุม</translation>
    </message>
    <message>
        <source>This meeting has not been held yet. Its minutes are made from what the Meeting day records: who attends, and each item&apos;s notes, resolution and votes. After the meeting, make the draft here, edit each item&apos;s text, then certify the minutes. A draft can already be prepared from the agenda.</source>
        <translation>การประชุมนี้ยังไม่ได้จัดขึ้น รายงานการประชุมจะจัดทำจากสิ่งที่บันทึกไว้ในวันประชุม ได้แก่ ผู้มาประชุม บันทึก มติ และผลการลงมติของแต่ละวาระ เมื่อประชุมเสร็จแล้ว ให้สร้างร่างที่นี่ แก้ไขข้อความของแต่ละวาระ แล้วจึงรับรองรายงานการประชุม ทั้งนี้ สามารถเตรียมร่างจากระเบียบวาระไว้ก่อนได้</translation>
    </message>
    <message>
        <source>Prepare a draft from the agenda</source>
        <translation>เตรียมร่างจากระเบียบวาระ</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>ยังไม่ระบุ</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <source>Certified {when} ({method}). Changes are recorded as amendments.</source>
        <translation>รับรองแล้วเมื่อ {when} ({method}) การเปลี่ยนแปลงจะบันทึกเป็นการแก้ไข</translation>
    </message>
    <message>
        <source>The record has changed since the last frozen version.</source>
        <translation>บันทึกการประชุมเปลี่ยนไปจากฉบับที่ตรึงไว้ล่าสุด</translation>
    </message>
    <message>
        <source>No draft yet: generate it from what was recorded at the meeting.</source>
        <translation>ยังไม่มีร่าง: สร้างร่างจากสิ่งที่บันทึกไว้ในการประชุม</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Certified version — {when}</source>
        <translation>ฉบับที่รับรอง — {when}</translation>
    </message>
    <message>
        <source>Amendment {n} — {when}: {reason}</source>
        <translation>การแก้ไขครั้งที่ {n} — {when}: {reason}</translation>
    </message>
    <message>
        <source>SHA-256 of the certified text: {hash}</source>
        <translation>SHA-256 ของฉบับที่รับรอง: {hash}</translation>
    </message>
    <message>
        <source>Not certified yet</source>
        <translation>ยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>ฉบับที่ {n}</translation>
    </message>
    <message>
        <source>Generate the draft minutes</source>
        <translation>สร้างร่างรายงานการประชุม</translation>
    </message>
    <message>
        <source>Change the minutes&apos; settings</source>
        <translation>เปลี่ยนการตั้งค่ารายงานการประชุม</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>แก้ไขรายงานการประชุม</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes checked by</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>Generate the draft from the record</source>
        <translation>สร้างร่างจากบันทึกการประชุม</translation>
    </message>
    <message>
        <source>Certify…</source>
        <translation>รับรอง…</translation>
    </message>
    <message>
        <source>Record an amendment…</source>
        <translation>บันทึกการแก้ไข…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>รายวาระ</translation>
    </message>
    <message>
        <source>Whole minutes</source>
        <translation>รายงานการประชุมทั้งฉบับ</translation>
    </message>
    <message>
        <source>Certified versions and amendments</source>
        <translation>ฉบับที่รับรองและการแก้ไข</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>คณะกรรมการ:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>แม่แบบระเบียบวาระ:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>เรื่อง:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Thai template (five customary sections)</source>
        <translation>แม่แบบภาษาไทย (ห้าระเบียบวาระตามธรรมเนียม)</translation>
    </message>
    <message>
        <source>English template</source>
        <translation>แม่แบบภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>ไม่มีระเบียบวาระ</translation>
    </message>
    <message>
        <source>e.g. Meeting of the ICT committee</source>
        <translation>เช่น การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ</translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <source>Copy as next meeting</source>
        <translation>คัดลอกเป็นการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>A new meeting after {number} with the next number, the committee&apos;s agenda template, the same members invited and the open action items carried over.</source>
        <translation>การประชุมใหม่ต่อจาก{number} ใช้เลขครั้งถัดไป แม่แบบระเบียบวาระของคณะกรรมการ เชิญกรรมการชุดเดิม และยกเรื่องที่ยังค้างอยู่มาเป็นเรื่องสืบเนื่อง</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the agenda item</source>
        <translation>บันทึกประกอบระเบียบวาระ</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>บันทึกของท่าน</translation>
    </message>
    <message>
        <source>Who sees it:</source>
        <translation>ผู้ที่เห็นได้:</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Change who sees an annotation</source>
        <translation>เปลี่ยนผู้ที่เห็นบันทึก</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Delete an annotation</source>
        <translation>ลบบันทึก</translation>
    </message>
    <message>
        <source>Add a note on an item</source>
        <translation>เพิ่มบันทึกประกอบวาระ</translation>
    </message>
</context>
<context>
    <name>OpenVoteDialog</name>
    <message>
        <source>Open a vote on members&apos; laptops</source>
        <translation>เปิดการลงมติผ่านเครื่องคอมพิวเตอร์ของกรรมการ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ประเด็นที่ขอมติ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>วิธีลงคะแนน</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>เกณฑ์การลงมติ</translation>
    </message>
</context>
<context>
    <name>PaperMarks</name>
    <message>
        <source>Highlight text</source>
        <translation>เน้นข้อความ</translation>
    </message>
    <message>
        <source>Underline text</source>
        <translation>ขีดเส้นใต้ข้อความ</translation>
    </message>
    <message>
        <source>Draw by hand</source>
        <translation>เขียนด้วยมือ</translation>
    </message>
    <message>
        <source>Add a sticky note</source>
        <translation>เพิ่มบันทึกย่อ</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>โดย {author}</translation>
    </message>
    <message>
        <source>Private: only you see it</source>
        <translation>ส่วนตัว: เห็นได้เฉพาะท่าน</translation>
    </message>
    <message>
        <source>Shared with the committee</source>
        <translation>แบ่งปันแก่คณะกรรมการ</translation>
    </message>
    <message>
        <source>For the secretary only</source>
        <translation>เฉพาะฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <source>Share with the committee</source>
        <translation>แบ่งปันแก่คณะกรรมการ</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>ส่วนตัว (เฉพาะข้าพเจ้า)</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation>แก้ไขบันทึกย่อ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Change who sees an annotation</source>
        <translation>เปลี่ยนผู้ที่เห็นบันทึก</translation>
    </message>
    <message>
        <source>Delete an annotation</source>
        <translation>ลบบันทึก</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
</context>
<context>
    <name>PaperNotices</name>
    <message>
        <source>This confidential paper is closed: this computer has not synced with {server} for {days} days, and its committee lets confidential papers stay on a computer without syncing for {allowed} days. Sync to open it again.</source>
        <translation>เอกสารลับฉบับนี้ถูกปิดไว้ เนื่องจากเครื่องนี้มิได้ซิงค์กับ {server} มาแล้ว {days} วัน ขณะที่คณะกรรมการกำหนดให้เก็บเอกสารลับไว้ในเครื่องโดยไม่ซิงค์ได้ไม่เกิน {allowed} วัน โปรดซิงค์เพื่อเปิดเอกสารอีกครั้ง</translation>
    </message>
    <message>
        <source>This confidential paper was not downloaded: this computer has no password store (keyring) to keep the key it would be encrypted with. Set up the system&apos;s password store and sync again.</source>
        <translation>ไม่ได้ดาวน์โหลดเอกสารลับฉบับนี้ เนื่องจากเครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring) สำหรับเก็บกุญแจที่ใช้เข้ารหัสเอกสาร โปรดตั้งค่าที่เก็บรหัสผ่านของระบบ แล้วซิงค์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>There is no preview for this kind of file. Open it with the system viewer.</source>
        <translation>ไม่มีตัวอย่างสำหรับไฟล์ประเภทนี้ เปิดด้วยโปรแกรมดูของระบบ</translation>
    </message>
    <message>
        <source>This document cannot be shown ({reason}).</source>
        <translation>แสดงเอกสารนี้ไม่ได้ ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>จาก %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>เลือกเอกสารเพื่อดูที่นี่</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>ไฟล์ถูกป้องกันด้วยรหัสผ่าน</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>ไม่ใช่ PDF ที่อ่านได้</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ไม่พบ</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>พบ %n แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} จาก {count}</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the system viewer.</source>
        <translation>สร้างโฟลเดอร์ชั่วคราวสำหรับโปรแกรมดูของระบบไม่ได้</translation>
    </message>
    <message>
        <source>The system has no viewer for this kind of file.</source>
        <translation>ระบบไม่มีโปรแกรมสำหรับเปิดไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>ไปที่หน้า</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Continuous pages</source>
        <translation>แสดงหน้าต่อเนื่อง</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>ค้นหาในเอกสาร</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>ผลการค้นหาก่อนหน้า</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>ผลการค้นหาถัดไป</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>เปิดด้วยโปรแกรมดูของระบบ</translation>
    </message>
    <message numerus="yes">
        <source>Scroll through all pages; documents over %n pages open one page at a time</source>
        <translation>
            <numerusform>เลื่อนดูทุกหน้าต่อเนื่องกัน เอกสารที่ยาวเกิน %n หน้าจะเปิดทีละหน้า</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>รายชื่อบุคคล</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Full name (title and names)</source>
        <translation>ชื่อเต็ม (คำนำหน้า ชื่อ นามสกุล)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Voting right</source>
        <translation>สิทธิออกเสียง</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>วันเริ่มวาระ</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>วันสิ้นสุดวาระ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อมนำเข้า</translation>
    </message>
    <message>
        <source>Member only</source>
        <translation>เพิ่มเป็นกรรมการ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ผิดพลาด</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ซ้ำ</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Choose a list of people</source>
        <translation>เลือกไฟล์รายชื่อ</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>ตารางข้อมูล (*.csv *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(คอลัมน์ {n})</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>(none: only add them to the people list)</source>
        <translation>(ไม่เลือก: เพิ่มในรายชื่อบุคคลเท่านั้น)</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>Choose the column that holds the first names (or the full names).</source>
        <translation>โปรดเลือกคอลัมน์ที่เป็นชื่อ (หรือชื่อเต็ม)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file. New: {ok}; already listed, only made members: {members}; with errors: {errors}; duplicates: {duplicates}.</source>
        <translation>
            <numerusform>ในไฟล์มี %n แถว บุคคลใหม่: {ok} มีรายชื่ออยู่แล้วจึงเพิ่มเป็นกรรมการเท่านั้น: {members} ผิดพลาด: {errors} ซ้ำ: {duplicates}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>นำเข้า %n แถว</numerusform>
        </translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>นำเข้ารายชื่อจาก {file}</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>นำเข้ารายชื่อบุคคล</translation>
    </message>
    <message>
        <source>1. File (CSV or Excel .xlsx)</source>
        <translation>1. ไฟล์ (CSV หรือ Excel .xlsx)</translation>
    </message>
    <message>
        <source>No file chosen. The first row must hold the column names.</source>
        <translation>ยังไม่ได้เลือกไฟล์ แถวแรกของไฟล์ต้องเป็นชื่อคอลัมน์</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. คอลัมน์</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>ข้อมูลแถวแรก</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>Also make them members of:</source>
        <translation>เพิ่มเป็นกรรมการใน:</translation>
    </message>
    <message>
        <source>3. Check the rows</source>
        <translation>3. ตรวจสอบข้อมูลแต่ละแถว</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะ</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message numerus="yes">
        <source>%n of {total} people</source>
        <translation>
            <numerusform>%n จาก {total} คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>เพิ่ม{name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>แก้ไข{name}</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>ลบบุคคล</translation>
    </message>
    <message>
        <source>Delete {name} and their memberships?</source>
        <translation>ลบ{name} และการเป็นกรรมการทั้งหมดหรือไม่</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>ลบ{name}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>ไม่มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>Add membership in {short}</source>
        <translation>เพิ่มเป็นกรรมการใน {short}</translation>
    </message>
    <message>
        <source>Edit membership in {short}</source>
        <translation>แก้ไขการเป็นกรรมการใน {short}</translation>
    </message>
    <message>
        <source>Remove membership in {short}</source>
        <translation>นำออกจากกรรมการใน {short}</translation>
    </message>
    <message>
        <source>Search by name, position, organisation, e-mail…</source>
        <translation>ค้นหาตามชื่อ ตำแหน่ง หน่วยงาน อีเมล…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะ</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>สิทธิออกเสียง</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>คืนค่าเดิม</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>การเป็นกรรมการ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>Someone already in the list</source>
        <translation>บุคคลที่มีในรายชื่อแล้ว</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>บุคคลใหม่</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>A person needs a last name.</source>
        <translation>ต้องระบุนามสกุล</translation>
    </message>
    <message>
        <source>{name} already has the e-mail address {email}.</source>
        <translation>{name} ใช้อีเมล {email} อยู่แล้ว</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>คำนำหน้า:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>นามสกุล:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>ตำแหน่ง:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
</context>
<context>
    <name>PersonTextDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>เลือกกรรมการ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Opening {paper}…</source>
        <translation>กำลังเปิด {paper}…</translation>
    </message>
    <message>
        <source>Presenting: {paper}</source>
        <translation>กำลังนำเสนอ: {paper}</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>การนำเสนอเอกสาร</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>This paper cannot be shown here.</source>
        <translation>ไม่สามารถแสดงเอกสารนี้ที่เครื่องนี้ได้</translation>
    </message>
    <message>
        <source>Waiting for the chair</source>
        <translation>รอประธานในที่ประชุม</translation>
    </message>
    <message>
        <source>Presented by {name}</source>
        <translation>ผู้นำเสนอ: {name}</translation>
    </message>
    <message>
        <source>{paper} · page {page} of {pages}</source>
        <translation>{paper} · หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>จอภาพนำเสนอ</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>Papers of the meeting</source>
        <translation>เอกสารของการประชุม</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to read this paper</source>
        <translation>คลิกหรือกด Enter เพื่ออ่านเอกสารนี้</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>ผู้นำเสนอ:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ประเด็นเสนอเพื่อพิจารณา</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>ความเป็นมา</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>ข้อเท็จจริง</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ข้อกฎหมายและระเบียบที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Making the board book…</source>
        <translation>กำลังจัดทำเอกสารประกอบการประชุม…</translation>
    </message>
    <message>
        <source>Board book: {meeting}</source>
        <translation>เอกสารประกอบการประชุม: {meeting}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>มีการแก้ไข</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>ไม่ได้รับเชิญ</translation>
    </message>
    <message>
        <source>My &amp;answer…</source>
        <translation>การตอบรับของข้าพเจ้า…</translation>
    </message>
    <message>
        <source>Attend, send your apologies, or send someone in your place (name them in the reason)</source>
        <translation>ตอบรับเข้าร่วมประชุม แจ้งไม่สามารถเข้าร่วมประชุม หรือมอบหมายผู้แทนเข้าร่วมประชุม (โปรดระบุชื่อผู้แทนในช่องเหตุผล)</translation>
    </message>
    <message>
        <source>&amp;Board book</source>
        <translation>เอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>All papers of this meeting as one read, with bookmarks</source>
        <translation>เอกสารทั้งหมดของการประชุมนี้รวมเป็นฉบับเดียว พร้อมที่คั่นหน้า</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>ระเบียบวาระถัดไป</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>ระเบียบวาระก่อนหน้า</translation>
    </message>
    <message>
        <source>Next paper</source>
        <translation>เอกสารถัดไป</translation>
    </message>
    <message>
        <source>Previous paper</source>
        <translation>เอกสารก่อนหน้า</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>ไปที่หน้า…</translation>
    </message>
    <message>
        <source>Alt+↓ / Alt+↑: next or previous item · Alt+→ / Alt+←: next or previous paper · Page Down / Page Up: pages · Ctrl+G: go to page</source>
        <translation>Alt+↓ / Alt+↑: ระเบียบวาระถัดไปหรือก่อนหน้า · Alt+→ / Alt+←: เอกสารถัดไปหรือก่อนหน้า · Page Down / Page Up: เลื่อนหน้า · Ctrl+G: ไปที่หน้า</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message numerus="yes">
        <source>My annotations (%n)</source>
        <translation>
            <numerusform>บันทึกของข้าพเจ้า (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotations in this meeting and those shared with you</source>
        <translation>บันทึกของท่านในการประชุมนี้และที่ผู้อื่นแบ่งปันแก่ท่าน</translation>
    </message>
</context>
<context>
    <name>RemovalsDialog</name>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Remove meetings?</source>
        <translation>ลบการประชุมหรือไม่</translation>
    </message>
    <message>
        <source>{count} meetings on this computer are no longer shared with you by {url}. Nothing has been removed yet:</source>
        <translation>การประชุม {count} รายการในเครื่องนี้ ไม่ได้เปิดให้ท่านเข้าถึงจาก {url} แล้ว ขณะนี้ยังไม่มีข้อมูลใดถูกลบ ได้แก่</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>Remove them from this computer? If you keep them, they stay as they are and syncing with this server waits until you decide; choose Sync now to be asked again.</source>
        <translation>ประสงค์จะลบการประชุมเหล่านี้ออกจากเครื่องนี้หรือไม่ หากเลือกเก็บไว้ การประชุมจะคงอยู่ตามเดิม และการประสานข้อมูลกับเซิร์ฟเวอร์นี้จะหยุดรอจนกว่าท่านจะตัดสินใจ ท่านสามารถเลือก “ประสานข้อมูลทันที” เพื่อให้ระบบสอบถามอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>ค้นหาทั้งหมด (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>ค้นหาทั้งหมด</translation>
    </message>
    <message>
        <source>Search the meetings, agenda items, minutes, action items, people and the papers&apos; text</source>
        <translation>ค้นหาในการประชุม ระเบียบวาระ รายงานการประชุม งานที่มอบหมาย รายชื่อบุคคล และข้อความในเอกสาร</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>ค้นหาไม่สำเร็จ: {message}</translation>
    </message>
    <message>
        <source>Type what to look for: words of a meeting, an agenda item, the minutes, a person or the text of a paper, in Thai or English. &quot;Quotes&quot; find the words as written together.</source>
        <translation>พิมพ์คำที่ต้องการค้นหา: ชื่อการประชุม ระเบียบวาระ รายงานการประชุม ชื่อบุคคล หรือข้อความในเอกสาร ได้ทั้งภาษาไทยและภาษาอังกฤษ ใส่คำไว้ใน &quot;เครื่องหมายคำพูด&quot; เพื่อค้นหาคำที่เขียนติดกันตามนั้น</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try other words, or fewer filters.</source>
        <translation>ไม่พบ “{text}” ลองใช้คำอื่น หรือลดตัวกรองลง</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>พบ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n meeting(s)</source>
        <translation>
            <numerusform>จากการประชุม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more: narrow the search (a committee, dates or a kind).</source>
        <translation>ยังมีผลการค้นหาอีก: ระบุคณะกรรมการ ช่วงวันที่ หรือประเภทเพื่อให้แคบลง</translation>
    </message>
    <message>
        <source>Papers without text to search</source>
        <translation>เอกสารที่ค้นหาข้อความไม่ได้</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>ระเบียบวาระที่ {number}</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>เอกสารของการประชุม</translation>
    </message>
    <message>
        <source>Confidential: its text is not kept on this computer</source>
        <translation>เอกสารลับ: ไม่เก็บข้อความไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>No text to search (a scanned image)</source>
        <translation>ไม่มีข้อความให้ค้น (ภาพสแกน)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>เอกสารประกอบการประชุม</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>งานที่มอบหมาย</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Minutes, draft</source>
        <translation>ร่างรายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes, as certified</source>
        <translation>รายงานการประชุม (ฉบับรับรองแล้ว)</translation>
    </message>
    <message>
        <source>Minutes, amendment {number}</source>
        <translation>รายงานการประชุม ฉบับแก้ไขครั้งที่ {number}</translation>
    </message>
    <message>
        <source>Paper, page {page}</source>
        <translation>เอกสารประกอบการประชุม หน้า {page}</translation>
    </message>
    <message numerus="yes">
        <source>(found on %n pages)</source>
        <translation>
            <numerusform>(พบ %n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>ทุกคณะกรรมการ</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>งานที่มอบหมาย</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Only meetings on or after this day</source>
        <translation>เฉพาะการประชุมตั้งแต่วันที่ที่เลือก</translation>
    </message>
    <message>
        <source>Only meetings on or before this day</source>
        <translation>เฉพาะการประชุมจนถึงวันที่ที่เลือก</translation>
    </message>
    <message>
        <source>Only this committee&apos;s meetings</source>
        <translation>เฉพาะการประชุมของคณะกรรมการนี้</translation>
    </message>
    <message>
        <source>Only this kind of record</source>
        <translation>เฉพาะประเภทนี้</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Esc close</source>
        <translation>↑ ↓ เลือก · Enter เปิด · Esc ปิด</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>ไม่มีอีเมล</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>ไม่ได้รับเชิญ</translation>
    </message>
    <message>
        <source>has answered</source>
        <translation>ตอบกลับแล้ว</translation>
    </message>
    <message>
        <source>the meeting is cancelled</source>
        <translation>ยกเลิกการประชุมแล้ว</translation>
    </message>
    <message>
        <source>has not answered</source>
        <translation>ยังไม่ได้ตอบกลับ</translation>
    </message>
    <message>
        <source>not attending</source>
        <translation>ไม่เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>the meeting has begun or is over</source>
        <translation>ประชุมไปแล้ว</translation>
    </message>
    <message>
        <source>E-mail is not set up on this computer yet: open the e-mail settings first.</source>
        <translation>ยังไม่ได้ตั้งค่าอีเมลบนเครื่องนี้ โปรดตั้งค่าอีเมลก่อน</translation>
    </message>
    <message>
        <source>This meeting has begun or is over: there are no invitations to send.</source>
        <translation>การประชุมนี้เริ่มหรือเสร็จสิ้นแล้ว จึงไม่มีหนังสือเชิญที่ต้องส่ง</translation>
    </message>
    <message>
        <source>There is nothing to send: everyone has been sent what is current.</source>
        <translation>ไม่มีรายการที่ต้องส่ง ทุกท่านได้รับข้อมูลล่าสุดแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>มีข้อความที่จะส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent now…</source>
        <translation>จะหยุดหลังส่งข้อความที่กำลังส่งอยู่…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {name}</source>
        <translation>กำลังส่ง {done} จาก {total}: {name}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>ส่งไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>ส่งแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>ส่งไม่สำเร็จ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>the rest cancelled</source>
        <translation>ยกเลิกส่วนที่เหลือแล้ว</translation>
    </message>
    <message>
        <source>the notice date is set</source>
        <translation>บันทึกวันที่แจ้งนัดประชุมแล้ว</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>ส่งการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Remind those who have not answered</source>
        <translation>แจ้งเตือนผู้ที่ยังไม่ได้ตอบกลับ</translation>
    </message>
    <message>
        <source>A reminder goes by e-mail to each invitee who has not answered the invitation yet.</source>
        <translation>ระบบจะส่งอีเมลแจ้งเตือนถึงผู้ได้รับเชิญที่ยังไม่ได้ตอบกลับ</translation>
    </message>
    <message>
        <source>Send invitations by e-mail</source>
        <translation>ส่งหนังสือเชิญประชุมทางอีเมล</translation>
    </message>
    <message>
        <source>Each invitee gets a message with the invitation letter, the agenda and a calendar invitation (in English to those whose names are written in Latin letters, otherwise in Thai); those sent the meeting before get an update when its date or place changed, or the cancellation.</source>
        <translation>ผู้ได้รับเชิญแต่ละท่านจะได้รับอีเมลพร้อมหนังสือเชิญประชุม ระเบียบวาระการประชุม และนัดหมายสำหรับปฏิทิน (เป็นภาษาอังกฤษสำหรับผู้ที่มีชื่อเป็นอักษรโรมัน นอกนั้นเป็นภาษาไทย) ผู้ที่เคยได้รับแล้วจะได้รับแจ้งการเปลี่ยนแปลงเมื่อวันหรือสถานที่เปลี่ยน หรือแจ้งยกเลิกการประชุม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการส่ง</translation>
    </message>
    <message>
        <source>Attach the board book (each reader&apos;s own, with their watermark)</source>
        <translation>แนบเอกสารประกอบการประชุม (ฉบับเฉพาะของแต่ละท่าน พร้อมลายน้ำ)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>ยกเลิกการส่ง</translation>
    </message>
    <message>
        <source>Send again to those that failed</source>
        <translation>ส่งอีกครั้งถึงผู้ที่ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation>ตั้งค่าอีเมล…</translation>
    </message>
</context>
<context>
    <name>ServerReplacedDialog</name>
    <message>
        <source>Publish again to this server</source>
        <translation>เผยแพร่อีกครั้งไปยังเซิร์ฟเวอร์นี้</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มต้นใหม่</translation>
    </message>
    <message>
        <source>Start over from this server…</source>
        <translation>เริ่มต้นใหม่จากเซิร์ฟเวอร์นี้…</translation>
    </message>
    <message>
        <source>The server was replaced</source>
        <translation>เซิร์ฟเวอร์ถูกแทนที่แล้ว</translation>
    </message>
    <message>
        <source>The server at {url} is not the one this computer synced with: its data was made anew or restored from elsewhere. Nothing on this computer was removed.</source>
        <translation>เซิร์ฟเวอร์ที่ {url} มิใช่เซิร์ฟเวอร์เดียวกับที่เครื่องนี้เคยประสานข้อมูลไว้ เนื่องจากข้อมูลในเซิร์ฟเวอร์ถูกสร้างขึ้นใหม่หรือกู้คืนมาจากแหล่งอื่น ทั้งนี้ ไม่มีข้อมูลใดในเครื่องนี้ถูกลบ</translation>
    </message>
    <message>
        <source>Publish again: your own meetings and records stay on this computer and are sent to this server as new, the meetings you published to it included. Records that came from the old server and are not your own (such as other people&apos;s answers) are removed from this computer.</source>
        <translation>เมื่อเผยแพร่อีกครั้ง การประชุมและข้อมูลของท่านเองจะยังคงอยู่ในเครื่องนี้ และจะส่งไปยังเซิร์ฟเวอร์นี้เป็นข้อมูลใหม่ รวมถึงการประชุมที่ท่านเคยเผยแพร่ไว้ ส่วนข้อมูลที่ได้รับจากเซิร์ฟเวอร์เดิมซึ่งมิใช่ของท่าน (เช่น คำตอบของผู้อื่น) จะถูกลบออกจากเครื่องนี้</translation>
    </message>
    <message>
        <source>Start over from {url}? Meetings, documents and other records from the old server that this server does not share with you are removed from this computer. This cannot be undone.</source>
        <translation>ยืนยันการเริ่มต้นใหม่จาก {url} หรือไม่ การประชุม เอกสาร และข้อมูลอื่นจากเซิร์ฟเวอร์เดิมที่เซิร์ฟเวอร์นี้มิได้เปิดให้ท่านเข้าถึงจะถูกลบออกจากเครื่องนี้ และไม่สามารถเรียกคืนได้</translation>
    </message>
    <message>
        <source>To sync with it again, start over from this server. Until then this computer keeps what it has and does not sync with it.</source>
        <translation>หากประสงค์จะประสานข้อมูลกับเซิร์ฟเวอร์นี้ต่อไป โปรดเริ่มต้นใหม่จากเซิร์ฟเวอร์นี้ ระหว่างนี้เครื่องนี้จะเก็บข้อมูลที่มีอยู่ไว้ตามเดิมและจะไม่ประสานข้อมูลกับเซิร์ฟเวอร์ดังกล่าว</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>No meeting selected</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <source>Quorum reached: {present} present, {required} needed of {members} members</source>
        <translation>ครบองค์ประชุม: มาประชุม {present} คน ต้องมี {required} คน จากกรรมการ {members} คน</translation>
    </message>
    <message>
        <source>NO QUORUM: {present} present, {required} needed of {members} members</source>
        <translation>ไม่ครบองค์ประชุม: มาประชุม {present} คน ต้องมี {required} คน จากกรรมการ {members} คน</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>เปิดประชุม {time}</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>ปิดประชุม {time}</translation>
    </message>
    <message>
        <source>The meeting has been held: this is its record. Its minutes are made from it in the Minutes tab.</source>
        <translation>การประชุมนี้เสร็จสิ้นแล้ว ข้อมูลด้านล่างคือบันทึกการประชุม จัดทำรายงานการประชุมจากบันทึกนี้ได้ที่แท็บรายงานการประชุม</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>ยังไม่เปิดประชุม</translation>
    </message>
    <message>
        <source>Mark those who arrive, then open the meeting: the quorum and each item&apos;s time count from the opening.</source>
        <translation>บันทึกผู้มาประชุมเมื่อมาถึง แล้วจึงเปิดประชุม ระบบจะนับองค์ประชุมและเวลาของแต่ละวาระตั้งแต่เปิดประชุม</translation>
    </message>
    <message>
        <source>{present} present so far; {required} of {members} members make a quorum</source>
        <translation>มาประชุมแล้ว {present} คน ต้องมีอย่างน้อย {required} คน จากกรรมการ {members} คน จึงจะครบองค์ประชุม</translation>
    </message>
    <message>
        <source>The members&apos; laptops did not get the chair&apos;s place: {reason}</source>
        <translation>ยังไม่สามารถส่งวาระและหน้าเอกสารที่ประธานกำลังพิจารณาไปยังเครื่องของกรรมการได้: {reason}</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>จอภาพนำเสนอ</translation>
    </message>
    <message>
        <source>Show the current item and the paper presented on a big screen</source>
        <translation>แสดงวาระที่กำลังพิจารณาและเอกสารที่นำเสนอบนจอภาพขนาดใหญ่</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>กรรมการผู้มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>ไม่มีสิทธิออกเสียง</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>เข้า {time}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>ออก {time}</translation>
    </message>
    <message>
        <source>{question}: for {for_}, against {against}, abstain {abstain} — {result}</source>
        <translation>{question}: เห็นด้วย {for_} ไม่เห็นด้วย {against} งดออกเสียง {abstain} — {result}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{elapsed} of {planned} min planned</source>
        <translation>{elapsed} จากที่กำหนด {planned} นาที</translation>
    </message>
    <message>
        <source>{elapsed} (no time planned)</source>
        <translation>{elapsed} (ไม่ได้กำหนดเวลา)</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>ลงชื่อเข้าประชุม {name}</translation>
    </message>
    <message>
        <source>Check out {name}</source>
        <translation>บันทึกการออกจากที่ประชุม {name}</translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation>บันทึกว่า {name} ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>เปิดประชุม</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>ปิดประชุม</translation>
    </message>
    <message>
        <source>Mark the meeting as reconvened</source>
        <translation>ระบุว่าเป็นการประชุมครั้งใหม่</translation>
    </message>
    <message>
        <source>Mark the meeting as not reconvened</source>
        <translation>ระบุว่าไม่ใช่การประชุมครั้งใหม่</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>แก้ไขบันทึกการประชุม</translation>
    </message>
    <message>
        <source>Edit the resolution</source>
        <translation>แก้ไขมติที่ประชุม</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>นำออก {what}</translation>
    </message>
    <message>
        <source>Substitute for {name}</source>
        <translation>ผู้มาประชุมแทน {name}</translation>
    </message>
    <message>
        <source>Record the vote {question}</source>
        <translation>บันทึกการลงมติ {question}</translation>
    </message>
    <message>
        <source>Vote on laptops</source>
        <translation>ลงมติออนไลน์</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Record a dissent</source>
        <translation>บันทึกความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>ส่วนได้เสีย</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Record a recusal</source>
        <translation>บันทึกผู้มีส่วนได้เสีย</translation>
    </message>
    <message>
        <source>Add the action {title}</source>
        <translation>เพิ่มงานที่มอบหมาย {title}</translation>
    </message>
    <message>
        <source>Reconvened (lower quorum)</source>
        <translation>ประชุมครั้งใหม่ (องค์ประชุมหนึ่งในสาม)</translation>
    </message>
    <message>
        <source>Called again within 14 days after lacking quorum, as its notice says: one third suffices</source>
        <translation>นัดประชุมใหม่ภายใน 14 วันหลังประชุมไม่ครบองค์ประชุม ตามที่ระบุในหนังสือนัด: กรรมการมาประชุมหนึ่งในสามก็ครบองค์ประชุม</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การเข้าประชุม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Late at time</source>
        <translation>มาสาย ณ เวลา</translation>
    </message>
    <message>
        <source>Left at time</source>
        <translation>ออก ณ เวลา</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>มาสาย</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ออกก่อน</translation>
    </message>
    <message>
        <source>{name} for {member}</source>
        <translation>{name} แทน {member}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>ออกเสียง</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>ผู้มาประชุมแทน…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
    <message>
        <source>Reason for absence (ลาป่วย, ติดราชการ …)</source>
        <translation>เหตุที่ไม่มาประชุม (ลาป่วย, ติดราชการ …)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>การลงมติ</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>ส่วนได้เสีย</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>งานมอบหมาย</translation>
    </message>
    <message>
        <source>Present paper</source>
        <translation>นำเสนอเอกสาร</translation>
    </message>
    <message>
        <source>Show a paper of this item on the projector and on the members&apos; laptops, page by page</source>
        <translation>แสดงเอกสารของวาระนี้บนจอภาพและบนเครื่องคอมพิวเตอร์ของกรรมการทีละหน้า</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>ลงมติ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>For</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Majority of votes cast</source>
        <translation>เสียงข้างมากของผู้ออกเสียง</translation>
    </message>
    <message>
        <source>Majority of members present</source>
        <translation>เสียงข้างมากของกรรมการที่มาประชุม</translation>
    </message>
    <message>
        <source>Two thirds of members present</source>
        <translation>สองในสามของกรรมการที่มาประชุม</translation>
    </message>
    <message>
        <source>Custom share of members present</source>
        <translation>สัดส่วนที่กำหนดของกรรมการที่มาประชุม</translation>
    </message>
    <message>
        <source>Open (named)</source>
        <translation>เปิดเผย (ระบุชื่อ)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Tied: needs the chair&apos;s casting vote</source>
        <translation>คะแนนเสียงเท่ากัน: รอประธานออกเสียงชี้ขาด</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
</context>
<context>
    <name>SessionSubstituteDialog</name>
    <message>
        <source>Substitute for {name}</source>
        <translation>ผู้มาประชุมแทน {name}</translation>
    </message>
</context>
<context>
    <name>StickyDialog</name>
    <message>
        <source>Note on page {page}</source>
        <translation>บันทึกย่อ หน้า {page}</translation>
    </message>
    <message>
        <source>Edit the note on page {page}</source>
        <translation>แก้ไขบันทึกย่อ หน้า {page}</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>พิมพ์บันทึกย่อของท่าน</translation>
    </message>
    <message>
        <source>Who sees it:</source>
        <translation>ผู้ที่เห็นได้:</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation>ส่วนตัว (เฉพาะข้าพเจ้า)</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>กรรมการในคณะ</translation>
    </message>
    <message>
        <source>Secretary only</source>
        <translation>เฉพาะฝ่ายเลขานุการ</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Who attends in place of {name}?</source>
        <translation>ผู้มาประชุมแทน {name}</translation>
    </message>
    <message>
        <source>Send a substitute</source>
        <translation>มอบหมายผู้แทน</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Annotation summary</source>
        <translation>สรุปบันทึก</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>ประสานข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>ประสานข้อมูลทันที</translation>
    </message>
    <message>
        <source>&amp;Publish this meeting</source>
        <translation>เผยแพร่การประชุมนี้</translation>
    </message>
    <message>
        <source>Send the selected meeting to the server at the next sync</source>
        <translation>ส่งการประชุมที่เลือกไปยังเซิร์ฟเวอร์ในการประสานข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <source>My &amp;answer to this meeting…</source>
        <translation>การตอบรับและการลงมติของฉัน…</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>ข้อมูลที่ขัดแย้ง…</translation>
    </message>
    <message>
        <source>Calendar &amp;feed…</source>
        <translation>ลิงก์ปฏิทินการประชุม…</translation>
    </message>
    <message>
        <source>The private address that shows your meetings in your own calendar</source>
        <translation>ลิงก์เฉพาะตัวสำหรับแสดงการประชุมของท่านในแอปปฏิทินของท่านเอง</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>ไม่ได้เผยแพร่</translation>
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
        <translation>กำลังดาวน์โหลดเอกสาร {done} จาก {total}…</translation>
    </message>
    <message>
        <source>Uploading documents {done} of {total}…</source>
        <translation>กำลังอัปโหลดเอกสาร {done} จาก {total}…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังประสานข้อมูล…</translation>
    </message>
    <message>
        <source>Online · synced at {time}</source>
        <translation>ออนไลน์ · ประสานข้อมูลเมื่อ {time}</translation>
    </message>
    <message>
        <source>Offline · trying again in {seconds} s</source>
        <translation>ออฟไลน์ · จะลองใหม่ในอีก {seconds} วินาที</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>ยังไม่ได้เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>ประสานข้อมูลไม่สำเร็จ: {message}</translation>
    </message>
    <message>
        <source>Sync stopped: the server was replaced; nothing here was removed</source>
        <translation>หยุดประสานข้อมูล: เซิร์ฟเวอร์ถูกแทนที่ ไม่มีข้อมูลใดในเครื่องนี้ถูกลบ</translation>
    </message>
    <message>
        <source>Sync on hold: {count} meetings the server no longer shares are kept here</source>
        <translation>พักการประสานข้อมูล: เก็บการประชุม {count} รายการที่เซิร์ฟเวอร์ไม่ได้เปิดให้เข้าถึงแล้วไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source> · login for this session only</source>
        <translation> · เข้าสู่ระบบเฉพาะครั้งนี้</translation>
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
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page {page}</source>
        <translation>หน้า {page}</translation>
    </message>
</context>
<context>
    <name>TitleCombo</name>
    <message>
        <source>Choose a title or rank, or type another</source>
        <translation>เลือกคำนำหน้าหรือยศ หรือพิมพ์เอง</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo: {action}</source>
        <translation>เลิกทำ: {action}</translation>
    </message>
</context>
<context>
    <name>VoteCard</name>
    <message>
        <source>Secret ballot: your choice is counted without your name.</source>
        <translation>ลงคะแนนลับ: ระบบนับคะแนนของท่านโดยไม่บันทึกชื่อของท่าน</translation>
    </message>
    <message>
        <source>Open vote: the minutes may record how each member voted.</source>
        <translation>ลงคะแนนโดยเปิดเผย: รายงานการประชุมอาจบันทึกการออกเสียงของกรรมการแต่ละท่าน</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>ปิดการลงมติแล้ว</translation>
    </message>
    <message>
        <source>Your vote was recorded without your name.</source>
        <translation>บันทึกการลงมติของท่านแล้ว โดยไม่บันทึกชื่อของท่าน</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>บันทึกการลงมติของท่านแล้ว</translation>
    </message>
    <message>
        <source>Connect to the meeting&apos;s server to vote.</source>
        <translation>กรุณาเชื่อมต่อเครื่องแม่ข่ายของการประชุมเพื่อลงมติ</translation>
    </message>
    <message>
        <source>Vote now open</source>
        <translation>เปิดการลงมติแล้ว</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>ลงมติ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>ไม่ได้ลงคะแนน</translation>
    </message>
    <message>
        <source>Everyone for</source>
        <translation>เห็นด้วยทุกคน</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ญัตติ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>วิธีลงคะแนน</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Custom share</source>
        <translation>สัดส่วนที่กำหนด</translation>
    </message>
    <message>
        <source>For (secret)</source>
        <translation>เห็นด้วย (ลงคะแนนลับ)</translation>
    </message>
    <message>
        <source>Against (secret)</source>
        <translation>ไม่เห็นด้วย (ลงคะแนนลับ)</translation>
    </message>
    <message>
        <source>Abstain (secret)</source>
        <translation>งดออกเสียง (ลงคะแนนลับ)</translation>
    </message>
    <message>
        <source>Chair&apos;s casting vote</source>
        <translation>ประธานออกเสียงชี้ขาด</translation>
    </message>
    <message>
        <source>For {for_}, against {against}, abstain {abstain}: {result}</source>
        <translation>เห็นด้วย {for_} ไม่เห็นด้วย {against} งดออกเสียง {abstain}: {result}</translation>
    </message>
</context>
<context>
    <name>Watermarks</name>
    <message>
        <source>Copy for {reader} · {date}</source>
        <translation>สำเนาสำหรับ {reader} · {date}</translation>
    </message>
</context>
</TS>
