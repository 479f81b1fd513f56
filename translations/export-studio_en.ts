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
    <name>HistoryStore</name>
    <message>
        <source>Cannot open the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobErrorsModel</name>
    <message>
        <source>The platform could not write the exported profiles to the destination dataset&apos;s storage. Check that the dataset still exists and accepts data, then run the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination dataset was deleted while the job was running. Create or choose another dataset on the profile union schema and run the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination dataset is not based on the profile union schema, so profiles cannot be written to it. Choose a dataset on the profile union schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s processing cluster stopped the job, usually after another error listed here. Fix that error first; if none is listed, run the export again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform stopped while the job was running, so the job ended unfinished. Nothing was written; run the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error this version does not recognise. The message and call stack may explain it; quote the job id and request id when asking the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>job error column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <comment>job error column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stack</source>
        <comment>job error column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPhasesModel</name>
    <message>
        <source>running</source>
        <comment>an export job phase without an end yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>export job phase column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>export job phase column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <comment>export job phase column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>export job phase column</comment>
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
    <name>JobTableModel</name>
    <message>
        <source>ID</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge policy</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <comment>export job column: profiles exported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>export job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <comment>an export job without a segment filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <comment>export job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and its id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute export job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute push job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported a status this version does not know; the job is watched until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running longer than export jobs of this sandbox usually take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation requested; waiting for the platform to stop the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profiles exported</source>
        <comment>a formatted number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>namespace: count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
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
<context>
    <name>PhaseSpan</name>
    <message>
        <source>Queue wait</source>
        <comment>export job phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile export</source>
        <comment>export job phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset write</source>
        <comment>export job phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <comment>export job phase</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
