<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>Create, monitor and cancel customer-profile export jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a schema URI, such as https://ns.adobe.com/xdm/context/profile__union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the profile union schema; exports into this dataset will fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJobRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no status; leave it out to use the default (realized, existing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a segment status (realized, existing or exited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segment “%2” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an RFC 3339 date and time, such as 2019-09-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is earlier than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty entry; separate field paths with single commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a field path (letters, digits and underscores joined by dots, without spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on but no segments are listed, so everything goes into one batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>New</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Studio %1

Create, monitor and cancel customer-profile export jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
