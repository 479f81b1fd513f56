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
<context>
    <name>PlatformEmulator</name>
    <message>
        <source>A local platform that speaks the export API of the customer-data platform: IMS tokens, Catalog datasets and batches, export jobs, segment definitions, merge policies, audiences and Data Access, with real exports of generated profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1). Anything other than a loopback address makes the platform reachable from other machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the SQLite state and the exported files; kept across restarts. Without it a temporary folder is used and removed on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles with a profile record in the demo organization&apos;s &quot;prod&quot; sandbox (default: 2000). Other sandboxes get a tenth; one profile in twenty more has only events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated profiles, segments and policies (default: 1). The same seed always gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds that each stage of an export lasts at least: queue wait, profile export and dataset write (default: 0, as fast as the disk allows). Use 5 to watch jobs move in a demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default: 86399).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misbehaviour to inject, as comma-separated kind=rate items (rates 0..1 or percentages): fail=R (export jobs end FAILED), 429=R[:SECONDS] (Too Many Requests with Retry-After, default 1), 5xx=R (500, 502, 503 or 504), slow=R[:MS] (answer late, default 1500 ms), drop=R (close the connection without an answer), seed=N (reproducible dice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo data on first start: a union-schema dataset, a dataset on another schema and three past jobs (succeeded, failed, cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every request to this file as JSON Lines (method, path, query, sandbox, status, bytes, duration, request body). Tokens and secrets are never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name of a command-line option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per exported file before a new file of the batch starts (default: 250000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every URL of the platform is served on the one port: point both the gateway URL and the IMS URL of a connection at the printed base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profiles must be a number from 0 to 50000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pace must be a number of seconds from 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime must be a number of seconds from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records-per-file must be a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chaos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local platform is listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Gateway URL:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  IMS URL:        %1 (POST /ims/token/v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Org ID:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Client ID:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Client secret:  %1 (demo credentials of the local platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sandboxes:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Data folder:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Profiles:       %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Chaos:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Pace:           %1 s per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
