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
