<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressEditor</name>
    <message>
        <location filename="../widgets/address_editor.py" line="+57"/>
        <source>House number, street, hamlet</source>
        <translation>House number, street, hamlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Convert to current units</source>
        <translation>&amp;Convert to current units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current commune to use</source>
        <translation>Current commune to use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this commune</source>
        <translation>&amp;Use this commune</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Old address, as read (before 1 Jul 2025): %1</source>
        <translation>Old address, as read (before 1 Jul 2025): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The detail looks like an old address. %1</source>
        <translation>The detail looks like an old address. %1</translation>
    </message>
</context>
<context>
    <name>AddressesSection</name>
    <message>
        <location filename="../intake/form_addresses.py" line="+103"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of birth registration:</source>
        <translation>Place of birth registration:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place of origin:</source>
        <translation>Place of origin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence:</source>
        <translation>Permanent residence:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a temporary residence</source>
        <translation>Has a temporary residence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary residence:</source>
        <translation>Temporary residence:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lives at the permanent residence</source>
        <translation>Lives at the permanent residence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current residence:</source>
        <translation>Current residence:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+134"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator creates the officers&apos; accounts and changes the settings. The password needs at least 10 characters with letters and digits.</source>
        <translation>The administrator creates the officers&apos; accounts and changes the settings. The password needs at least 10 characters with letters and digits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full na&amp;me:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AdminUnitPicker</name>
    <message>
        <location filename="../widgets/pickers.py" line="+384"/>
        <source>Type to search, e.g. ha noi</source>
        <translation>Type to search, e.g. ha noi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search, e.g. ba dinh</source>
        <translation>Type to search, e.g. ba dinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune, ward or special zone</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province/city:</source>
        <translation>Province/city:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune/ward:</source>
        <translation>Commune/ward:</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <location filename="../intake/form_applicant.py" line="+65"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;ther names:</source>
        <translation>O&amp;ther names:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personal ID number:</source>
        <translation>&amp;Personal ID number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits, if the citizen had one</source>
        <translation>9 digits, if the citizen had one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old identity card (CMND):</source>
        <translation>Old identity card (CMND):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown day or month: leave it out (03/1950 or 1950), or type 00.</source>
        <translation>Unknown day or month: leave it out (03/1950 or 1950), or type 00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationalit&amp;y:</source>
        <translation>Nationalit&amp;y:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a code, e.g. kinh or 01</source>
        <translation>Type a name or a code, e.g. kinh or 01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ethnic group:</source>
        <translation>&amp;Ethnic group:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a code; 00 for none</source>
        <translation>Type a name or a code; 00 for none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Religion:</source>
        <translation>&amp;Religion:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifying &amp;marks:</source>
        <translation>Identifying &amp;marks:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen consents to recording voluntary data (blood type)</source>
        <translation>The citizen consents to recording voluntary data (blood type)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;lood type:</source>
        <translation>B&amp;lood type:</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <location filename="../queue/detail.py" line="+84"/>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-opened</source>
        <translation>Re-opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in detail</source>
        <translation>Reason in detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>Place of origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current residence</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip read</source>
        <translation>Chip read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings acknowledged</source>
        <translation>Warnings acknowledged</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No portrait</source>
        <translation>No portrait</translation>
    </message>
</context>
<context>
    <name>ApplicationDetails</name>
    <message>
        <location line="-137"/>
        <source>Only a supervisor or an administrator may open a sealed application: it holds the citizen&apos;s personal data. Ask your supervisor.</source>
        <translation>Only a supervisor or an administrator may open a sealed application: it holds the citizen&apos;s personal data. Ask your supervisor.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First issue</source>
        <translation>First issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First card</source>
        <translation>First card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age milestone</source>
        <translation>Age milestone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worn card</source>
        <translation>Worn card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data changed</source>
        <translation>Personal data changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative unit changed</source>
        <translation>Administrative unit changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder&apos;s request</source>
        <translation>Holder&apos;s request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error on the card</source>
        <translation>Error on the card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost card</source>
        <translation>Lost card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged card</source>
        <translation>Damaged card</translation>
    </message>
</context>
<context>
    <name>AppointmentSlip</name>
    <message>
        <location filename="../printing/slip.py" line="+28"/>
        <source>APPOINTMENT SLIP</source>
        <translation>APPOINTMENT SLIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to collect the identity card</source>
        <translation>to collect the identity card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date to collect</source>
        <translation>Date to collect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application received on</source>
        <translation>Application received on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring this slip and your current card, if you have one, when you collect the new card. Keep the slip: its number identifies your application.</source>
        <translation>Bring this slip and your current card, if you have one, when you collect the new card. Keep the slip: its number identifies your application.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../audit_view.py" line="+38"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked out</source>
        <translation>Account locked out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft started</source>
        <translation>Draft started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft edited</source>
        <translation>Draft edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft discarded</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to USB</source>
        <translation>Exported to USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register&apos;s answer</source>
        <translation>Register&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies removed after acceptance</source>
        <translation>Copies removed after acceptance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station key unlocked</source>
        <translation>Station key unlocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by supervisor</source>
        <translation>Approved by supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected by supervisor</source>
        <translation>Rejected by supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sealed application viewed</source>
        <translation>Sealed application viewed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-opened as new draft</source>
        <translation>Re-opened as new draft</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="+33"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+64"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login name, or &quot;system&quot;</source>
        <translation>Login name, or &quot;system&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may view the audit log.</source>
        <translation>Only an administrator may view the audit log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ho:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Checking every event…</source>
        <translation>Checking every event…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The chain is intact: %n event checked.</numerusform>
            <numerusform>The chain is intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was altered at event %1 (%2). Leave the station as it is and call IT.</source>
        <translation>The audit log was altered at event %1 (%2). Leave the station as it is and call IT.</translation>
    </message>
</context>
<context>
    <name>BiometricsSection</name>
    <message>
        <location filename="../intake/form_card.py" line="+128"/>
        <source>Fingerprints and iris</source>
        <translation>Fingerprints and iris</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not captured yet</source>
        <translation>Not captured yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured on the fingerprint device</source>
        <translation>Captured on the fingerprint device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt (say why below)</source>
        <translation>Exempt (say why below)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;gerprints:</source>
        <translation>Fin&amp;gerprints:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. missing fingers</source>
        <translation>e.g. missing fingers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iris captured</source>
        <translation>Iris captured</translation>
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
        <translation>Choose the camera for the portrait photos and test it: 0 is the first one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera device</source>
        <translation>Camera device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera &amp;device:</source>
        <translation>Camera &amp;device:</translation>
    </message>
</context>
<context>
    <name>CameraTest</name>
    <message>
        <location line="-338"/>
        <source>&amp;Test camera</source>
        <translation>&amp;Test camera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture yet</source>
        <translation>No picture yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press “Test camera” to see a live picture.</source>
        <translation>Press “Test camera” to see a live picture.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening camera %1…</source>
        <translation>Opening camera %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+11"/>
        <location line="+27"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Live picture from the camera (%1).</source>
        <translation>Live picture from the camera (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The camera works (%1). Test finished.</source>
        <translation>The camera works (%1). Test finished.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No picture came from the camera in time. Check the cable and the device.</source>
        <translation>No picture came from the camera in time. Check the cable and the device.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../widgets/camera_view.py" line="+146"/>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+122"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Photo taken. Press R to take it again.</source>
        <translation>Photo taken. Press R to take it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good. Hold still…</source>
        <translation>Good. Hold still…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No picture yet.</source>
        <translation>No picture yet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The camera gives %1 instead of %2: the photo may be less sharp.</source>
        <translation>The camera gives %1 instead of %2: the photo may be less sharp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera is off.</source>
        <translation>The camera is off.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture is black: check the lens cover and the lighting.</source>
        <translation>The picture is black: check the lens cover and the lighting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera sends a flat picture: unplug the camera and plug it in again.</source>
        <translation>The camera sends a flat picture: unplug the camera and plug it in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture is frozen: unplug the camera and plug it in again.</source>
        <translation>The picture is frozen: unplug the camera and plug it in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture is coming from the camera: unplug it and plug it in again.</source>
        <translation>No picture is coming from the camera: unplug it and plug it in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera was unplugged or stopped working. Check its USB cable. Reconnecting…</source>
        <translation>The camera was unplugged or stopped working. Check its USB cable. Reconnecting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera found. Check the camera&apos;s USB cable, or choose another camera in Settings. Retrying…</source>
        <translation>No camera found. Check the camera&apos;s USB cable, or choose another camera in Settings. Retrying…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera cannot be opened: another program may be using it. Close that program, or choose another camera in Settings. Retrying…</source>
        <translation>The camera cannot be opened: another program may be using it. Close that program, or choose another camera in Settings. Retrying…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The simulated camera&apos;s pictures cannot be read. Choose another camera in Settings.</source>
        <translation>The simulated camera&apos;s pictures cannot be read. Choose another camera in Settings.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="+41"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password has expired. Choose a new one to go on.</source>
        <translation>Your password has expired. Choose a new one to go on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator set a temporary password for you. Choose your own to go on.</source>
        <translation>An administrator set a temporary password for you. Choose your own to go on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters with letters and digits; not your login name, not a common password, not the old one.</source>
        <translation>At least %1 characters with letters and digits; not your login name, not a common password, not the old one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>CheckResultsModel</name>
    <message>
        <location filename="../diagnostics.py" line="+55"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <translation>Filled from the chip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filled from the chip.</source>
        <translation>Filled from the chip.</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../intake/form_contact.py" line="+20"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Em&amp;ail:</source>
        <translation>Em&amp;ail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver the card to this address</source>
        <translation>Deliver the card to this address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card delivery:</source>
        <translation>Card delivery:</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../queue/filters.py" line="+23"/>
        <source>&amp;Between</source>
        <translation>&amp;Between</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message>
        <location filename="../review/dialogs.py" line="+100"/>
        <source>End-of-day summary</source>
        <translation>End-of-day summary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications of the day per officer</source>
        <translation>Applications of the day per officer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</source>
        <translation>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The summary went to the printer.</source>
        <translation>The summary went to the printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the end-of-day summary</source>
        <translation>Save the end-of-day summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The summary was saved to %1.</source>
        <translation>The summary was saved to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary could not be saved (%1). Choose another folder or a USB stick.</source>
        <translation>The summary could not be saved (%1). Choose another folder or a USB stick.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again</source>
        <translation>Save again</translation>
    </message>
</context>
<context>
    <name>DaySummaryModel</name>
    <message>
        <location filename="../review/models.py" line="+97"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by supervisor</source>
        <translation>Rejected by supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by register</source>
        <translation>Rejected by register</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DaySummarySheet</name>
    <message>
        <location filename="../printing/summary.py" line="+43"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by supervisor</source>
        <translation>Rejected by supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by register</source>
        <translation>Rejected by register</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station code: %1</source>
        <translation>Station code: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>END-OF-DAY SUMMARY</source>
        <translation>END-OF-DAY SUMMARY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications sealed on %1</source>
        <translation>Applications sealed on %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</source>
        <translation>Counts the applications sealed that day by where they stand now; &quot;Approved&quot; also counts those that went on.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Supervisor&apos;s signature and full name</source>
        <translation>Supervisor&apos;s signature and full name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printed on %1 by %2 · page %3</source>
        <translation>Printed on %1 by %2 · page %3</translation>
    </message>
</context>
<context>
    <name>DeviceTest</name>
    <message>
        <location filename="../setup_pages.py" line="+139"/>
        <source>The device test failed (%1).</source>
        <translation>The device test failed (%1).</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../diagnostics.py" line="+23"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Self-test results</source>
        <translation>Self-test results</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Re-run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ollect diagnostics…</source>
        <translation>C&amp;ollect diagnostics…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Running the self-test…</source>
        <translation>Running the self-test…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 OK, %2 warnings, %3 failed.</source>
        <translation>%1 OK, %2 warnings, %3 failed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The self-test could not run (%1).</source>
        <translation>The self-test could not run (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collecting diagnostics…</source>
        <translation>Collecting diagnostics…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostics saved to %1. Give this file to IT.</source>
        <translation>Diagnostics saved to %1. Give this file to IT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The diagnostics could not be saved (%1). Choose another folder.</source>
        <translation>The diagnostics could not be saved (%1). Choose another folder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the diagnostics</source>
        <translation>Choose where to save the diagnostics</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../queue/export_dialog.py" line="+52"/>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the applications…</source>
        <translation>Counting the applications…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>Choose the USB drive</source>
        <translation>Choose the USB drive</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export in progress</source>
        <translation>Export in progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applications:</source>
        <translation>Applications:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There are no applications to export: everything is sent, or waiting for a supervisor&apos;s review.</source>
        <translation>There are no applications to export: everything is sent, or waiting for a supervisor&apos;s review.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n selected application(s) left out: already finished or waiting for review.</source>
        <translation>
            <numerusform>%n selected application left out: already finished or waiting for review.</numerusform>
            <numerusform>%n selected applications left out: already finished or waiting for review.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the free space…</source>
        <translation>Checking the free space…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This folder cannot be read: is the drive plugged in? Choose again.</source>
        <translation>This folder cannot be read: is the drive plugged in? Choose again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not enough space on the drive: %1 needed, %2 free. Use another drive.</source>
        <translation>Not enough space on the drive: %1 needed, %2 free. Use another drive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 free on the drive.</source>
        <translation>%1 free on the drive.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Writing and checking the export file…</source>
        <translation>Writing and checking the export file…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %n application(s) to %1 (%2). Take the drive to the register office: the applications stay &quot;exported&quot; until the register confirms them.</source>
        <translation>
            <numerusform>Exported %n application to %1 (%2). Take the drive to the register office: the applications stay &quot;exported&quot; until the register confirms them.</numerusform>
            <numerusform>Exported %n applications to %1 (%2). Take the drive to the register office: the applications stay &quot;exported&quot; until the register confirms them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) exported to USB.</source>
        <translation>
            <numerusform>%n application exported to USB.</numerusform>
            <numerusform>%n applications exported to USB.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../intake/form_family.py" line="+48"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Father:</source>
        <translation>Father:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s full name</source>
        <translation>Father&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s ID number</source>
        <translation>Father&apos;s ID number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mother:</source>
        <translation>Mother:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother&apos;s full name</source>
        <translation>Mother&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother&apos;s ID number</source>
        <translation>Mother&apos;s ID number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spouse:</source>
        <translation>Spouse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s full name</source>
        <translation>Spouse&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s ID number</source>
        <translation>Spouse&apos;s ID number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../setup_wizard.py" line="+143"/>
        <source>Set up the intake station</source>
        <translation>Set up the intake station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../intake/form_applicant.py" line="-67"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../intake/form_fields.py" line="-20"/>
        <source>“%1” is not on the list: pick one of the suggestions.</source>
        <translation>“%1” is not on the list: pick one of the suggestions.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../intake/form_page.py" line="+93"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No problems found on this page.</source>
        <translation>No problems found on this page.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) to correct</source>
        <translation>
            <numerusform>%n field to correct</numerusform>
            <numerusform>%n fields to correct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s) to check on the review step</source>
        <translation>
            <numerusform>%n warning to check on the review step</numerusform>
            <numerusform>%n warnings to check on the review step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../review/models.py" line="-85"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yours: another supervisor must review it</source>
        <translation>Yours: another supervisor must review it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You sealed this application: you may not approve or reject it yourself. Another supervisor must review it.</source>
        <translation>You sealed this application: you may not approve or reject it yourself. Another supervisor must review it.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home.py" line="+115"/>
        <source>Your unfinished applications</source>
        <translation>Your unfinished applications</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to USB</source>
        <translation>&amp;Export to USB</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>On USB, waiting for the register</source>
        <translation>On USB, waiting for the register</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync has not started yet.</source>
        <translation>Sync has not started yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next attempt: %1</source>
        <translation>Next attempt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving results</source>
        <translation>Receiving results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the applications wait in the queue</source>
        <translation>Offline: the applications wait in the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is busy: waiting to retry</source>
        <translation>The register is busy: waiting to retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync blocked: ask IT</source>
        <translation>Sync blocked: ask IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: simulated (demo mode)</source>
        <translation>Camera: simulated (demo mode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: device %1 configured</source>
        <translation>Camera: device %1 configured</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card reader: checking…</source>
        <translation>Card reader: checking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card reader: the PC/SC service is not running</source>
        <translation>Card reader: the PC/SC service is not running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: none connected</source>
        <translation>Card reader: none connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: ready, no card</source>
        <translation>Card reader: ready, no card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: a card is on the reader</source>
        <translation>Card reader: a card is on the reader</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Started %1, last saved %2</source>
        <translation>Started %1, last saved %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the application started %1</source>
        <translation>Continue the application started %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The disk is nearly full (%1 MB left): no new applications. Sync or export to USB, then call IT.</source>
        <translation>The disk is nearly full (%1 MB left): no new applications. Sync or export to USB, then call IT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space is low (%1 MB left). Sync or export to USB and tell IT.</source>
        <translation>Free disk space is low (%1 MB left). Sync or export to USB and tell IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station is not enrolled with the register: applications cannot be sealed. Ask IT to enrol it (Settings → Sync).</source>
        <translation>The station is not enrolled with the register: applications cannot be sealed. Ask IT to enrol it (Settings → Sync).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync has stopped: ask IT (Settings → Sync).</source>
        <translation>Sync has stopped: ask IT (Settings → Sync).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station has not synced with the register yet.</source>
        <translation>The station has not synced with the register yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No successful sync for %n day(s): connect the station or export to USB.</source>
        <translation>
            <numerusform>No successful sync for %n day: connect the station or export to USB.</numerusform>
            <numerusform>No successful sync for %n days: connect the station or export to USB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The station clock is %n minute(s) off the register: ask IT to set the time.</source>
        <translation>
            <numerusform>The station clock is %n minute off the register: ask IT to set the time.</numerusform>
            <numerusform>The station clock is %n minutes off the register: ask IT to set the time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unfinished application(s): continue or discard them below.</source>
        <translation>
            <numerusform>%n unfinished application: continue or discard them below.</numerusform>
            <numerusform>%n unfinished applications: continue or discard them below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <location filename="../intake/identify_page.py" line="+106"/>
        <source>Read &amp;chip</source>
        <translation>Read &amp;chip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the chip</source>
        <translation>Read the chip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the chip</source>
        <translation>From the chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo stored in the chip</source>
        <translation>Photo stored in the chip</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without the chip</source>
        <translation>Without the chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>T&amp;ype the ID number instead:</source>
        <translation>T&amp;ype the ID number instead:</translation>
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
        <translation>ID n&amp;umber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of bi&amp;rth:</source>
        <translation>Date of bi&amp;rth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of e&amp;xpiry:</source>
        <translation>Date of e&amp;xpiry:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MRZ &amp;lines (3 × 30 characters):</source>
        <translation>MRZ &amp;lines (3 × 30 characters):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or paste the code on the card&apos;s front</source>
        <translation>Scan or paste the code on the card&apos;s front</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+268"/>
        <source>Scan with c&amp;amera</source>
        <translation>Scan with c&amp;amera</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>&amp;Use the demo card&apos;s QR code</source>
        <translation>&amp;Use the demo card&apos;s QR code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR &amp;text:</source>
        <translation>QR &amp;text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiry date:</source>
        <translation>E&amp;xpiry date:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed &amp;fields</source>
        <translation>Printed &amp;fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MRZ</source>
        <translation>&amp;MRZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>&amp;QR code</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chip was read before (%1). Read it again to see the photo.</source>
        <translation>The chip was read before (%1). Read it again to see the photo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An ID number is needed: read the chip, or type the 12 digits here.</source>
        <translation>An ID number is needed: read the chip, or type the 12 digits here.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the date as dd/mm/yyyy, e.g. 14/06/1985.</source>
        <translation>Type the date as dd/mm/yyyy, e.g. 14/06/1985.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expiry computed from the exchange ages: correct it if the card differs.</source>
        <translation>Expiry computed from the exchange ages: correct it if the card differs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry by rule: type the expiry printed on the card, if any.</source>
        <translation>No expiry by rule: type the expiry printed on the card, if any.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the chip… keep the card still on the reader.</source>
        <translation>Reading the chip… keep the card still on the reader.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The chip&apos;s photo cannot be shown</source>
        <translation>The chip&apos;s photo cannot be shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip data was not used.</source>
        <translation>The chip data was not used.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chip was read; the form is filled from it.</source>
        <translation>The chip was read; the form is filled from it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip was read and its data is genuine.</source>
        <translation>The chip was read and its data is genuine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the key</source>
        <translation>Check the key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the ID number</source>
        <translation>Type the ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card reader service not running</source>
        <translation>Card reader service not running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card reader connected</source>
        <translation>No card reader connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card on the reader</source>
        <translation>No card on the reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card on the reader</source>
        <translation>Card on the reader</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop sc&amp;anning</source>
        <translation>Stop sc&amp;anning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold the front of the card in front of the camera…</source>
        <translation>Hold the front of the card in front of the camera…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QR code read.</source>
        <translation>QR code read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No QR code was seen in %1 seconds. Hold the card&apos;s front still, closer to the camera, and scan again.</source>
        <translation>No QR code was seen in %1 seconds. Hold the card&apos;s front still, closer to the camera, and scan again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of 12 digits</source>
        <translation>%1 of 12 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 4th digit is not a century and sex code.</source>
        <translation>The 4th digit is not a century and sex code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown province code</source>
        <translation>an unknown province code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abroad</source>
        <translation>abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born in %1, %2, birth registered in %3.</source>
        <translation>Born in %1, %2, birth registered in %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This number looks made up: check it.</source>
        <translation>This number looks made up: check it.</translation>
    </message>
</context>
<context>
    <name>IntakeSheet</name>
    <message>
        <location filename="../printing/labels.py" line="+28"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous card</source>
        <translation>Previous card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biometrics and consent</source>
        <translation>Biometrics and consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in detail</source>
        <translation>Reason in detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake point</source>
        <translation>Intake point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old 9-digit ID card number</source>
        <translation>Old 9-digit ID card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifying marks</source>
        <translation>Identifying marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth registration</source>
        <translation>Place of birth registration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place of origin</source>
        <translation>Place of origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary residence</source>
        <translation>Temporary residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current residence</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Father&apos;s ID number</source>
        <translation>Father&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Mother&apos;s ID number</source>
        <translation>Mother&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse&apos;s ID number</source>
        <translation>Spouse&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s full name</source>
        <translation>Representative&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s ID number</source>
        <translation>Representative&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s date of birth</source>
        <translation>Representative&apos;s date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Representative&apos;s sex</source>
        <translation>Representative&apos;s sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s residence</source>
        <translation>Representative&apos;s residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card delivery address</source>
        <translation>Card delivery address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>Fingerprints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the fingerprints</source>
        <translation>About the fingerprints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iris captured</source>
        <translation>Iris captured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait taken</source>
        <translation>Portrait taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data read from the card&apos;s chip</source>
        <translation>Data read from the card&apos;s chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to record voluntary data</source>
        <translation>Consents to record voluntary data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft: not sealed yet</source>
        <translation>Draft: not sealed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the permanent residence</source>
        <translation>Same as the permanent residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expiry date</source>
        <translation>No expiry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Not taken</source>
        <translation>Not taken</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>First issue</source>
        <translation>First issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issue</source>
        <translation>Re-issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First card</source>
        <translation>First card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the age of 14, 25, 40 or 60</source>
        <translation>Reached the age of 14, 25, 40 or 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worn card</source>
        <translation>Worn card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data changed</source>
        <translation>Personal data changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative unit changed</source>
        <translation>Administrative unit changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the holder&apos;s request</source>
        <translation>At the holder&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistake printed on the card</source>
        <translation>Mistake printed on the card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost card</source>
        <translation>Lost card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged card</source>
        <translation>Damaged card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9-digit identity card (CMND)</source>
        <translation>9-digit identity card (CMND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-digit identity card (CMND)</source>
        <translation>12-digit identity card (CMND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen identity card, barcode</source>
        <translation>Citizen identity card, barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen identity card, chip</source>
        <translation>Citizen identity card, chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (from July 2024)</source>
        <translation>Identity card (from July 2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../printing/sheet.py" line="+70"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DRAFT: not sealed yet</source>
        <translation>DRAFT: not sealed yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IDENTITY CARD APPLICATION SHEET</source>
        <translation>IDENTITY CARD APPLICATION SHEET</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check every line. Tell the officer about any mistake before you sign.</source>
        <translation>Check every line. Tell the officer about any mistake before you sign.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>I declare that the information above is true and complete.</source>
        <translation>I declare that the information above is true and complete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citizen&apos;s signature and full name</source>
        <translation>Citizen&apos;s signature and full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer&apos;s signature and full name</source>
        <translation>Officer&apos;s signature and full name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printed on %1 · page %2</source>
        <translation>Printed on %1 · page %2</translation>
    </message>
</context>
<context>
    <name>IntakeState</name>
    <message>
        <location filename="../intake/state.py" line="+111"/>
        <source>Save again</source>
        <translation>Save again</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../intake/wizard.py" line="+120"/>
        <source>Steps of the application</source>
        <translation>Steps of the application</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+78"/>
        <source>Starting a new application…</source>
        <translation>Starting a new application…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>D&amp;iscard draft…</source>
        <translation>D&amp;iscard draft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Sa&amp;ve and close</source>
        <translation>Sa&amp;ve and close</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Previous step (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step (Enter or Alt+Right)</source>
        <translation>Next step (Enter or Alt+Right)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Opening the draft…</source>
        <translation>Opening the draft…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard this application? Everything entered is deleted for good.</source>
        <translation>Discard this application? Everything entered is deleted for good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discarding the draft…</source>
        <translation>Discarding the draft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-140"/>
        <source>Station key passphrase</source>
        <translation>Station key passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 12 varied characters; keep it in IT&apos;s safe.</source>
        <translation>At least 12 varied characters; keep it in IT&apos;s safe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applications are stored encrypted with the station key. The key is unlocked by the operating system&apos;s keystore when the station starts; when that is not available (another Windows account, a repaired computer) the station asks for this passphrase. Without it the stored applications cannot be opened.</source>
        <translation>Applications are stored encrypted with the station key. The key is unlocked by the operating system&apos;s keystore when the station starts; when that is not available (another Windows account, a repaired computer) the station asks for this passphrase. Without it the stored applications cannot be opened.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../intake/kind_page.py" line="+42"/>
        <source>&amp;First issue</source>
        <translation>&amp;First issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-issue</source>
        <translation>&amp;Re-issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of application</source>
        <translation>Kind of application</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: which data changed</source>
        <translation>For example: which data changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason no&amp;te:</source>
        <translation>Reason no&amp;te:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind and reason</source>
        <translation>Kind and reason</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>First card for this citizen</source>
        <translation>First card for this citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached 14, 25, 40 or 60 years of age</source>
        <translation>Reached 14, 25, 40 or 60 years of age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card worn out</source>
        <translation>Card worn out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data or ID number changed</source>
        <translation>Personal data or ID number changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative unit changed</source>
        <translation>Administrative unit changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the holder&apos;s request</source>
        <translation>At the holder&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistake printed on the card</source>
        <translation>Mistake printed on the card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card lost</source>
        <translation>Card lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card damaged</source>
        <translation>Card damaged</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../setup_wizard.py" line="-148"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screens switch to this language when the setup is done.</source>
        <translation>The screens switch to this language when the setup is done.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock_screen.py" line="+39"/>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The work in progress is kept. Type your password to go on.</source>
        <translation>The work in progress is kept. Type your password to go on.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch officer</source>
        <translation>S&amp;witch officer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../login.py" line="+55"/>
        <source>Intake station</source>
        <translation>Intake station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — station %2</source>
        <translation>%1 — station %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Opening the station… your login follows in a moment.</source>
        <translation>Opening the station… your login follows in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You must choose a new password before you can work.</source>
        <translation>You must choose a new password before you can work.</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../notifications.py" line="+61"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Something went wrong inside the program (%1). Your work is saved; try again, and tell IT if it happens again.</source>
        <translation>Something went wrong inside the program (%1). Your work is saved; try again, and tell IT if it happens again.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+150"/>
        <source>Retention and approval</source>
        <translation>Retention and approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data is kept only until the register has it: 0 days removes an application as soon as the register accepts it.</source>
        <translation>Personal data is kept only until the register has it: 0 days removes an application as soon as the register accepts it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;supervisor approves each application before it is sent</source>
        <translation>A &amp;supervisor approves each application before it is sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep accepted applications:</source>
        <translation>&amp;Keep accepted applications:</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../queue/labels.py" line="+26"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review</source>
        <translation>Held for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to USB</source>
        <translation>Exported to USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected, re-opened</source>
        <translation>Rejected, re-opened</translation>
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
        <translation>Type the date as dd/mm/yyyy, with a four-digit year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a complete, real date as dd/mm/yyyy.</source>
        <translation>Type a complete, real date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>PortraitHints</name>
    <message>
        <location filename="../widgets/camera_view.py" line="-290"/>
        <source>Sit in the middle of the picture and look straight at the camera.</source>
        <translation>Sit in the middle of the picture and look straight at the camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one person may be in the picture.</source>
        <translation>Only one person may be in the picture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move closer to the camera.</source>
        <translation>Move closer to the camera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move back a little.</source>
        <translation>Move back a little.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a little to your left.</source>
        <translation>Move a little to your left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a little to your right.</source>
        <translation>Move a little to your right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face too high in the picture: raise the camera or lower the seat.</source>
        <translation>Face too high in the picture: raise the camera or lower the seat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face too low in the picture: lower the camera or raise the seat.</source>
        <translation>Face too low in the picture: lower the camera or raise the seat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your head straight, do not tilt it.</source>
        <translation>Keep your head straight, do not tilt it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your eyes and look straight at the camera; take off your glasses.</source>
        <translation>Open your eyes and look straight at the camera; take off your glasses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please take off your glasses.</source>
        <translation>Please take off your glasses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too dark: add light.</source>
        <translation>Too dark: add light.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too bright: reduce the light.</source>
        <translation>Too bright: reduce the light.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glare on the face: avoid direct light, wipe off shine.</source>
        <translation>Glare on the face: avoid direct light, wipe off shine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uneven light on the two sides of the face: adjust the lamps.</source>
        <translation>Uneven light on the two sides of the face: adjust the lamps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blurred: hold still.</source>
        <translation>Blurred: hold still.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The background must be plain: clear things from behind the person.</source>
        <translation>The background must be plain: clear things from behind the person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The background must be light: use a white or light-blue backdrop.</source>
        <translation>The background must be light: use a white or light-blue backdrop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head size on the photo is out of range: take the picture again.</source>
        <translation>The head size on the photo is out of range: take the picture again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No face found on the cropped photo: take the picture again.</source>
        <translation>No face found on the cropped photo: take the picture again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One face in the picture</source>
        <translation>One face in the picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head size</source>
        <translation>Head size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face centred left to right</source>
        <translation>Face centred left to right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face at the right height</source>
        <translation>Face at the right height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both eyes visible</source>
        <translation>Both eyes visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head straight</source>
        <translation>Head straight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No glare</source>
        <translation>No glare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even lighting</source>
        <translation>Even lighting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain background</source>
        <translation>Plain background</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light background</source>
        <translation>Light background</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head size on the photo</source>
        <translation>Head size on the photo</translation>
    </message>
</context>
<context>
    <name>PortraitPage</name>
    <message>
        <location filename="../intake/portrait_page.py" line="+91"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Capture now (Space)</source>
        <translation>&amp;Capture now (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retake (R)</source>
        <translation>&amp;Retake (R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try the camera again</source>
        <translation>&amp;Try the camera again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo is taken automatically when every check passes.</source>
        <translation>The photo is taken automatically when every check passes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>Photo taken</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Keep this photo</source>
        <translation>&amp;Keep this photo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Photo in the card&apos;s chip</source>
        <translation>Photo in the card&apos;s chip</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The photo is still being saved: wait a moment.</source>
        <translation>The photo is still being saved: wait a moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick each check that did not pass to keep this photo, or take it again (R).</source>
        <translation>Tick each check that did not pass to keep this photo, or take it again (R).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the portrait first: wait for the automatic capture, or press Space to capture now.</source>
        <translation>Take the portrait first: wait for the automatic capture, or press Space to capture now.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The camera could not be started.</source>
        <translation>The camera could not be started.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the camera, then press “Try the camera again”.</source>
        <translation>Check the camera, then press “Try the camera again”.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Saving the photo…</source>
        <translation>Saving the photo…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Taken by hand. %n check(s) did not pass: tick each one to keep the photo.</source>
        <translation>
            <numerusform>Taken by hand. %n check did not pass: tick each one to keep the photo.</numerusform>
            <numerusform>Taken by hand. %n checks did not pass: tick each one to keep the photo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Capture again</source>
        <translation>Capture again</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the photo again</source>
        <translation>Save the photo again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo kept. Accepted by the officer: %1.</source>
        <translation>Photo kept. Accepted by the officer: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept: taken automatically, every check passed.</source>
        <translation>Photo kept: taken automatically, every check passed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept: taken by hand, every check passed.</source>
        <translation>Photo kept: taken by hand, every check passed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo kept.</source>
        <translation>Photo kept.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The stored photo cannot be shown: take it again.</source>
        <translation>The stored photo cannot be shown: take it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No chip was read for this application: there is no photo to compare.</source>
        <translation>No chip was read for this application: there is no photo to compare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip holds no photo.</source>
        <translation>The chip holds no photo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the chip photo…</source>
        <translation>Reading the chip photo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The photo stored in the chip cannot be shown.</source>
        <translation>The photo stored in the chip cannot be shown.</translation>
    </message>
</context>
<context>
    <name>PreviousCardSection</name>
    <message>
        <location filename="../intake/form_card.py" line="-120"/>
        <source>Previous card</source>
        <translation>Previous card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9-digit identity card (CMND)</source>
        <translation>9-digit identity card (CMND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-digit identity card (CMND)</source>
        <translation>12-digit identity card (CMND)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen identity card with barcode</source>
        <translation>Citizen identity card with barcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizen identity card with chip</source>
        <translation>Citizen identity card with chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (from 1 Jul 2024)</source>
        <translation>Identity card (from 1 Jul 2024)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous card:</source>
        <translation>Previous card:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card number:</source>
        <translation>Card number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../queue/model.py" line="+55"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed at</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error / reason</source>
        <translation>Last error / reason</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../queue/page.py" line="+87"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of the number</source>
        <translation>Start of the number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications in the queue</source>
        <translation>Applications in the queue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Export to USB…</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+245"/>
        <source>Re-&amp;open as new draft</source>
        <translation>Re-&amp;open as new draft</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a supervisor or an administrator may open details.</source>
        <translation>Only a supervisor or an administrator may open details.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already re-opened: %1</source>
        <translation>Already re-opened: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export selected…</source>
        <translation>&amp;Export selected…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Exported applications are sent again by themselves if the register has not confirmed them %n day(s) after the export.</source>
        <translation>
            <numerusform>Exported applications are sent again by themselves if the register has not confirmed them %n day after the export.</numerusform>
            <numerusform>Exported applications are sent again by themselves if the register has not confirmed them %n days after the export.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applications held for review, rejected or accepted are not retried: held ones wait for a supervisor, rejected ones can be re-opened as a new draft.</source>
        <translation>Applications held for review, rejected or accepted are not retried: held ones wait for a supervisor, rejected ones can be re-opened as a new draft.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sending %n application(s) again now.</source>
        <translation>
            <numerusform>Sending %n application again now.</numerusform>
            <numerusform>Sending %n applications again now.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only a rejected application can be re-opened as a new draft.</source>
        <translation>Only a rejected application can be re-opened as a new draft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This application was already re-opened (%1): it cannot be re-opened twice. Continue that draft or application instead.</source>
        <translation>This application was already re-opened (%1): it cannot be re-opened twice. Continue that draft or application instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the officer who took this application or a supervisor may re-open it.</source>
        <translation>Only the officer who took this application or a supervisor may re-open it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-open application</source>
        <translation>Re-open application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application %1 was rejected.</source>
        <translation>Application %1 was rejected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-open it as a new draft with the same data? Correct it, then seal it again: it gets a new number.</source>
        <translation>Re-open it as a new draft with the same data? Correct it, then seal it again: it gets a new number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new draft holds the data of %1: correct it and seal it again.</source>
        <translation>A new draft holds the data of %1: correct it and seal it again.</translation>
    </message>
</context>
<context>
    <name>QueueProblem</name>
    <message>
        <location filename="../queue/labels.py" line="+11"/>
        <source>Re-opened as %1 on %2 by %3</source>
        <translation>Re-opened as %1 on %2 by %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-opened as a new draft on %1 by %2</source>
        <translation>Re-opened as a new draft on %1 by %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet: %1</source>
        <translation>Not sent yet: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../setup_pages.py" line="+111"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the contactless reader for the chip cards. Automatic picks the first contactless reader connected.</source>
        <translation>Choose the contactless reader for the chip cards. Automatic picks the first contactless reader connected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card &amp;reader:</source>
        <translation>Card &amp;reader:</translation>
    </message>
</context>
<context>
    <name>ReaderTest</name>
    <message>
        <location line="-229"/>
        <source>Automatic: the first contactless reader</source>
        <translation>Automatic: the first contactless reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find readers</source>
        <translation>&amp;Find readers</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for card readers…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>%n card reader found.</numerusform>
            <numerusform>%n card readers found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card reader is connected. Check the reader&apos;s USB cable.</source>
        <translation>No card reader is connected. Check the reader&apos;s USB cable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PC/SC service not running.</source>
        <translation>PC/SC service not running.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card reader service did not answer in time. Restart the computer or call IT.</source>
        <translation>The card reader service did not answer in time. Restart the computer or call IT.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-119"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register issues an enrolment token for this station. Without a token the station is set up now and enrolled later in Settings → Sync.</source>
        <translation>The register issues an enrolment token for this station. Without a token the station is set up now and enrolled later in Settings → Sync.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Register &amp;address:</source>
        <translation>Register &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment &amp;token:</source>
        <translation>Enrolment &amp;token:</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../review/dialogs.py" line="-232"/>
        <source>Reject applications</source>
        <translation>Reject applications</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reject %n application(s): %1</source>
        <translation>
            <numerusform>Reject %n application: %1</numerusform>
            <numerusform>Reject %n applications: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason (the officer sees it; required):</source>
        <translation>&amp;Reason (the officer sees it; required):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
</context>
<context>
    <name>RepresentativeSection</name>
    <message>
        <location filename="../intake/form_family.py" line="+38"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant has a legal representative (required under 14)</source>
        <translation>The applicant has a legal representative (required under 14)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence:</source>
        <translation>Residence:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../intake/review_page.py" line="+67"/>
        <source>No portrait</source>
        <translation>No portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print in&amp;take sheet…</source>
        <translation>Print in&amp;take sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the citizen to check and sign</source>
        <translation>For the citizen to check and sign</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Correct the %n error(s) first: use “Go to field”.</source>
        <translation>
            <numerusform>Correct the %n error first: use “Go to field”.</numerusform>
            <numerusform>Correct the %n errors first: use “Go to field”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge each warning (tick it) before sealing.</source>
        <translation>Acknowledge each warning (tick it) before sealing.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>from the chip</source>
        <translation>from the chip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read from the card&apos;s chip</source>
        <translation>Read from the card&apos;s chip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found: the application can be sealed.</source>
        <translation>No problems found: the application can be sealed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to field</source>
        <translation>Go to field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to field: %1</source>
        <translation>Go to field: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked, accept</source>
        <translation>Checked, accept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the warning: %1</source>
        <translation>Accept the warning: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The intake sheet went to the printer.</source>
        <translation>The intake sheet went to the printer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../review/page.py" line="+47"/>
        <source>Applications waiting for review</source>
        <translation>Applications waiting for review</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-&amp;day summary…</source>
        <translation>End-of-&amp;day summary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only a supervisor or an administrator may review applications.</source>
        <translation>Only a supervisor or an administrator may review applications.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) waiting for review, oldest first.</source>
        <translation>
            <numerusform>%n application waiting for review, oldest first.</numerusform>
            <numerusform>%n applications waiting for review, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approve %n</numerusform>
            <numerusform>&amp;Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n selected application(s) sealed by you: another supervisor must approve or reject them. Leave them out of the selection to decide on the others.</source>
        <translation>
            <numerusform>%n selected application sealed by you: another supervisor must approve or reject them. Leave them out of the selection to decide on the others.</numerusform>
            <numerusform>%n selected applications sealed by you: another supervisor must approve or reject them. Leave them out of the selection to decide on the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n application(s) approved: they are sent to the register.</source>
        <translation>
            <numerusform>%n application approved: they are sent to the register.</numerusform>
            <numerusform>%n applications approved: they are sent to the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n application(s) rejected: the officer sees the reason in the queue and can re-open them as new drafts.</source>
        <translation>
            <numerusform>%n application rejected: the officer sees the reason in the queue and can re-open them as new drafts.</numerusform>
            <numerusform>%n applications rejected: the officer sees the reason in the queue and can re-open them as new drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../intake/seal_page.py" line="+54"/>
        <source>Check that the citizen has signed the intake sheet. Sealing freezes the application: nothing can be changed afterwards.</source>
        <translation>Check that the citizen has signed the intake sheet. Sealing freezes the application: nothing can be changed afterwards.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;al application</source>
        <translation>Se&amp;al application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal (Ctrl+Enter)</source>
        <translation>Seal (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save slip as PD&amp;F…</source>
        <translation>Save slip as PD&amp;F…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint slip…</source>
        <translation>P&amp;rint slip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next citi&amp;zen (Ctrl+N)</source>
        <translation>Next citi&amp;zen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application number:</source>
        <translation>Application number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the card on:</source>
        <translation>Collect the card on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At:</source>
        <translation>At:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Seal and slip</source>
        <translation>Seal and slip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Application of %1, ID number %2.</source>
        <translation>Application of %1, ID number %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The application is sealed. Give the citizen the slip.</source>
        <translation>The application is sealed. Give the citizen the slip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application %1 is sealed and queued for upload.</source>
        <translation>Application %1 is sealed and queued for upload.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to the review</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the appointment slip</source>
        <translation>Save the appointment slip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The slip was saved to %1.</source>
        <translation>The slip was saved to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip could not be saved (%1). Choose another folder or a USB stick.</source>
        <translation>The slip could not be saved (%1). Choose another folder or a USB stick.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again</source>
        <translation>Save again</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The slip went to the printer.</source>
        <translation>The slip went to the printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="+89"/>
        <location line="+236"/>
        <source>Only an administrator can change the settings.</source>
        <translation>Only an administrator can change the settings.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>&amp;Enrol now</source>
        <translation>&amp;Enrol now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume sync</source>
        <translation>Res&amp;ume sync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A su&amp;pervisor approves each application before it is sent</source>
        <translation>A su&amp;pervisor approves each application before it is sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera &amp;device:</source>
        <translation>Camera &amp;device:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;width:</source>
        <translation>Capture &amp;width:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;height:</source>
        <translation>Capture &amp;height:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card &amp;reader:</source>
        <translation>Card &amp;reader:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and sync</source>
        <translation>Register and sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister address:</source>
        <translation>Re&amp;gister address:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolment t&amp;oken:</source>
        <translation>Enrolment t&amp;oken:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>A new language applies after a restart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep accepted applications:</source>
        <translation>&amp;Keep accepted applications:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle &amp;minutes before the screen locks:</source>
        <translation>Idle &amp;minutes before the screen locks:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not enrolled: applications cannot be sealed until the station is.</source>
        <translation>Not enrolled: applications cannot be sealed until the station is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled with %1 since %2 (station id %3).</source>
        <translation>Enrolled with %1 since %2 (station id %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync has not started yet.</source>
        <translation>Sync has not started yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync is blocked: %1</source>
        <translation>Sync is blocked: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: %1 waiting, %2 accepted.</source>
        <translation>Sync: %1 waiting, %2 accepted.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nothing to save: no setting was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the settings screen</source>
        <translation>the settings screen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These changes apply after a restart: %1.</source>
        <translation>These changes apply after a restart: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An environment variable overrides: %1; the file&apos;s value is not used.</source>
        <translation>An environment variable overrides: %1; the file&apos;s value is not used.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>camera device</source>
        <translation>camera device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capture width</source>
        <translation>capture width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capture height</source>
        <translation>capture height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card reader</source>
        <translation>card reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register address</source>
        <translation>register address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor approval</source>
        <translation>supervisor approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen lock</source>
        <translation>screen lock</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the register address and the enrolment token.</source>
        <translation>Type the register address and the enrolment token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolling with the register…</source>
        <translation>Enrolling with the register…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>The station is enrolled with the register.</source>
        <translation>The station is enrolled with the register.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync started.</source>
        <translation>Sync started.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync resumed.</source>
        <translation>Sync resumed.</translation>
    </message>
</context>
<context>
    <name>StationLauncher</name>
    <message>
        <location filename="../../main.py" line="+355"/>
        <source>Setting up the station…</source>
        <translation>Setting up the station…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Demo: log in as %1 with the password %2</source>
        <translation>Demo: log in as %1 with the password %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The local test register is running at %1; the station is enrolled.</source>
        <translation>The local test register is running at %1; the station is enrolled.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+172"/>
        <source>Intake station</source>
        <translation>Intake station</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../setup_wizard.py" line="-52"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station code starts every application number; the name is printed on the appointment slip.</source>
        <translation>The station code starts every application number; the name is printed on the appointment slip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station &amp;code:</source>
        <translation>Station &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake point na&amp;me:</source>
        <translation>Intake point na&amp;me:</translation>
    </message>
</context>
<context>
    <name>StationUnlockDialog</name>
    <message>
        <location filename="../unlock_station.py" line="+34"/>
        <source>Unlock the station</source>
        <translation>Unlock the station</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operating system&apos;s keystore could not unlock the station key. Type the station passphrase that IT chose during the setup.</source>
        <translation>The operating system&apos;s keystore could not unlock the station key. Type the station passphrase that IT chose during the setup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station &amp;passphrase:</source>
        <translation>Station &amp;passphrase:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The station key file cannot be used.</source>
        <translation>The station key file cannot be used.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking failed unexpectedly (%1). Call IT.</source>
        <translation>Unlocking failed unexpectedly (%1). Call IT.</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../shell.py" line="+129"/>
        <source>Intake station</source>
        <translation>Intake station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo mode is on: nothing entered here is real.</source>
        <translation>Demo mode is on: nothing entered here is real.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening the station…</source>
        <translation>Opening the station…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Export to USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch officer</source>
        <translation>S&amp;witch officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End-of-day summary…</source>
        <translation>&amp;End-of-day summary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+14"/>
        <source>Your role does not allow this screen.</source>
        <translation>Your role does not allow this screen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sync started.</source>
        <translation>Sync started.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving results</source>
        <translation>Receiving results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync blocked: ask IT</source>
        <translation>Sync blocked: ask IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the intake station</source>
        <translation>About the intake station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../setup_wizard.py" line="+149"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish creates the station key, the database and the administrator, then enrols the station when a token was given.</source>
        <translation>Finish creates the station key, the database and the administrator, then enrols the station when a token was given.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station: %1 — %2</source>
        <translation>Station: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment: %1</source>
        <translation>Enrolment: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the token given, at the end of the setup</source>
        <translation>with the token given, at the end of the setup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>later, in Settings → Sync</source>
        <translation>later, in Settings → Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator: %1 (%2)</source>
        <translation>Administrator: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reader: %1</source>
        <translation>Card reader: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (first contactless reader)</source>
        <translation>automatic (first contactless reader)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep accepted applications: %n day(s)</source>
        <translation>
            <numerusform>Keep accepted applications: %n day</numerusform>
            <numerusform>Keep accepted applications: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor approval: on</source>
        <translation>Supervisor approval: on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor approval: off</source>
        <translation>Supervisor approval: off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings are saved in %1</source>
        <translation>The settings are saved in %1</translation>
    </message>
</context>
</TS>
