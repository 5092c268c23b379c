<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddressEditor</name>
    <message>
        <location filename="../widgets/address_editor.py" line="+57"/>
        <source>House number, street, hamlet</source>
        <translation>Số nhà, đường/phố, thôn/xóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail:</source>
        <translation>Địa chỉ chi tiết:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Convert to current units</source>
        <translation>&amp;Chuyển sang đơn vị hành chính hiện hành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current commune to use</source>
        <translation>Xã/phường hiện hành sẽ dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this commune</source>
        <translation>&amp;Dùng xã/phường này</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Old address, as read (before 1 Jul 2025): %1</source>
        <translation>Địa chỉ cũ, như đã đọc được (trước 01/7/2025): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The detail looks like an old address. %1</source>
        <translation>Phần địa chỉ chi tiết có vẻ là địa chỉ cũ. %1</translation>
    </message>
</context>
<context>
    <name>AddressesSection</name>
    <message>
        <location filename="../intake/form_addresses.py" line="+103"/>
        <source>Addresses</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of birth registration:</source>
        <translation>Nơi đăng ký khai sinh:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place of origin:</source>
        <translation>Quê quán:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence:</source>
        <translation>Nơi thường trú:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a temporary residence</source>
        <translation>Có nơi tạm trú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary residence:</source>
        <translation>Nơi tạm trú:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lives at the permanent residence</source>
        <translation>Ở tại nơi thường trú</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current residence:</source>
        <translation>Nơi ở hiện tại:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+134"/>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator creates the officers&apos; accounts and changes the settings. The password needs at least 10 characters with letters and digits.</source>
        <translation>Quản trị viên tạo tài khoản cho cán bộ và thay đổi cài đặt. Mật khẩu cần ít nhất 10 ký tự, gồm cả chữ và số.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full na&amp;me:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>AdminUnitPicker</name>
    <message>
        <location filename="../widgets/pickers.py" line="+384"/>
        <source>Type to search, e.g. ha noi</source>
        <translation>Nhập để tìm, ví dụ: ha noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Tỉnh hoặc thành phố</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search, e.g. ba dinh</source>
        <translation>Nhập để tìm, ví dụ: ba dinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune, ward or special zone</source>
        <translation>Xã, phường hoặc đặc khu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province/city:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune/ward:</source>
        <translation>Xã/phường:</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <location filename="../intake/form_applicant.py" line="+65"/>
        <source>Applicant</source>
        <translation>Người đề nghị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ, chữ đệm và tên:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;ther names:</source>
        <translation>&amp;Tên gọi khác:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personal ID number:</source>
        <translation>&amp;Số định danh cá nhân:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits, if the citizen had one</source>
        <translation>9 chữ số, nếu công dân đã được cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old identity card (CMND):</source>
        <translation>Số CMND cũ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown day or month: leave it out (03/1950 or 1950), or type 00.</source>
        <translation>Không rõ ngày hoặc tháng: bỏ qua phần đó (03/1950 hoặc 1950), hoặc nhập 00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationalit&amp;y:</source>
        <translation>&amp;Quốc tịch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a code, e.g. kinh or 01</source>
        <translation>Nhập tên hoặc mã, ví dụ: kinh hoặc 01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ethnic group:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a code; 00 for none</source>
        <translation>Nhập tên hoặc mã; 00 nếu không theo tôn giáo nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Religion:</source>
        <translation>Tôn giá&amp;o:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Occupation:</source>
        <translation>Nghề nghiệ&amp;p:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifying &amp;marks:</source>
        <translation>Đặ&amp;c điểm nhận dạng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen consents to recording voluntary data (blood type)</source>
        <translation>Công dân đồng ý ghi nhận thông tin tự nguyện cung cấp (nhóm máu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Không ghi nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;lood type:</source>
        <translation>Nhó&amp;m máu:</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <location filename="../queue/detail.py" line="+84"/>
        <source>Application %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation>Ảnh chân dung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Application</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Niêm phong lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason given</source>
        <translation>Lý do đã nêu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-opened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in detail</source>
        <translation>Lý do cụ thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ, chữ đệm và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current residence</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip read</source>
        <translation>Đã đọc chip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings acknowledged</source>
        <translation>Cảnh báo đã xác nhận</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No portrait</source>
        <translation>Không có ảnh chân dung</translation>
    </message>
</context>
<context>
    <name>ApplicationDetails</name>
    <message>
        <location line="-137"/>
        <source>Only a supervisor or an administrator may open a sealed application: it holds the citizen&apos;s personal data. Ask your supervisor.</source>
        <translation>Chỉ cán bộ phê duyệt hoặc quản trị viên mới được mở hồ sơ đã niêm phong vì hồ sơ chứa dữ liệu cá nhân của công dân. Hãy liên hệ cán bộ phê duyệt.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First issue</source>
        <translation>Cấp mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange</source>
        <translation>Cấp đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Cấp lại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First card</source>
        <translation>Thẻ lần đầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age milestone</source>
        <translation>Đến tuổi đổi thẻ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worn card</source>
        <translation>Thẻ bị mòn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data changed</source>
        <translation>Thay đổi thông tin cá nhân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative unit changed</source>
        <translation>Thay đổi đơn vị hành chính</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder&apos;s request</source>
        <translation>Theo yêu cầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error on the card</source>
        <translation>Thẻ in sai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost card</source>
        <translation>Mất thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged card</source>
        <translation>Thẻ hư hỏng</translation>
    </message>
</context>
<context>
    <name>AppointmentSlip</name>
    <message>
        <location filename="../printing/slip.py" line="+28"/>
        <source>APPOINTMENT SLIP</source>
        <translation>GIẤY HẸN TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to collect the identity card</source>
        <translation>nhận thẻ căn cước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date to collect</source>
        <translation>Ngày nhận thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application received on</source>
        <translation>Ngày tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring this slip and your current card, if you have one, when you collect the new card. Keep the slip: its number identifies your application.</source>
        <translation>Khi đến nhận thẻ mới, vui lòng mang theo giấy hẹn này và thẻ đang sử dụng (nếu có). Giữ lại giấy hẹn: số trên giấy hẹn dùng để xác định hồ sơ của bạn.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../audit_view.py" line="+38"/>
        <source>Logged in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login failed</source>
        <translation>Đăng nhập không thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen locked</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen unlocked</source>
        <translation>Mở khóa màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked out</source>
        <translation>Tài khoản bị khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft started</source>
        <translation>Tạo bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft edited</source>
        <translation>Sửa bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft discarded</source>
        <translation>Hủy bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Niêm phong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to USB</source>
        <translation>Xuất ra USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register&apos;s answer</source>
        <translation>Phản hồi của cơ quan đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies removed after acceptance</source>
        <translation>Xóa bản sao sau khi được tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings changed</source>
        <translation>Thay đổi cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Thay đổi tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station key unlocked</source>
        <translation>Mở khóa trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by supervisor</source>
        <translation>Được phê duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected by supervisor</source>
        <translation>Bị từ chối khi phê duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sealed application viewed</source>
        <translation>Xem hồ sơ đã niêm phong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-opened as new draft</source>
        <translation>Mở lại thành bản nháp mới</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="+33"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+64"/>
        <source>All actions</source>
        <translation>Tất cả hành động</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login name, or &quot;system&quot;</source>
        <translation>Tên đăng nhập hoặc &quot;system&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit events</source>
        <translation>Các sự kiện trong nhật ký kiểm tra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kiểm tra chuỗi nhật ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>&amp;Làm mới (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may view the audit log.</source>
        <translation>Chỉ quản trị viên mới được xem nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>&amp;Hành động:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ho:</source>
        <translation>&amp;Người thực hiện:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Checking every event…</source>
        <translation>Đang kiểm tra từng sự kiện…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Chuỗi nhật ký nguyên vẹn: đã kiểm tra %n sự kiện.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was altered at event %1 (%2). Leave the station as it is and call IT.</source>
        <translation>Nhật ký kiểm tra đã bị sửa đổi tại sự kiện %1 (%2). Giữ nguyên hiện trạng trạm và gọi bộ phận CNTT.</translation>
    </message>
</context>
<context>
    <name>BiometricsSection</name>
    <message>
        <location filename="../intake/form_card.py" line="+128"/>
        <source>Fingerprints and iris</source>
        <translation>Vân tay và mống mắt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not captured yet</source>
        <translation>Chưa thu nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured on the fingerprint device</source>
        <translation>Đã thu nhận trên thiết bị lấy vân tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt (say why below)</source>
        <translation>Được miễn (ghi rõ lý do bên dưới)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;gerprints:</source>
        <translation>&amp;Vân tay:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. missing fingers</source>
        <translation>ví dụ: khuyết ngón tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iris captured</source>
        <translation>Đã thu nhận mống mắt</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../setup_pages.py" line="+426"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the camera for the portrait photos and test it: 0 is the first one.</source>
        <translation>Chọn camera dùng để chụp ảnh chân dung và thử camera: 0 là camera đầu tiên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera device</source>
        <translation>Thiết bị camera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera &amp;device:</source>
        <translation>Thiết bị ca&amp;mera:</translation>
    </message>
</context>
<context>
    <name>CameraTest</name>
    <message>
        <location line="-338"/>
        <source>&amp;Test camera</source>
        <translation>&amp;Thử camera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture yet</source>
        <translation>Chưa có hình ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera preview</source>
        <translation>Xem trước camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press “Test camera” to see a live picture.</source>
        <translation>Nhấn “Thử camera” để xem hình ảnh trực tiếp.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening camera %1…</source>
        <translation>Đang mở camera %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+11"/>
        <location line="+27"/>
        <source>No picture</source>
        <translation>Không có hình ảnh</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Live picture from the camera (%1).</source>
        <translation>Hình ảnh trực tiếp từ camera (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera works (%1). Test finished.</source>
        <translation>Camera hoạt động bình thường (%1). Đã thử xong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No picture came from the camera in time. Check the cable and the device.</source>
        <translation>Camera không gửi hình ảnh trong thời gian chờ. Kiểm tra cáp và thiết bị.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../widgets/camera_view.py" line="+146"/>
        <source>Camera preview</source>
        <translation>Xem trước camera</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+122"/>
        <source>Starting the camera…</source>
        <translation>Đang khởi động camera…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Photo taken. Press R to take it again.</source>
        <translation>Đã chụp ảnh. Nhấn R để chụp lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good. Hold still…</source>
        <translation>Tốt. Giữ yên…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No picture yet.</source>
        <translation>Chưa có hình ảnh.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The camera gives %1 instead of %2: the photo may be less sharp.</source>
        <translation>Camera cho độ phân giải %1 thay vì %2: ảnh có thể kém sắc nét.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera is off.</source>
        <translation>Camera đang tắt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture is black: check the lens cover and the lighting.</source>
        <translation>Hình ảnh bị đen: kiểm tra nắp ống kính và ánh sáng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera sends a flat picture: unplug the camera and plug it in again.</source>
        <translation>Camera gửi hình ảnh đồng màu: hãy rút camera ra rồi cắm lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture is frozen: unplug the camera and plug it in again.</source>
        <translation>Hình ảnh bị đứng: hãy rút camera ra rồi cắm lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture is coming from the camera: unplug it and plug it in again.</source>
        <translation>Không nhận được hình ảnh từ camera: hãy rút camera ra rồi cắm lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera was unplugged or stopped working. Check its USB cable. Reconnecting…</source>
        <translation>Camera đã bị rút ra hoặc ngừng hoạt động. Kiểm tra cáp USB của camera. Đang kết nối lại…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera found. Check the camera&apos;s USB cable, or choose another camera in Settings. Retrying…</source>
        <translation>Không tìm thấy camera. Kiểm tra cáp USB của camera hoặc chọn camera khác trong Cài đặt. Đang thử lại…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera cannot be opened: another program may be using it. Close that program, or choose another camera in Settings. Retrying…</source>
        <translation>Không mở được camera: có thể một chương trình khác đang sử dụng camera. Đóng chương trình đó hoặc chọn camera khác trong Cài đặt. Đang thử lại…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The simulated camera&apos;s pictures cannot be read. Choose another camera in Settings.</source>
        <translation>Không đọc được hình ảnh của camera mô phỏng. Chọn camera khác trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="+41"/>
        <source>Change your password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password has expired. Choose a new one to go on.</source>
        <translation>Mật khẩu của bạn đã hết hạn. Hãy chọn mật khẩu mới để tiếp tục.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator set a temporary password for you. Choose your own to go on.</source>
        <translation>Quản trị viên đã đặt mật khẩu tạm thời cho bạn. Hãy tự đặt mật khẩu riêng để tiếp tục.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new password.</source>
        <translation>Chọn mật khẩu mới.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters with letters and digits; not your login name, not a common password, not the old one.</source>
        <translation>Ít nhất %1 ký tự, gồm cả chữ và số; không trùng tên đăng nhập, không phải mật khẩu phổ biến, không trùng mật khẩu cũ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Change password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>CheckResultsModel</name>
    <message>
        <location filename="../diagnostics.py" line="+55"/>
        <source>Check</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>Giá trị đo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OK</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
</context>
<context>
    <name>ChipBadge</name>
    <message>
        <location filename="../intake/form_fields.py" line="+46"/>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled from the chip</source>
        <translation>Điền từ chip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filled from the chip.</source>
        <translation>Điền từ chip.</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../intake/form_contact.py" line="+20"/>
        <source>Contact</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>Số điện t&amp;hoại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Em&amp;ail:</source>
        <translation>Em&amp;ail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver the card to this address</source>
        <translation>Gửi thẻ đến địa chỉ này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card delivery:</source>
        <translation>Địa chỉ nhận thẻ:</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../queue/filters.py" line="+23"/>
        <source>&amp;Between</source>
        <translation>Trong &amp;khoảng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message>
        <location filename="../review/dialogs.py" line="+100"/>
        <source>End-of-day summary</source>
        <translation>Tổng hợp cuối ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications of the day per officer</source>
        <translation>Hồ sơ trong ngày theo từng cán bộ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</source>
        <translation>Đếm các hồ sơ niêm phong trong ngày theo trạng thái hiện tại; cột “Đã phê duyệt” tính cả các hồ sơ đã chuyển sang bước tiếp theo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The summary went to the printer.</source>
        <translation>Đã gửi bảng tổng hợp tới máy in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the end-of-day summary</source>
        <translation>Lưu bảng tổng hợp cuối ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The summary was saved to %1.</source>
        <translation>Đã lưu bảng tổng hợp vào %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary could not be saved (%1). Choose another folder or a USB stick.</source>
        <translation>Không lưu được bảng tổng hợp (%1). Hãy chọn thư mục khác hoặc ổ USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again</source>
        <translation>Lưu lại</translation>
    </message>
</context>
<context>
    <name>DaySummaryModel</name>
    <message>
        <location filename="../review/models.py" line="+97"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Đã niêm phong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by supervisor</source>
        <translation>Bị từ chối khi phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by register</source>
        <translation>Bị cơ quan đăng ký từ chối</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>DaySummarySheet</name>
    <message>
        <location filename="../printing/summary.py" line="+43"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Đã niêm phong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by supervisor</source>
        <translation>Bị từ chối khi phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by register</source>
        <translation>Bị cơ quan đăng ký từ chối</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station code: %1</source>
        <translation>Mã trạm: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>END-OF-DAY SUMMARY</source>
        <translation>BẢNG TỔNG HỢP CUỐI NGÀY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications sealed on %1</source>
        <translation>Hồ sơ niêm phong ngày %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</source>
        <translation>Số hồ sơ niêm phong trong ngày theo tình trạng hiện tại; cột &quot;Đã phê duyệt&quot; tính cả các hồ sơ đã chuyển sang bước tiếp theo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Supervisor&apos;s signature and full name</source>
        <translation>Cán bộ phê duyệt ký, ghi rõ họ tên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printed on %1 by %2 · page %3</source>
        <translation>In lúc %1, người in: %2 · trang %3</translation>
    </message>
</context>
<context>
    <name>DeviceTest</name>
    <message>
        <location filename="../setup_pages.py" line="+139"/>
        <source>The device test failed (%1).</source>
        <translation>Kiểm tra thiết bị không thành công (%1).</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../diagnostics.py" line="+23"/>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Self-test results</source>
        <translation>Kết quả tự kiểm tra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Chạy lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Sao chép báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ollect diagnostics…</source>
        <translation>&amp;Thu thập thông tin chẩn đoán…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Running the self-test…</source>
        <translation>Đang chạy tự kiểm tra…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 OK, %2 warnings, %3 failed.</source>
        <translation>%1 đạt, %2 cảnh báo, %3 không đạt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The self-test could not run (%1).</source>
        <translation>Không chạy được tự kiểm tra (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard.</source>
        <translation>Đã sao chép báo cáo vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collecting diagnostics…</source>
        <translation>Đang thu thập thông tin chẩn đoán…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostics saved to %1. Give this file to IT.</source>
        <translation>Đã lưu thông tin chẩn đoán vào %1. Hãy gửi tệp này cho bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diagnostics could not be saved (%1). Choose another folder.</source>
        <translation>Không lưu được thông tin chẩn đoán (%1). Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the diagnostics</source>
        <translation>Chọn nơi lưu thông tin chẩn đoán</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../queue/export_dialog.py" line="+52"/>
        <source>Export to USB</source>
        <translation>Xuất ra USB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the applications…</source>
        <translation>Đang đếm số hồ sơ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>Choose the USB drive</source>
        <translation>Chọn ổ USB</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export in progress</source>
        <translation>Đang xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applications:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There are no applications to export: everything is sent, or waiting for a supervisor&apos;s review.</source>
        <translation>Không có hồ sơ nào để xuất: tất cả đã được gửi hoặc đang chờ phê duyệt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1</source>
        <translation>khoảng %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n selected application(s) left out: already finished or waiting for review.</source>
        <translation>
            <numerusform>%n hồ sơ đã chọn bị bỏ qua: đã hoàn tất hoặc đang chờ phê duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the free space…</source>
        <translation>Đang kiểm tra dung lượng trống…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This folder cannot be read: is the drive plugged in? Choose again.</source>
        <translation>Không đọc được thư mục này: ổ đĩa đã được cắm chưa? Hãy chọn lại.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not enough space on the drive: %1 needed, %2 free. Use another drive.</source>
        <translation>Ổ đĩa không đủ dung lượng: cần %1, còn trống %2. Hãy dùng ổ khác.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 free on the drive.</source>
        <translation>Ổ đĩa còn trống %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Writing and checking the export file…</source>
        <translation>Đang ghi và kiểm tra tệp xuất…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %n application(s) to %1 (%2). Take the drive to the register office: the applications stay &quot;exported&quot; until the register confirms them.</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ vào %1 (%2). Hãy mang ổ đĩa đến cơ quan đăng ký: hồ sơ giữ trạng thái “đã xuất” cho đến khi cơ quan đăng ký xác nhận.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) exported to USB.</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ ra USB.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Try again</source>
        <translation>Thử &amp;lại</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../intake/form_family.py" line="+48"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Father:</source>
        <translation>Cha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s full name</source>
        <translation>Họ và tên cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s ID number</source>
        <translation>Số định danh cá nhân của cha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mother:</source>
        <translation>Mẹ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother&apos;s full name</source>
        <translation>Họ và tên mẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother&apos;s ID number</source>
        <translation>Số định danh cá nhân của mẹ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse:</source>
        <translation>Vợ/chồng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s full name</source>
        <translation>Họ và tên vợ/chồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s ID number</source>
        <translation>Số định danh cá nhân của vợ/chồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../setup_wizard.py" line="+143"/>
        <source>Set up the intake station</source>
        <translation>Cài đặt trạm tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../intake/form_applicant.py" line="-67"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../intake/form_fields.py" line="-20"/>
        <source>“%1” is not on the list: pick one of the suggestions.</source>
        <translation>“%1” không có trong danh sách: hãy chọn một mục được gợi ý.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../intake/form_page.py" line="+93"/>
        <source>Form</source>
        <translation>Kê khai</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No problems found on this page.</source>
        <translation>Không phát hiện vấn đề trên trang này.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) to correct</source>
        <translation>
            <numerusform>%n ô nhập cần sửa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s) to check on the review step</source>
        <translation>
            <numerusform>%n cảnh báo cần kiểm tra ở bước Kiểm tra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../review/models.py" line="-85"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Niêm phong lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yours: another supervisor must review it</source>
        <translation>Hồ sơ của bạn: cán bộ phê duyệt khác phải duyệt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You sealed this application: you may not approve or reject it yourself. Another supervisor must review it.</source>
        <translation>Bạn đã niêm phong hồ sơ này nên không được tự phê duyệt hoặc từ chối. Cán bộ phê duyệt khác phải duyệt hồ sơ.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home.py" line="+115"/>
        <source>Your unfinished applications</source>
        <translation>Hồ sơ chưa hoàn thành của bạn</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;New application</source>
        <translation>Hồ sơ &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Hàng đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to USB</source>
        <translation>&amp;Xuất ra USB</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed</source>
        <translation>Đã niêm phong</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Me</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Toàn trạm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>On USB, waiting for the register</source>
        <translation>Trên USB, chờ cơ quan đăng ký xác nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>Cơ quan đăng ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync has not started yet.</source>
        <translation>Chưa bắt đầu đồng bộ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Not enrolled</source>
        <translation>Chưa đăng ký trạm</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Last successful sync: %1</source>
        <translation>Lần đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: never</source>
        <translation>Lần đồng bộ thành công gần nhất: chưa có</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next attempt: %1</source>
        <translation>Lần thử tiếp theo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving results</source>
        <translation>Đang nhận kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the applications wait in the queue</source>
        <translation>Ngoại tuyến: hồ sơ được giữ trong hàng đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is busy: waiting to retry</source>
        <translation>Cơ quan đăng ký đang bận: chờ thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync blocked: ask IT</source>
        <translation>Đồng bộ bị chặn: liên hệ bộ phận CNTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync stopped</source>
        <translation>Đồng bộ đã dừng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: simulated (demo mode)</source>
        <translation>Camera: mô phỏng (chế độ trình diễn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: device %1 configured</source>
        <translation>Camera: đã cấu hình thiết bị %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card reader: checking…</source>
        <translation>Đầu đọc thẻ: đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card reader: the PC/SC service is not running</source>
        <translation>Đầu đọc thẻ: dịch vụ PC/SC không chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: none connected</source>
        <translation>Đầu đọc thẻ: chưa kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: ready, no card</source>
        <translation>Đầu đọc thẻ: sẵn sàng, chưa có thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: a card is on the reader</source>
        <translation>Đầu đọc thẻ: có thẻ trên đầu đọc</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Started %1, last saved %2</source>
        <translation>Bắt đầu lúc %1, lưu lần cuối lúc %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>Tiếp tụ&amp;c</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the application started %1</source>
        <translation>Tiếp tục hồ sơ bắt đầu lúc %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n hồ sơ khác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The disk is nearly full (%1 MB left): no new applications. Sync or export to USB, then call IT.</source>
        <translation>Đĩa sắp đầy (còn %1 MB): không thể tạo hồ sơ mới. Hãy đồng bộ hoặc xuất ra USB, sau đó gọi bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space is low (%1 MB left). Sync or export to USB and tell IT.</source>
        <translation>Dung lượng đĩa còn trống thấp (còn %1 MB). Hãy đồng bộ hoặc xuất ra USB và báo bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station is not enrolled with the register: applications cannot be sealed. Ask IT to enrol it (Settings → Sync).</source>
        <translation>Trạm chưa đăng ký với cơ quan đăng ký: không thể niêm phong hồ sơ. Đề nghị bộ phận CNTT đăng ký trạm (Cài đặt → Đồng bộ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync has stopped: ask IT (Settings → Sync).</source>
        <translation>Đồng bộ đã dừng: liên hệ bộ phận CNTT (Cài đặt → Đồng bộ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station has not synced with the register yet.</source>
        <translation>Trạm chưa đồng bộ với cơ quan đăng ký lần nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No successful sync for %n day(s): connect the station or export to USB.</source>
        <translation>
            <numerusform>Đã %n ngày không đồng bộ thành công: hãy kết nối trạm hoặc xuất ra USB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The station clock is %n minute(s) off the register: ask IT to set the time.</source>
        <translation>
            <numerusform>Đồng hồ của trạm lệch %n phút so với cơ quan đăng ký: đề nghị bộ phận CNTT chỉnh lại giờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unfinished application(s): continue or discard them below.</source>
        <translation>
            <numerusform>%n hồ sơ chưa hoàn thành: tiếp tục hoặc xóa ở bên dưới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <location filename="../intake/identify_page.py" line="+106"/>
        <source>Read &amp;chip</source>
        <translation>Đọc &amp;chip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the chip</source>
        <translation>Đọc chip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the chip</source>
        <translation>Dữ liệu từ chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo yet</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo stored in the chip</source>
        <translation>Ảnh lưu trong chip</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without the chip</source>
        <translation>Không dùng chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>T&amp;ype the ID number instead:</source>
        <translation>Hoặc &amp;nhập số định danh cá nhân:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>ID n&amp;umber:</source>
        <translation>&amp;Số định danh cá nhân:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of bi&amp;rth:</source>
        <translation>Ngày sin&amp;h:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of e&amp;xpiry:</source>
        <translation>N&amp;gày hết hạn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MRZ &amp;lines (3 × 30 characters):</source>
        <translation>Các &amp;dòng MRZ (3 × 30 ký tự):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or paste the code on the card&apos;s front</source>
        <translation>Quét hoặc dán mã in ở mặt trước thẻ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+268"/>
        <source>Scan with c&amp;amera</source>
        <translation>Quét bằng c&amp;amera</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>&amp;Use the demo card&apos;s QR code</source>
        <translation>&amp;Dùng mã QR của thẻ mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera picture</source>
        <translation>Hình ảnh từ camera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR &amp;text:</source>
        <translation>Nội d&amp;ung QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiry date:</source>
        <translation>N&amp;gày hết hạn:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed &amp;fields</source>
        <translation>Thông tin &amp;in trên thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MRZ</source>
        <translation>&amp;MRZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>Mã &amp;QR</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Identify</source>
        <translation>Xác định danh tính</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chip was read before (%1). Read it again to see the photo.</source>
        <translation>Chip đã được đọc trước đó (%1). Đọc lại để xem ảnh.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An ID number is needed: read the chip, or type the 12 digits here.</source>
        <translation>Cần có số định danh cá nhân: đọc chip hoặc nhập 12 chữ số tại đây.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the date as dd/mm/yyyy, e.g. 14/06/1985.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 14/06/1985.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expiry computed from the exchange ages: correct it if the card differs.</source>
        <translation>Ngày hết hạn được tính theo các mốc tuổi đổi thẻ: sửa lại nếu trên thẻ ghi khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry by rule: type the expiry printed on the card, if any.</source>
        <translation>Theo quy định, thẻ không có thời hạn: nhập ngày hết hạn in trên thẻ, nếu có.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the chip… keep the card still on the reader.</source>
        <translation>Đang đọc chip… giữ yên thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The chip&apos;s photo cannot be shown</source>
        <translation>Không hiển thị được ảnh trong chip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip data was not used.</source>
        <translation>Dữ liệu chip không được sử dụng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chip was read; the form is filled from it.</source>
        <translation>Đã đọc chip; biểu mẫu đã được điền từ dữ liệu chip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip was read and its data is genuine.</source>
        <translation>Đã đọc chip; dữ liệu hợp lệ và nguyên vẹn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the key</source>
        <translation>Kiểm tra khóa truy cập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the ID number</source>
        <translation>Nhập số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card reader service not running</source>
        <translation>Dịch vụ đầu đọc thẻ không chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card reader connected</source>
        <translation>Chưa kết nối đầu đọc thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card on the reader</source>
        <translation>Không có thẻ trên đầu đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card on the reader</source>
        <translation>Có thẻ trên đầu đọc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop sc&amp;anning</source>
        <translation>Dừng quét c&amp;amera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold the front of the card in front of the camera…</source>
        <translation>Đưa mặt trước của thẻ vào trước camera…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QR code read.</source>
        <translation>Đã đọc mã QR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No QR code was seen in %1 seconds. Hold the card&apos;s front still, closer to the camera, and scan again.</source>
        <translation>Không nhận được mã QR trong %1 giây. Giữ yên mặt trước thẻ, gần camera hơn, rồi quét lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of 12 digits</source>
        <translation>%1/12 chữ số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 4th digit is not a century and sex code.</source>
        <translation>Chữ số thứ 4 không phải là mã thế kỷ và giới tính.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown province code</source>
        <translation>nơi có mã tỉnh không xác định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abroad</source>
        <translation>nước ngoài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born in %1, %2, birth registered in %3.</source>
        <translation>Sinh năm %1, giới tính %2, đăng ký khai sinh tại %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This number looks made up: check it.</source>
        <translation>Số này có vẻ không có thật: hãy kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>IntakeSheet</name>
    <message>
        <location filename="../printing/labels.py" line="+28"/>
        <source>Application</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal representative</source>
        <translation>Người đại diện hợp pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous card</source>
        <translation>Thẻ đã cấp trước đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biometrics and consent</source>
        <translation>Sinh trắc học và sự đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in detail</source>
        <translation>Lý do cụ thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake point</source>
        <translation>Nơi tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ, chữ đệm và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old 9-digit ID card number</source>
        <translation>Số CMND cũ (9 số)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood type</source>
        <translation>Nhóm máu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifying marks</source>
        <translation>Đặc điểm nhận dạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth registration</source>
        <translation>Nơi đăng ký khai sinh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place of origin</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary residence</source>
        <translation>Nơi tạm trú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current residence</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Father&apos;s ID number</source>
        <translation>Số định danh cá nhân của cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Mother&apos;s ID number</source>
        <translation>Số định danh cá nhân của mẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s ID number</source>
        <translation>Số định danh cá nhân của vợ/chồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s full name</source>
        <translation>Họ, chữ đệm và tên người đại diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s ID number</source>
        <translation>Số định danh cá nhân của người đại diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s date of birth</source>
        <translation>Ngày sinh của người đại diện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Representative&apos;s sex</source>
        <translation>Giới tính của người đại diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s residence</source>
        <translation>Nơi cư trú của người đại diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card delivery address</source>
        <translation>Địa chỉ nhận thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous document</source>
        <translation>Giấy tờ đã cấp trước đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Có giá trị đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>Vân tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the fingerprints</source>
        <translation>Ghi chú về vân tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iris captured</source>
        <translation>Đã thu nhận mống mắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait taken</source>
        <translation>Đã chụp ảnh chân dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data read from the card&apos;s chip</source>
        <translation>Đã đọc dữ liệu từ chip trên thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to record voluntary data</source>
        <translation>Đồng ý ghi nhận thông tin tự nguyện cung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft: not sealed yet</source>
        <translation>Bản nháp: chưa niêm phong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the permanent residence</source>
        <translation>Trùng với nơi thường trú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expiry date</source>
        <translation>Không thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Not taken</source>
        <translation>Chưa thu nhận</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>First issue</source>
        <translation>Cấp mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Cấp đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issue</source>
        <translation>Cấp lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First card</source>
        <translation>Cấp thẻ lần đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the age of 14, 25, 40 or 60</source>
        <translation>Đủ 14, 25, 40 hoặc 60 tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn card</source>
        <translation>Thẻ cũ, bị mòn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data changed</source>
        <translation>Thay đổi thông tin nhân thân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative unit changed</source>
        <translation>Thay đổi đơn vị hành chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the holder&apos;s request</source>
        <translation>Theo yêu cầu của người được cấp thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistake printed on the card</source>
        <translation>Có sai sót thông tin in trên thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost card</source>
        <translation>Mất thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged card</source>
        <translation>Thẻ bị hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9-digit identity card (CMND)</source>
        <translation>CMND 9 số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-digit identity card (CMND)</source>
        <translation>CMND 12 số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen identity card, barcode</source>
        <translation>Thẻ Căn cước công dân, mã vạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen identity card, chip</source>
        <translation>Thẻ Căn cước công dân, gắn chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (from July 2024)</source>
        <translation>Thẻ căn cước (từ tháng 7/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <location filename="../printing/sheet.py" line="+70"/>
        <source>No. %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DRAFT: not sealed yet</source>
        <translation>BẢN NHÁP: chưa niêm phong</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IDENTITY CARD APPLICATION SHEET</source>
        <translation>TỜ KHAI CĂN CƯỚC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check every line. Tell the officer about any mistake before you sign.</source>
        <translation>Kiểm tra kỹ từng dòng. Nếu có sai sót, báo ngay cho cán bộ trước khi ký.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>I declare that the information above is true and complete.</source>
        <translation>Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật và đầy đủ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citizen&apos;s signature and full name</source>
        <translation>Công dân ký, ghi rõ họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer&apos;s signature and full name</source>
        <translation>Cán bộ tiếp nhận ký, ghi rõ họ tên</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printed on %1 · page %2</source>
        <translation>In ngày %1 · trang %2</translation>
    </message>
</context>
<context>
    <name>IntakeState</name>
    <message>
        <location filename="../intake/state.py" line="+111"/>
        <source>Save again</source>
        <translation>Lưu lại</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../intake/wizard.py" line="+120"/>
        <source>Steps of the application</source>
        <translation>Các bước của hồ sơ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+78"/>
        <source>Starting a new application…</source>
        <translation>Đang tạo hồ sơ mới…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>D&amp;iscard draft…</source>
        <translation>&amp;Xóa bản nháp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Sa&amp;ve and close</source>
        <translation>Lưu &amp;và đóng</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>&amp;Back</source>
        <translation>Quay &amp;lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Bước trước (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step (Enter or Alt+Right)</source>
        <translation>Bước tiếp theo (Enter hoặc Alt+Right)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Opening the draft…</source>
        <translation>Đang mở bản nháp…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard this application? Everything entered is deleted for good.</source>
        <translation>Xóa hồ sơ này? Mọi dữ liệu đã nhập sẽ bị xóa vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discarding the draft…</source>
        <translation>Đang xóa bản nháp…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft was discarded.</source>
        <translation>Đã xóa bản nháp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>C&amp;lose</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New application</source>
        <translation>Hồ sơ mới</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-140"/>
        <source>Station key passphrase</source>
        <translation>Cụm mật khẩu trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 12 varied characters; keep it in IT&apos;s safe.</source>
        <translation>Ít nhất 12 ký tự đa dạng; cất giữ trong két của bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applications are stored encrypted with the station key. The key is unlocked by the operating system&apos;s keystore when the station starts; when that is not available (another Windows account, a repaired computer) the station asks for this passphrase. Without it the stored applications cannot be opened.</source>
        <translation>Hồ sơ được lưu trữ ở dạng mã hóa bằng khóa trạm. Khi trạm khởi động, khóa được mở bằng kho khóa của hệ điều hành; khi không dùng được kho khóa (tài khoản Windows khác, máy tính đã sửa chữa), trạm sẽ yêu cầu cụm mật khẩu này. Không có cụm mật khẩu thì không thể mở các hồ sơ đã lưu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Nhập lại cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../intake/kind_page.py" line="+42"/>
        <source>&amp;First issue</source>
        <translation>Cấp &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Cấp đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-issue</source>
        <translation>Cấp lạ&amp;i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of application</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: which data changed</source>
        <translation>Ví dụ: thông tin nào đã thay đổi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reas&amp;on:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason no&amp;te:</source>
        <translation>&amp;Ghi chú lý do:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind and reason</source>
        <translation>Loại và lý do</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>First card for this citizen</source>
        <translation>Cấp thẻ lần đầu cho công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached 14, 25, 40 or 60 years of age</source>
        <translation>Đủ 14, 25, 40 hoặc 60 tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card worn out</source>
        <translation>Thẻ bị mòn, cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data or ID number changed</source>
        <translation>Thay đổi thông tin cá nhân hoặc số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative unit changed</source>
        <translation>Thay đổi đơn vị hành chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the holder&apos;s request</source>
        <translation>Theo yêu cầu của người được cấp thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistake printed on the card</source>
        <translation>Thẻ bị in sai thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card lost</source>
        <translation>Mất thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card damaged</source>
        <translation>Thẻ bị hư hỏng</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../setup_wizard.py" line="-148"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screens switch to this language when the setup is done.</source>
        <translation>Giao diện sẽ chuyển sang ngôn ngữ này khi cài đặt xong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock_screen.py" line="+39"/>
        <source>The screen is locked</source>
        <translation>Màn hình đang khóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The work in progress is kept. Type your password to go on.</source>
        <translation>Công việc đang làm vẫn được giữ nguyên. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch officer</source>
        <translation>Đổi &amp;cán bộ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../login.py" line="+55"/>
        <source>Intake station</source>
        <translation>Trạm tiếp nhận hồ sơ căn cước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — station %2</source>
        <translation>%1 — trạm %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Opening the station… your login follows in a moment.</source>
        <translation>Đang mở trạm… việc đăng nhập sẽ tiếp tục ngay sau đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You must choose a new password before you can work.</source>
        <translation>Bạn phải chọn mật khẩu mới trước khi làm việc.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../notifications.py" line="+61"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Something went wrong inside the program (%1). Your work is saved; try again, and tell IT if it happens again.</source>
        <translation>Đã xảy ra lỗi bên trong chương trình (%1). Công việc của bạn đã được lưu; hãy thử lại và báo cho bộ phận CNTT nếu lỗi lặp lại.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+150"/>
        <source>Retention and approval</source>
        <translation>Thời gian lưu và phê duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data is kept only until the register has it: 0 days removes an application as soon as the register accepts it.</source>
        <translation>Dữ liệu cá nhân chỉ được lưu cho đến khi cơ quan đăng ký nhận được: 0 ngày nghĩa là xóa hồ sơ ngay khi cơ quan đăng ký tiếp nhận.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;supervisor approves each application before it is sent</source>
        <translation>Hồ sơ phải được cán bộ phê duyệt &amp;chấp thuận trước khi gửi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep accepted applications:</source>
        <translation>Thời gian &amp;lưu hồ sơ đã tiếp nhận:</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../queue/labels.py" line="+26"/>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to USB</source>
        <translation>Đã xuất ra USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected, re-opened</source>
        <translation>Bị từ chối, đã mở lại</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../widgets/date_edit.py" line="+31"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the date as dd/mm/yyyy, with a four-digit year.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, năm gồm bốn chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a complete, real date as dd/mm/yyyy.</source>
        <translation>Nhập ngày đầy đủ và có thật theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>PortraitHints</name>
    <message>
        <location filename="../widgets/camera_view.py" line="-290"/>
        <source>Sit in the middle of the picture and look straight at the camera.</source>
        <translation>Ngồi vào giữa khung hình và nhìn thẳng vào camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one person may be in the picture.</source>
        <translation>Chỉ được có một người trong khung hình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move closer to the camera.</source>
        <translation>Ngồi gần camera hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move back a little.</source>
        <translation>Lùi ra xa một chút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a little to your left.</source>
        <translation>Dịch sang bên trái của bạn một chút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a little to your right.</source>
        <translation>Dịch sang bên phải của bạn một chút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face too high in the picture: raise the camera or lower the seat.</source>
        <translation>Khuôn mặt quá cao trong khung hình: nâng camera lên hoặc hạ ghế xuống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face too low in the picture: lower the camera or raise the seat.</source>
        <translation>Khuôn mặt quá thấp trong khung hình: hạ camera xuống hoặc nâng ghế lên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your head straight, do not tilt it.</source>
        <translation>Giữ đầu thẳng, không nghiêng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your eyes and look straight at the camera; take off your glasses.</source>
        <translation>Mở mắt và nhìn thẳng vào camera; tháo kính ra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please take off your glasses.</source>
        <translation>Vui lòng tháo kính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too dark: add light.</source>
        <translation>Quá tối: tăng thêm ánh sáng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too bright: reduce the light.</source>
        <translation>Quá sáng: giảm bớt ánh sáng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glare on the face: avoid direct light, wipe off shine.</source>
        <translation>Mặt bị lóa: tránh ánh sáng chiếu trực tiếp, lau bớt chỗ bóng nhờn trên mặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uneven light on the two sides of the face: adjust the lamps.</source>
        <translation>Ánh sáng hai bên mặt không đều: điều chỉnh lại đèn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blurred: hold still.</source>
        <translation>Ảnh bị mờ: giữ yên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The background must be plain: clear things from behind the person.</source>
        <translation>Phông nền phải trơn: dọn các vật ở phía sau người được chụp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The background must be light: use a white or light-blue backdrop.</source>
        <translation>Phông nền phải sáng màu: dùng phông trắng hoặc xanh nhạt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head size on the photo is out of range: take the picture again.</source>
        <translation>Kích thước đầu trong ảnh không đạt: chụp lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No face found on the cropped photo: take the picture again.</source>
        <translation>Không tìm thấy khuôn mặt trong ảnh đã cắt: chụp lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One face in the picture</source>
        <translation>Một khuôn mặt trong khung hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head size</source>
        <translation>Kích thước đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face centred left to right</source>
        <translation>Mặt ở giữa theo chiều ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face at the right height</source>
        <translation>Mặt ở độ cao phù hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both eyes visible</source>
        <translation>Thấy rõ hai mắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head straight</source>
        <translation>Đầu thẳng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness</source>
        <translation>Độ sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No glare</source>
        <translation>Không bị lóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even lighting</source>
        <translation>Ánh sáng đều</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpness</source>
        <translation>Độ nét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain background</source>
        <translation>Phông nền trơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light background</source>
        <translation>Phông nền sáng màu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head size on the photo</source>
        <translation>Kích thước đầu trong ảnh</translation>
    </message>
</context>
<context>
    <name>PortraitPage</name>
    <message>
        <location filename="../intake/portrait_page.py" line="+91"/>
        <source>Portrait</source>
        <translation>Ảnh chân dung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Capture now (Space)</source>
        <translation>&amp;Chụp ngay (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retake (R)</source>
        <translation>Chụp lạ&amp;i (R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try the camera again</source>
        <translation>Thử lại ca&amp;mera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo is taken automatically when every check passes.</source>
        <translation>Ảnh được chụp tự động khi mọi tiêu chí kiểm tra đều đạt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>Photo taken</source>
        <translation>Ảnh đã chụp</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Keep this photo</source>
        <translation>&amp;Giữ ảnh này</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Photo in the card&apos;s chip</source>
        <translation>Ảnh trong chip của thẻ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The photo is still being saved: wait a moment.</source>
        <translation>Ảnh đang được lưu: vui lòng chờ một chút.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick each check that did not pass to keep this photo, or take it again (R).</source>
        <translation>Đánh dấu từng tiêu chí chưa đạt để giữ ảnh này, hoặc chụp lại (R).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the portrait first: wait for the automatic capture, or press Space to capture now.</source>
        <translation>Chụp ảnh chân dung trước: chờ chụp tự động, hoặc nhấn Space để chụp ngay.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The camera could not be started.</source>
        <translation>Không khởi động được camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the camera, then press “Try the camera again”.</source>
        <translation>Kiểm tra camera, rồi nhấn “Thử lại camera”.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Saving the photo…</source>
        <translation>Đang lưu ảnh…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Taken by hand. %n check(s) did not pass: tick each one to keep the photo.</source>
        <translation>
            <numerusform>Chụp thủ công. %n tiêu chí chưa đạt: đánh dấu từng tiêu chí để giữ ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Capture again</source>
        <translation>Chụp lại</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the photo again</source>
        <translation>Lưu lại ảnh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No photo yet</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo kept. Accepted by the officer: %1.</source>
        <translation>Đã giữ ảnh. Cán bộ chấp nhận dù chưa đạt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept: taken automatically, every check passed.</source>
        <translation>Đã giữ ảnh: chụp tự động, mọi tiêu chí đều đạt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept: taken by hand, every check passed.</source>
        <translation>Đã giữ ảnh: chụp thủ công, mọi tiêu chí đều đạt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept.</source>
        <translation>Đã giữ ảnh.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The stored photo cannot be shown: take it again.</source>
        <translation>Không hiển thị được ảnh đã lưu: hãy chụp lại.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No chip was read for this application: there is no photo to compare.</source>
        <translation>Hồ sơ này chưa đọc chip: không có ảnh để đối chiếu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip holds no photo.</source>
        <translation>Chip không chứa ảnh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the chip photo…</source>
        <translation>Đang đọc ảnh trong chip…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The photo stored in the chip cannot be shown.</source>
        <translation>Không hiển thị được ảnh lưu trong chip.</translation>
    </message>
</context>
<context>
    <name>PreviousCardSection</name>
    <message>
        <location filename="../intake/form_card.py" line="-120"/>
        <source>Previous card</source>
        <translation>Thẻ đã cấp trước đây</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9-digit identity card (CMND)</source>
        <translation>CMND 9 số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-digit identity card (CMND)</source>
        <translation>CMND 12 số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen identity card with barcode</source>
        <translation>Thẻ Căn cước công dân mã vạch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizen identity card with chip</source>
        <translation>Thẻ Căn cước công dân gắn chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (from 1 Jul 2024)</source>
        <translation>Thẻ căn cước (từ 01/7/2024)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous card:</source>
        <translation>Thẻ đã cấp trước đây:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card number:</source>
        <translation>Số thẻ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued on:</source>
        <translation>Ngày cấp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expiry</source>
        <translation>Không thời hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until:</source>
        <translation>Có giá trị đến:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued by:</source>
        <translation>Nơi cấp:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../queue/model.py" line="+55"/>
        <source>Application number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Niêm phong lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error / reason</source>
        <translation>Lỗi / lý do gần nhất</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../queue/page.py" line="+87"/>
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All officers</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of the number</source>
        <translation>Các chữ số đầu của số hồ sơ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số hồ sơ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications in the queue</source>
        <translation>Hồ sơ trong hàng đợi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Details</source>
        <translation>C&amp;hi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Gửi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Xuất ra USB…</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+245"/>
        <source>Re-&amp;open as new draft</source>
        <translation>&amp;Mở lại thành bản nháp mới</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>&amp;Làm mới (F5)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a supervisor or an administrator may open details.</source>
        <translation>Chỉ cán bộ phê duyệt hoặc quản trị viên mới được xem chi tiết.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already re-opened: %1</source>
        <translation>Đã mở lại: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export selected…</source>
        <translation>&amp;Xuất các hồ sơ đã chọn…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Exported applications are sent again by themselves if the register has not confirmed them %n day(s) after the export.</source>
        <translation>
            <numerusform>Hồ sơ đã xuất sẽ tự động được gửi lại nếu sau %n ngày kể từ khi xuất mà cơ quan đăng ký chưa xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applications held for review, rejected or accepted are not retried: held ones wait for a supervisor, rejected ones can be re-opened as a new draft.</source>
        <translation>Hồ sơ chờ phê duyệt, bị từ chối hoặc đã tiếp nhận sẽ không được gửi lại: hồ sơ chờ phê duyệt phải đợi cán bộ phê duyệt, hồ sơ bị từ chối có thể mở lại thành bản nháp mới.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sending %n application(s) again now.</source>
        <translation>
            <numerusform>Đang gửi lại %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only a rejected application can be re-opened as a new draft.</source>
        <translation>Chỉ hồ sơ bị từ chối mới có thể mở lại thành bản nháp mới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This application was already re-opened (%1): it cannot be re-opened twice. Continue that draft or application instead.</source>
        <translation>Hồ sơ này đã được mở lại (%1), không thể mở lại lần nữa. Hãy tiếp tục bản nháp hoặc hồ sơ đó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the officer who took this application or a supervisor may re-open it.</source>
        <translation>Chỉ cán bộ đã tiếp nhận hồ sơ này hoặc cán bộ phê duyệt mới được mở lại hồ sơ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-open application</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application %1 was rejected.</source>
        <translation>Hồ sơ %1 đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-open it as a new draft with the same data? Correct it, then seal it again: it gets a new number.</source>
        <translation>Mở lại thành bản nháp mới với cùng dữ liệu? Hãy sửa lại rồi niêm phong lần nữa: hồ sơ sẽ có số mới.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new draft holds the data of %1: correct it and seal it again.</source>
        <translation>Bản nháp mới chứa dữ liệu của hồ sơ %1: hãy sửa lại và niêm phong lần nữa.</translation>
    </message>
</context>
<context>
    <name>QueueProblem</name>
    <message>
        <location filename="../queue/labels.py" line="+11"/>
        <source>Re-opened as %1 on %2 by %3</source>
        <translation>Đã mở lại thành hồ sơ %1 lúc %2, người mở: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-opened as a new draft on %1 by %2</source>
        <translation>Đã mở lại thành bản nháp mới lúc %1, người mở: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Supervisor: %1</source>
        <translation>Cán bộ phê duyệt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register: %1</source>
        <translation>Cơ quan đăng ký: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet: %1</source>
        <translation>Chưa gửi: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../setup_pages.py" line="+111"/>
        <source>Card reader</source>
        <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the contactless reader for the chip cards. Automatic picks the first contactless reader connected.</source>
        <translation>Chọn đầu đọc không tiếp xúc dùng cho thẻ gắn chip. Chế độ Tự động sẽ chọn đầu đọc không tiếp xúc đầu tiên được kết nối.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card &amp;reader:</source>
        <translation>Đầu đọ&amp;c thẻ:</translation>
    </message>
</context>
<context>
    <name>ReaderTest</name>
    <message>
        <location line="-229"/>
        <source>Automatic: the first contactless reader</source>
        <translation>Tự động: đầu đọc không tiếp xúc đầu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find readers</source>
        <translation>&amp;Dò tìm đầu đọc</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for card readers…</source>
        <translation>Đang tìm đầu đọc thẻ…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n đầu đọc thẻ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card reader is connected. Check the reader&apos;s USB cable.</source>
        <translation>Chưa kết nối đầu đọc thẻ nào. Kiểm tra cáp USB của đầu đọc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PC/SC service not running.</source>
        <translation>Dịch vụ PC/SC không chạy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card reader service did not answer in time. Restart the computer or call IT.</source>
        <translation>Dịch vụ đầu đọc thẻ không phản hồi kịp. Hãy khởi động lại máy tính hoặc gọi bộ phận CNTT.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-119"/>
        <source>Register</source>
        <translation>Cơ quan đăng ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register issues an enrolment token for this station. Without a token the station is set up now and enrolled later in Settings → Sync.</source>
        <translation>Cơ quan đăng ký cấp mã đăng ký trạm cho trạm này. Nếu chưa có mã, trạm được cài đặt ngay bây giờ và đăng ký sau tại Cài đặt → Đồng bộ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Register &amp;address:</source>
        <translation>Địa &amp;chỉ cơ quan đăng ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment &amp;token:</source>
        <translation>&amp;Mã đăng ký trạm:</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../review/dialogs.py" line="-232"/>
        <source>Reject applications</source>
        <translation>Từ chối hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reject %n application(s): %1</source>
        <translation>
            <numerusform>Từ chối %n hồ sơ: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason (the officer sees it; required):</source>
        <translation>&amp;Lý do (cán bộ sẽ thấy; bắt buộc):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Từ chối</translation>
    </message>
</context>
<context>
    <name>RepresentativeSection</name>
    <message>
        <location filename="../intake/form_family.py" line="+38"/>
        <source>Legal representative</source>
        <translation>Người đại diện hợp pháp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant has a legal representative (required under 14)</source>
        <translation>Người đề nghị có người đại diện hợp pháp (bắt buộc với người dưới 14 tuổi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name:</source>
        <translation>Họ, chữ đệm và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number:</source>
        <translation>Số định danh cá nhân:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship:</source>
        <translation>Quan hệ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence:</source>
        <translation>Nơi cư trú:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../intake/review_page.py" line="+67"/>
        <source>No portrait</source>
        <translation>Không có ảnh chân dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait</source>
        <translation>Ảnh chân dung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print in&amp;take sheet…</source>
        <translation>&amp;In tờ khai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the citizen to check and sign</source>
        <translation>Để công dân kiểm tra và ký</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review</source>
        <translation>Kiểm tra</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Correct the %n error(s) first: use “Go to field”.</source>
        <translation>
            <numerusform>Hãy sửa %n lỗi trước: dùng nút “Đến ô nhập”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge each warning (tick it) before sealing.</source>
        <translation>Xác nhận đã xem từng cảnh báo (đánh dấu chọn) trước khi niêm phong.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>from the chip</source>
        <translation>từ chip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read from the card&apos;s chip</source>
        <translation>Dữ liệu đọc từ chip trên thẻ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found: the application can be sealed.</source>
        <translation>Không phát hiện vấn đề: có thể niêm phong hồ sơ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to field</source>
        <translation>Đến ô nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to field: %1</source>
        <translation>Đến ô nhập: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked, accept</source>
        <translation>Đã kiểm tra, chấp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the warning: %1</source>
        <translation>Chấp nhận cảnh báo: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The intake sheet went to the printer.</source>
        <translation>Tờ khai đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../review/page.py" line="+47"/>
        <source>Applications waiting for review</source>
        <translation>Hồ sơ chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Từ chối…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-&amp;day summary…</source>
        <translation>Tổng hợp cuối &amp;ngày…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>&amp;Làm mới (F5)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only a supervisor or an administrator may review applications.</source>
        <translation>Chỉ cán bộ phê duyệt hoặc quản trị viên mới được phê duyệt hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) waiting for review, oldest first.</source>
        <translation>
            <numerusform>%n hồ sơ chờ phê duyệt, hồ sơ cũ nhất ở trên cùng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Phê duyệt %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n selected application(s) sealed by you: another supervisor must approve or reject them. Leave them out of the selection to decide on the others.</source>
        <translation>
            <numerusform>%n hồ sơ đã chọn do bạn niêm phong: cán bộ phê duyệt khác phải phê duyệt hoặc từ chối. Hãy bỏ chọn các hồ sơ này để quyết định các hồ sơ còn lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n application(s) approved: they are sent to the register.</source>
        <translation>
            <numerusform>Đã phê duyệt %n hồ sơ: hồ sơ được gửi tới cơ quan đăng ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n application(s) rejected: the officer sees the reason in the queue and can re-open them as new drafts.</source>
        <translation>
            <numerusform>Đã từ chối %n hồ sơ: cán bộ tiếp nhận xem lý do trong hàng đợi và có thể mở lại thành bản nháp mới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../intake/seal_page.py" line="+54"/>
        <source>Check that the citizen has signed the intake sheet. Sealing freezes the application: nothing can be changed afterwards.</source>
        <translation>Kiểm tra công dân đã ký tờ khai. Niêm phong sẽ khóa hồ sơ: sau đó không thể thay đổi gì nữa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;al application</source>
        <translation>&amp;Niêm phong hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal (Ctrl+Enter)</source>
        <translation>Niêm phong (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save slip as PD&amp;F…</source>
        <translation>Lưu giấy hẹn dạng PD&amp;F…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint slip…</source>
        <translation>&amp;In giấy hẹn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next citi&amp;zen (Ctrl+N)</source>
        <translation>&amp;Công dân tiếp theo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application number:</source>
        <translation>Số hồ sơ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the card on:</source>
        <translation>Ngày hẹn trả thẻ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At:</source>
        <translation>Tại:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Seal and slip</source>
        <translation>Niêm phong và giấy hẹn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Application of %1, ID number %2.</source>
        <translation>Hồ sơ của %1, số định danh cá nhân %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sealing…</source>
        <translation>Đang niêm phong…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The application is sealed. Give the citizen the slip.</source>
        <translation>Hồ sơ đã được niêm phong. Hãy trao giấy hẹn trả kết quả cho công dân.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application %1 is sealed and queued for upload.</source>
        <translation>Hồ sơ %1 đã được niêm phong và đưa vào hàng đợi để gửi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the review</source>
        <translation>Quay lại bước kiểm tra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the appointment slip</source>
        <translation>Lưu giấy hẹn trả kết quả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The slip was saved to %1.</source>
        <translation>Đã lưu giấy hẹn vào %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip could not be saved (%1). Choose another folder or a USB stick.</source>
        <translation>Không lưu được giấy hẹn (%1). Hãy chọn thư mục khác hoặc USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again</source>
        <translation>Lưu lại</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The slip went to the printer.</source>
        <translation>Đã gửi giấy hẹn tới máy in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="+89"/>
        <location line="+236"/>
        <source>Only an administrator can change the settings.</source>
        <translation>Chỉ quản trị viên mới được thay đổi cài đặt.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>&amp;Enrol now</source>
        <translation>Đăng &amp;ký trạm ngay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume sync</source>
        <translation>T&amp;iếp tục đồng bộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A su&amp;pervisor approves each application before it is sent</source>
        <translation>Mỗi hồ sơ phải được cán bộ &amp;phê duyệt trước khi gửi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Hủ&amp;y thay đổi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera &amp;device:</source>
        <translation>Thiết bị ca&amp;mera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;width:</source>
        <translation>Chiều &amp;rộng ảnh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;height:</source>
        <translation>Chiều &amp;cao ảnh:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card &amp;reader:</source>
        <translation>Đầu đọc &amp;thẻ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and sync</source>
        <translation>Cơ quan đăng ký và đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister address:</source>
        <translation>Địa chỉ cơ &amp;quan đăng ký:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolment t&amp;oken:</source>
        <translation>Mã đăn&amp;g ký trạm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep accepted applications:</source>
        <translation>Thời gian lưu hồ &amp;sơ đã tiếp nhận:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle &amp;minutes before the screen locks:</source>
        <translation>Số phút không thao tác trước khi khóa màn &amp;hình:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not enrolled: applications cannot be sealed until the station is.</source>
        <translation>Chưa đăng ký trạm: chưa thể niêm phong hồ sơ cho đến khi trạm được đăng ký.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled with %1 since %2 (station id %3).</source>
        <translation>Đã đăng ký với %1 từ %2 (mã trạm %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync has not started yet.</source>
        <translation>Chưa bắt đầu đồng bộ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync is blocked: %1</source>
        <translation>Đồng bộ đang bị dừng: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: %1 waiting, %2 accepted.</source>
        <translation>Đồng bộ: %1 đang chờ, %2 đã tiếp nhận.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Không có gì để lưu: chưa thay đổi cài đặt nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the settings screen</source>
        <translation>màn hình cài đặt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These changes apply after a restart: %1.</source>
        <translation>Các thay đổi này có hiệu lực sau khi khởi động lại: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An environment variable overrides: %1; the file&apos;s value is not used.</source>
        <translation>Một biến môi trường đang ghi đè: %1; giá trị trong tệp không được sử dụng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>camera device</source>
        <translation>thiết bị camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capture width</source>
        <translation>chiều rộng ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capture height</source>
        <translation>chiều cao ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card reader</source>
        <translation>đầu đọc thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register address</source>
        <translation>địa chỉ cơ quan đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>thời gian lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor approval</source>
        <translation>phê duyệt trước khi gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen lock</source>
        <translation>khóa màn hình</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the register address and the enrolment token.</source>
        <translation>Nhập địa chỉ cơ quan đăng ký và mã đăng ký trạm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolling with the register…</source>
        <translation>Đang đăng ký trạm với cơ quan đăng ký…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>The station is enrolled with the register.</source>
        <translation>Trạm đã được đăng ký với cơ quan đăng ký.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync started.</source>
        <translation>Đã bắt đầu đồng bộ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync resumed.</source>
        <translation>Đã tiếp tục đồng bộ.</translation>
    </message>
</context>
<context>
    <name>StationLauncher</name>
    <message>
        <location filename="../../main.py" line="+355"/>
        <source>Setting up the station…</source>
        <translation>Đang cài đặt trạm…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Demo: log in as %1 with the password %2</source>
        <translation>Trình diễn: đăng nhập bằng %1 với mật khẩu %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The local test register is running at %1; the station is enrolled.</source>
        <translation>Cơ quan đăng ký thử nghiệm cục bộ đang chạy tại %1; trạm đã được đăng ký.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+172"/>
        <source>Intake station</source>
        <translation>Trạm tiếp nhận hồ sơ căn cước</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-52"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station code starts every application number; the name is printed on the appointment slip.</source>
        <translation>Mã trạm là phần đầu của mọi số hồ sơ; tên nơi tiếp nhận được in trên giấy hẹn trả kết quả.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station &amp;code:</source>
        <translation>&amp;Mã trạm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake point na&amp;me:</source>
        <translation>&amp;Tên nơi tiếp nhận:</translation>
    </message>
</context>
<context>
    <name>StationUnlockDialog</name>
    <message>
        <location filename="../unlock_station.py" line="+34"/>
        <source>Unlock the station</source>
        <translation>Mở khóa trạm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operating system&apos;s keystore could not unlock the station key. Type the station passphrase that IT chose during the setup.</source>
        <translation>Kho khóa của hệ điều hành không mở được khóa trạm. Nhập cụm mật khẩu trạm do bộ phận CNTT đặt khi cài đặt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station &amp;passphrase:</source>
        <translation>&amp;Cụm mật khẩu trạm:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The station key file cannot be used.</source>
        <translation>Không dùng được tệp khóa trạm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking failed unexpectedly (%1). Call IT.</source>
        <translation>Mở khóa thất bại do lỗi không mong muốn (%1). Hãy gọi bộ phận CNTT.</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../shell.py" line="+129"/>
        <source>Intake station</source>
        <translation>Trạm tiếp nhận hồ sơ căn cước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo mode is on: nothing entered here is real.</source>
        <translation>Chế độ trình diễn đang bật: mọi dữ liệu nhập tại đây đều không phải dữ liệu thật.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening the station…</source>
        <translation>Đang mở trạm…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Home</source>
        <translation>&amp;Trang chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New application</source>
        <translation>Hồ sơ &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Hàng đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Xuất ra USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch officer</source>
        <translation>Đổ&amp;i cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review queue</source>
        <translation>&amp;Hàng đợi phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End-of-day summary…</source>
        <translation>&amp;Tổng hợp cuối ngày…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Nhật ký kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnostics…</source>
        <translation>C&amp;hẩn đoán…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Station</source>
        <translation>&amp;Trạm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Su&amp;pervisor</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dministration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+14"/>
        <source>Your role does not allow this screen.</source>
        <translation>Vai trò của bạn không được phép mở màn hình này.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sync started.</source>
        <translation>Đã bắt đầu đồng bộ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not logged in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer: %1 (%2)</source>
        <translation>Cán bộ: %1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not enrolled</source>
        <translation>Chưa đăng ký trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving results</source>
        <translation>Đang nhận kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to retry</source>
        <translation>Đang chờ thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync blocked: ask IT</source>
        <translation>Đồng bộ bị chặn: liên hệ bộ phận CNTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync stopped</source>
        <translation>Đồng bộ đã dừng</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n hồ sơ đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the intake station</source>
        <translation>Giới thiệu trạm tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trạm tiếp nhận hồ sơ căn cước&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tiếp nhận hồ sơ đề nghị cấp thẻ căn cước gắn chip.&lt;/p&gt;&lt;p&gt;Phiên bản %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+149"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish creates the station key, the database and the administrator, then enrols the station when a token was given.</source>
        <translation>Nhấn Hoàn tất để tạo khóa trạm, cơ sở dữ liệu và tài khoản quản trị viên, sau đó đăng ký trạm nếu đã nhập mã đăng ký trạm.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: %1 — %2</source>
        <translation>Trạm: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register: %1</source>
        <translation>Cơ quan đăng ký: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment: %1</source>
        <translation>Đăng ký trạm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the token given, at the end of the setup</source>
        <translation>bằng mã đăng ký trạm đã nhập, khi kết thúc thiết lập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>later, in Settings → Sync</source>
        <translation>để sau, trong Cài đặt → Cơ quan đăng ký và đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator: %1 (%2)</source>
        <translation>Quản trị viên: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: %1</source>
        <translation>Đầu đọc thẻ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (first contactless reader)</source>
        <translation>tự động (đầu đọc không tiếp xúc đầu tiên)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep accepted applications: %n day(s)</source>
        <translation>
            <numerusform>Thời gian lưu hồ sơ đã tiếp nhận: %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor approval: on</source>
        <translation>Phê duyệt trước khi gửi: bật</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor approval: off</source>
        <translation>Phê duyệt trước khi gửi: tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings are saved in %1</source>
        <translation>Cài đặt được lưu tại %1</translation>
    </message>
</context>
</TS>
