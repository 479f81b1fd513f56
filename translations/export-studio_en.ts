<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The platform rejected the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the access token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform denied access (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the platform (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the platform (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the request&apos;s content type (HTTP 415).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is limiting the request rate (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform ran into an internal error (HTTP 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform failed to handle the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the access token: it is invalid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be established: the platform&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: plain http:// is allowed only for 127.0.0.1, ::1 and localhost. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create request failed after it was sent, so it is unknown whether the platform created it. Look it up before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because it is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: error detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFileDownload</name>
    <message>
        <source>There is no file to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform lists no readable part for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Check with &quot;jobs list&quot; whether the job exists before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID: job IDs are numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run with --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections saved in the Export Studio app will be listed here once the app saves them; until then the command line uses the connection given by its options and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection in use (from options and environment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token from EXPORT_STUDIO_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server-to-server, client secret from EXPORT_STUDIO_CLIENT_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in and read the job list: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message>
        <source>More datasets exist: add --all to list every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dataset request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets create needs --name NAME or --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset request is not valid; nothing was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job status: use NEW, PROCESSING, SUCCEEDED, FAILED or CANCELLED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>More jobs exist: add --all to list every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs create needs --file FILE, a JSON request such as the tutorial&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an export job request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export job request is not valid; nothing was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1 created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look at the job, trying again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of export job %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>More files exist: add --all to list every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download one with --path NAME -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command with --resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No credentials: set %1 to an access token, or %2 to the client secret of the client ID given as --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, watches and cancels profile export jobs and downloads their files, over the same client as the Export Studio app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes JSON for scripts instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <comment>value name of --lang</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL, e.g. https://platform.adobe.io (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service URL, e.g. https://ims-na1.adobelogin.com (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID, ...@AdobeOrg (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox name; prod when not given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID, sent as x-api-key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes, comma-separated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer; 30 when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs list: only jobs with this status (NEW, PROCESSING, SUCCEEDED, FAILED, CANCELLED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: every page, not only the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: entries per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs create, datasets create: the request as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files get: the name of the file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files get: where to save the file; standard output when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files get: continue an interrupted download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets create: the dataset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets create: the dataset&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>value name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs watch: seconds between two looks at the job; 5 when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections: sign in and read one job to prove the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see Commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  connections [--check]             the connection in use and where it comes from
  datasets list [--all] [--limit N] datasets of the sandbox
  datasets create --name NAME       a dataset an export can write to
  datasets create --file FILE       a dataset from a request file
  jobs list [--status S] [--all]    export jobs, newest first
  jobs get ID                       one export job in detail
  jobs create --file FILE           a new export job; the request is checked first
  jobs watch ID [--interval SEC]    follow a job until it ends
  jobs cancel ID                    ask the platform to cancel a job
  batches files ID [--all]          the files of an exported batch
  files get ID [--path NAME] [-o FILE]
                                    list a file&apos;s parts, or download one
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:
  %1, %2, %3, %4, %5, %6
      the connection, when no option gives it
  %7  an access token to use as is
  %8  the client secret, to obtain tokens by OAuth server-to-server
  Secrets are read from the environment only, never from arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  a local file could not be read or written
  2  wrong usage, an unusable connection or an invalid request
  3  the platform or the network failed the call
  4  the watched job failed or was cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http:// towards %2. Use https://; plain http is allowed only for 127.0.0.1, ::1 and localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local platform runs on this computer: its base URL must point to 127.0.0.1, ::1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server-to-server needs at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words without spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization ID must not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens, e.g. prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID must not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server-to-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Local platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform emulator built into Export Studio, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local platform&apos;s connection cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved for the local platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Sandbox &quot;%1&quot; is a production sandbox: exports from it reach production audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform and organization the jobs come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recent sandbox or type another name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <comment>badge: the open sandbox is a production one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production sandbox: exports from it reach production audiences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtains an access token with the client ID and secret, or checks the pasted token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one authenticated request to see that the token, client ID and organization ID are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists export jobs to see that this client may use the export API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists datasets in the sandbox to see that it exists and can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Unsaved Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before leaving it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its secret from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret: no token can be fetched without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token: no call can be made without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret goes to the system keychain, never to the settings file; without a keychain it is kept only until Export Studio quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed:</source>
        <comment>connection test step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms Export Studio can talk to; the local platform is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new connection to a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected connection and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local platform runs inside Export Studio on this computer; its settings are fixed and shown for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this connection is listed; it also names its secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s API gateway, such as https://platform.adobe.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service, such as https://ims-na1.adobelogin.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMS organization, ending in @AdobeOrg, sent as x-gw-ims-org-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…@AdobeOrg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox to work in, in lowercase, such as prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of the project&apos;s credential, sent as x-api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server-to-server fetches tokens with the client secret; an access token is pasted and used until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tok&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s client secret; it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token copied from the developer console; it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show the secret</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the secret while the button is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth scopes of the credential, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the connection, and its secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the saved values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the connection as entered, step by step, without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the window; unsaved changes are asked about first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Creating the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create is unavailable until this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile Data Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s name as the platform lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about what the dataset holds, for whoever finds it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XDM schema of the dataset&apos;s records, as a URI; exports need the profile union schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports write only into datasets on the profile union schema; on another schema the dataset is created but the export fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the written files in the data lake, where they can be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format the exported batches are stored in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the dataset in the current sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the form without creating a dataset.</source>
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
    <name>DateTimeField</name>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the date and time are written in; the request carries it as an offset from UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time, in the zone chosen beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received as “%1”, which is not an RFC 3339 date and time. Change the value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an export job to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>detail tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>detail tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <comment>detail tab with the number of errors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>detail tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <comment>detail tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <comment>detail tab</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft name “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJobDialog</name>
    <message>
        <source>Sending the export job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit waits until the job has been looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Submit is unavailable: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Submit is unavailable: %1 (and %n more problem)</numerusform>
            <numerusform>Submit is unavailable: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to submit; %n warning(s) to look at.</source>
        <translation>
            <numerusform>Ready to submit; %n warning to look at.</numerusform>
            <numerusform>Ready to submit; %n warnings to look at.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the export job (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export job was not created. The form keeps what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not confirm the export job: it may or may not have been created. Look for it before submitting again, so it is not created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the export job among the newest jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No export job matching this request was found among the %n newest job(s), so it was not created. You can submit it again.</source>
        <translation>
            <numerusform>No export job matching this request was found among the %n newest job, so it was not created. You can submit it again.</numerusform>
            <numerusform>No export job matching this request was found among the %n newest jobs, so it was not created. You can submit it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export jobs could not be listed, so it is still unknown whether the job was created. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sandbox %2</source>
        <comment>connection, sandbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Export Job from Job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Export Job — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option of the export job, checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request Submit sends, as JSON and as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the form; what you entered is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look for the Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the newest export jobs and looks for one made from this request, instead of sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the form with the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <comment>discard a draft</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the draft for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export job you did not submit was kept as a draft (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more draft(s) after this one.</source>
        <translation>
            <numerusform>%n more draft after this one.</numerusform>
            <numerusform>%n more drafts after this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied from export job %1. Check it, change what failed, and submit it as a new job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because the form cannot hold their values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJobForm</name>
    <message>
        <source>%1 (%2)</source>
        <comment>dataset name (dataset ID)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the profile union schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the profile union schema: exports into it fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox has no datasets yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of this sandbox&apos;s merge policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: each segment&apos;s own merge policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>default merge policy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1, version %2; identity graph: %3; attribute merge: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset is not on the profile union schema, so the export will fail. Choose another or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset or paste its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset the exported profiles are written to; it must be on the profile union schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a dataset on the profile union schema and chooses it for this export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XDM schema of the exported profiles; exports use _xdm.context.profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;batch per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes each segment&apos;s profiles into a batch of its own instead of one batch for all segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch per segment can make large exports slower; leave it off unless each segment must be read apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualified from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports only profiles that qualified for the segments at or after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports only profiles that qualified for the segments at or before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile fields to export, as comma-separated dot paths; leave empty to export every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fragments of one person are merged into a profile; not sent means each segment&apos;s own merge policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>merge policy version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge policy&apos;s version to use; Latest leaves it out so the platform takes the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports only profiles updated after this time (their ingest timestamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;empty profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also exports profiles that have ExperienceEvents but no profile record; off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Experience&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports each profile&apos;s time-series events with it; off exports profiles alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event fiel&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event fields to export, as comma-separated dot paths; leave empty for every event field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingested f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports only events ingested at or after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingested un&amp;til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports only events ingested at or before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate segments before exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the platform to evaluate the segments first (evaluationInfo.segmentation), so memberships are current.</source>
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
    <name>FieldListEdit</name>
    <message>
        <source>Add…</source>
        <comment>add a field path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends a common profile field path to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All event fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends a common event field path to the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePreviewLoader</name>
    <message>
        <source>There is no file to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform lists no readable part for this file.</source>
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
    <name>JobBatchesModel</name>
    <message>
        <source>Loading…</source>
        <comment>batch details being fetched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <comment>batch details could not be fetched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>a batch file the platform marks as not valid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment / file</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <comment>batches column: segment membership statuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <comment>batches column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobChange</name>
    <message>
        <source>Queue wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
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
    <name>JobErrorsTab</name>
    <message>
        <source>—</source>
        <comment>an absent error code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports no error for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform reports %n error(s) for this job. Unfold a row to see its call stack.</source>
        <translation>
            <numerusform>The platform reports %n error for this job. Unfold the row to see its call stack.</numerusform>
            <numerusform>The platform reports %n errors for this job. Unfold a row to see its call stack.</numerusform>
        </translation>
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
        <source>What it means</source>
        <comment>job error column: hint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job&apos;s ids, times and errors for the platform&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means:</source>
        <comment>job error detail heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stack:</source>
        <comment>job error detail heading</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFilterBar</name>
    <message>
        <source>All (%1)</source>
        <comment>status chip: every job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <comment>status chip: jobs not ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded (%1)</source>
        <comment>status chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <comment>status chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>status chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every job of this sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs that are new or processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs that succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs that were cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ID, segment, dataset, request ID, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the jobs as you type; Enter applies it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <comment>filter: creation date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobHistoryChart</name>
    <message>
        <source>Export job %1
%2
Created: %3
Duration: %4</source>
        <comment>history chart tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>history chart series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>history chart series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>history chart series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <comment>history chart series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>history chart series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <comment>history chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <comment>history chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>history chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message>
        <source>Export job %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profiles exported in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1 is taking longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification title: text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobOutputTab</name>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Exported File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>first records of an exported file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <comment>save an exported file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole selected file to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has not written any batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its first records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the beginning of the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the first %1 of %2.</source>
        <translation>
            <numerusform>%n record from the first %1 of %2.</numerusform>
            <numerusform>%n records from the first %1 of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the first %1.</source>
        <translation>
            <numerusform>%n record from the first %1.</numerusform>
            <numerusform>%n records from the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects were left out.</source>
        <translation>
            <numerusform>%n line that is not a JSON object was left out.</numerusform>
            <numerusform>%n lines that are not JSON objects were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobOverviewTab</name>
    <message>
        <source>—</source>
        <comment>an absent value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dataset name (dataset id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default merge policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <comment>export job status while a cancel is pending</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1</source>
        <comment>heading of the detail pane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <comment>export job time running so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>export job total time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ups (default)</source>
        <comment>segment namespace the platform assumes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realized, existing (default)</source>
        <comment>segment membership statuses the platform assumes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every profile</source>
        <comment>an export job without a segment filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform to stop this export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <comment>clone an export job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new export job with this job&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <comment>overview section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <comment>overview section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>overview section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported profiles</source>
        <comment>overview section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute jobs</source>
        <comment>overview section: computeGatewayJobId</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <comment>destination dataset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <comment>export job time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update:</source>
        <comment>export job time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <comment>export job time: processing began</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <comment>export job time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job:</source>
        <comment>compute gateway export job id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push job:</source>
        <comment>compute gateway push job id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <comment>exported profiles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>overview segments column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>overview segments column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <comment>overview segments column: statuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>overview profiles column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <comment>overview profiles column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>merge policy name (merge policy id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>merge policy, version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, latest version</source>
        <comment>merge policy</comment>
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
    <name>JobRequestTab</name>
    <message>
        <source>The job as the platform returns it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Command</source>
        <comment>copy the curl command</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the same job from a terminal (put an access token in place of {ACCESS_TOKEN} first):</source>
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
    <name>JobTimelineTab</name>
    <message>
        <source>The platform has not reported any timing for this job yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTimelineView</name>
    <message>
        <source>%1: %2 (running)</source>
        <comment>timeline legend: phase name, duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline legend: phase name, duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>a phase without an end yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Start: %2
End: %3
Duration: %4</source>
        <comment>timeline bar tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Create, monitor and cancel customer-profile export jobs. Without a saved connection it runs on its embedded local platform, with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox NAME of the connection.</source>
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
        <source>Keep settings, job history, drafts and the local platform&apos;s data in DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make each phase of a local platform export last at least SECONDS (default: %1; 0 for full speed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-pace takes a number of seconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection called &quot;%1&quot;. Saved connections: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>&amp;Retry</source>
        <comment>load a list again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the platform for the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>About Export Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Studio %1

Create, monitor and cancel customer-profile export jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepted the cancellation of export job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1.</source>
        <comment>CSV export</comment>
        <translation>
            <numerusform>Exported %n job to %1.</numerusform>
            <numerusform>Exported %n jobs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command that creates export job %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local platform…
Its jobs appear here in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local platform could not start.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be reached. Its jobs appear here as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading export jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export jobs in this sandbox yet.
Create one with New export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>window title: connection · sandbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export job %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exports every profile (no segment filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform stops the export. A cancelled job cannot be resumed; to export the same profiles later, clone it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling export job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1 could not be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job history</source>
        <comment>dock: durations of recent jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dataset to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <comment>toolbar: new dataset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New export job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job</source>
        <comment>toolbar: new export job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new export job with the selected job&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <comment>toolbar: clone job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>toolbar: cancel job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform for the latest state now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>toolbar: refresh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected job&apos;s create request as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <comment>toolbar: copy as curl</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the jobs shown, as shown, in a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <comment>toolbar: export list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, notifications and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit platform connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Export Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what an action does (its shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the dataset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created export job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorStatus</name>
    <message numerus="yes">
        <source>%n active job(s)</source>
        <comment>jobs not ended</comment>
        <translation>
            <numerusform>%n active job</numerusform>
            <numerusform>%n active jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local platform could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some requests failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the local platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading jobs: %n so far</source>
        <comment>initial load</comment>
        <translation>
            <numerusform>Loading jobs: %n so far</numerusform>
            <numerusform>Loading jobs: %n so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle: polling every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: trying again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: next try in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingRequest</name>
    <message>
        <source>The request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no source of access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded data could not be written: %1</source>
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
<context>
    <name>PlatformClient</name>
    <message>
        <source>The connection has no source of access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the next page cannot be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download has nowhere to be written.</source>
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
<context>
    <name>RequestPreview</name>
    <message>
        <source>Request &amp;body (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what Submit sends as the body of POST /export/jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the request body to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a c&amp;url command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request as a command for a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the curl command to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command holds {ACCESS_TOKEN} where the access token goes: it never contains a token or a secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service is available (%1). Secrets are kept only until Export Studio quits and are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentPickerDialog</name>
    <message numerus="yes">
        <source>%n segment definition(s) shown</source>
        <translation>
            <numerusform>%n segment definition shown</numerusform>
            <numerusform>%n segment definitions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>segment definitions</comment>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Italic: already in the export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the segment definitions whose name, ID or description contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the selected segments to the export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the list without adding anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more segments; Ctrl and Shift extend the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsEditor</name>
    <message>
        <source>Not one of this sandbox&apos;s segment definitions: an audience ID or a segment of another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox has no segment definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the segment whose members are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s namespace; leave it empty for the platform&apos;s default, ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the profiles whose membership has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent until you change it: the platform then exports realized and existing members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realized: profiles that entered the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing: profiles that stayed in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited: profiles that left the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: realized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status the platform does not know; clear it to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a segment row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes this segment out of the export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>segment name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles that entered the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles that stayed in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles that left the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments: every profile is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses segments from this sandbox&apos;s segment definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row where you type or paste a segment or audience ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches language as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when a job succeeds, fails or takes longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>No access token has been entered for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportDetails</name>
    <message>
        <source>Export job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute export job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute push job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing started:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <comment>support details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token service&apos;s answer is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service refused the request: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service&apos;s answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token in the token service&apos;s answer contains characters that cannot be sent in a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service issued a &quot;%1&quot; token; only bearer tokens can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
