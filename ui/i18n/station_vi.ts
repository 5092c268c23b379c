<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+40"/>
        <source>Intake station</source>
        <translation>Trạm thu nhận hồ sơ căn cước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo mode is on: nothing entered here is real.</source>
        <translation>Chế độ trình diễn đang bật: dữ liệu nhập tại đây không phải hồ sơ thật.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEMO</source>
        <translation>TRÌNH DIỄN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln province(s)</source>
        <translation>
            <numerusform>%Ln tỉnh, thành phố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln commune(s)</source>
        <translation>
            <numerusform>%Ln xã, phường, đặc khu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative units version %1</source>
        <translation>Danh mục đơn vị hành chính phiên bản %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>e.g. 34 provinces, 3,321 communes</comment>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the intake station</source>
        <translation>Giới thiệu trạm thu nhận hồ sơ căn cước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trạm thu nhận hồ sơ căn cước&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Thu nhận hồ sơ đề nghị cấp thẻ căn cước gắn chip.&lt;/p&gt;&lt;p&gt;Phiên bản %1&lt;/p&gt;</translation>
    </message>
</context>
</TS>
