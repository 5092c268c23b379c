"""Catalogue of validation messages: code -> (severity, Vietnamese, English).

Codes are stable: the UI, the register and the audit trail refer to them. Messages are
written for the officer at the desk: what is wrong and what to do.
"""

from __future__ import annotations

E = "error"
W = "warning"

MESSAGES: dict[str, tuple[str, str, str]] = {
    # Personal ID number (applicant, relatives, representative)
    "id_number.missing": (
        E,
        "Chưa nhập số định danh cá nhân.",
        "The personal ID number is missing.",
    ),
    "id_number.format": (
        E,
        "Số định danh cá nhân phải gồm đúng 12 chữ số (đang có: {length} ký tự).",
        "The personal ID number must be exactly 12 digits (found {length} characters).",
    ),
    "id_number.century_invalid": (
        E,
        "Chữ số thứ 4 của số định danh ({digit}) không phải mã thế kỷ và giới tính (0–5).",
        "The 4th digit of the ID number ({digit}) is not a century/sex code (0–5).",
    ),
    "id_number.province_unknown": (
        E,
        "Mã {prefix} ở đầu số định danh không thuộc 63 mã tỉnh nơi đăng ký khai sinh.",
        "The prefix {prefix} is not one of the 63 province codes of birth registration.",
    ),
    "id_number.registered_abroad": (
        W,
        "Mã {prefix}: khai sinh đăng ký ở nước ngoài. Đối chiếu với giấy tờ của công dân.",
        "Prefix {prefix}: the birth was registered abroad. Check the citizen's documents.",
    ),
    "id_number.year_mismatch": (
        W,
        "Số định danh ứng với năm sinh {id_year}, nhưng ngày sinh ghi năm {dob_year}. "
        "Xác minh lại; số sai cấu trúc phải làm thủ tục hủy và xác lập lại.",
        "The ID number encodes birth year {id_year} but the date of birth is in {dob_year}. "
        "Verify; a number with a wrong structure goes through cancel and re-establish.",
    ),
    "id_number.sex_mismatch": (
        W,
        "Số định danh ứng với giới tính {id_sex}, nhưng hồ sơ ghi {record_sex}. Xác minh lại.",
        "The ID number encodes sex {id_sex} but the record says {record_sex}. Verify.",
    ),
    "id_number.birth_place_mismatch": (
        W,
        "Mã {prefix} ({province}) ở đầu số định danh không khớp nơi đăng ký khai sinh.",
        "The prefix {prefix} ({province}) does not match the place of birth registration.",
    ),
    "id_number.repeated_digits": (
        E,
        "Số định danh chỉ gồm một chữ số lặp lại: không phải số thật.",
        "The ID number is one digit repeated: not a real number.",
    ),
    "id_number.suspicious_serial": (
        W,
        "Sáu số cuối của số định danh ({serial}) trông như số nhập thử. Kiểm tra lại.",
        "The last six digits of the ID number ({serial}) look like test input. Check again.",
    ),
    "id_number.same_as_applicant": (
        E,
        "Số định danh này trùng với số của người làm thủ tục.",
        "This ID number is the same as the applicant's.",
    ),
    "old_id_number.format": (
        E,
        "Số CMND cũ phải gồm đúng 9 chữ số.",
        "The old identity card (CMND) number must be exactly 9 digits.",
    ),
    # Names and free text
    "name.missing": (E, "Chưa nhập họ, chữ đệm và tên.", "The full name is missing."),
    "name.not_normalized": (
        E,
        "Họ tên chưa được chuẩn hóa (Unicode NFC, khoảng trắng). Nhập lại trường này.",
        "The name is not normalised (Unicode NFC, spacing). Re-enter this field.",
    ),
    "name.invalid_characters": (
        E,
        "Họ tên có ký tự không hợp lệ: {chars}. Chỉ dùng chữ cái tiếng Việt, dấu cách, - ' .",
        "The name has characters that are not allowed: {chars}. Use Vietnamese letters, "
        "spaces, - ' . only.",
    ),
    "name.too_long": (
        E,
        "Họ tên dài quá {max} ký tự.",
        "The name is longer than {max} characters.",
    ),
    "name.too_short": (E, "Họ tên quá ngắn.", "The name is too short."),
    "name.single_word": (
        W,
        "Họ tên chỉ có một từ. Kiểm tra đã nhập đủ họ và tên.",
        "The name is a single word. Check that the family and given names are both there.",
    ),
    "text.not_normalized": (
        E,
        "Nội dung chưa được chuẩn hóa (Unicode NFC, khoảng trắng). Nhập lại trường này.",
        "The text is not normalised (Unicode NFC, spacing). Re-enter this field.",
    ),
    "text.too_long": (
        E,
        "Nội dung dài quá {max} ký tự.",
        "The text is longer than {max} characters.",
    ),
    "text.control_characters": (
        E,
        "Nội dung có ký tự điều khiển không in được.",
        "The text contains non-printable control characters.",
    ),
    # Dates
    "dob.missing": (E, "Chưa nhập ngày sinh.", "The date of birth is missing."),
    "dob.invalid": (
        E,
        "Ngày sinh {value} không phải ngày có thật.",
        "The date of birth {value} is not a real date.",
    ),
    "dob.future": (E, "Ngày sinh ở tương lai.", "The date of birth is in the future."),
    "dob.too_old": (
        E,
        "Ngày sinh cách đây hơn {max_age} năm. Kiểm tra lại năm sinh.",
        "The date of birth is more than {max_age} years ago. Check the year.",
    ),
    "dob.partial": (
        W,
        "Ngày sinh chỉ có {value}. Chỉ chấp nhận khi công dân không có giấy tờ ghi đủ ngày.",
        "The date of birth is only {value}. Accept only if no document shows the full date.",
    ),
    "dob.partial_not_allowed": (
        E,
        "Chỉ người từ {min_age} tuổi trở lên mới được ghi ngày sinh không đầy đủ.",
        "A partial date of birth is accepted only for people aged {min_age} or more.",
    ),
    "previous_card.number_format": (
        E,
        "Số thẻ/CMND cũ phải gồm {length} chữ số.",
        "The previous card number must be {length} digits.",
    ),
    "previous_card.number_differs": (
        W,
        "Số thẻ cũ khác số định danh hiện tại. Xác nhận công dân đã được cấp số mới.",
        "The previous card number differs from the ID number. Confirm the number changed.",
    ),
    "previous_card.issue_future": (
        E,
        "Ngày cấp thẻ cũ ở tương lai.",
        "The previous card's issue date is in the future.",
    ),
    "previous_card.issue_before_birth": (
        E,
        "Ngày cấp thẻ cũ trước ngày sinh.",
        "The previous card's issue date is before the date of birth.",
    ),
    "previous_card.expiry_before_issue": (
        E,
        "Ngày hết hạn thẻ cũ trước ngày cấp.",
        "The previous card's expiry date is before its issue date.",
    ),
    "previous_card.expiry_mismatch": (
        W,
        "Hạn thẻ cũ ({actual}) không khớp độ tuổi đổi thẻ (dự kiến {expected}). Kiểm tra lại.",
        "The previous card's expiry ({actual}) does not match the exchange ages "
        "(expected {expected}). Check again.",
    ),
    "previous_card.expected": (
        W,
        "Thủ tục đổi/cấp lại nhưng chưa nhập thông tin thẻ cũ.",
        "Exchange or re-issue, but the previous card is not recorded.",
    ),
    "previous_card.unexpected": (
        W,
        "Thủ tục cấp mới nhưng công dân đã có thẻ căn cước. Kiểm tra loại thủ tục.",
        "First issue, but the citizen already holds an identity card. Check the procedure.",
    ),
    # Personal data from code lists
    "sex.missing": (E, "Chưa chọn giới tính.", "The sex is not selected."),
    "nationality.unknown": (
        E,
        "Mã quốc tịch {code} không có trong danh mục.",
        "The nationality code {code} is not in the list.",
    ),
    "nationality.not_vietnamese": (
        E,
        "Thẻ căn cước chỉ cấp cho công dân Việt Nam (quốc tịch đang ghi: {name}).",
        "The identity card is issued to Vietnamese citizens only (nationality: {name}).",
    ),
    "code.missing": (E, "Chưa chọn {list}.", "The {list} is not selected."),
    "code.unknown": (
        E,
        "Mã {code} không có trong danh mục {list}.",
        "The code {code} is not in the {list} list.",
    ),
    "code.other_list": (
        W,
        "{list} được mã theo danh mục khác ({list_id}). Chọn lại từ danh mục hiện hành.",
        "The {list} is coded on another list ({list_id}). Choose it again from the current list.",
    ),
    "blood_type.no_consent": (
        E,
        "Nhóm máu là thông tin tự nguyện: cần ghi nhận sự đồng ý của công dân.",
        "Blood type is voluntary data: record the citizen's consent.",
    ),
    # Addresses
    "address.missing": (E, "Chưa nhập địa chỉ.", "The address is missing."),
    "address.origin_missing": (
        W,
        "Chưa nhập quê quán.",
        "The place of origin is missing.",
    ),
    "address.province_unknown": (
        E,
        "Mã tỉnh/thành {code} không có trong danh mục đơn vị hành chính hiện hành.",
        "The province code {code} is not in the current list of administrative units.",
    ),
    "address.commune_missing": (
        E,
        "Chưa chọn xã/phường/đặc khu.",
        "The commune/ward is not selected.",
    ),
    "address.commune_unknown": (
        E,
        "Mã xã/phường {code} không có trong danh mục đơn vị hành chính hiện hành.",
        "The commune code {code} is not in the current list of administrative units.",
    ),
    "address.commune_province_mismatch": (
        E,
        "Xã/phường {commune} không thuộc tỉnh/thành đã chọn.",
        "The commune {commune} is not in the selected province.",
    ),
    "address.legacy_unconverted": (
        E,
        "Địa chỉ đang ghi theo đơn vị hành chính cũ. Chuyển sang đơn vị hiện hành.",
        "The address uses the old administrative units. Convert it to the current ones.",
    ),
    "address.legacy_origin": (
        W,
        "Quê quán đang ghi theo đơn vị hành chính cũ. Chuyển đổi nếu xác định được.",
        "The place of origin uses the old administrative units. Convert it if you can.",
    ),
    "address.old_code_list": (
        W,
        "Địa chỉ được mã theo danh mục {version}; danh mục hiện hành là {current}. "
        "Kiểm tra lại đơn vị hành chính.",
        "The address was coded on list {version}; the current list is {current}. "
        "Check the administrative unit.",
    ),
    # Contact
    "phone.invalid": (
        E,
        "Số điện thoại không đúng định dạng Việt Nam (di động 10 số, cố định 11 số).",
        "The phone number is not a Vietnamese number (mobile 10 digits, landline 11).",
    ),
    "email.invalid": (E, "Địa chỉ email không hợp lệ.", "The email address is not valid."),
    # Representative and relatives
    "representative.required": (
        E,
        "Công dân dưới {age} tuổi phải có người đại diện hợp pháp.",
        "A citizen under {age} needs a legal representative.",
    ),
    "representative.id_missing": (
        W,
        "Chưa nhập số định danh của người đại diện.",
        "The representative's ID number is missing.",
    ),
    "representative.underage": (
        W,
        "Người đại diện chưa đủ 18 tuổi.",
        "The representative is under 18.",
    ),
    "relative.name_missing": (
        E,
        "Có số định danh nhưng chưa nhập họ tên.",
        "An ID number is given but the name is missing.",
    ),
    "spouse.underage": (
        W,
        "Có thông tin vợ/chồng nhưng công dân chưa đủ tuổi kết hôn.",
        "A spouse is recorded but the citizen is below the age of marriage.",
    ),
    # The application as a whole
    "reason.kind_mismatch": (
        E,
        "Lý do đã chọn không thuộc loại thủ tục này.",
        "The chosen reason does not belong to this kind of application.",
    ),
    "reason.age_milestone_not_due": (
        W,
        "Lý do đổi thẻ theo độ tuổi, nhưng công dân ({age} tuổi) không ở gần mốc 14, 25, 40, 60.",
        "Exchange for age, but the citizen ({age}) is not near the ages 14, 25, 40, 60.",
    ),
    "reason.note_missing": (
        W,
        "Nên ghi rõ lý do (ví dụ: thông tin nào đã thay đổi).",
        "Describe the reason (for example: which data changed).",
    ),
    "fingerprints.not_expected": (
        W,
        "Công dân dưới {age} tuổi: không thu nhận vân tay.",
        "The citizen is under {age}: fingerprints are not taken.",
    ),
    "fingerprints.missing": (
        W,
        "Chưa thu nhận vân tay.",
        "Fingerprints have not been captured.",
    ),
    "fingerprints.exempt_reason_missing": (
        E,
        "Miễn thu nhận vân tay phải ghi rõ lý do.",
        "A fingerprint exemption needs a reason.",
    ),
    "portrait.missing": (E, "Chưa chụp ảnh chân dung.", "The portrait has not been taken."),
    "meta.station_missing": (
        E,
        "Thiếu mã trạm thu nhận.",
        "The station code is missing.",
    ),
    "meta.officer_missing": (
        E,
        "Thiếu mã cán bộ thu nhận.",
        "The officer is missing.",
    ),
}
