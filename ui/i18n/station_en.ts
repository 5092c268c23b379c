<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+40"/>
        <source>Intake station</source>
        <translation>Intake station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo mode is on: nothing entered here is real.</source>
        <translation>Demo mode is on: nothing entered here is real.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln province(s)</source>
        <translation>
            <numerusform>%Ln province</numerusform>
            <numerusform>%Ln provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln commune(s)</source>
        <translation>
            <numerusform>%Ln commune</numerusform>
            <numerusform>%Ln communes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative units version %1</source>
        <translation>Administrative units version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>e.g. 34 provinces, 3,321 communes</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the intake station</source>
        <translation>About the intake station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intake station&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Takes applications for the chip identity card.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
</context>
</TS>
